"""A highlight made over another one (a fresh tester: it was made silently, one drawn over
the other and the words listed twice): inside one, it is said to be highlighted already;
running on past one, that one is extended; over several, refused, saying why. In English
and in Urdu, by keys as a reader makes them."""

import pytest
from PySide6.QtCore import Qt

from reader.core.marks.mark import MarkKind
from tests.ui.conftest import ARTICLE_ID, open_article

CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
URDU_ID = "metoo-pakistan-marginalised.ur"


def highlights(window, article_id):
    marks = window.store.marks_for_article(article_id)
    return sorted((m for m in marks if m.kind is MarkKind.HIGHLIGHT), key=lambda m: m.anchor.start)


def select(window, qtbot, skip: int, words: int) -> None:
    """From the first paragraph after the first heading, past `skip` words, `words` words."""
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_Home, CONTROL)
    qtbot.keyClick(view, Qt.Key.Key_H)
    qtbot.keyClick(view, Qt.Key.Key_P)
    for _ in range(skip):
        qtbot.keyClick(view, Qt.Key.Key_Right, CONTROL)
    for _ in range(words):
        qtbot.keyClick(view, Qt.Key.Key_Right, CONTROL | SHIFT)


def highlight(window, qtbot, skip: int, words: int) -> None:
    select(window, qtbot, skip, words)
    qtbot.keyClick(window.view, Qt.Key.Key_H, CONTROL)


def select_in(window, mark, start_offset: int, end_offset: int) -> None:
    """Select from `start_offset` characters after `mark`'s start to `end_offset` after
    its end (negative: before), in the article."""
    start, end = window.marks.document_range(mark)
    window.view.select_range(start + start_offset, end + end_offset)


@pytest.fixture(params=[ARTICLE_ID, URDU_ID])
def article(request, window):
    if request.param != ARTICLE_ID:
        open_article(window, request.param)
    return window, request.param


@pytest.mark.parametrize(("start", "end"), [(1, -1), (0, 0), (0, -3), (4, 0)])
def test_a_selection_inside_a_highlight_is_said_to_be_highlighted_already(
    article, qtbot, start, end
):
    window, article_id = article
    highlight(window, qtbot, 0, 6)
    [first] = highlights(window, article_id)
    select_in(window, first, start, end)
    assert window.marks.highlight_selection() == first  # answered: a note goes on it
    assert highlights(window, article_id) == [first]  # none made, none changed
    said = window.announcer.last_message
    assert said.startswith("This passage is already highlighted as Important")
    assert window.statusBar().currentMessage() == said  # shown as well as said


@pytest.mark.parametrize(("start", "end"), [(3, 12), (-8, 2), (-6, 9), (-4, 0)])
def test_a_selection_running_on_past_a_highlight_extends_it(article, qtbot, start, end):
    window, article_id = article
    highlight(window, qtbot, 2, 4)  # words 3 to 6
    [first] = highlights(window, article_id)
    select_in(window, first, start, end)
    selected = window.view.textCursor().selectedText().strip()
    extended = window.marks.highlight_selection()
    [stored] = highlights(window, article_id)  # still one, saved with its new words
    assert stored.id == first.id == extended.id
    assert stored.anchor == extended.anchor
    # Both: the words first marked and those selected (without the spaces at its ends).
    assert first.anchor.quote in stored.anchor.quote and selected in stored.anchor.quote
    assert len(stored.anchor.quote) < len(first.anchor.quote) + len(selected) + 2
    assert stored.category == first.category
    assert window.announcer.last_message.startswith("Highlight extended: ")
    assert window.statusBar().currentMessage() == window.announcer.last_message


def test_a_selection_over_two_highlights_is_refused_saying_why(article, qtbot):
    window, article_id = article
    highlight(window, qtbot, 0, 2)
    highlight(window, qtbot, 4, 2)
    before = highlights(window, article_id)
    assert len(before) == 2
    select_in(window, before[0], 1, before[1].anchor.end - before[0].anchor.end - 1)
    assert window.marks.highlight_selection() is None
    assert highlights(window, article_id) == before
    assert window.announcer.last_message == (
        "The selection covers parts of more than one highlight. Select text inside one "
        "highlight to change it, or outside them to add one."
    )


def test_highlights_side_by_side_are_each_made(article, qtbot):
    window, article_id = article
    highlight(window, qtbot, 0, 2)
    highlight(window, qtbot, 2, 2)  # starting where the first ends
    first, second = highlights(window, article_id)
    assert first.anchor.end <= second.anchor.start
    assert window.announcer.last_message.startswith("Highlighted as Important")
