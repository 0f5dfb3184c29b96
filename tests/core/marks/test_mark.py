import pytest

from reader.core.display.themes import (
    BODY_TEXT_RATIO,
    BUILT_IN_THEMES,
    STAND_OUT_RATIO,
    contrast_ratio,
    custom_theme,
    stands_apart,
)
from reader.core.marks.anchoring import Anchor, anchor_at, fingerprint
from reader.core.marks.mark import (
    Category,
    MarkEntry,
    MarkKind,
    default_bookmark_name,
    display_text,
    highlight_colours,
    highlights_overlapping,
    new_mark,
    notes_to_read,
    reanchored,
)

THEMES = [
    *BUILT_IN_THEMES,
    custom_theme("#000000", "#ffffff"),
    custom_theme("#ffffff", "#202040"),
    custom_theme("#302010", "#e8e0c8"),
]


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: f"{theme.name}-{theme.background}")
def test_every_highlight_is_readable_and_visible_in_every_theme(theme):
    colours = highlight_colours(theme)
    assert set(colours) == set(Category)
    for category, colour in colours.items():
        assert contrast_ratio(colour.text, colour.background) >= BODY_TEXT_RATIO, category
        assert stands_apart(colour.background, theme.background, STAND_OUT_RATIO), category
    backgrounds = [colour.background for colour in colours.values()]
    assert len(set(backgrounds)) == len(backgrounds)


def test_the_page_text_colour_is_kept_where_it_is_readable():
    light = highlight_colours(BUILT_IN_THEMES[0])
    assert light[Category.IMPORTANT].text == BUILT_IN_THEMES[0].text


def test_a_bookmarks_default_name_is_its_section_and_first_words():
    text = "  The floods came\u2029every spring and left the fields rich. "
    assert default_bookmark_name("Rivers", text) == "Rivers: The floods came every spring and…"
    assert default_bookmark_name("", "Two words") == "Two words"
    assert default_bookmark_name("Rivers", "   ") == "Rivers"
    assert default_bookmark_name("", "") == "Bookmark"


def test_only_highlights_have_a_category():
    text = "Some text to mark."
    anchor = anchor_at(text, 0, 4)
    bookmark = new_mark("a", MarkKind.BOOKMARK, anchor, "", category=Category.IDEA)
    highlight = new_mark("a", MarkKind.HIGHLIGHT, anchor, "", category=Category.IDEA)
    assert bookmark.category is None and highlight.category is Category.IDEA
    assert bookmark.id != highlight.id
    assert bookmark.created_at == bookmark.updated_at


def test_marks_of_another_text_are_found_again_or_orphaned():
    text = "One.\u2029Two words here.\u2029Three more words."
    old = fingerprint(text)
    kept = new_mark("a", MarkKind.HIGHLIGHT, anchor_at(text, 5, 14), old, category=Category.IDEA)
    lost = new_mark("a", MarkKind.BOOKMARK, anchor_at(text, 16, 32), old)
    edited = "Zero.\u2029One.\u2029Two words here."
    current = new_mark("a", MarkKind.BOOKMARK, anchor_at(edited, 0, 4), "")
    new = fingerprint(edited)
    current = current._replace(text_fingerprint=new)

    moved = {mark.id: mark for mark in reanchored([kept, lost, current], edited, new)}

    assert set(moved) == {kept.id, lost.id}  # the mark made for this text is left alone
    assert edited[moved[kept.id].anchor.start : moved[kept.id].anchor.end] == "Two words"
    assert not moved[kept.id].orphaned
    assert moved[lost.id].orphaned and moved[lost.id].anchor == lost.anchor
    assert all(mark.text_fingerprint == new for mark in moved.values())


# Issue 17, item 15: a mark whose range is not where its quote is in this very text (an
# imported file says so) is found again by its quote, or orphaned, never kept pointing nowhere.
PAST_END_TEXTS = [
    ("Rivers\u2029The floods came every spring.", "floods came"),
    ("اردو\u2029یہ ایک مختصر مضمون ہے۔", "مختصر مضمون"),
    ("Waves 🌊🌊 and more waves\u2029End.", "🌊 and more"),
    ("河流\u2029洪水每年春天都来。", "每年春天"),
]


@pytest.mark.parametrize(("text", "quote"), PAST_END_TEXTS)
def test_a_mark_placed_past_the_end_of_its_own_text_is_found_by_its_quote(text, quote):
    current = fingerprint(text)
    past_end = new_mark(
        "a",
        MarkKind.HIGHLIGHT,
        Anchor(len(text) + 10, len(text) + 10 + len(quote), quote, "", ""),
        current,
        category=Category.IDEA,
    )
    [moved] = reanchored([past_end], text, current)
    assert not moved.orphaned
    assert text[moved.anchor.start : moved.anchor.end] == quote
    assert moved.anchor.end <= len(text)


