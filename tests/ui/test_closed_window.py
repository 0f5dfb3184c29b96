"""A closed window runs nothing more, and can be freed by Python's garbage collector safely.

The fault this guards against: a window closed with work pending (read-aloud's sentence
preparation, a zero-delay timer) walked its document after the close, and Python's
garbage collector, run by an allocation during that walk, freed the window and its
document under it: a segmentation fault. A closed window has no timer running and no
article left for Qt to lay out, so nothing can walk its document any more.
"""

import gc
import time
import weakref

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.core.articles.library import Library
from reader.core.display.appearance import Appearance
from reader.core.display.preferences import PreferencesFile
from reader.core.storage.store import Store
from reader.paths import DataPaths
from reader.ui.main_window import MainWindow
from tests.conftest import BUNDLED_ARTICLES
from tests.ui.conftest import ARTICLE_ID

OTHER_ARTICLE_ID = "how-to-use-reader"


def _run_events_for(app: QApplication, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()


def test_closing_a_window_cancels_every_pending_timer(make_window):
    window = make_window()
    window.open_article_by_id(ARTICLE_ID)
    window.view.move_caret_to(2000)  # starts the position's save and status timers
    window.appearance.larger_text()  # starts the appearance's save and spacing timers
    assert any(timer.isActive() for timer in window.findChildren(QTimer))
    window.close()
    assert [timer for timer in window.findChildren(QTimer) if timer.isActive()] == []


def test_a_closed_window_does_not_prepare_read_aloud_again(make_window, qapp):
    window = make_window()
    window.open_article_by_id(ARTICLE_ID)
    window.close()
    window.read_aloud.set_article("en")  # as a late signal from the closed window would
    assert [timer for timer in window.findChildren(QTimer) if timer.isActive()] == []


def test_a_window_closed_with_work_pending_is_collected_safely(data_paths: DataPaths, qapp):
    library = Library([BUNDLED_ARTICLES], cache_path=data_paths.library_cache)
    library.load()
    store = Store(data_paths.store)
    for article_id in (ARTICLE_ID, OTHER_ARTICLE_ID):
        # Not make_window: that fixture keeps its windows to the test's end.
        window = MainWindow(
            library, store, data_paths, PreferencesFile(data_paths.preferences), Appearance()
        )
        window.show()
        _run_events_for(qapp, 0.1)  # shown and painted: only the work below is pending
        window.open_article_by_id(article_id)  # read-aloud's preparation is now pending
        window.appearance.larger_text()  # and the text size's settling
        document = window.view.document()
        window.close()
        _run_events_for(qapp, 0.5)  # past the engine's delayed start too
        assert [timer for timer in window.findChildren(QTimer) if timer.isActive()] == []
        assert document.isEmpty()  # nothing left for Qt's lazy layout to work on
        collected = weakref.ref(window)
        del window
        gc.collect()
        assert collected() is None
        assert not shiboken6.isValid(document)  # the document went with its window
        _run_events_for(qapp, 0.2)  # and nothing pending was left for it
    store.close()
