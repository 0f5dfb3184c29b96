"""A layout that wraps its items onto more lines when its width runs short.

Qt has none built in (its FlowLayout is an example, not a class). A bar of controls in
one QHBoxLayout asks for its whole width as its minimum: under two side panels, with a
large interface, it squeezes what stretches (a text field) down to a few pixels, or
widens the window past the screen. Wrapped, each control keeps its own width.

A QMainWindow does not ask its central widget's height for a width (only its minimum
size), so the layout also keeps its widget's minimum height at the height its lines take
at the width it has: the window's other parts give way, and no line is cut off.
"""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

DEFAULT_SPACING = 6  # pixels between items and between lines, as QHBoxLayout's in Fusion


class FlowLayout(QLayout):
    """Items in lines, in the order added, from the leading edge (the right in a
    right-to-left interface, as Qt's own layouts mirror), a new line wherever the next
    item does not fit. An item added with `expanding=True` is placed at its size hint, or
    at the whole line's width when the line is narrower (down to its minimum), then shares
    its line's spare width; the others take their size hint.

    Minimum width: the widest item's (its minimum if expanding, else its size hint), so
    that a wide expanding item never widens the window; height for a width: the lines
    needed (`heightForWidth`), also kept as its widget's minimum height (when it is the
    widget's own layout: give a FlowLayout a widget of its own).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = DEFAULT_SPACING) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._expanding: list[bool] = []
        self.setSpacing(spacing)

    def add_widget(self, widget: QWidget, *, expanding: bool = False) -> None:
        """Add `widget` after the others; `expanding`: it takes its line's spare width."""
        self.addWidget(widget)  # Qt calls addItem with the widget's item
        self._expanding[-1] = expanding

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)
        self._expanding.append(False)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        if not 0 <= index < len(self._items):
            return None
        del self._expanding[index]
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, apply=True)
        parent = self.parentWidget()
        if parent is not None and parent.layout() is self:  # not a layout within another
            # Unchanged, Qt returns at once: the relayout this asks for settles.
            parent.setMinimumHeight(self.heightForWidth(rect.width()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Everything on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item, _ in shown)
        width += self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item, _ in shown), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest item, alone on a line."""
        shown = self._shown()
        width = max((self._placed_width(item, expanding) for item, expanding in shown), default=0)
        height = max((item.minimumSize().height() for item, _ in shown), default=0)
        return QSize(width, height) + self._margins()

    def _margins(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[tuple[QLayoutItem, bool]]:
        return [
            (item, wide)
            for item, wide in zip(self._items, self._expanding, strict=True)
            if not item.isEmpty()
        ]

    @staticmethod
    def _placed_width(item: QLayoutItem, expanding: bool) -> int:
        """The narrowest width `item` may have on a line."""
        return item.minimumSize().width() if expanding else item.sizeHint().width()

    @staticmethod
    def _wanted_width(item: QLayoutItem, expanding: bool, line: int) -> int:
        """The width `item` is placed at on a line `line` pixels wide."""
        if not expanding:
            return min(item.sizeHint().width(), line)
        return min(max(item.sizeHint().width(), item.minimumSize().width()), line)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in `rect` (when `apply`); the height their lines take."""
        area = rect.marginsRemoved(self.contentsMargins())
        spacing = self.spacing()
        lines: list[list[tuple[QLayoutItem, int, bool]]] = [[]]
        used = 0
        for item, expanding in self._shown():
            width = self._wanted_width(item, expanding, area.width())
            if lines[-1] and used + spacing + width > area.width():
                lines.append([])
            used = width if not lines[-1] else used + spacing + width
            lines[-1].append((item, width, expanding))
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else None
        top = area.y()
        for line in (line for line in lines if line):
            spare = area.width() - sum(width for _, width, _ in line) - spacing * (len(line) - 1)
            growing = sum(1 for *_, expanding in line if expanding)
            height = max(item.sizeHint().height() for item, _, _ in line)
            left = area.x()
            for item, width, expanding in line:
                if expanding:  # the spare width, shared
                    share = spare // growing
                    width, spare, growing = width + share, spare - share, growing - 1
                if apply:
                    item_height = min(item.sizeHint().height(), height)
                    place = QRect(
                        QPoint(left, top + (height - item_height) // 2), QSize(width, item_height)
                    )
                    if direction == Qt.LayoutDirection.RightToLeft:
                        place = _mirrored(place, area)
                    item.setGeometry(place)
                left += width + spacing
            top += height + spacing
        margins = self.contentsMargins()
        return max(0, top - spacing - area.y()) + margins.top() + margins.bottom()


def _mirrored(place: QRect, area: QRect) -> QRect:
    """`place` mirrored across `area`'s vertical centre line, as QStyle.visualRect places a
    rectangle in a right-to-left layout: not that function itself, whose class's 11 Qt
    enumerations (about 15 ms) would then be made before the window's first paint."""
    return place.translated(area.left() + area.right() - place.left() - place.right(), 0)
