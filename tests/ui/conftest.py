from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.articles.library import Library
from reader.core.display.preferences import PreferencesFile
from reader.core.storage.store import Store
from reader.paths import DataPaths
from reader.ui.main_window import MainWindow
from reader.ui.speech.read_aloud import ReadAloud
from tests.conftest import BUNDLED_ARTICLES

ARTICLE_ID = "metoo-pakistan-marginalised"


@pytest.fixture
def unshown_window(qtbot, data_paths: DataPaths) -> Iterator[MainWindow]:
    """A main window on the bundled articles and the test's own data folder, built and not
    shown yet, as at a start: the test sees what comes before and at its first paint.
    Closed, and its store with it, at the test's end."""
    library = Library([BUNDLED_ARTICLES], cache_path=data_paths.library_cache)
    library.load()
    store = Store(data_paths.store)
    preferences = PreferencesFile(data_paths.preferences)
    window = MainWindow(library, store, data_paths, preferences, preferences.load()[0])
    qtbot.addWidget(window)
    yield window
    window.close()
    store.close()


@pytest.fixture
def make_window(qtbot, data_paths: DataPaths) -> Iterator[Callable[[], MainWindow]]:
    """Build a main window on the bundled articles and the test's own data folder.

    The windows are kept until the test's end, when pytest-qt closes them: a window that
    a test drops would otherwise be freed by Python's garbage collector at any moment,
    also while Qt is still delivering its pending events and timers.
    """
    stores: list[Store] = []
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        library = Library(
            [BUNDLED_ARTICLES, data_paths.articles], cache_path=data_paths.library_cache
        )
        library.load()
        store = Store(data_paths.store)
        stores.append(store)
        preferences = PreferencesFile(data_paths.preferences)
        appearance, _ = preferences.load()
        window = MainWindow(library, store, data_paths, preferences, appearance)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts and focus need the active window
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield make
    windows.clear()
    for store in stores:
        store.close()


@pytest.fixture
def window(make_window) -> MainWindow:
    window = make_window()
    assert window.open_article_by_id(ARTICLE_ID)
    # The article has a content note, shown first (tests/ui/safety test that screen).
    assert window.guard.note_shown()
    window.content_note.open_button.click()
    window.focus_article()
    return window


def wait_for_engine(read_aloud: ReadAloud, qtbot) -> None:
    """Start the speech engine, as a window does at the reader's first key or click, and
    wait until it is ready (a test needs its voices); fails if it cannot start."""
    read_aloud.start_engine()
    qtbot.waitUntil(lambda: bool(read_aloud.voices or read_aloud.unavailable_reason))
    assert read_aloud.available, read_aloud.unavailable_reason


def open_article(window: MainWindow, article_id: str) -> None:
    """Open an article as a reader does, past its content note if it has one."""
    assert window.open_article_by_id(article_id)
    if window.guard.note_shown():
        window.content_note.open_button.click()


def answer_next_message_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """When the next modal message box appears, record its text and press `button` on it."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
