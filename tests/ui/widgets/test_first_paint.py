"""The first paint of a widget, as a signal; and what the window leaves until then."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QTextBrowser

from reader.core.articles.library import Library
from reader.core.display.preferences import PreferencesFile
from reader.core.storage.store import Store
from reader.ui.main_window import ENGINE_START_DELAY_MS, MainWindow
from reader.ui.widgets.first_paint import FirstPaint
from reader.ui.widgets.form import clear_button_once_typed
from tests.conftest import BUNDLED_ARTICLES


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


def test_the_speech_engine_waits_for_the_first_paint(qtbot, data_paths):
    library = Library([BUNDLED_ARTICLES], cache_path=data_paths.library_cache)
    library.load()
    store = Store(data_paths.store)
    preferences = PreferencesFile(data_paths.preferences)
    window = MainWindow(library, store, data_paths, preferences, preferences.load()[0])
    qtbot.addWidget(window)
    try:
        QApplication.processEvents()
        assert not _engine_timers(window)  # built, not yet painted: no engine on its way
        with qtbot.waitSignal(window.first_paint.painted, timeout=60_000):
            window.show()
        assert _engine_timers(window)
        qtbot.waitUntil(lambda: bool(window.read_aloud.voices), timeout=60_000)
    finally:
        window.close()
        store.close()


def _engine_timers(window: MainWindow) -> list[QTimer]:
    return [
        timer
        for timer in window.findChildren(QTimer)
        if timer.isActive() and timer.interval() == ENGINE_START_DELAY_MS
    ]


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
