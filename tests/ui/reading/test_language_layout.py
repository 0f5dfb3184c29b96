"""Every part of an article in its own language's direction, alignment, face and line
height, read back from the laid-out QTextDocument of the real view."""

import pytest
from PySide6.QtGui import QFontInfo, QTextBlock

from reader.core.articles.article import read_article
from reader.core.articles.rendering import render_article
from reader.core.display.page_style import (
    MINIMUM_ARABIC_SCRIPT_LINE_SPACING,
    MINIMUM_NASTALIQ_LINE_SPACING,
)
from reader.ui.display.fonts import SANS_FAMILY, URDU_FAMILY
from reader.ui.reading.article_view import ArticleView
from tests.conftest import BUNDLED_ARTICLES, article_text

MIXED = "میں نے Google پر تلاش کیا اور پھر WhatsApp پر بھیج دیا۔"
EDGE = 2  # pixels: where a line starts, at the column's edge


@pytest.fixture
def show(qtbot, tmp_path):
    def show(body: str, language: str) -> ArticleView:
        path = tmp_path / "article.md"
        path.write_text(article_text("T", body, language=language), encoding="utf-8")
        view = ArticleView()
        qtbot.addWidget(view)
        view.resize(800, 600)
        view.show_article(render_article(read_article(path, "article")))
        view.show()
        qtbot.waitExposed(view)
        return view

    return show


def block_with(view: ArticleView, text: str) -> QTextBlock:
    block = view.document().begin()
    while block.isValid():
        if text in block.text():
            view.document().documentLayout().blockBoundingRect(block)  # laid out now
            return block
        block = block.next()
    raise AssertionError(text)


def x_of(block: QTextBlock, text: str, inside: int = 1) -> float:
    """Where the caret stands `inside` characters into `text`, in pixels from the line's
    left: inside a word, never at a run's edge, where the caret has two places."""
    index = block.text().index(text) + inside
    line = block.layout().lineForTextPosition(index)
    return line.cursorToX(index)[0]


def right_to_left(block: QTextBlock) -> bool:
    return block.textDirection().name == "RightToLeft"


def starts_at_right_edge(block: QTextBlock) -> bool:
    line = block.layout().lineAt(0)  # x() is its indent: a quote's margin, an item's
    return abs(line.cursorToX(0)[0] - (line.x() + line.width())) <= EDGE


def starts_at_left_edge(block: QTextBlock) -> bool:
    line = block.layout().lineAt(0)
    return abs(line.cursorToX(0)[0] - line.x()) <= EDGE


def family_of(block: QTextBlock, text: str) -> str:
    index = block.text().index(text)
    for piece in block.textFormats():
        if piece.start <= index < piece.start + piece.length:
            return piece.format.font().families()[0]
    raise AssertionError(text)


def line_spacing(view: ArticleView, block: QTextBlock) -> float:
    """Distance from one line to the next, in sizes of the article's text."""
    layout = block.layout()
    assert layout.lineCount() > 1, "needs a paragraph of more than one line"
    pitch = layout.lineAt(1).y() - layout.lineAt(0).y()
    return pitch / QFontInfo(view.document().defaultFont()).pixelSize()


def test_an_urdu_paragraph_in_english_is_right_to_left_nastaliq_and_tall(show):
    view = show(f"An English paragraph.\n\n{MIXED} {MIXED} {MIXED}\n{{lang=ur}}", "en")
    urdu = block_with(view, MIXED)
    assert right_to_left(urdu) and starts_at_right_edge(urdu)
    assert family_of(urdu, "تلاش") == URDU_FAMILY
    assert family_of(urdu, "Google") == SANS_FAMILY  # never the Nastaliq face's Latin
    # As tall as Nastaliq needs, as in an Urdu article, and no taller.
    spacing = line_spacing(view, urdu)
    assert MINIMUM_NASTALIQ_LINE_SPACING <= spacing < MINIMUM_NASTALIQ_LINE_SPACING + 0.1
    english = block_with(view, "An English paragraph.")
    assert not right_to_left(english) and starts_at_left_edge(english)
    assert family_of(english, "English") == SANS_FAMILY


