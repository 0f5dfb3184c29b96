"""Read-aloud says, once in the status line, when unmarked text is given its script's voice."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from reader.ui.speech.read_aloud import ReadingState
from tests.ui.conftest import wait_for_engine

ARTICLE = """
English first. یہ ایک اردو جملہ ہے۔ English after it.

Another paragraph. یہ دوسرا اردو جملہ ہے۔
"""
MESSAGE = "Text in Arabic script that is not marked with its language is read as Urdu."


def test_the_script_choice_is_said_once_in_the_status_line(make_window, write_article, qtbot):
    write_article("mixed.md", "Mixed", ARTICLE)
    window = make_window()
    read_aloud = window.read_aloud
    wait_for_engine(read_aloud, qtbot)
    assert window.open_article_by_id("mixed")
    window.focus_article()
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.view.move_caret_to(window.view.plain_text().index("English first"))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: read_aloud.state == ReadingState.READING)
    assert window.statusBar().currentMessage() == MESSAGE
    assert {u.voice_id for u in read_aloud.utterances_to_export(selection=False)} >= {"inc/ur"}
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: read_aloud.state == ReadingState.STOPPED)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)  # the same article again: not news
    qtbot.waitUntil(lambda: read_aloud.state == ReadingState.READING)
    assert said.count(MESSAGE) == 1
    read_aloud.stop()


def test_the_reader_chooses_what_unmarked_arabic_script_means(make_window, write_article, qtbot):
    write_article("persian.md", "Persian", "English first. این یک جمله فارسی است.")
    window = make_window()
    read_aloud = window.read_aloud
    wait_for_engine(read_aloud, qtbot)
    assert window.open_article_by_id("persian")
    voices = {u.voice_id for u in read_aloud.utterances_to_export(selection=False)}
    assert "inc/ur" in voices  # Urdu, unless the reader says otherwise
    menu = next(
        action.menu()
        for action in window.menuBar().findChildren(QAction)
        if action.text() == "Read Unmarked &Arabic-Script Text As"
    )
    next(action for action in menu.actions() if action.data() == "fa").trigger()
    assert read_aloud.settings.arabic_script_language == "fa"
    voices = {u.voice_id for u in read_aloud.utterances_to_export(selection=False)}
    assert "ira/fa" in voices and "inc/ur" not in voices
