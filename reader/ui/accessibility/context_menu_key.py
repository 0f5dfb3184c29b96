"""Shift+F10 opens the focused control's context menu, as the Menu key does.

Both are the keyboard's way to a context menu (Windows, GNOME and KDE guidelines; Orca
and NVDA users reach for either, laptops often lack the Menu key). Qt turns the Menu key
into a keyboard QContextMenuEvent at the focus widget's cursor (its
Qt.ImCursorRectangle: a text's caret, a list's current row), but on X11 and Wayland not
Shift+F10: an application-wide filter sends the same event for it.
"""

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMenuBar, QWidget


def keyboard_menu_point(widget: QWidget) -> QPoint:
    """Where a keyboard-opened context menu points in `widget` (its coordinates): the
    middle of its cursor rectangle, as Qt takes for the Menu key, else its middle."""
    rect = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
    if isinstance(rect, QRectF):  # a text's; a list's is a QRect
        rect = rect.toRect()
    if isinstance(rect, QRect) and rect.isValid():
        return rect.center()
    return widget.rect().center()


def open_focus_context_menu() -> None:
    """Send the focus widget a keyboard QContextMenuEvent at keyboard_menu_point, unless a
    menu is open already or nothing has the focus."""
    focus = QApplication.focusWidget()
    if isinstance(focus, QMenuBar):
        # Escape from a menu leaves the bar its keyboard focus, unseen: the menu is for the
        # control the reader was in, as a second Escape would give its focus back.
        QApplication.sendEvent(
            focus,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        )
        focus = QApplication.focusWidget()
    if focus is None or isinstance(focus, QMenuBar) or QApplication.activePopupWidget() is not None:
        return
    point = keyboard_menu_point(focus)
    menu_event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard,
        point,
        focus.mapToGlobal(point),
        Qt.KeyboardModifier.ShiftModifier,
    )
    QApplication.sendEvent(focus, menu_event)


class ContextMenuKey(QObject):
    """An application-wide event filter: Shift+F10, and the Menu key, open the focus
    widget's context menu (open_focus_context_menu) in any window, a modal dialog's too
    (a shortcut does not reach into a modal dialog, whose fields have menus), and the key
    is used up. The Menu key too: Qt's own handling of it gave the menu bar's menu after a
    menu was closed with Escape."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, modifiers = event.key(), event.modifiers()
        if not (
            (key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier)
            or (key == Qt.Key.Key_Menu and modifiers == Qt.KeyboardModifier.NoModifier)
        ):
            return False
        if watched is not QApplication.focusWidget():
            return False  # once, where the key is delivered, not for each window on its way
        open_focus_context_menu()
        return True


def install_context_menu_key(window: QWidget) -> None:
    """Watch for Shift+F10 and the Menu key (ContextMenuKey) from the window's first paint
    (`window.window_paint`), as quick exit's keys: a Python filter on the application sees
    every event, and its first ones before the paint made PySide6 build Python classes
    for all of Qt's QObject subclasses (measured for quick exit's key watcher). No key
    reaches a window before it is painted."""
    watcher = ContextMenuKey(window)
    window.window_paint.painted.connect(lambda: QApplication.instance().installEventFilter(watcher))
