"""Panels that stay usable at every interface size: lists keep some rows, details scroll.

At 300 % on a 1366×768 screen a panel has about 500 px of height; without a floor Qt
gives the list whatever its neighbours leave, down to a sliver of one cut row.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStatusBar,
    QTreeView,
    QWidget,
)

from reader.core.language.bidi import LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK

# Rows every list in a panel keeps visible, at any interface size.
LIST_ROWS = 3
# Characters a choice box in a panel keeps room for, however narrow the panel.
COMBO_CHARACTERS = 6
# A row's height as a multiple of the font's line spacing (Fusion's padding included).
ROW_SPACING = 1.05


class _KeepsRows(QObject):
    """Sets a list's (or scroll area's) minimum height to `rows` rows of its font, again
    whenever the font changes."""

    def __init__(self, view: QAbstractScrollArea, rows: int, spacing: float) -> None:
        super().__init__(view)
        self._view = view
        self._rows = rows
        self._spacing = spacing
        view.installEventFilter(self)
        # Qt shows or hides the scroll bar after the resize that calls for it.
        view.horizontalScrollBar().installEventFilter(self)
        self.update()

    def update(self) -> None:
        view = self._view
        rows = round(self._rows * self._spacing * view.fontMetrics().lineSpacing())
        header = 0
        if isinstance(view, QTreeView) and not view.isHeaderHidden():
            header = view.header().sizeHint().height()
        scroll_bar = 0  # shown when the columns are wider than the list, it takes a row's room
        if view.horizontalScrollBar().isVisibleTo(view):
            scroll_bar = view.horizontalScrollBar().height()
        view.setMinimumHeight(rows + header + scroll_bar + 2 * view.frameWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A resize may show or hide the horizontal scroll bar; a minimum height never does.
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self.update()
        return False


def keep_rows_visible(view: QAbstractItemView, rows: int = LIST_ROWS) -> None:
    """`view` never shrinks below `rows` rows and its header, at any font size."""
    _KeepsRows(view, rows, ROW_SPACING)


def fit_panel(panel: QWidget) -> None:
    """Every list in `panel` keeps LIST_ROWS rows visible; its other scrolling areas (a
    note's preview, a summary) give way down to one line, and scroll; its choice boxes
    narrow down to COMBO_CHARACTERS characters."""
    for box in panel.findChildren(QComboBox):
        # A choice's full text would set the panel's width (685 px for the library at
        # 300 %, in a dock half as wide): boxes narrow down, their lists stay whole.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(COMBO_CHARACTERS)
    for area in panel.findChildren(QAbstractScrollArea):
        if isinstance(area, QHeaderView):  # a list's header is one row, not a list
            continue
        if isinstance(area, QAbstractItemView):
            keep_rows_visible(area)
        else:
            _KeepsRows(area, 1, 1.0)


class _WidthKeepingArea(QScrollArea):
    """A scroll area as narrow as its content allows, and no narrower: it scrolls only up
    and down, so a narrower area would cut its content's side off."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width + 2 * self.frameWidth()), hint.height())


class _FocusInView(QObject):
    """Scrolls its area to the control inside it that takes the focus by any means: an
    access key, F6, a page showing with a control focused. QScrollArea itself follows only
    Tab (a fresh tester: at 300 % the focused "Not Now" stayed below the visible part)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self._area.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            # After the layout the new focus may bring (a page just shown): its place then.
            QTimer.singleShot(0, self, lambda: self._show(new))

    def _show(self, control: QWidget) -> None:
        if control.hasFocus():
            self._area.ensureWidgetVisible(control)


def scrolling(content: QWidget, *, keep_width: bool = False) -> QScrollArea:
    """`content` in a frameless area that scrolls up and down when the panel is short (in
    a panel given to fit_panel, down to one line), and to whichever control inside takes
    the focus; with `keep_width`, the area's minimum width is its content's, so that its
    side is never cut off."""
    area = _WidthKeepingArea() if keep_width else QScrollArea()
    _FocusInView(area)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # A frame, not a control: Tab goes to the controls inside, which it scrolls into view.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class WrappingLabel(QLabel):
    """A label as tall as its text needs at its width: wrapped lines, never cut. (A plain
    word-wrapped QLabel asks a box layout for two lines' height whatever its width.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        margins = self.contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right())
        flags = Qt.TextFlag.TextWordWrap | int(self.alignment().value)
        text = self.text() or " "
        lines = self.fontMetrics().boundingRect(0, 0, width, 100000, flags, text).height()
        self.setFixedHeight(lines + margins.top() + margins.bottom())


class _ButtonLabel(WrappingLabel):
    """A button's wrapped text: a click on it clicks the button, as on a check box's own."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        button = self.buddy()
        if isinstance(button, QAbstractButton) and self.rect().contains(event.position().toPoint()):
            button.click()
        super().mouseReleaseEvent(event)


def wrapping_check_box(text: str, name: str) -> tuple[QWidget, QCheckBox]:
    """A check box whose `text` (with its "&" Alt key) wraps onto more lines, never
    widening the window (a QCheckBox's text is one line: 661 px at 300 %); `name` is its
    accessible name. Answers the row to lay out (hide or show that) and the box."""
    row = QWidget()
    box = QCheckBox()
    box.setAccessibleName(name)
    label = _ButtonLabel()
    label.setText(text)
    label.setBuddy(box)  # its Alt key toggles the box, as a check box's own does
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row, box


class PanelDock(QDockWidget):
    """A panel's dock in which the panel scrolls as a whole when the dock is shorter than
    the panel needs (a 300 % interface on a 768-pixel screen), so that the window never
    grows past the screen; its lists keep their rows (fit_panel). widget() is the panel,
    which takes the dock's focus.

    A panel hidden at start can be made when first needed instead (make_panel_with): when
    its dock is first shown, or widget() is first asked for."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._panel: QWidget | None = None
        self._make_panel: Callable[[], QWidget] | None = None

    def make_panel_with(self, make: Callable[[], QWidget]) -> None:
        """Make the panel with `make` when first needed, not now: a panel the first screen
        does not show costs the window's start nothing (issue 16)."""
        self._make_panel = make
        self.visibilityChanged.connect(self._make_when_shown)

    @property
    def made(self) -> bool:
        """True once the dock has its panel."""
        return self._panel is not None

    def _make_when_shown(self, visible: bool) -> None:
        if visible:
            self.widget()

    def setWidget(self, panel: QWidget) -> None:  # noqa: N802 - Qt override
        self._panel = panel
        fit_panel(panel)
        self._area = scrolling(panel)
        super().setWidget(self._area)
        self.setFocusProxy(panel)
        QApplication.instance().focusChanged.connect(self._show_focused)

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The control given focus comes into view, whatever gave it (F6, a panel's key, a
        # click on its tab): QScrollArea itself scrolls only for Tab and Shift+Tab.
        # Up and down only: QScrollArea.ensureWidgetVisible would also shift a wide list's
        # panel sideways, cutting off the start of every label.
        if new is None or not self._panel.isAncestorOf(new):
            return
        top = new.mapTo(self._panel, QPoint(0, 0)).y()
        bar, height = self._area.verticalScrollBar(), self._area.viewport().height()
        if top < bar.value():
            bar.setValue(top)
        elif top + new.height() > bar.value() + height:
            bar.setValue(min(top, top + new.height() - height))

    def widget(self) -> QWidget:
        if self._panel is None and self._make_panel is not None:
            make, self._make_panel = self._make_panel, None
            self.visibilityChanged.disconnect(self._make_when_shown)
            self.setWidget(make())
        return self._panel


class WrappingStatusBar(QStatusBar):
    """A status bar whose text wraps instead of being cut: `position` (the reading position,
    right-aligned) or, while a message shows, the message, each across the whole width.
    QStatusBar's own message is one line, cut at the edge: it is not drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = WrappingLabel()
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.addWidget(self.position, 1)
        # Permanent, or QStatusBar would hide it with the other widgets during a message.
        self.message = WrappingLabel()
        self.message.hide()
        # Wrapped at spaces only: a word longer than the window (a note of 50,000 letters
        # read out by N) would have widened the window to 32,767 pixels. Its width is the
        # bar's, whatever the text; such a word is cut at the edge (screen readers get it
        # whole from the announcement).
        for label in (self.position, self.message):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())
        self.addPermanentWidget(self.message, 1)
        self.messageChanged.connect(self._show_message)

    def _show_message(self, message: str) -> None:
        # In the interface's direction, whatever script the message starts with: "{title}
        # opened." with an Urdu title was laid out right to left in an English window.
        mark = RIGHT_TO_LEFT_MARK if self.isRightToLeft() else LEFT_TO_RIGHT_MARK
        self.message.setText(mark + message if message else "")
        self.message.setVisible(bool(message))
        self.position.setVisible(not message)  # also when the window was not yet shown

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self.currentMessage():
            super().paintEvent(event)
