"""Opening an article with its marks (issue 16, goal 4), made cheaper, keeps its answers:
a panel updates only the rows that changed, each note keeps its own tooltip, and the text's
fingerprint follows the text shown."""

from PySide6.QtGui import QTextCharFormat

from reader.core.marks.anchoring import anchor_at, fingerprint
from reader.core.marks.mark import Category, Mark, MarkEntry, MarkKind, new_mark
from reader.ui.marks.mark_list import Column, MarksModel, plain_entry
from tests.ui.conftest import ARTICLE_ID
from tests.ui.marks.test_marks import tooltip_at

DASHED = QTextCharFormat.UnderlineStyle.DashUnderline


def marks_with(notes: list[str]) -> list[Mark]:
    text = "اردو کا متن and English words, 😀 with an emoji, " * 4
    return [
        new_mark("a", MarkKind.HIGHLIGHT, anchor_at(text, n * 10, n * 10 + 5), "p", note=note)
        for n, note in enumerate(notes)
    ]


def model() -> MarksModel:
    return MarksModel([Column("Note", lambda entry: entry.mark.note)])


def test_listing_the_same_marks_again_updates_no_row(qtbot):
    listed = model()
    first = marks_with(["", "نوٹ", "A note"])
    listed.set_marks(first, plain_entry)
    with qtbot.assertNotEmitted(listed.dataChanged), qtbot.assertNotEmitted(listed.modelReset):
        listed.set_marks(list(first), plain_entry)
        listed.set_marks([mark._replace() for mark in first], plain_entry)  # equal copies


def test_a_changed_mark_updates_only_the_rows_from_it_to_the_last_changed(qtbot):
    listed = model()
    first = marks_with(["", "نوٹ", "A note", "😀", "last"])
    listed.set_marks(first, plain_entry)
    for rows in ([1], [0, 4], [3]):
        changed = list(first)
        for row in rows:
            changed[row] = changed[row]._replace(note=f"changed {row} اردو")
        with (
            qtbot.waitSignal(listed.dataChanged) as signal,
            qtbot.assertNotEmitted(listed.modelReset),
        ):
            listed.set_marks(changed, plain_entry)
        top_left, bottom_right = signal.args[:2]
        assert (top_left.row(), bottom_right.row()) == (rows[0], rows[-1])
        assert [listed.index(row, 0).data() for row in rows] == [
            f"changed {row} اردو" for row in rows
        ]
        first = changed


def test_marks_added_removed_or_reordered_reset_the_list(qtbot):
    listed = model()
    first = marks_with(["", "a", "b"])
    for different in (first[:2], [*first, *marks_with(["new"])], [first[1], first[0], first[2]]):
        listed.set_marks(first, plain_entry)
        with qtbot.waitSignal(listed.modelReset):
            listed.set_marks(different, plain_entry)
        assert [listed.entry(row).mark for row in range(listed.rowCount())] == different


def test_a_row_entry_is_made_when_asked_with_the_section_it_is_under(qtbot):
    """Rows are made lazily: a section is worked out only for a row the view asks for, and
    each entry made then holds its own mark and section (in any script)."""
    asked: list[str] = []
    sections = {"": "", "نوٹ": "اردو کا حصہ", "A note": "Second part", "😀": "Emoji 😀"}

    def entry_of(mark: Mark) -> MarkEntry:
        asked.append(mark.note)
        return MarkEntry(mark, sections[mark.note])

    listed = MarksModel([Column("Section", lambda entry: entry.section)])
    marks = marks_with(list(sections))
    listed.set_marks(marks, entry_of)
    assert asked == []
    assert listed.index(2, 0).data() == "Second part"
    assert asked == ["A note"]
    assert [listed.entry(row) for row in (3, 1, 0)] == [
        MarkEntry(marks[3], "Emoji 😀"),
        MarkEntry(marks[1], "اردو کا حصہ"),
        MarkEntry(marks[0], ""),
    ]


def test_each_noted_highlight_has_its_own_note_as_tooltip_in_every_category(window, qtbot):
    """The dashed underline is made once per category; the tooltip stays each mark's own,
    shown when the pointer rests on it (as its words, and as written: no markup)."""
    text = window.view.plain_text()
    notes = {
        Category.IMPORTANT: "Check **the** figures.",
        Category.IDEA: "یہ اہم ہے",
        Category.QUESTION: "Why <b>not</b>? 😀",
    }
    words = ["Check the figures.", "یہ اہم ہے", "Why <b>not</b>? 😀"]
    marks = [
        new_mark(
            ARTICLE_ID,
            MarkKind.HIGHLIGHT,
            anchor_at(text, 200 + 40 * n, 210 + 40 * n),
            fingerprint(text),
            category=category,
            note=note,
        )
        for n, (category, note) in enumerate(notes.items())
    ]
    plain = new_mark(
        ARTICLE_ID,
        MarkKind.HIGHLIGHT,
        anchor_at(text, 400, 410),
        fingerprint(text),
        category=Category.IDEA,
    )
    window.store.merge_marks([*marks, plain])
    window.marks.set_article(ARTICLE_ID, window.navigator.outline)
    spans = window.view.selection_layer("marks")
    assert [span.note for span in spans] == [*words, ""]
    middles = [(span.start + span.end) // 2 for span in spans]
    assert [tooltip_at(window.view, qtbot, middle) for middle in middles] == [*words, ""]
    # From its first character to just after its last, and not beyond.
    first = spans[0]
    assert [window.view.note_at(p) for p in (first.start, first.end)] == [words[0]] * 2
    assert window.view.note_at(first.start - 1) == window.view.note_at(first.end + 1) == ""
    assert [span.format.underlineStyle() == DASHED for span in spans] == [True] * 3 + [False]
    idea_noted, idea_plain = spans[1].format, spans[3].format
    assert idea_noted.background() == idea_plain.background()


def test_the_fingerprint_follows_the_text_shown(window, write_article):
    """Worked out again only for a new text: an article opened after another has its own,
    and one with no text at all the fingerprint of no text."""
    controller = window.marks
    assert controller._fingerprint == fingerprint(window.view.plain_text())
    for name, body in (("urdu.md", "اردو کا متن۔"), ("emoji.md", "😀 text"), ("one.md", ".")):
        write_article(name, "Title", body=body)
        window.reload_library()
        assert window.open_article_by_id(name.removesuffix(".md"))
        assert controller._fingerprint == fingerprint(window.view.plain_text())
    window.view.clear()
    controller.set_article("empty", window.navigator.outline)
    assert controller._fingerprint == fingerprint("")


def test_sections_listed_are_those_the_marks_are_under(window, qtbot):
    """Worked out for all the marks at once: each entry's section is the heading before it."""
    text = window.view.plain_text()
    outline = window.navigator.outline
    places = [heading.position + 3 for heading in outline.headings[:3]] + [0]
    window.store.merge_marks(
        [
            new_mark(
                ARTICLE_ID,
                MarkKind.BOOKMARK,
                anchor_at(text, place, place + 4),
                fingerprint(text),
                name="here",
            )
            for place in places
        ]
    )
    window.marks.set_article(ARTICLE_ID, outline)
    expected = [
        (heading.text if (heading := outline.heading_at(place)) else "") for place in sorted(places)
    ]
    listing = window.marks.listing()
    assert [listing.entry_of(mark).section for mark in listing.marks] == expected
    window.bookmarks_dock.show()
    panel = window.bookmarks_panel.model
    assert [panel.entry(row).section for row in range(panel.rowCount())] == expected
    assert [panel.index(row, 1).data() for row in range(panel.rowCount())] == expected
