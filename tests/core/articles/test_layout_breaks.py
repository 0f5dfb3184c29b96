"""Break opportunities for Qt's layout: overlong words and paragraphs, positions kept."""

import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles.layout_breaks import (
    LONG_WORD_CHARACTERS,
    MAX_PARAGRAPH_CHARACTERS,
    ZERO_WIDTH_SPACE,
    break_for_layout,
    break_long_words,
)
from reader.core.articles.render_cache import RenderCache
from reader.core.articles.rendering import render_plain
from tests.conftest import article_text

pytestmark = pytest.mark.usefixtures("qapp")

LONG_WORDS = [
    "a" * 500_000,  # the case
    "ب" * 1_000,  # Urdu letters
    "https://example.org/" + "path/" * 100,  # an address
    "QUJD" * 300,  # base64 data
    "٣" * 250,  # Arabic-Indic digits
]


def longest_unbroken(text: str) -> int:
    return max(len(word) for word in text.replace(ZERO_WIDTH_SPACE, " ").split())


@pytest.mark.parametrize("word", LONG_WORDS, ids=lambda word: f"{word[:6]}x{len(word)}")
def test_an_overlong_word_gets_a_break_opportunity_every_so_many_letters(word):
    broken, _ = break_long_words(f"before {word} after")
    assert broken.replace(ZERO_WIDTH_SPACE, "") == f"before {word} after"
    assert longest_unbroken(broken) == LONG_WORD_CHARACTERS
    assert broken.count(ZERO_WIDTH_SPACE) == (len(word) - 1) // LONG_WORD_CHARACTERS


def test_ordinary_words_and_code_blocks_are_left_alone():
    prose = "<p>Donaudampfschifffahrtsgesellschaftskapitän and ریاستہائے متحدہ</p>"
    assert break_for_layout(prose) == prose
    code = f"<pre>{'x' * 300}</pre>"
    assert break_for_layout(code) == code


def test_a_word_split_by_tags_is_one_word():
    page = "<p>" + "<b>ab</b>" * 200 + "</p>"
    broken = break_for_layout(page)
    text = QTextDocument()
    text.setHtml(broken)
    assert longest_unbroken(text.toPlainText()) == LONG_WORD_CHARACTERS


@pytest.mark.parametrize("line", ["word " * 400_000, "a" * 2_000_000, "لفظ " * 300_000])
def test_an_overlong_paragraph_becomes_paragraphs_with_the_same_positions(line):
    """One space (or zero-width space) becomes one paragraph break: one position each."""
    page = f'<div><p lang="en" id="first">{line}</p></div>'
    broken = break_for_layout(page)
    document = QTextDocument()
    document.setHtml(broken)
    blocks = document.blockCount()
    assert blocks >= len(line) // MAX_PARAGRAPH_CHARACTERS
    longest = max(len(document.findBlockByNumber(n).text()) for n in range(blocks))
    assert longest <= MAX_PARAGRAPH_CHARACTERS + LONG_WORD_CHARACTERS
    assert broken.count('id="first"') == 1
    # The same characters, with breaks where there were spaces or zero-width spaces.
    unsplit = QTextDocument()
    unsplit.setHtml(f"<div><p>{break_long_words(line)[0]}</p></div>")
    assert document.characterCount() == unsplit.characterCount()


@pytest.mark.parametrize(
    "body",
    ["a" * 100_000, "word " * 10_000 + "ب" * 5_000, "[" * 300, "Text\n\n" + "x" * 30_000],
)
@pytest.mark.parametrize("degraded", [False, True], ids=["markdown", "plain text"])
def test_an_article_has_the_same_text_at_its_first_opening_and_from_the_cache(
    tmp_path, body, degraded
):
    """The cache's copy is sanitised again on loading: the breaks must survive it."""
    path = tmp_path / "long.md"
    path.write_text(article_text("Long words", body), encoding="utf-8")
    convert = (lambda article: render_plain(article, "Shown as plain text.")) if degraded else None
    first = RenderCache(tmp_path / "cache", [tmp_path]).render(path, "long", convert)
    again = RenderCache(tmp_path / "cache", [tmp_path]).render(path, "long")
    assert again == first
    assert ZERO_WIDTH_SPACE in first.html
    fresh, cached = QTextDocument(), QTextDocument()
    fresh.setHtml(first.html)
    cached.setHtml(again.html)
    assert cached.toRawText() == fresh.toRawText()


@pytest.mark.parametrize(
    ("page", "changed"),
    [
        ("<p>" + "a" * 100 + "</p>", False),
        ("<p>" + "a" * 101 + "</p>", True),
        ("<p>" + "<b>ab</b>" * 51 + "</p>", True),  # one word across tags
        ("<p>" + "x&amp;" * 60 + "</p>", True),  # entities are one letter each
        ("<p>" + "ab " * 7_000 + "</p>", True),  # a paragraph of 21,000 characters
        ("<p>" + "ab " * 6_000 + "</p>" + "<p>ab</p>" * 1_000, False),
        ('<p><a href="https://example.org/' + "x" * 200 + '">a link</a></p>', False),
    ],
)
def test_pages_that_need_no_breaks_are_returned_as_they_are(page, changed):
    result = break_for_layout(page)
    assert (result != page) is changed
    if changed:
        assert ZERO_WIDTH_SPACE in result or result.count("<p>") > page.count("<p>")