@pytest.mark.parametrize(("text", "quote"), PAST_END_TEXTS)
def test_a_mark_past_the_end_whose_quote_is_nowhere_is_orphaned(text, quote):
    current = fingerprint(text)
    marks = [
        new_mark("a", MarkKind.BOOKMARK, Anchor(2**31 - 1, 2**31 - 1, "", "", ""), current),
        new_mark(
            "a", MarkKind.BOOKMARK, Anchor(len(text) + 1, len(text) + 5, "zzzz", "", ""), current
        ),
        # In range, but the text there is not the quote, and the quote is nowhere.
        new_mark("a", MarkKind.BOOKMARK, Anchor(0, 3, "qqq", "", ""), current),
    ]
    moved = reanchored(marks, text, current)
    assert [mark.id for mark in moved] == [mark.id for mark in marks]
    assert all(mark.orphaned for mark in moved)
    # Already orphaned for this text: not looked for again at every opening.
    assert reanchored(moved, text, current) == []


def test_a_mark_in_range_with_its_quote_in_place_is_left_alone():
    text = "One.\u2029Two words here."
    current = fingerprint(text)
    mark = new_mark("a", MarkKind.HIGHLIGHT, anchor_at(text, 5, 8), current, category=Category.IDEA)
    point = new_mark("a", MarkKind.BOOKMARK, anchor_at(text, len(text), len(text)), current)
    assert reanchored([mark, point], text, current) == []


def test_notes_to_read_are_numbered_in_reading_order_and_skip_empty_ones():
    text = "پہلا جملہ ہے۔ The second sentence. A third one here."
    first = new_mark("a", MarkKind.HIGHLIGHT, anchor_at(text, 0, 5), "f", note="ایک  نوٹ\n")
    blank = new_mark("a", MarkKind.HIGHLIGHT, anchor_at(text, 14, 20), "f", note="  ")
    second = new_mark("a", MarkKind.HIGHLIGHT, anchor_at(text, 35, 40), "f", note="Why?")
    bookmark = new_mark("a", MarkKind.BOOKMARK, anchor_at(text, 0, 3), "f", note="ignored")
    assert notes_to_read([first, blank, second, bookmark]) == [
        "Note 1 of 2, on “پہلا”: ایک نوٹ",
        "Note 2 of 2, on “A thi”: Why?",
    ]
    assert notes_to_read([second]) == ["Note on “A thi”: Why?"]
    assert notes_to_read([blank, bookmark]) == []


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        ("See \ufffc\u2029here.", "See [Picture] here."),
        ("دیکھیے\u2029\ufffc", "دیکھیے [Picture]"),
        ("\ufffc and \ufffc", "[Picture] and [Picture]"),
        ("no  picture\u2029at all", "no picture at all"),
    ],
)
def test_a_stored_quote_shows_where_a_picture_was(qapp, quote, shown):
    """A quote keeps a picture as its character, not its description: shown as "[Picture]",
    never as a box or nothing."""
    assert display_text(quote) == shown


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Map \ufffc here. The words marked. Then \ufffc more.", "words marked."),
        ("نقشہ \ufffc یہاں۔ نشان زدہ الفاظ۔ پھر \ufffc۔", "نشان زدہ الفاظ۔"),
        ("\ufffc\u2029A\u2029\ufffc", "A"),
    ],
)
def test_an_entry_shows_its_context_as_the_article_reads_it_else_as_stored(qapp, text, marked):
    start = text.index(marked)
    mark = new_mark("a", MarkKind.HIGHLIGHT, anchor_at(text, start, start + len(marked)), "f")
    stored = MarkEntry(mark, "")  # nothing known of the article now: the stored context
    assert stored.context_before() == display_text(text[:start])
    assert stored.context_after() == display_text(text[start + len(marked) :])
    assert "[Picture]" in stored.context_before() and "[Picture]" in stored.context_after()
    known = MarkEntry(mark, "", marked, "[Picture: Indus] before", "after [Picture: نقشہ]")
    assert known.context_before() == "[Picture: Indus] before"
    assert known.context_after() == "after [Picture: نقشہ]"


def test_highlights_overlapping_share_a_character_and_are_placed(qapp):
    text = "One two three four five six. ایک دو تین چار پانچ۔"
    first = new_mark("a", MarkKind.HIGHLIGHT, anchor_at(text, 4, 13), "f")  # two three
    urdu = new_mark("a", MarkKind.HIGHLIGHT, anchor_at(text, 33, 40), "f")  # دو تین
    bookmark = new_mark("a", MarkKind.BOOKMARK, anchor_at(text, 0, 3), "f")
    lost = new_mark("a", MarkKind.HIGHLIGHT, anchor_at(text, 0, 8), "f")._replace(orphaned=True)
    marks = [bookmark, lost, first, urdu]
    assert highlights_overlapping(marks, 0, 3) == []  # a bookmark's, an orphaned one's
    assert highlights_overlapping(marks, 13, 18) == []  # touching its end is not sharing
    assert highlights_overlapping(marks, 0, 4) == []  # nor its start
    assert highlights_overlapping(marks, 12, 18) == [first]
    assert highlights_overlapping(marks, 6, 8) == [first]  # inside
    assert highlights_overlapping(marks, 0, 50) == [first, urdu]
    assert highlights_overlapping(marks, 39, 41) == [urdu]
