"""Plain text: the bundled #MeToo article's source, and page chrome in other texts."""

import re
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from reader.core.articles.article import read_article
from reader.core.importing.dispatch import ImportOptions, import_file
from reader.core.importing.plain_text import escape_markdown, import_plain_text, is_chrome
from tests.conftest import BUNDLED_ARTICLES

SEED = Path("/work/shared/seeds/000_4eebaccbc8e53cc2.txt")
SOURCE = SEED if SEED.exists() else Path(__file__).parents[3].parent / "shared/seeds" / SEED.name


def plain(markdown: str) -> str:
    """Text without Markdown's marks, footnote references, "Image:" labels and quotes."""
    text = re.sub(r"\[\^\w+\]:?|\\|[*_>]", "", markdown)
    text = re.sub(r"^\s*image:\s*", "", text, flags=re.IGNORECASE | re.MULTILINE)
    return " ".join(text.replace("that:", "that").split()).casefold()


@pytest.mark.skipif(not SOURCE.exists(), reason="the shared seeds are not on this machine")
def test_the_metoo_source_imports_with_every_paragraph_of_the_hand_cleaned_article(tmp_path):
    outcome = import_file(SOURCE, tmp_path, ImportOptions())
    article = read_article(outcome.article)
    assert article.meta.title == "What #MeToo Means for Pakistan’s Most Marginalised"
    assert article.meta.language == "en"
    imported = plain(article.body)
    cleaned = read_article(BUNDLED_ARTICLES / "metoo-pakistan-marginalised.md").body
    paragraphs = [
        block.strip()
        for block in cleaned.split("\n\n")
        # The Reader team's own headings are not in the source.
        if block.strip() and not block.startswith("#")
    ]
    assert len(paragraphs) == 27
    for paragraph in paragraphs:
        # The cleaned article reworded image captions and the footnote slightly.
        assert fuzz.partial_ratio(plain(paragraph), imported) >= 90, paragraph
    for chrome in ("Type to search", "Facebook Comments", "You Might also Like",
                   "Leave a Comment", "Your email address will not be published"):  # fmt: skip
        assert chrome.casefold() not in imported
    # The title is not repeated at the start of the text.
    assert not article.body.startswith("What #MeToo")


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (
            "Skip to content\n\nMenu\n\nSaving Seeds\n\nSaving Seeds\n\n"
            "Keep the best plants for seed.\n\nDry the seeds in the shade.\n\n"
            "Share this article\n\n3 Comments\n\nLeave a Reply\n",
            "Saving Seeds",
            "Keep the best plants for seed.\n\nDry the seeds in the shade.\n",
        ),
        (
            "تلاش کریں\n\nبیج کیسے بچائیں\n\nبیج کیسے بچائیں\n\n"
            "سب سے اچھے پودوں کے بیج رکھیں۔\n\nیہ بھی پڑھیں\n\nتبصرے\n",
            "بیج کیسے بچائیں",
            "سب سے اچھے پودوں کے بیج رکھیں۔\n",
        ),
        (
            "A Letter\n\nDear friends,\nthis line was wrapped\nat a fixed width.\n\n"
            "Home is where the well is.\n",
            "A Letter",
            "Dear friends, this line was wrapped at a fixed width.\n\nHome is where the well is.\n",
        ),
    ],
)
def test_page_chrome_goes_at_the_start_and_end_only(text, title, body):
    imported = import_plain_text(text.encode("utf-8"))
    assert (imported.title, imported.body) == (title, body)


def test_chrome_words_inside_the_text_are_kept():
    imported = import_plain_text(b"Title\n\nFirst.\n\nComments\n\nLast paragraph.\n")
    assert imported.body == "First.\n\nComments\n\nLast paragraph.\n"


@pytest.mark.parametrize(
    ("paragraph", "chrome"),
    [
        ("Leave a Comment", True),
        ("12 comments", True),
        ("مزید پڑھیں", True),
        ("© 2023 The Daily Example", True),
        ("Comments are welcome at the meeting.", False),
        ("Home", True),
        ("Home truths about water", False),
    ],
)
def test_is_chrome(paragraph, chrome):
    assert is_chrome(paragraph) is chrome


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("a *star* and [box] <b>", "a \\*star\\* and \\[box\\] \\<b\\>"),
        ("- بیج", "\\- بیج"),
        ("#MeToo stays", "#MeToo stays"),
    ],
)
def test_plain_text_is_shown_as_it_is(text, escaped):
    assert escape_markdown(text) == escaped
