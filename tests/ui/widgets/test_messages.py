"""The plain message shown for an error nobody caught."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui.widgets.messages import UnexpectedErrorReporter


def close_next_message_box(seen: list[QMessageBox]) -> None:
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)
            box.button(QMessageBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_the_message_names_the_log_folder_and_offers_to_open_it(qapp, tmp_path):
    seen: list[QMessageBox] = []
    close_next_message_box(seen)
    UnexpectedErrorReporter(tmp_path / "logs")()
    [box] = seen
    assert "will carry on" in box.text()
    assert str(tmp_path / "logs") in box.text()
    labels = [button.text() for button in box.buttons()]
    assert "Open Log Folder" in labels


def test_without_a_log_there_is_nothing_to_open(qapp):
    seen: list[QMessageBox] = []
    close_next_message_box(seen)
    UnexpectedErrorReporter(None)()
    [box] = seen
    assert [button.text() for button in box.buttons()] == ["OK"]


def test_errors_while_the_message_is_shown_do_not_stack_messages(qapp, tmp_path):
    reporter = UnexpectedErrorReporter(tmp_path)
    seen: list[QMessageBox] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)
            reporter()  # a second error while the first message is open: only logged
            box.button(QMessageBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    reporter()
    assert len(seen) == 1
