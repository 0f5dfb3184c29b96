"""Shift+F10 opens the focused control's context menu, as the Menu key does.

Both are the keyboard's way to a context menu (Windows, GNOME and KDE guidelines; Orca
and NVDA users reach for either, laptops often lack the Menu key). Qt turns the Menu key
into a keyboard QContextMenuEvent at the focus widget's cursor (its
Qt.ImCursorRectangle: a text's caret, a list's current row), but on X11 and Wayland not
Shift+F10: this filter sends the same event for it.
"""

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def keyboard_menu_point(widget: QWidget) -> QPoint:
    """Where a keyboard-opened context menu points in `widget` (its coordinates): the
    middle of its cursor rectangle, as Qt takes for the Menu key, else its middle."""
    rect = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
    if isinstance(rect, QRectF):  # a text's; a list's is a QRect
        rect = rect.toRect()
    if isinstance(rect, QRect) and rect.isValid():
        return rect.center()
    return widget.rect().center()


class ContextMenuKey(QObject):
    """An application-wide event filter: Shift+F10 sends the focus widget a keyboard
    QContextMenuEvent at keyboard_menu_point; the key is then used up."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if (
            event.key() != Qt.Key.Key_F10
            or event.modifiers() != Qt.KeyboardModifier.ShiftModifier
            or focus is None
            or watched is not focus  # once, not again for each parent it reaches
            or QApplication.activePopupWidget() is not None  # a menu is open already
        ):
            return False
        point = keyboard_menu_point(focus)
        menu_event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, point, focus.mapToGlobal(point), event.modifiers()
        )
        QApplication.sendEvent(focus, menu_event)
        return True


def install_context_menu_key() -> None:
    """Install the ContextMenuKey filter on the application, once (later calls do nothing)."""
    app = QApplication.instance()
    if app.findChild(ContextMenuKey) is None:
        app.installEventFilter(ContextMenuKey(app))
