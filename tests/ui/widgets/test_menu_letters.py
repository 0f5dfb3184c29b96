"""An open menu keeps its letters: the article's single-key shortcuts wait until it closes."""

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from reader.ui.main_window import MainWindow


def _menu(window: MainWindow, title: str) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def _press_in_open_menu(qtbot, open_menu: Callable[[], None], key: Qt.Key) -> bool:
    """Open a menu, press `key` in it as the reader would, and close it if still open.
    Whether the key closed the menu itself (it chose an item, or was Escape)."""
    still_open = []

    def press() -> None:
        popup = QApplication.activePopupWidget()
        assert popup is not None, "the menu did not open"
        qtbot.keyClick(popup, key)
        still_open.append(QApplication.activePopupWidget() is not None)
        if still_open[0]:
            QApplication.activePopupWidget().close()

    QTimer.singleShot(200, press)
    open_menu()
    qtbot.waitUntil(lambda: bool(still_open) and QApplication.activePopupWidget() is None)
    return not still_open[0]


def _exec(window: MainWindow, title: str) -> Callable[[], None]:
    return lambda: _menu(window, title).exec(window.mapToGlobal(QPoint(40, 40)))


def test_a_letter_in_an_open_menu_is_the_menus_not_a_next_heading(window, qtbot) -> None:
    for title, key in (("&View", Qt.Key.Key_H), ("&File", Qt.Key.Key_P), ("&Help", Qt.Key.Key_B)):
        before = window.view.textCursor().position()
        _press_in_open_menu(qtbot, _exec(window, title), key)
        assert window.view.textCursor().position() == before, (title, key)


def test_space_in_an_open_menu_does_not_pause_reading(window, qtbot) -> None:
    paused = []
    window.actions_by_name["pause_reading"].triggered.connect(lambda: paused.append(True))
    for title in ("&View", "&Read Aloud"):
        _press_in_open_menu(qtbot, _exec(window, title), Qt.Key.Key_Space)
    assert not paused


def test_the_articles_own_menu_keeps_its_letters(window, qtbot) -> None:
    view = window.view
    before = view.textCursor().position()

    def open_context_menu() -> None:
        centre = view.viewport().rect().center()
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, centre, view.viewport().mapToGlobal(centre)
        )
        QApplication.sendEvent(view.viewport(), event)

    for key in (Qt.Key.Key_H, Qt.Key.Key_P, Qt.Key.Key_N):
        _press_in_open_menu(qtbot, open_context_menu, key)
        assert view.textCursor().position() == before, key


def test_a_menu_items_access_key_chooses_it_once(window, qtbot) -> None:
    """In the Go menu, H is Next &Heading's own key: the caret moves one heading, not two."""
    view = window.view
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    window.actions_by_name["next_heading"].trigger()
    one_heading = view.textCursor().position()
    view.setTextCursor(cursor)
    assert _press_in_open_menu(qtbot, _exec(window, "&Go"), Qt.Key.Key_H)
    qtbot.waitUntil(lambda: view.textCursor().position() == one_heading)


def test_letters_reach_the_article_once_the_menu_is_closed(window, qtbot) -> None:
    _press_in_open_menu(qtbot, _exec(window, "&View"), Qt.Key.Key_Escape)
    window.view.setFocus()
    before = window.view.textCursor().position()
    qtbot.keyClick(window.view, Qt.Key.Key_H)
    assert window.view.textCursor().position() != before


def _press_in_menu_bar_menu(qtbot, window: MainWindow, menu_key: Qt.Key, key: Qt.Key) -> bool:
    """Open a menu from the menu bar by keyboard (Alt and its access key), as the reader
    would, press `key`, and close what is left open. Whether the key closed the menu."""
    window.focus_article()
    qtbot.keyClick(QApplication.focusWidget(), menu_key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    assert QApplication.focusWidget() is window.menuBar()  # where Qt matches shortcuts now
    qtbot.keyClick(QApplication.activePopupWidget(), key)
    closed = QApplication.activePopupWidget() is None
    while QApplication.activePopupWidget() is not None:
        QApplication.activePopupWidget().close()
    # The offscreen platform leaves a closed menu the active window; a desktop would not.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.focus_article()
    return closed


def test_letters_in_a_menu_opened_from_the_menu_bar_are_the_menus(window, qtbot) -> None:
    """H, B and M are no access key in the View menu, nor M in the Go menu: the caret stays
    and the menu stays open (they went to Next Heading, Bookmark, Highlight behind it)."""
    view = window.view
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    window.actions_by_name["add_bookmark"].trigger()  # B and M would have somewhere to go
    window.actions_by_name["next_heading"].trigger()
    before = view.textCursor().position()
    for menu_key, key in (
        (Qt.Key.Key_V, Qt.Key.Key_H),
        (Qt.Key.Key_V, Qt.Key.Key_B),
        (Qt.Key.Key_V, Qt.Key.Key_P),  # Next &Pane: the menu's item, the caret stays
        (Qt.Key.Key_G, Qt.Key.Key_M),
    ):
        closed = _press_in_menu_bar_menu(qtbot, window, menu_key, key)
        assert view.textCursor().position() == before, (menu_key, key)
        assert closed == (key == Qt.Key.Key_P), (menu_key, key)


def test_an_access_key_in_a_menu_bar_menu_chooses_its_item(window, qtbot) -> None:
    """N in the Go menu is E&nd of Article's key, not the article's Next Note."""
    view = window.view
    assert _press_in_menu_bar_menu(qtbot, window, Qt.Key.Key_G, Qt.Key.Key_N)
    assert view.textCursor().atEnd()
