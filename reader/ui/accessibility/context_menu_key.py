"""Shift+F10 opens the focused control's context menu, as the Menu key does.

Both are the keyboard's way to a context menu (Windows, GNOME and KDE guidelines; Orca
and NVDA users reach for either, laptops often lack the Menu key). Qt turns the Menu key
into a keyboard QContextMenuEvent at the focus widget's cursor (its
Qt.ImCursorRectangle: a text's caret, a list's current row), but on X11 and Wayland not
Shift+F10: an application shortcut sends the same event for it.
"""

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QShortcut
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


def install_context_menu_key(window: QWidget) -> QShortcut:
    """Shift+F10 and the Menu key, anywhere in the application, open the focused control's
    context menu (the Menu key too: Qt's own handling of it gave the menu bar's menu after
    a menu was closed with Escape).

    A shortcut rather than an application-wide event filter: a Python filter sees every
    event of every widget, and its first event made PySide6 build Python classes for all
    of Qt's QObject subclasses before the first paint (measured for quick exit's key watcher)."""
    shortcut = QShortcut(window)
    shortcut.setKeys(
        [QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F10), QKeySequence(Qt.Key.Key_Menu)]
    )
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.activated.connect(open_focus_context_menu)
    return shortcut
