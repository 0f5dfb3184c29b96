"""The system's colour scheme (dark or light) and high-contrast setting, as Qt reports them.

On Linux Qt learns both from the desktop portal (org.freedesktop.appearance color-scheme and
contrast) or GNOME's a11y settings; the answer arrives asynchronously, after the application
has started, and again whenever the reader changes the setting. On Windows Qt reports the
system's high-contrast mode and dark mode the same way (not verified here: no Windows test
machine). Hence a signal, not a one-time read.
"""

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication


class SystemColours(QObject):
    """Emits `changed` when the system's colour scheme or contrast preference changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Held: PySide6 deletes the accessibility hints' wrapper with its last reference.
        self._hints = QGuiApplication.styleHints()
        self._accessibility = self._hints.accessibility()
        self._hints.colorSchemeChanged.connect(self.changed)
        self._accessibility.contrastPreferenceChanged.connect(self.changed)

    @staticmethod
    def dark() -> bool:
        """Whether the system asks for a dark colour scheme (False when it does not say)."""
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark

    @staticmethod
    def high_contrast() -> bool:
        """Whether the system asks for high contrast (False when it does not say)."""
        hints = QGuiApplication.styleHints()  # held while its accessibility hints are asked
        return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
