"""Telling screen-reader users what changed, and showing it to everyone else."""

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QStatusBar, QWidget

ANNOUNCEMENT_SECONDS = 6


class Announcer:
    """Speaks a message through the screen reader (AT-SPI, UIA, NSAccessibility) and shows it."""

    def __init__(self, source: QWidget, status_bar: QStatusBar) -> None:
        self._source = source
        self._status_bar = status_bar
        self.last_message = ""
        # After a quick exit nothing is said or shown until the reader comes back: a screen
        # reader speaking "Stopped reading" would tell the room what just happened.
        self.muted = False

    def announce(self, message: str) -> None:
        if self.muted:
            return
        self.last_message = message
        self._status_bar.showMessage(message, ANNOUNCEMENT_SECONDS * 1000)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._source, message))
