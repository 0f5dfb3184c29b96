"""Fitting widgets: the status bar keeps the interface's direction; scroll areas show the focus."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reader.ui.widgets.fitting import WrappingStatusBar, scrolling


@pytest.mark.parametrize(
    ("direction", "message"),
    [
        (Qt.LayoutDirection.LeftToRight, "کشمیر کی کہانی is added to the library."),
        (Qt.LayoutDirection.LeftToRight, "שלום opened."),
        (Qt.LayoutDirection.RightToLeft, "Reader کھل گیا۔"),
        (Qt.LayoutDirection.RightToLeft, "PTI کا مطلب"),
    ],
)
def test_a_message_is_laid_out_in_the_interfaces_direction(qtbot, direction, message):
    bar = WrappingStatusBar()
    qtbot.addWidget(bar)
    bar.setLayoutDirection(direction)
    bar.showMessage(message)
    shown = bar.message.text()
    assert shown.endswith(message)
    # Qt takes a paragraph's direction from its first strong character (Unicode's rule P2):
    # a right-to-left mark before the message in Urdu, a left-to-right one in English.
    expected = "\u200f" if direction == Qt.LayoutDirection.RightToLeft else "\u200e"
    assert shown[0] == expected


def test_no_message_shows_the_position(qtbot):
    bar = WrappingStatusBar()
    qtbot.addWidget(bar)
    bar.showMessage("Opened.")
    bar.clearMessage()
    assert bar.message.text() == ""


@pytest.mark.parametrize(
    ("make_control", "texts"),
    [
        (QPushButton, ["Open", "کھولیں", "ਖੋਲ੍ਹੋ"]),
        (QCheckBox, ["Remember", "یاد رکھیں", "Merken"]),
        (QLineEdit, ["", "", ""]),
    ],
)
def test_a_control_focused_without_tab_is_scrolled_into_view(qtbot, make_control, texts):
    """Tab scrolls a QScrollArea to its control; an access key, F6 or setFocus did not."""
    content = QWidget()
    layout = QVBoxLayout(content)
    controls = []
    for index in range(30):
        control = make_control()
        if texts[index % 3]:
            control.setText(texts[index % 3])
        layout.addWidget(control)
        controls.append(control)
    area = scrolling(content)
    qtbot.addWidget(area)
    area.resize(200, 120)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    for control in (controls[-1], controls[15], controls[0]):
        control.setFocus(Qt.FocusReason.ShortcutFocusReason)
        qtbot.waitUntil(
            lambda control=control: (
                0
                <= control.mapTo(area.viewport(), control.rect().topLeft()).y()
                <= area.viewport().height() - control.height()
            )
        )
