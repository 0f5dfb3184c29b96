"""File, Clear My Data: check boxes, a plain question, and a report of what went."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.safety.clearing import DataKind
from reader.ui.safety.dialogs import ClearDataDialog
from tests.ui.conftest import ARTICLE_ID, open_article


def answer_in_turn(steps: list) -> list[str]:
    """Answer the modal windows that appear, one step each: a function given the window."""
    seen: list[str] = []

    def poll() -> None:
        current = QApplication.activeModalWidget()
        if current is None or (seen and seen[-1] == id(current)):
            QTimer.singleShot(20, poll)
            return
        seen.append(id(current))
        steps.pop(0)(current)
        if steps:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_clearing_marks_from_the_window_asks_removes_and_reports(make_window):
    window = make_window()
    open_article(window, ARTICLE_ID)
    window.view.move_caret_to(300)
    window.actions_by_name["add_bookmark"].trigger()
    assert window.store.all_marks()
    texts: list[str] = []

    def choose(dialog: ClearDataDialog) -> None:
        assert not dialog.remove.isEnabled()  # nothing is chosen for the reader
        dialog.boxes[DataKind.MARKS].setChecked(True)
        dialog.remove.click()

    def confirm(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def report(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    answer_in_turn([choose, confirm, report])
    window.actions_by_name["clear_data"].trigger()
    assert "Bookmarks, highlights and notes" in texts[0] and "cannot be undone" in texts[0]
    assert "Bookmarks, highlights and notes: 1 removed." in texts[1]
    assert window.store.all_marks() == []
    assert window.bookmarks_panel.model.rowCount() == 0
