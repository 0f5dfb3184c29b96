"""The status bar's message keeps the interface's direction, whatever script it starts with."""

import pytest
from PySide6.QtCore import Qt

from reader.ui.widgets.fitting import WrappingStatusBar


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
