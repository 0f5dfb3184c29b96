"""Message boxes whose text is shown as text: file names and reasons are never HTML."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, Button.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str, yes: Button, default: Button) -> bool:
    """True when the reader chooses `yes`; `default` is what Enter does."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(yes | Button.Cancel)
    box.setDefaultButton(default)
    return box.exec() == yes


class UnexpectedErrorReporter:
    """Tells the reader, in plain words, that something went wrong and Reader carries on,
    and offers to open the folder that holds the log. One message at a time: errors that
    come while it is shown are only logged (see reader.diagnostics)."""

    def __init__(self, log_folder: Path | None) -> None:
        self.log_folder = log_folder
        self._showing = False

    def __call__(self) -> None:
        if self._showing or not isinstance(QApplication.instance(), QApplication):
            return
        self._showing = True
        try:
            self._show()
        finally:
            self._showing = False

    def _show(self) -> None:
        translate = QCoreApplication.translate
        text = translate(
            "messages",
            "Something went wrong inside Reader. It will carry on, but what you were doing "
            "may not have finished.",
        )
        if self.log_folder is not None:
            text += "\n\n" + translate(
                "messages",
                "The details were written to Reader's log, in {folder}. You can send it to "
                "whoever helps you with Reader.",
            ).format(folder=self.log_folder)
        box = _box(QApplication.activeWindow(), QMessageBox.Icon.Warning, "Reader", text)
        open_folder = None
        if self.log_folder is not None:
            open_folder = box.addButton(
                translate("messages", "Open Log Folder"), QMessageBox.ButtonRole.ActionRole
            )
        box.exec()
        if open_folder is not None and box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))
