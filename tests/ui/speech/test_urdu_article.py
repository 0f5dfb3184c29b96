"""The bundled Urdu article in the window: read in the Urdu voice without being asked, found
by Urdu words, and moved through sentence by sentence at Urdu full stops (۔)."""

import re

import pytest
from PySide6.QtCore import Qt

from reader.ui.speech.read_aloud import ReadingState
from tests.ui.conftest import open_article, wait_for_engine
from tests.ui.speech.test_read_after_find import find

URDU_ID = "metoo-pakistan-marginalised.ur"
URDU_VOICE = "inc/ur"  # espeak-ng's Urdu
SHIFT_ALT = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
CONTROL = Qt.KeyboardModifier.ControlModifier
FIRST = "2018 کے بیشتر حصے میں امریکہ میں"  # the first paragraph of the text


@pytest.fixture
def urdu_window(make_window, qtbot):
    window = make_window()
    read_aloud = window.read_aloud
    wait_for_engine(read_aloud, qtbot)
    assert read_aloud.available, read_aloud.unavailable_reason
    open_article(window, URDU_ID)  # past its content note, in Urdu
    window.focus_article()
    return window


def heard_text(window) -> str:
    start, end = window.read_aloud.current_sentence_range() or (0, 0)
    return window.view.plain_text()[start:end]


def test_the_urdu_article_is_read_in_the_urdu_voice_without_asking(urdu_window):
    # Reading it all would ask first if any Urdu had no voice (a message box): none comes.
    spoken = urdu_window.read_aloud.utterances_to_export(selection=False)
    urdu = [u for u in spoken if re.search(r"[\u0600-\u06ff]", u.text)]
    assert len(urdu) > 50
    assert {u.voice_id for u in urdu} == {URDU_VOICE}
    assert {u.language for u in urdu} == {"ur"}


def test_the_urdu_voice_is_chosen_even_when_the_reader_chose_an_english_one(urdu_window, qtbot):
    read_aloud = urdu_window.read_aloud
    english = next(voice.id for voice in read_aloud.voices if voice.language.startswith("en"))
    read_aloud.set_voice(english)
    spoken = read_aloud.utterances_to_export(selection=False)
    assert {u.voice_id for u in spoken if re.search(r"[\u0600-\u06ff]", u.text)} == {URDU_VOICE}


@pytest.mark.parametrize(
    ("query", "matches", "found"),
    [
        ("خواجہ سرا", 6, "خواجہ سرا"),
        ("كراچي", 1, "کراچی"),  # typed with Arabic kaf and yeh, as some keyboards do
        ("عائشہ گلالئی", 2, "عائشہ گلالئی"),
        ("مُختار مائی", 3, "مختار مائی"),  # with a pesh the text does not have
        ("#MeToo", 12, "#MeToo"),  # the title's and the text's, after their left-to-right mark
        ("PTI", 2, "PTI"),
    ],
)
def test_find_matches_urdu_words_in_the_urdu_article(urdu_window, qtbot, query, matches, found):
    window = urdu_window
    qtbot.keyClick(window.view, Qt.Key.Key_F, CONTROL)
    window.find_bar.query.setText(query)  # QTest types only what a Latin keyboard has
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    counted = f"1 of {matches} match" if matches == 1 else f"1 of {matches} matches"
    qtbot.waitUntil(lambda: window.find_bar.count.text() == counted)
    assert window.view.textCursor().selectedText() == found


def test_alt_shift_arrows_move_by_urdu_sentences(urdu_window, qtbot):
    window = urdu_window
    window.view.move_caret_to(window.view.plain_text().index(FIRST))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: heard_text(window).startswith(FIRST), timeout=30_000)
    assert heard_text(window).endswith("ایک عالمی تحریک بن چکی ہے۔")
    qtbot.keyClick(window.view, Qt.Key.Key_Right, SHIFT_ALT)
    qtbot.waitUntil(lambda: "#MeToo خواتین کو یہ موقع دیتا ہے" in heard_text(window))
    assert heard_text(window).endswith("آگاہی پیدا کریں۔")
    qtbot.keyClick(window.view, Qt.Key.Key_Right, SHIFT_ALT)
    qtbot.waitUntil(lambda: heard_text(window).startswith("دنیا بھر میں یہ رجحان"))
    qtbot.keyClick(window.view, Qt.Key.Key_Left, SHIFT_ALT)
    qtbot.waitUntil(lambda: "#MeToo خواتین کو یہ موقع دیتا ہے" in heard_text(window))
    qtbot.keyClick(window.view, Qt.Key.Key_Down, SHIFT_ALT)  # the next paragraph
    qtbot.waitUntil(lambda: heard_text(window).startswith("جب اس عالمی تحریک نے"))
    assert window.read_aloud.state == ReadingState.READING
    window.read_aloud.stop()


def test_find_then_f5_reads_from_the_urdu_sentence_of_the_match(urdu_window, qtbot):
    window = urdu_window
    find(window, qtbot, "میروالہ")
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: heard_text(window) != "", timeout=30_000)
    assert heard_text(window).startswith("تصویر: مختار مائی")
    window.read_aloud.stop()
