"""The quick exit inside the window: keys, button, dialogs, announcements, and the return."""

import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from reader.core.safety.settings import AfterQuickExit, SafetySettings
from reader.ui.safety.quick_exit import WakeListener, wake_hidden_reader, wake_name
from tests.ui.conftest import open_article


def visible_windows() -> list:
    return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]


@pytest.fixture
def hiding_window(make_window):
    window = make_window()
    window.safety = SafetySettings(after_quick_exit=AfterQuickExit.HIDE)
    open_article(window, "metoo-pakistan-marginalised")
    window.focus_article()
    yield window
    window.guard.wake.close()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def test_shift_escape_hides_every_window_and_says_so_only_before(hiding_window, qtbot):
    window = hiding_window
    window.show_notes()  # a panel, and a dialog below
    seen = []

    def press_in_dialog() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press_in_dialog)
            return
        seen.append(box)
        QTest.keyClick(box, Qt.Key.Key_Escape, Qt.KeyboardModifier.ShiftModifier)

    QTimer.singleShot(0, press_in_dialog)
    answered = QMessageBox.question(window, "A question", "Still here?")
    assert seen and answered != QMessageBox.StandardButton.Yes
    assert visible_windows() == []
    assert window.guard.hidden
    assert window.announcer.last_message == "Quick exit."
    window.announcer.announce("Stopped reading")  # anything said later is not said
    assert window.announcer.last_message == "Quick exit."


@pytest.mark.parametrize(
    "keys",
    [
        [Qt.Key.Key_Escape] * 3,
        [Qt.Key.Key_H, Qt.Key.Key_Escape, Qt.Key.Key_Escape, Qt.Key.Key_Escape],
    ],
)
def test_escape_three_times_quickly_is_the_other_way(hiding_window, keys):
    for key in keys:
        QTest.keyClick(QApplication.focusWidget(), key)
    assert visible_windows() == []


def test_two_escapes_or_escapes_with_a_key_between_are_not(hiding_window):
    window = hiding_window
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Escape, Qt.Key.Key_H, Qt.Key.Key_Escape):
        QTest.keyClick(QApplication.focusWidget(), key)
    assert window.isVisible()


def test_the_toolbar_has_a_labelled_quick_exit_button(hiding_window):
    window = hiding_window
    buttons = [
        button
        for button in window.findChildren(QToolButton)
        if button.defaultAction() is window.actions_by_name["quick_exit"]
    ]
    assert len(buttons) == 1 and buttons[0].text() == "Quick Exit" and buttons[0].isVisible()
    buttons[0].click()
    assert not window.isVisible()


def test_starting_reader_again_shows_a_neutral_article_without_the_way_back(hiding_window, qtbot):
    window = hiding_window
    window.actions_by_name["quick_exit"].trigger()
    assert not window.isVisible()
    assert wake_hidden_reader(window.paths.root)
    qtbot.waitUntil(window.isVisible)
    assert window.article.meta.id == "how-to-use-reader"
    assert window.windowTitle() == "How to Use Reader — Reader"
    assert not window.actions_by_name["back"].isEnabled()  # Back does not lead to it
    assert not window.announcer.muted


def test_a_chosen_neutral_article_is_shown_on_return(hiding_window, qtbot, data_paths):
    window = hiding_window
    articles = data_paths.articles
    articles.mkdir(parents=True, exist_ok=True)
    (articles / "recipes.md").write_text("---\ntitle: Recipes\n---\n\nRice.\n", encoding="utf-8")
    window.reload_library()
    window.safety = SafetySettings(after_quick_exit=AfterQuickExit.HIDE, neutral_article="recipes")
    window.guard.quick_exit()
    assert wake_hidden_reader(window.paths.root)
    qtbot.waitUntil(window.isVisible)
    assert window.article.meta.id == "recipes"


def test_nothing_to_wake_when_no_reader_is_hidden(tmp_path):
    assert not wake_hidden_reader(tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket's file")
def test_nothing_to_wake_where_a_crashed_reader_left_its_socket(tmp_path):
    left = Path(QDir.tempPath()) / wake_name(tmp_path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(left))  # bound, never listening: as a killed Reader leaves it
        try:
            assert not wake_hidden_reader(tmp_path)
        finally:
            left.unlink()


@pytest.mark.parametrize("folder", ["Reader", "ریڈر کا ڈیٹا", "données lecteur"])
def test_a_start_wakes_the_listener_of_its_own_data_folder_only(tmp_path, qtbot, folder):
    # The listener is Qt's QLocalServer, the start's client Python's socket (outside
    # Windows): both must find the same socket, and no other folder's.
    root = tmp_path / folder
    listener = WakeListener(root)
    try:
        assert listener.listen()
        assert not wake_hidden_reader(tmp_path / "another folder")
        with qtbot.waitSignal(listener.woken, timeout=10_000):
            assert wake_hidden_reader(root)
        assert not wake_hidden_reader(root)  # woken, it stopped listening
    finally:
        listener.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe ends with its server")
def test_a_socket_left_by_a_reader_that_crashed_wakes_nothing(tmp_path):
    # A socket file with nobody listening: what a Reader killed while hidden leaves.
    path = Path(QDir.tempPath()) / wake_name(tmp_path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as left:
        left.bind(str(path))
    try:
        assert not wake_hidden_reader(tmp_path)
    finally:
        path.unlink()


def test_quitting_is_the_default(make_window, qtbot):
    window = make_window()
    window.guard.quick_exit()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: window.read_aloud._shut_down)  # closed: closeEvent ran
