"""A veil over the whole window, for readers whom a bright screen hurts."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class ScreenDimmer(QWidget):
    """Darkens everything beneath it; clicks and keys pass through to the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._alpha = 0
        window.installEventFilter(self)
        self.hide()

    def set_dimming(self, amount: float) -> None:
        """0.0 leaves the window as it is; 0.8 darkens it by four fifths."""
        self._alpha = round(max(0.0, min(amount, 1.0)) * 255)
        self.setVisible(self._alpha > 0)
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, self._alpha))
        painter.end()
