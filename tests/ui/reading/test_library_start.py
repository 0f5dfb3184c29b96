"""A window started on a library loaded quickly (the cache trusted for unchanged folders,
as reader.app starts it; issue 16, goal 5) lists what a full scan lists: files added or
removed at once, a file edited in place once the window has painted."""

import pytest

from reader.core.articles.library import Library, SortOrder
from reader.core.display.preferences import PreferencesFile
from reader.core.storage.store import Store
from reader.ui.main_window import MainWindow
from tests.conftest import BUNDLED_ARTICLES
from tests.core.articles.test_library_start import edit_in_place, settle, write

TITLES = ["Zebra crossing", "اردو مضمون", "ਪੰਜਾਬੀ ਲੇਖ"]


@pytest.fixture
def start(qtbot, data_paths):
    """start() builds and shows a window as the app does, on a library loaded quickly."""
    stores: list[Store] = []
    windows: list[MainWindow] = []

    def started() -> MainWindow:
        library = Library([BUNDLED_ARTICLES, data_paths.articles], data_paths.library_cache)
        library.load(quick=True)
        store = Store(data_paths.store)
        stores.append(store)
        preferences = PreferencesFile(data_paths.preferences)
        window = MainWindow(library, store, data_paths, preferences, preferences.load()[0])
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        return window

    yield started
    for window in windows:  # closed first: nothing of theirs may run on a closed store
        window.close()
    for store in stores:
        store.close()


def a_library(data_paths) -> None:
    for number, title in enumerate(TITLES):
        write(data_paths.articles, f"article-{number}.md", title, ("en", "ur", "pa")[number])
    settle(data_paths.articles)
    Library([BUNDLED_ARTICLES, data_paths.articles], data_paths.library_cache).load()


def titles(window: MainWindow) -> list[str]:
    model = window.library_panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(("number", "new"), [(0, "Zebra stripes"), (1, "اردو کہانی"), (2, "ਨਵਾਂ")])
def test_an_article_edited_in_place_is_listed_anew_once_the_window_has_painted(
    qtbot, data_paths, start, number, new
):
    a_library(data_paths)
    edit_in_place(data_paths.articles / f"article-{number}.md", TITLES[number], new)
    window = start()
    qtbot.waitUntil(lambda: new in titles(window), timeout=30_000)
    assert TITLES[number] not in titles(window)
    assert window.library.checked
    assert len(titles(window)) == 4 + len(TITLES)


@pytest.mark.parametrize("title", ["A new one", "نیا مضمون", "ਨਵਾਂ ਲੇਖ"])
def test_an_article_added_while_the_cache_exists_is_listed_from_the_start(data_paths, start, title):
    a_library(data_paths)
    write(data_paths.articles, "new.md", title)
    window = start()
    assert title in titles(window)
    assert len(titles(window)) == 4 + len(TITLES) + 1


@pytest.mark.parametrize("number", range(len(TITLES)))
def test_an_article_removed_while_the_cache_exists_is_not_listed(data_paths, start, number):
    a_library(data_paths)
    (data_paths.articles / f"article-{number}.md").unlink()
    window = start()
    assert TITLES[number] not in titles(window)
    assert len(titles(window)) == 4 + len(TITLES) - 1


@pytest.mark.parametrize(("number", "title"), [(0, "A new one"), (1, "نیا مضمون"), (2, "ਨਵਾਂ ਲੇਖ")])
def test_the_dates_added_are_read_after_the_first_paint_and_one_is_shown_before_it(
    qtbot, data_paths, start, number, title
):
    """Every date, and the noting of articles new to the library, waits for the first
    paint; the details shown before it read their one article's date."""
    a_library(data_paths)
    first = start()
    qtbot.waitUntil(lambda: first.store.added_time(f"article-{number}") is not None, timeout=30_000)
    first.close()
    write(data_paths.articles, "new.md", title)
    window = start()
    panel = window.library_panel
    panel.select_article(f"article-{number}")
    assert "Added " in panel.details.text()  # no event has run: the window has not painted
    assert window.store.added_time("new") is None
    panel.sort.setCurrentIndex(panel.sort.findData(SortOrder.ADDED))
    qtbot.waitUntil(lambda: window.store.added_time("new") is not None, timeout=30_000)
    qtbot.waitUntil(lambda: titles(window)[0] == title, timeout=30_000)  # the newest first
    panel.select_article("new")
    assert "Added " in panel.details.text()
