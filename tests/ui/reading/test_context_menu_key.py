"""Shift+F10 opens the focused control's context menu, as the Menu key does (a fresh
tester: nothing happened in the article), from the keyboard at the caret or current row."""

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
)

SHIFT = Qt.KeyboardModifier.ShiftModifier
CONTROL = Qt.KeyboardModifier.ControlModifier


def menu_opened_by(qtbot, press) -> tuple[list[str], QPoint]:
    """`press()` opens a context menu: its items' texts and its top-left corner (global);
    it is closed at once, also when Qt shows it in a loop of its own (QMenu.exec)."""
    seen: list[tuple[list[str], QPoint]] = []

    def close_it() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            texts = [action.text() for action in menu.actions() if not action.isSeparator()]
            seen.append((texts, menu.geometry().topLeft()))
            menu.close()
        elif not seen:
            QTimer.singleShot(20, close_it)

    QTimer.singleShot(0, close_it)
    press()
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activePopupWidget() is None)
    return seen[0]


@pytest.mark.parametrize("words", [1, 3, 0])
def test_shift_f10_opens_the_articles_menu_under_the_caret(window, qtbot, words):
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    for _ in range(words):  # a selection: the caret ends it
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT | CONTROL)
    before = view.textCursor()
    texts, corner = menu_opened_by(qtbot, lambda: qtbot.keyClick(view, Qt.Key.Key_F10, SHIFT))
    assert any(text.replace("&", "").startswith("Select All") for text in texts)
    copy = [text for text in texts if text.replace("&", "").startswith("Copy")]
    assert copy  # Qt's Copy, enabled with a selection
    caret = view.viewport().mapToGlobal(view.cursorRect().bottomLeft())
    assert abs(corner.y() - caret.y()) <= 2, (corner, caret)  # just under the caret's line
    assert view.textCursor() == before  # the key moved nothing and selected nothing


def test_the_menu_key_opens_it_at_the_caret_too(window, qtbot):
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_End, CONTROL)  # the article's end: scrolled far
    point = view.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).toRect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point, view.mapToGlobal(point))
    _, corner = menu_opened_by(qtbot, lambda: QApplication.sendEvent(view, event))
    caret = view.viewport().mapToGlobal(view.cursorRect().bottomLeft())
    assert abs(corner.y() - caret.y()) <= 2, (corner, caret)


def test_shift_f10_in_the_bookmarks_list_opens_its_menu(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_D, CONTROL)
    qtbot.keyClick(window.view, Qt.Key.Key_B, CONTROL)
    panel_list = window.bookmarks_panel.list
    qtbot.waitUntil(panel_list.hasFocus)
    texts, _ = menu_opened_by(qtbot, lambda: qtbot.keyClick(panel_list, Qt.Key.Key_F10, SHIFT))
    assert "&Attach Here" in texts


def test_plain_f10_and_ctrl_shift_f10_are_left_alone(window, qtbot):
    view = window.view
    for modifiers in (Qt.KeyboardModifier.NoModifier, SHIFT | CONTROL):
        qtbot.keyClick(view, Qt.Key.Key_F10, modifiers)
        assert QApplication.activePopupWidget() is None


def left_in_the_menu_bar(qtbot, control, letter: Qt.Key) -> None:
    """Open a menu of the menu bar by its Alt key from `control`, then Escape once: the
    bar keeps the keyboard focus, unseen (a fresh tester, Alt+E then Escape)."""
    control.setFocus()
    qtbot.keyClick(control, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


@pytest.mark.parametrize(
    "key", [(Qt.Key.Key_F10, SHIFT), (Qt.Key.Key_Menu, Qt.KeyboardModifier(0))]
)
@pytest.mark.parametrize("letter", [Qt.Key.Key_E, Qt.Key.Key_V, Qt.Key.Key_F])
def test_after_escape_from_a_menu_the_key_opens_the_articles_menu(window, qtbot, key, letter):
    """Not the window's panel menu (the menu bar's), but the article's: the control the
    reader was in, where Escape's focus returns."""
    view = window.view
    left_in_the_menu_bar(qtbot, view, letter)
    texts, _ = menu_opened_by(qtbot, lambda: qtbot.keyClick(QApplication.focusWidget(), *key))
    assert any(text.replace("&", "").startswith("Select All") for text in texts), texts
    assert window.menuBar().activeAction() is None  # the bar left its keyboard mode


def test_after_escape_from_a_menu_the_bookmarks_list_keeps_its_menu(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_D, CONTROL)
    qtbot.keyClick(window.view, Qt.Key.Key_B, CONTROL)
    panel_list = window.bookmarks_panel.list
    qtbot.waitUntil(panel_list.hasFocus)
    left_in_the_menu_bar(qtbot, panel_list, Qt.Key.Key_E)
    texts, _ = menu_opened_by(
        qtbot, lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Menu)
    )
    assert "&Attach Here" in texts


@pytest.mark.parametrize("make_field", [QLineEdit, QPlainTextEdit, QTextEdit])
def test_shift_f10_in_a_modal_dialogs_field_opens_its_menu(window, qtbot, make_field):
    """A dialog's fields (a note's text, a name) have Qt's menu too: the key reaches them
    while the dialog holds the application (a shortcut of the window would not)."""
    dialog = QDialog(window)
    field = make_field(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    for key, modifiers in ((Qt.Key.Key_F10, SHIFT), (Qt.Key.Key_Menu, Qt.KeyboardModifier(0))):
        qtbot.keyClick(field, key, modifiers)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert any(text.replace("&", "").startswith("Select All") for text in texts), texts
        menu.close()
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    dialog.close()
