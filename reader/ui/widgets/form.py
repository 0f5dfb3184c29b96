"""Small builders that make every control labelled and reachable by keyboard."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar, QToolButton, QWidget


def labelled(label_text: str, control: QWidget, description: str = "") -> QLabel:
    """A visible label bound to `control` (its &-mnemonic focuses it), named alike for AT."""
    label = QLabel(label_text)
    label.setBuddy(control)
    control.setAccessibleName(label_text.replace("&", "").rstrip(": "))
    if description:
        control.setAccessibleDescription(description)
        control.setToolTip(description)
    return label


def buttons_reachable_by_tab(toolbar: QToolBar) -> None:
    """A toolbar's buttons take focus from the keyboard, not only from a mouse."""
    for button in toolbar.findChildren(QToolButton):
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def clear_button_once_typed(field: QLineEdit) -> None:
    """Give `field` its clear button when it first has text: the button shows only then,
    and making it loads its icon, about 30 ms, which a window's start need not wait for."""

    def offer(text: str) -> None:
        if text:
            field.textChanged.disconnect(offer)
            field.setClearButtonEnabled(True)

    field.textChanged.connect(offer)
