import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles.article import read_article
from reader.core.articles.rendering import render_article
from reader.core.speech.passages import (
    PAUSE_AFTER,
    PassageKind,
    SpokenArticleBuilder,
    spoken_article,
)
from tests.conftest import REPO_ROOT


def spoken_texts(document: QTextDocument, language: str = "en") -> list[str]:
    article = spoken_article(document, language)
    text = document.toRawText()
    return [text[sentence.start : sentence.end] for sentence in article.sentences]


def test_passages_are_headings_paragraphs_items_and_cells_in_reading_order(document):
    doc = document(
        "# Title\n\nFirst one. Second one.\n\n- an item\n- another\n\n"
        "| a | b |\n|---|---|\n| cell one | cell two |\n"
    )
    article = spoken_article(doc, "en")
    kinds = [passage.kind for passage in article.passages]
    assert kinds == [
        PassageKind.HEADING,
        PassageKind.PARAGRAPH,
        PassageKind.LIST_ITEM,
        PassageKind.LIST_ITEM,
        PassageKind.TABLE_CELL,
        PassageKind.TABLE_CELL,
        PassageKind.TABLE_CELL,
        PassageKind.TABLE_CELL,
    ]
    assert spoken_texts(doc)[:4] == ["Title", "First one.", "Second one.", "an item"]
    assert PAUSE_AFTER[article.passages[0].kind] > PAUSE_AFTER[article.passages[1].kind]


def test_sentence_ranges_are_document_positions_even_after_emoji(document):
    doc = document("Smile 😀 first. Then 𝒳 second.")
    article = spoken_article(doc, "en")
    # The mathematical script letter is said as the letter it is a style of.
    assert [sentence.text for sentence in article.sentences] == [
        "Smile 😀 first.",
        "Then X second.",
    ]
    second = article.sentences[1]
    # Qt counts each character beyond the BMP twice: the second sentence starts at 16, not 15.
    assert (second.start, second.end) == (16, 31)


def test_a_paragraph_marked_in_another_language_is_spoken_in_it(document):
    doc = document("English first.\n\nیہ اردو ہے۔ دوسرا جملہ؟\n{lang=ur}\n\nEnglish again.")
    article = spoken_article(doc, "en")
    languages = [[part.language for part in sentence.parts] for sentence in article.sentences]
    assert languages == [["en"], ["ur"], ["ur"], ["en"]]


def test_an_inline_part_in_another_language_is_its_own_part(document):
    doc = document("She said *شکریہ*{lang=ur} and left.")
    (sentence,) = spoken_article(doc, "en").sentences
    assert [(part.text.strip(), part.language) for part in sentence.parts] == [
        ("She said", "en"),
        ("شکریہ", "ur"),
        ("and left.", "en"),
    ]


def test_a_selection_cuts_sentences_and_their_parts(document):
    doc = document("One two three. Four five six.")
    article = spoken_article(doc, "en")
    chosen = article.sentences_between(4, 19)
    assert [sentence.text for sentence in chosen] == ["two three.", "Four"]
    assert [part.start for part in chosen[1].parts] == [15]


def test_moving_by_sentence_and_passage(document):
    doc = document("A one. A two.\n\nB one. B two.\n\nC one.")
    article = spoken_article(doc, "en")
    assert article.sentence_at(0) == 0
    assert article.sentence_at(article.sentences[1].start + 2) == 1
    assert article.next_passage_sentence(0) == 2
    assert article.next_passage_sentence(4) is None
    assert article.previous_passage_sentence(3) == 2
    assert article.previous_passage_sentence(2) == 0
    assert article.is_last_of_passage(1)
    assert not article.is_last_of_passage(0)
    assert article.sentence_at(10_000) is None


def test_a_very_long_sentence_is_spoken_in_pieces_the_engine_can_take(document):
    doc = document(" ".join(["word"] * 3000))
    (sentence,) = spoken_article(doc, "en").sentences
    assert len(sentence.parts) > 1
    assert all(len(part.text) <= 1000 for part in sentence.parts)


def test_the_bundled_articles_are_spoken_whole(qapp):
    for path in sorted((REPO_ROOT / "articles").glob("*.md")):
        rendered = render_article(read_article(path, path.stem))
        doc = QTextDocument()
        doc.setHtml(rendered.html)
        article = spoken_article(doc, rendered.meta.language)
        text = doc.toRawText()
        covered = "".join(text[sentence.start : sentence.end] for sentence in article.sentences)
        # Images and the marks of a table's frame are not text.
        hidden = str.maketrans("", "", "\ufffc\ufdd0\ufdd1")
        visible = "".join(text.translate(hidden).split())
        assert "".join(covered.split()) == visible, path.name
        spoken = " ".join(sentence.text for sentence in article.sentences)
        assert "↩" not in spoken, path.name  # a footnote's back-link is silent


def test_a_soft_hyphen_keeps_every_position(document):
    doc = document("An extra\u00adordinary day. The second one is here.")
    text = doc.toRawText()
    article = spoken_article(doc, "en")
    assert [text[s.start : s.end] for s in article.sentences] == [
        "An extra\u00adordinary day.",
        "The second one is here.",
    ]


