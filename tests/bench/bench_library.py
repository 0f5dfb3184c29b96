"""The library at 100 and at 1,000 articles: each operation's time should grow linearly."""

import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from reader.core.articles.library import Library
from reader.ui.reading.library_panel import LibraryPanel
from tests.bench.common import Row, median_seconds, qt_application, seconds, timed
from tests.bench.generate import RARE_WORD, write_library

SIZES = (100, 1000)
REPEATS = 7
# Ten times the articles should cost about ten times the time (linear growth). Up to 12x
# passes: noise and memory caches add that much, while quadratic growth would show ~100x.
GROWTH_GOAL = 12.0
GROWTH_GOAL_TEXT = "~10x (linear)"


def run() -> list[Row]:
    print("== Library: start, list and search at 100 and at 1,000 articles ==")
    qt_application()  # the library panel is a widget
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        for size in SIZES:
            folder = Path(tmp) / f"library-{size}" / "articles"
            write_library(folder, size)
            results[size] = _measure(folder, folder.parent / "cache" / "library.json")
    small, large = SIZES
    print(f"{'':34}{small:>12}{large:>12}  growth  per article at {small} / {large}")
    for name in results[small]:
        before, after = results[small][name], results[large][name]
        per_article = f"{before / small * 1e6:.1f} / {after / large * 1e6:.1f} µs"
        print(
            f"{name:34}{seconds(before):>12}{seconds(after):>12}"
            f"  {after / before:5.1f}x  {per_article}"
        )
    return [
        Row(
            f"Library {name}",
            f"{seconds(results[large][name])} at {large}",
            f"{seconds(results[small][name])} at {small}",
            results[large][name] / results[small][name],
            GROWTH_GOAL,
            GROWTH_GOAL_TEXT,
        )
        for name in results[small]
    ]


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
