"""A bar of a sentence or two with its buttons, above a page: text wrapped at any width,
buttons wrapped onto more lines, never cut off at a large interface or in a small window.

A word-wrapped QLabel beside its buttons in a QHBoxLayout was squeezed into a column a
few words wide, and cut off, because a QMainWindow does not ask its central widget's
height for its width (a fresh tester: the private-mode question at 150 % on 800×600).
"""

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QAbstractButton, QVBoxLayout, QWidget

from reader.ui.widgets.fitting import WrappingLabel, scrolling
from reader.ui.widgets.flow import FlowLayout

# A banner keeps all its lines in view up to this part of the screen's height; beyond
# it (a 300 % interface on a small screen) it scrolls, and the page keeps the rest.
SCREEN_SHARE = 1 / 3


class Banner(QWidget):
    """`text` across the whole width (a WrappingLabel, as tall as its lines), then
    `buttons` in the order given, wrapping from the leading edge. Its minimum height is
    all of that, up to SCREEN_SHARE of the screen; it scrolls up and down beyond."""

    def __init__(
        self, text: str, buttons: list[QAbstractButton], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.text = WrappingLabel()
        self.text.setText(text)
        row = QWidget()  # the FlowLayout's own widget, whose minimum height it keeps
        flow = FlowLayout(row)
        flow.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            flow.add_widget(button)
        self._content = QWidget()
        layout = QVBoxLayout(self._content)
        layout.addWidget(self.text)
        layout.addWidget(row)
        self._content.installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(self._content, keep_width=True))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        screen = self.screen().availableGeometry().height()
        wanted = self._content.minimumSizeHint().height()
        return QSize(hint.width(), max(hint.height(), min(wanted, int(screen * SCREEN_SHARE))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The text's height follows its width: the page lays the banner out again.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return False