def test_the_mixed_sentence_shows_its_runs_in_reading_order(show):
    view = show(f"{MIXED}\n{{lang=ur}}", "en")
    block = block_with(view, MIXED)
    # Right to left: the first word rightmost, then Google, then WhatsApp further left,
    # the full stop leftmost; each English word still reads left to right.
    first, google, whatsapp = x_of(block, "میں"), x_of(block, "Google"), x_of(block, "WhatsApp")
    assert first > google > whatsapp > x_of(block, "۔", inside=0)
    assert x_of(block, "Google", inside=5) > google


def x_before(block: QTextBlock, index: int) -> float:
    """Where the caret stands before character `index` of the block."""
    return block.layout().lineForTextPosition(index).cursorToX(index)[0]


@pytest.mark.parametrize(
    ("body", "before", "tag", "after"),
    [
        ("پاکستان میں #MeToo کی لہر 2017 میں شروع ہوئی۔", "میں", "#MeToo", "کی"),  # mid-line
        ("\\#MeToo نے انہیں طاقت دی۔", None, "#MeToo", "نے"),  # the line's first word
        ("یہ پیغام @reader_app کو بھیجیں۔", "پیغام", "@reader_app", "کو"),  # a handle
        ("رنگ #ff0000 ہے", "رنگ", "#ff0000", "ہے"),
        ("ہیش ٹیگ #MeToo#Pakistan دیکھیں", "ٹیگ", "#MeToo#Pakistan", "دیکھیں"),
    ],
)
def test_a_hashtag_or_handle_in_urdu_stays_in_its_order_among_the_urdu_words(
    show, body, before, tag, after
):
    view = show(body, "ur")
    block = block_with(view, tag[1:])
    sign = block.text().index(tag)
    # Right to left: the word before on the right, then the tag (its sign on its left,
    # read left to right), then the word after on the left.
    assert x_of(block, after) < x_before(block, sign) < x_of(block, tag, inside=2), block.text()
    if before:
        assert x_of(block, before) > x_of(block, tag, inside=len(tag) - 1)


