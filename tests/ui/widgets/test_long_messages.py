"""A long message in the status bar (a note read out by N, a long title opened) stays
within the window: a note of one 50,000-letter word widened the window to 32,767 pixels
under Xvfb (found by a fresh tester), the status bar's label asking for its word's width."""

import pytest

NOTE_WORDS = "lorem ipsum dolor sit amet " * 120
MESSAGES = {
    "a long English note": "Note on “the key”: " + NOTE_WORDS,
    "a long Urdu note": "Note on “کلید”: " + "یہ ایک بہت لمبا نوٹ ہے " * 150,
    "one unbroken word": "Highlight, Important: " + "x" * 800,
    "an unbroken Urdu word": "Note on “ا”: " + "ب" * 2000,
    "a long web address": "Link: https://example.org/" + "a/b-c_d" * 300,
    "a 50,000-character note": "Note on “a”: " + "word " * 10_000,
}


@pytest.mark.parametrize("message", MESSAGES.values(), ids=MESSAGES.keys())
def test_a_long_announcement_leaves_the_window_as_wide_as_it_was(window, qtbot, message):
    before = window.minimumSizeHint().width()
    window.announcer.announce(message)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == message)
    assert window.minimumSizeHint().width() <= max(before, 1000)
    assert window.statusBar().minimumSizeHint().width() <= 1000
