"""Telling screen-reader users what changed, and showing it to everyone else.

Three routes, because screen readers differ (measured with Orca 43 on Debian 12):
- an announcement event (QAccessibleAnnouncementEvent): Orca 45 and later speak it, and Qt
  maps it to a UI Automation notification on Windows (NVDA); Orca 43 ignores it;
- a notice of role Notification that is shown again for each message: Orca (43 too)
  speaks a notification when it becomes showing;
- the status bar shows the message, and Qt reports it as the status bar's accessible name,
  where a screen reader's "read status bar" command finds it at any time.
"""

from functools import cache

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QStatusBar, QWidget

ANNOUNCEMENT_SECONDS = 6
NOTICE_NAME = "announcementNotice"


class Announcer:
    """Speaks a message through the screen reader (AT-SPI, UIA, NSAccessibility) and shows it."""

    def __init__(self, source: QWidget, status_bar: QStatusBar) -> None:
        self._source = source
        self._status_bar = status_bar
        self.last_message = ""
        # After a quick exit nothing is said or shown until the reader comes back: a screen
        # reader speaking "Stopped reading" would tell the room what just happened.
        self.muted = False
        install_notice_factory()
        # No size: the status bar already shows the message; the notice is for the ear.
        self._notice = QLabel(status_bar)
        self._notice.setObjectName(NOTICE_NAME)
        self._notice.setFixedSize(0, 0)
        self._notice.hide()
        status_bar.addPermanentWidget(self._notice)

    def show(self, message: str) -> None:
        """Show a message in the status bar only: for what a screen reader already hears
        another way (a node that got focus says itself)."""
        if self.muted:
            return
        self.last_message = message
        self._status_bar.showMessage(message, ANNOUNCEMENT_SECONDS * 1000)

    def announce(self, message: str) -> None:
        if self.muted:
            return
        self.show(message)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._source, message))
        self._notice.setText(message)
        self._notice.hide()
        self._notice.show()  # "showing" again: Orca speaks a notification each time it appears


@cache
def install_notice_factory() -> None:
    """Qt asks installed factories first; this one answers only for the notice."""
    QAccessible.installFactory(_notice_factory)


def _notice_factory(classname: str, obj: QObject) -> QAccessibleInterface | None:
    if classname == "QLabel" and isinstance(obj, QLabel) and obj.objectName() == NOTICE_NAME:
        return NoticeInterface(obj)
    return None


class NoticeInterface(QAccessibleWidget):
    """A label as a notification (role Notification), named by its text."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Notification)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        return self._label.text() if kind == QAccessible.Text.Name else ""