def test_the_urdu_article_shows_hashtags_and_abbreviations_in_reading_order(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    article = read_article(BUNDLED_ARTICLES / "metoo-pakistan-marginalised.ur.md")
    view.show_article(render_article(article))
    view.show()
    qtbot.waitExposed(view)
    heading = block_with(view, "#MeToo پاکستان کیسے پہنچا")  # opens with the hashtag
    sign = heading.text().index("#")
    assert x_of(heading, "پاکستان") < x_before(heading, sign) < x_of(heading, "MeToo")
    line = block_with(view, "وار اگینسٹ ریپ (WAR)")
    assert x_of(line, "ریپ") > x_of(line, "WAR") > x_of(line, "کی سارہ")
    assert x_of(line, "WAR", inside=2) > x_of(line, "WAR")  # itself left to right


def test_an_english_paragraph_in_urdu_is_left_to_right_in_the_latin_face(show):
    body = "یہ اردو کا پیراگراف ہے۔\n\nAn English line, with its full stop at the end.\n{lang=en}"
    view = show(body, "ur")
    english = block_with(view, "An English line")
    assert not right_to_left(english) and starts_at_left_edge(english)
    assert x_of(english, ".", inside=0) > x_of(english, "end")  # the full stop on the right
    assert family_of(english, "English") == SANS_FAMILY
    urdu = block_with(view, "پیراگراف")
    assert right_to_left(urdu) and starts_at_right_edge(urdu)
    assert family_of(urdu, "پیراگراف") == URDU_FAMILY


def test_urdu_lines_are_as_tall_in_an_urdu_article_as_in_an_english_one(show):
    urdu = f"{MIXED} {MIXED} {MIXED}"
    alone = show(urdu, "ur")
    inside = show(f"English.\n\n{urdu}\n{{lang=ur}}", "en")
    expected = line_spacing(alone, block_with(alone, MIXED))
    assert line_spacing(inside, block_with(inside, MIXED)) == pytest.approx(expected, abs=0.05)


def test_a_long_english_paragraph_in_urdu_has_latin_line_spacing(show):
    english = "Latin lines need no Nastaliq height. " * 12
    view = show(f"اردو۔\n\n{english}\n{{lang=en}}", "ur")
    assert line_spacing(view, block_with(view, "Latin lines")) < 2.0


@pytest.mark.parametrize(
    ("body", "language", "text", "rtl", "family"),
    [
        # Headings, list items, block quotes and table cells, both ways and in more scripts.
        ("## اردو عنوان {lang=ur}\n\nText.", "en", "اردو عنوان", True, URDU_FAMILY),
        ("## An English Heading {lang=en}\n\nمتن۔", "ur", "An English", False, SANS_FAMILY),
        ("> اقتباس یہاں ہے۔\n> {lang=ur}", "en", "اقتباس", True, URDU_FAMILY),
        ("> A quoted line.\n> {lang=en}", "ur", "A quoted", False, SANS_FAMILY),
        ("- one\n- دوسرا\n{lang=ur}", "en", "دوسرا", True, URDU_FAMILY),
        ("- ایک\n- Second item\n{lang=en}", "ur", "Second item", False, SANS_FAMILY),
        ("نص عربي قصير.\n{lang=ar}", "en", "نص عربي", True, SANS_FAMILY),
        ("טקסט בעברית.\n{lang=he}", "en", "טקסט", True, SANS_FAMILY),
        ("यह हिंदी है।\n{lang=hi}", "ur", "हिंदी", False, SANS_FAMILY),
        ("پنجاب دی دھرتی۔\n{lang=pa-PK}", "en", "پنجاب", True, URDU_FAMILY),
        ("ਪੰਜਾਬੀ ਲਿਖਤ।\n{lang=pa}", "ur", "ਪੰਜਾਬੀ", False, SANS_FAMILY),
    ],
)  # fmt: skip
def test_each_block_follows_its_own_language(show, body, language, text, rtl, family):
    view = show(body, language)
    block = block_with(view, text)
    assert right_to_left(block) is rtl
    assert starts_at_right_edge(block) if rtl else starts_at_left_edge(block)
    assert family_of(block, text) == family


def test_a_whole_list_or_table_is_marked_by_a_division_around_it(show):
    body = (
        '<div lang="ur" markdown="1">\n\n- پہلا\n- دوسرا\n\n| الف | ب |\n|---|---|\n'
        "| ایک | دو |\n\n</div>\n\nAfter."
    )
    view = show(body, "en")
    for text in ("پہلا", "دوسرا", "الف", "دو"):
        block = block_with(view, text)
        assert right_to_left(block) and family_of(block, text) == URDU_FAMILY, text
    after = block_with(view, "After.")
    assert not right_to_left(after) and family_of(after, "After") == SANS_FAMILY


def test_an_inline_phrase_takes_its_face_in_a_block_of_another_language(show):
    view = show("She said *شکریہ*{lang=ur} and *بہت اچھا*{lang=ur} then left.", "en")
    block = block_with(view, "She said")
    assert not right_to_left(block)
    assert family_of(block, "شکریہ") == URDU_FAMILY
    assert family_of(block, "بہت") == URDU_FAMILY
    assert family_of(block, "left") == SANS_FAMILY


def test_arabic_needs_taller_lines_than_latin_but_not_nastaliq_ones(show):
    arabic = "هذا نص عربي طويل يملأ عدة أسطر في الصفحة. " * 10
    view = show(f"{arabic}\n{{lang=ar}}", "en")
    spacing = line_spacing(view, block_with(view, "هذا نص"))
    assert MINIMUM_ARABIC_SCRIPT_LINE_SPACING <= spacing < MINIMUM_NASTALIQ_LINE_SPACING


@pytest.mark.parametrize(
    ("language", "body", "rtl", "family"),
    [
        ("ur", "پاکستان ایک ملک ہے۔", True, URDU_FAMILY),
        ("pa-PK", "پنجاب دی دھرتی۔", True, URDU_FAMILY),  # Shahmukhi: Arabic script
        ("sd-IN", "सिंधी भाषा।", False, SANS_FAMILY),  # Sindhi in India: Devanagari
        ("sd", "سنڌي ٻولي۔", True, SANS_FAMILY),  # Sindhi's Arabic script is Naskh
    ],
)
def test_the_whole_article_follows_its_language(show, language, body, rtl, family):
    view = show(body, language)
    block = block_with(view, body[:4])
    assert right_to_left(block) is rtl
    assert family_of(block, body[:4]) == family


def bullet_and_gap(view: ArticleView, text: str) -> tuple[int, int]:
    """(the bullet's width, the blank between it and the item's nearest letter), in pixels
    of the view as drawn, on the item's first line."""
    block = block_with(view, text)
    top = view.document().documentLayout().blockBoundingRect(block).top()
    line = block.layout().lineAt(0)
    image = view.viewport().grab().toImage()
    rows = range(round(top + line.y()), round(top + line.y() + line.height()))
    inked = [
        any(image.pixelColor(x, y).lightness() < 128 for y in rows) for x in range(image.width())
    ]
    runs, start = [], None  # (first, last) column of each stretch of ink
    for x, ink in enumerate([*inked, False]):
        if ink and start is None:
            start = x
        elif not ink and start is not None:
            runs.append((start, x - 1))
            start = None
    if right_to_left(block):  # the bullet is the rightmost ink, the text left of it
        (_, text_right), (bullet_left, bullet_right) = runs[-2], runs[-1]
        return bullet_right - bullet_left + 1, bullet_left - text_right - 1
    (bullet_left, bullet_right), (text_left, _) = runs[0], runs[1]
    return bullet_right - bullet_left + 1, text_left - bullet_right - 1


@pytest.mark.parametrize(
    ("body", "language", "text"),
    [
        ("- پہلا نکتہ\n- دوسرا نکتہ", "ur", "پہلا"),
        ("- پنجاب دی دھرتی\n- دوجا", "pa-PK", "پنجاب"),
        ('<div lang="ur" markdown="1">\n\n- پہلا نکتہ\n- دوسرا\n\n</div>', "en", "پہلا"),
        ("- one\n- بیچ میں\n{lang=ur}", "en", "بیچ"),
    ],
)
def test_urdu_bullets_keep_clear_of_the_first_letter(show, body, language, text):
    english = show("- first item\n- second item", "en")
    english_bullet, english_gap = bullet_and_gap(english, "first item")
    bullet, gap = bullet_and_gap(show(body, language), text)
    # As in English: a plain space from the text (5 px here; some initial Nastaliq letters
    # reach 2 px into it), and a bullet of the plain face, not the Nastaliq face's 14 px
    # one 3 px from the letter, as before.
    assert gap >= max(3, english_gap - 2)
    assert bullet <= english_bullet + 1


def list_levels(view: ArticleView) -> list[tuple[str, int]]:
    """Each list item's text and its list's level (QTextListFormat.indent, 1 outermost), as
    the view's document holds them: what a screen reader and the page show."""
    levels = []
    block = view.document().begin()
    while block.isValid():
        if block.textList() is not None:
            levels.append((block.text().strip(), block.textList().format().indent()))
        block = block.next()
    return levels


@pytest.mark.parametrize(
    ("body", "language", "levels"),
    [
        ("- a\n  - b\n    - c", "en", [("a", 1), ("b", 2), ("c", 3)]),
        ("1. one\n   1. sub\n2. two", "en", [("one", 1), ("sub", 2), ("two", 1)]),
        ("- پہلا\n  - دوسرا\n- تیسرا", "ur", [("پہلا", 1), ("دوسرا", 2), ("تیسرا", 1)]),
        ("1. ایک\n   - ذیلی\n     - اور", "ur", [("ایک", 1), ("ذیلی", 2), ("اور", 3)]),
        ("- a\n    - b\n        - c", "en", [("a", 1), ("b", 2), ("c", 3)]),
        ("Before.\n\n* a\n   * b", "en", [("a", 1), ("b", 2)]),
    ],
)
def test_nested_list_items_are_at_their_level_in_the_view(show, body, language, levels):
    assert list_levels(show(body, language)) == levels
