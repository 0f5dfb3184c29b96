"""Read-aloud starts where the reader is: after find, at the match, reading on; a selection
the reader made is still read alone."""

import pytest
from PySide6.QtCore import Qt

from reader.ui.speech.read_aloud import ReadingState
from tests.ui.conftest import wait_for_engine

ALPHABET = """
# Call signs

Alfa comes first. Bravo is next. Charlie follows them.

Juliet waits here. The word Kilo is in this sentence. Lima comes after it. Mike is last.

یہ پہلا جملہ ہے۔ اس میں لفظ کراچی ہے۔ یہ آخری جملہ ہے۔
{lang=ur}
"""
CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(make_window, write_article, qtbot):
    write_article("alphabet.md", "Call signs", ALPHABET)
    window = make_window()
    read_aloud = window.read_aloud
    wait_for_engine(read_aloud, qtbot)
    assert read_aloud.available, read_aloud.unavailable_reason
    assert window.open_article_by_id("alphabet")
    window.focus_article()
    return window


def find(window, qtbot, query: str) -> None:
    """Ctrl+F, the query, Enter, Escape: as a reader looks for a word."""
    qtbot.keyClick(window.view, Qt.Key.Key_F, CONTROL)
    if query.isascii():
        qtbot.keyClicks(window.find_bar.query, query)
    else:  # QTest types only what a Latin keyboard has; an Urdu one gives the line its text
        window.find_bar.query.setText(query)
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.find_bar.count.text() == "1 of 1 match")
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    assert window.view.hasFocus()


def sentences_heard(window) -> list[str]:
    text = window.view.plain_text()
    heard: list[str] = []
    window.read_aloud.sentenceHeard.connect(lambda start, end: heard.append(text[start:end]))
    return heard


def test_after_find_f5_reads_from_the_match_onward(window, qtbot):
    find(window, qtbot, "Kilo")
    assert window.view.textCursor().selectedText() == "Kilo"  # the match is still shown
    heard = sentences_heard(window)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(heard) >= 2, timeout=30_000)
    assert heard[:2] == ["The word Kilo is in this sentence.", "Lima comes after it."]
    assert window.read_aloud.state == ReadingState.READING
    window.read_aloud.stop()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Juliet", ["Juliet waits here.", "The word Kilo is in this sentence."]),
        ("is last", ["Mike is last.", "یہ پہلا جملہ ہے۔"]),
        ("کراچی", ["اس میں لفظ کراچی ہے۔", "یہ آخری جملہ ہے۔"]),
    ],
)
def test_after_find_reading_starts_at_the_sentence_of_the_match(window, qtbot, query, expected):
    find(window, qtbot, query)
    heard = sentences_heard(window)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(heard) >= len(expected), timeout=30_000)
    assert heard[: len(expected)] == expected
    window.read_aloud.stop()


def test_a_selection_the_reader_makes_is_read_alone(window, qtbot):
    text = window.view.plain_text()
    window.view.move_caret_to(text.index("Bravo"))
    qtbot.keyClick(window.view, Qt.Key.Key_End, SHIFT)  # to the end of the paragraph
    assert window.view.textCursor().selectedText() == "Bravo is next. Charlie follows them."
    heard = sentences_heard(window)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=30_000)
    assert heard == ["Bravo is next.", "Charlie follows them."]
    assert window.announcer.last_message == "Finished reading"


def test_a_find_match_the_reader_then_extends_is_their_selection(window, qtbot):
    find(window, qtbot, "Kilo")
    for _ in range(len(" is in")):
        qtbot.keyClick(window.view, Qt.Key.Key_Right, SHIFT)
    assert window.view.textCursor().selectedText() == "Kilo is in"
    assert window.view.reader_selection() is not None
    heard = sentences_heard(window)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=30_000)
    assert heard == ["Kilo is in"]
    assert window.announcer.last_message == "Finished reading"