def test_a_language_change_after_an_emoji_falls_on_the_right_letter(document):
    doc = document("Smile 😀😀 and she said *شکریہ*{lang=ur} and left.")
    (sentence,) = spoken_article(doc, "en").sentences
    assert [(part.text.strip(), part.language) for part in sentence.parts] == [
        ("Smile 😀😀 and she said", "en"),
        ("شکریہ", "ur"),
        ("and left.", "en"),
    ]


@pytest.mark.parametrize(
    ("markdown_text", "language"),
    [
        (
            "# Title\n\nFirst one. Second one.\n\n- an item\n- another\n\n| a | b |\n|---|---|\n"
            "| cell one | cell two |\n",
            "en",
        ),
        ("English first.\n\nیہ اردو ہے۔ دوسرا جملہ؟\n{lang=ur}\n\nEnglish again.", "en"),
        ("پہلا جملہ۔ دوسرا جملہ؟\n\nتیسرا جملہ!\n\n## سرخی\n\nآخری۔", "ur"),
        ("Smile 😀 first. Then 𝒳 second.\n\n> A quote. In two.\n\n1. One.\n2. Two.", "fr"),
    ],
)
def test_an_article_read_a_slice_at_a_time_is_the_article_read_at_once(
    document, markdown_text, language
):
    doc = document(markdown_text, language)
    builder = SpokenArticleBuilder(doc, language)
    slices = 0
    while not builder.advance(0.0):  # no time at all: one block a slice
        slices += 1
    assert slices >= 2
    assert builder.finish() == spoken_article(doc, language)


@pytest.mark.parametrize(
    ("markdown_text", "language", "expected"),
    [
        # Issue 18, item 4: the numbers a reader sees are heard; bullets are not said.
        (
            "1. First step.\n2. Second step.\n3. Third.",
            "en",
            ["1. First step.", "2. Second step.", "3. Third."],
        ),
        ("- a bullet\n- another", "en", ["a bullet", "another"]),
        (
            "4. Starts at four. Two sentences.\n5. Next.",
            "en",
            ["4. Starts at four.", "Two sentences.", "5. Next."],
        ),
        ("1. پہلا قدم۔\n2. دوسرا قدم۔", "ur", ["1. پہلا قدم۔", "2. دوسرا قدم۔"]),
        # A picture with nothing to say before the item's words: the number is still said.
        ("1. ![](b.png) Step one.\n2. Step two.", "en", ["1. Step one.", "2. Step two."]),
    ],
)
def test_a_numbered_item_is_spoken_with_its_number(document, markdown_text, language, expected):
    doc = document(markdown_text, language)
    article = spoken_article(doc, language)
    assert [sentence.text for sentence in article.sentences] == expected
    # The number is said, not shown: the sentence's range is still the item's own text.
    first = article.sentences[0]
    assert doc.toRawText()[first.start : first.end] == expected[0].removeprefix("1. ").removeprefix(
        "4. "
    )


def sentence_starting(article, document: QTextDocument, text: str) -> int:
    raw = document.toRawText()
    return next(i for i, s in enumerate(article.sentences) if raw[s.start : s.end].startswith(text))


@pytest.mark.parametrize(
    "markdown_text",
    [
        "Before. Two.\n\n| a | b |\n|---|---|\n| Cell one. | Cell two. |\n"
        "| Cell three. | Four. |\n\nAfter.",
        "Before. Two.\n\n```\nfirst = 1\nsecond = 2\n\nthird = 3\n```\n\nAfter.",
        "Before. Two.\n\n    first = 1\n    second = 2\n\nAfter.",
    ],
)
def test_next_paragraph_leaves_a_table_or_code_block_whole(document, markdown_text):
    """Issue 18, item 4: Next Paragraph from inside a table or code block goes past it,
    Previous Paragraph to its start, and Next Sentence still moves within it."""
    doc = document(markdown_text)
    article = spoken_article(doc, "en")
    after = sentence_starting(article, doc, "After.")
    before = sentence_starting(article, doc, "Before.")
    inside = list(range(before + 2, after))
    assert len(inside) >= 2
    for index in inside:
        assert article.next_passage_sentence(index) == after
    assert article.next_passage_sentence(before) == inside[0]
    assert article.previous_passage_sentence(inside[-1]) == inside[0]
    assert article.previous_passage_sentence(inside[0]) == before
    assert article.previous_passage_sentence(after) == inside[0]


def test_two_code_blocks_in_a_row_are_two_wholes(document):
    doc = document("Run:\n\n```\n$ make\n```\n\n```\nok\n```\n\nAfter.")
    article = spoken_article(doc, "en")
    make, ok = sentence_starting(article, doc, "$ make"), sentence_starting(article, doc, "ok")
    assert article.next_passage_sentence(make) == ok


def test_a_code_block_after_a_silent_paragraph_is_a_whole_of_its_own(document):
    doc = document("```\nfirst\n```\n\n![](b.png)\n\n```\n\nsecond\n```\n\nAfter.")
    article = spoken_article(doc, "en")
    first, second = (
        sentence_starting(article, doc, "first"),
        sentence_starting(article, doc, "second"),
    )
    assert article.next_passage_sentence(first) == second


def test_a_footnote_of_two_paragraphs_is_not_numbered(document):
    doc = document("Text.[^1]\n\n[^1]: First note para.\n\n    Second para.\n")
    texts = [sentence.text for sentence in spoken_article(doc, "en").sentences]
    assert "First note para." in texts
