"""Focus mode: the article alone, without menus, toolbars, panels or status bar; the
same shortcut (F11) brings everything back as it was."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget

from reader.ui.accessibility.announcer import Announcer


class FocusMode(QObject):
    """Hides the window's bars and panels, remembering which were shown. The window turns
    it off before it saves its layout on closing."""

    def __init__(self, window: QMainWindow, announcer: Announcer) -> None:
        super().__init__(window)
        self._window = window
        self._announcer = announcer
        self._hidden: list[QWidget] = []

    @property
    def on(self) -> bool:
        return bool(self._hidden)

    def set_on(self, on: bool) -> None:
        if on == self.on:
            return
        if on:
            window = self._window
            bars = [window.menuBar(), window.statusBar(), *window.findChildren(QToolBar)]
            panels = window.findChildren(QDockWidget)
            self._hidden = [widget for widget in (*bars, *panels) if widget.isVisible()]
            for widget in self._hidden:
                widget.hide()
            self._announcer.announce(
                self.tr("Focus mode: only the article. F11 brings the menus and panels back.")
            )
        else:
            for widget in self._hidden:
                widget.show()
            self._hidden = []
            self._announcer.announce(self.tr("Focus mode off."))
