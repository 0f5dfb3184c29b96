"""The first paint of a widget and the first input, as signals; and what the window leaves
until then (the speech engine waits for the reader's first key or click)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTextBrowser

from reader.ui.main_window import MainWindow
from reader.ui.widgets.first_paint import FirstInput, FirstPaint
from reader.ui.widgets.form import clear_button_once_typed


def test_painted_is_emitted_once_after_the_first_paint(qtbot):
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.setHtml("<p>Text</p>")
    watcher = FirstPaint(view.viewport())
    emitted: list[bool] = []
    watcher.painted.connect(lambda: emitted.append(view.isVisible()))
    QApplication.processEvents()  # events run, but nothing is shown: no paint, no signal
    assert emitted == []
    with qtbot.waitSignal(watcher.painted, timeout=10_000):
        view.show()
    view.viewport().repaint()  # a second paint says nothing
    QApplication.processEvents()
    assert emitted == [True]


@pytest.fixture
def shown_window(qtbot, unshown_window) -> MainWindow:
    window = unshown_window
    with qtbot.waitSignal(window.first_paint.painted, timeout=60_000):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _settle(qtbot) -> None:
    """Let the window's pending work run: what was to start after the paint has started."""
    qtbot.wait(600)
    QApplication.processEvents()


def test_a_start_only_looked_at_loads_no_speech_engine(shown_window, qtbot):
    _settle(qtbot)
    assert not shown_window.read_aloud._engine_started
    assert not shown_window.read_aloud.voices


@pytest.mark.parametrize(
    "first_input",
    [
        lambda window, qtbot: qtbot.keyClick(window.view, Qt.Key.Key_Down),
        lambda window, qtbot: qtbot.keyClick(
            window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier
        ),
        lambda window, qtbot: qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton),
        lambda window, qtbot: qtbot.keyClick(window.library_panel, Qt.Key.Key_Tab),
    ],
    ids=["arrow key", "Ctrl+End", "click in the article", "Tab in the library"],
)
def test_the_readers_first_key_or_click_starts_the_speech_engine(shown_window, qtbot, first_input):
    _settle(qtbot)
    first_input(shown_window, qtbot)
    qtbot.waitUntil(lambda: shown_window.read_aloud._engine_started, timeout=10_000)
    qtbot.waitUntil(lambda: bool(shown_window.read_aloud.voices), timeout=60_000)
    # The voice list is filled for whoever goes to it next.
    assert shown_window.read_aloud_bar.voice.count() > 1


def test_first_input_is_emitted_once_after_the_input_is_handled(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = FirstInput(field)
    seen: list[str] = []
    watcher.arrived.connect(lambda: seen.append(field.text()))
    qtbot.keyClick(field, Qt.Key.Key_X)  # before watch(): not seen
    field.clear()
    watcher.watch()
    watcher.watch()  # twice is once
    QApplication.processEvents()
    assert seen == []  # showing and painting are not input
    qtbot.keyClick(field, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["a"]  # after the key was typed
    qtbot.keyClicks(field, "bc")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert seen == ["a"]  # once


def test_the_media_session_and_the_quick_exit_keys_start_after_the_first_paint(
    qtbot, unshown_window
):
    window = unshown_window
    assert window._media_session is None
    assert not window.guard.keys._watching
    with qtbot.waitSignal(window.first_paint.painted, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window._media_session is not None)
    assert window.guard.keys._watching


def test_the_media_session_waits_for_the_article_view_s_first_paint_too(qtbot, unshown_window):
    # The window's own paint comes first: QtDBus is not loaded before the article's paint
    # has been handed on.
    window = unshown_window
    session_at_article_paint = []
    window.first_paint.painted.connect(
        lambda: session_at_article_paint.append(window._media_session)
    )
    with qtbot.waitSignal(window.first_paint.painted, timeout=60_000):
        window.show()
    assert session_at_article_paint == [None]
    qtbot.waitUntil(lambda: window._media_session is not None)


def test_the_article_is_prepared_for_reading_aloud_after_its_first_paint(qtbot, unshown_window):
    window = unshown_window
    # The guide has no content note: its text is what is painted first.
    assert window.open_article_by_id("how-to-use-reader")
    assert not window.guard.note_shown()
    QApplication.processEvents()
    assert window.read_aloud._builder is None  # not a slice before the paint
    assert window.read_aloud._article is None
    with qtbot.waitSignal(window.first_paint.painted, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.read_aloud._article is not None, timeout=30_000)
    assert window.read_aloud._article.sentences


def test_a_closed_window_starts_no_engine(shown_window, qtbot):
    shown_window.close()
    qtbot.keyClick(shown_window.view, Qt.Key.Key_Down)
    _settle(qtbot)
    assert not shown_window.read_aloud._engine_started


def test_a_search_field_gets_its_clear_button_once_typed_in(qtbot):
    for text in ("Malala", "ملالہ", "١٢٣"):
        field = QLineEdit()
        qtbot.addWidget(field)
        clear_button_once_typed(field)
        field.setText("")
        assert not field.isClearButtonEnabled()
        field.setText(text)
        assert field.isClearButtonEnabled()
        field.clear()  # it stays, shown again with the next text
        assert field.isClearButtonEnabled()
