"""A mark made from a selection leaves out the spaces at its ends (a fresh tester's case:
Ctrl+Shift+Right selects a word with the space after it, and Ctrl+H highlighted and kept
that space); a selection of only spaces marks nothing and says so."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import ARTICLE_ID, open_article
from tests.ui.marks.test_marks import (
    CONTROL,
    SHIFT,
    bookmarks,
    highlights,
    move_to_heading,
    reactivate,
    select_words,
    type_into_next_note_dialog,
)

URDU_ID = "metoo-pakistan-marginalised.ur"
ONLY_SPACES = "Only spaces are selected, so there is nothing to mark: select a word."


def select(window, start: int, end: int) -> None:
    cursor = window.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)


def marks_of(window, article_id: str):
    return window.store.marks_for_article(article_id)


def test_ctrl_shift_right_then_ctrl_h_highlights_the_words_without_the_space(window, qtbot):
    move_to_heading(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    select_words(window, qtbot, 3)  # "Generally", ",", "cases"
    selected = window.view.textCursor().selectedText()
    assert selected == "Generally, cases "  # the selection
    qtbot.keyClick(window.view, Qt.Key.Key_H, CONTROL)

    [mark] = highlights(window)
    assert mark.anchor.quote == "Generally, cases"
    start, end = window.marks.document_range(mark)
    assert window.view.plain_text()[start:end] == "Generally, cases"
    [span] = window.view.selection_layer("marks")
    assert (span.start, span.end) == (start, end)  # the space after it is not drawn
    assert window.announcer.last_message == "Highlighted as Important (yellow): Generally, cases"


def test_ctrl_shift_left_in_urdu_highlights_the_words_without_the_space(make_window, qtbot):
    window = make_window()
    open_article(window, URDU_ID)
    window.focus_article()
    text = window.view.plain_text()
    cursor = window.view.textCursor()
    cursor.setPosition(text.index("2018 کے بیشتر") + len("2018 "))
    window.view.setTextCursor(cursor)
    for _ in range(2):  # Left is forward in a right-to-left paragraph
        qtbot.keyClick(window.view, Qt.Key.Key_Left, CONTROL | SHIFT)
    assert window.view.textCursor().selectedText() == "کے بیشتر "
    qtbot.keyClick(window.view, Qt.Key.Key_H, CONTROL)

    [mark] = marks_of(window, URDU_ID)
    assert mark.anchor.quote == "کے بیشتر"
    start, end = window.marks.document_range(mark)
    assert text[start:end] == "کے بیشتر" and text[end] == " "


def test_a_note_on_a_selection_with_spaces_around_it_notes_the_words(window, qtbot):
    text = window.view.plain_text()
    words = "sexual harassment"
    start = text.index(f" {words} ")
    select(window, start, start + len(words) + 2)  # a space before and after
    seen = []
    type_into_next_note_dialog(qtbot, "Which law?", seen)
    qtbot.keyClick(window.view, Qt.Key.Key_N, CONTROL | SHIFT)
    [mark] = highlights(window)
    assert mark.anchor.quote == words and mark.note == "Which law?"
    assert (mark.anchor.start, mark.anchor.end) == (start + 1, start + 1 + len(words))

    # The same selection again, spaces and all, is in that highlight: its note is edited,
    # no second highlight is made.
    reactivate(window, qtbot)
    select(window, start, start + len(words) + 2)
    type_into_next_note_dialog(qtbot, "Which law, and since when?", seen)
    qtbot.keyClick(window.view, Qt.Key.Key_N, CONTROL | SHIFT)
    assert seen[-1] == "Which law?"
    assert [m.note for m in highlights(window)] == ["Which law, and since when?"]


def test_a_bookmark_with_a_selection_is_at_a_word_not_a_space(window, qtbot):
    """Ctrl+D bookmarks the caret, at its end of the selection: selected backwards over
    " sexual " the caret is on the space before it, selected forwards over "harassment"
    on the space after; each bookmark starts at the word that follows."""
    text = window.view.plain_text()
    start = text.index(" sexual harassment and violence")
    select(window, start + len(" sexual "), start)  # backwards: the caret at the space
    qtbot.keyClick(window.view, Qt.Key.Key_D, CONTROL)
    words_end = start + len(" sexual harassment")
    select(window, start + len(" sexual "), words_end)  # forwards: the caret at a space
    qtbot.keyClick(window.view, Qt.Key.Key_D, CONTROL)
    first, second = bookmarks(window)
    assert first.anchor.start == start + 1
    assert first.anchor.quote.startswith("sexual harassment")
    assert second.anchor.start == words_end + 1 and text[words_end] == " "
    assert not second.anchor.quote[0].isspace()


def test_a_selection_of_only_spaces_marks_nothing_and_says_so(window, qtbot):
    text = window.view.plain_text()
    space = text.index(" sexual harassment")
    paragraph_end = text.index("\u2029", space)
    for start, end in (
        (space, space + 1),  # one space between words
        (paragraph_end, paragraph_end + 1),  # a paragraph's end alone (Shift+Right there)
    ):
        for keys in (
            (Qt.Key.Key_H, CONTROL),
            (Qt.Key.Key_N, CONTROL | SHIFT),
            (Qt.Key.Key_D, CONTROL),
        ):
            select(window, start, end)
            qtbot.keyClick(window.view, *keys)
            assert window.announcer.last_message == ONLY_SPACES, keys
            assert QApplication.activeModalWidget() is None  # no note dialog opened
    assert marks_of(window, ARTICLE_ID) == []
