"""Message boxes whose text is shown as text: file names and reasons are never HTML."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

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
