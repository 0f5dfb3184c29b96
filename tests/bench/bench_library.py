"""The library at 100 and at 1,000 articles: each operation's time should grow linearly.

And the window's start at 100 and at 5,000 articles: the library read from its warm
cache and the window built with its library panel filled, in this process (offscreen),
as the app does before it opens an article. That may grow by at most 50 ms.
"""

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.core.articles.library import Library
from reader.core.display.appearance import Appearance
from reader.core.display.preferences import PreferencesFile
from reader.core.storage.store import Store
from reader.paths import DataPaths
from reader.ui.main_window import MainWindow
from reader.ui.reading.library_panel import LibraryPanel
from tests.bench.common import Row, dispose, median_seconds, qt_application, seconds, timed
from tests.bench.generate import RARE_WORD, write_library

SIZES = (100, 1000)
REPEATS = 7
# Ten times the articles should cost about ten times the time (linear growth). Up to 12x
# passes: noise and memory caches add that much, while quadratic growth would show ~100x.
GROWTH_GOAL = 12.0
GROWTH_GOAL_TEXT = "~10x (linear)"
START_SIZES = (100, 5000)
START_GROWTH_GOAL_S = 0.050
START_REPEATS = 5


def run() -> list[Row]:
    print("== Library: start, list and search at 100 and at 1,000 articles ==")
    qt_application()  # the library panel is a widget
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        for size in SIZES:
            folder = Path(tmp) / f"library-{size}" / "articles"
            write_library(folder, size)
            results[size] = _measure(folder, folder.parent / "cache" / "library.json")
        starts = {size: _window_start(Path(tmp) / f"start-{size}", size) for size in START_SIZES}
    small, large = SIZES
    print(f"{'':34}{small:>12}{large:>12}  growth  per article at {small} / {large}")
    for name in results[small]:
        before, after = results[small][name], results[large][name]
        per_article = f"{before / small * 1e6:.1f} / {after / large * 1e6:.1f} µs"
        print(
            f"{name:34}{seconds(before):>12}{seconds(after):>12}"
            f"  {after / before:5.1f}x  {per_article}"
        )
    small_start, large_start = (starts[size] for size in START_SIZES)
    print(
        f"window start (library read, window built): {seconds(small_start)} at "
        f"{START_SIZES[0]:,} articles, {seconds(large_start)} at {START_SIZES[1]:,}"
    )
    growth = large_start - small_start
    start_row = Row(
        f"Window start at {START_SIZES[1]:,} articles",
        f"+{seconds(growth)}",
        f"{seconds(small_start)} at {START_SIZES[0]:,}",
        growth / START_GROWTH_GOAL_S,
        1.0,
        f"<= +{seconds(START_GROWTH_GOAL_S)} (ratio to it <= 1x)",
    )
    return [
        start_row,
        *[
            Row(
                f"Library {name}",
                f"{seconds(results[large][name])} at {large}",
                f"{seconds(results[small][name])} at {small}",
                results[large][name] / results[small][name],
                GROWTH_GOAL,
                GROWTH_GOAL_TEXT,
            )
            for name in results[small]
        ],
    ]


def _window_start(root: Path, size: int) -> float:
    """Median seconds to read the library (warm cache) and build the window, unshown."""
    paths = DataPaths(root / "data")
    write_library(paths.articles, size)
    store = Store(paths.store)

    def start() -> MainWindow:
        library = Library([paths.articles], paths.library_cache)
        library.load()
        return MainWindow(library, store, paths, PreferencesFile(paths.preferences), Appearance())

    times = []
    for repeat in range(START_REPEATS + 1):  # the first writes the cache: unmeasured
        began = time.perf_counter()
        window = start()
        took = time.perf_counter() - began
        dispose(window)
        if repeat:
            times.append(took)
    store.close()
    return statistics.median(times)


def _measure(folder: Path, cache_path: Path) -> dict[str, float]:
    def loaded() -> Library:
        library = Library([folder], cache_path=cache_path)
        library.load()
        return library

    def cold_load() -> float:
        cache_path.unlink(missing_ok=True)
        return timed(Library([folder], cache_path=cache_path).load)

    def first_search() -> float:
        library = loaded()  # a new library has read no article's text yet
        return timed(lambda: library.search(RARE_WORD))

    library = loaded()
    panel = LibraryPanel(library)
    found = len(library.search(RARE_WORD))
    print(f"{len(library.articles)} articles; '{RARE_WORD}' is in {found} of them")
    return {
        "load, cold cache": _median_of(cold_load),
        "load, warm cache": median_seconds(loaded, REPEATS),
        "list (library panel filled)": median_seconds(panel.refresh, REPEATS),
        "search, first (reads every text)": _median_of(first_search),
        "search, again (texts cached)": median_seconds(lambda: library.search(RARE_WORD), REPEATS),
    }


def _median_of(measurement: Callable[[], float]) -> float:
    """For measurements that need their own set-up, untimed, before each repeat."""
    return statistics.median(measurement() for _ in range(REPEATS))
