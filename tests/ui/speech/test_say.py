"""Reading a note aloud (ReadAloud.say): the real engine, into the test's sound server."""

from PySide6.QtCore import Qt

from tests.ui.conftest import ARTICLE_ID, wait_for_engine


def test_a_note_read_aloud_reaches_the_speakers_and_leaves_the_caret(
    make_window, qtbot, sound_server
):
    window = make_window()
    read_aloud = window.read_aloud
    wait_for_engine(read_aloud, qtbot)
    assert read_aloud.available, read_aloud.unavailable_reason
    assert window.open_article_by_id(ARTICLE_ID)
    window.focus_article()
    qtbot.keyClick(window.view, Qt.Key.Key_H)
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    for _ in range(2):
        qtbot.keyClick(
            window.view,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    qtbot.keyClick(window.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    [mark] = window.marks.marks()
    window.marks._update(mark._replace(note="Check the figures in the report."))
    caret = window.view.caret_position()
    with sound_server.record() as recording:
        window.actions_by_name["read_note"].trigger()
        qtbot.waitUntil(lambda: recording.sound_seconds() > 0.5, timeout=20000)
    assert window.announcer.last_message == "Reading aloud."
    assert window.view.caret_position() == caret
