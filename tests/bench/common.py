"""What the benchmarks share: timing, a Qt application, and the summary table."""

import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


@dataclass(frozen=True)
class Row:
    """One line of the summary: a measurement, what it is compared with, and the goal."""

    name: str
    measured: str
    against: str
    ratio: float
    goal: float | None  # the highest acceptable ratio; None where the issue sets none
    goal_text: str = ""  # how the goal reads, when not simply "<= goal"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    return statistics.median(timed(action) for _ in range(repeats))


def alternated_medians(
    floor: Callable[[], object], measured: Callable[[], object], repeats: int
) -> tuple[float, float]:
    """Median seconds of `floor` and of `measured`, timed in turn (floor, measured, floor,
    ...) so that a change in the machine's load falls on both alike: timed in two separate
    blocks, the same code gave 1.1x to 3.7x of its floor on a loaded 2-core machine."""
    floors: list[float] = []
    measures: list[float] = []
    for _ in range(repeats):
        floors.append(timed(floor))
        measures.append(timed(measured))
    return statistics.median(floors), statistics.median(measures)


def shift(before: Sequence[float], after: Sequence[float]) -> float:
    """How much `after` is above `before`: the median of the differences between each value
    of `after` and each of `before` (the Hodges-Lehmann estimate, which the Mann-Whitney
    test goes with). On a shared machine, where each run's time varies by more than the
    shift measured and from one run to the next, it is steadier than the median of paired
    differences: it uses every pair of runs, and one disturbed run moves it little."""
    return statistics.median(late - early for late in after for early in before)


def seconds(value: float) -> str:
    return f"{value:.3f} s" if value >= 0.1 else f"{value * 1000:.2f} ms"


def mebibytes(value: int) -> str:
    return f"{value / 1048576:.1f} MiB"


def qt_application() -> QApplication:
    """The in-process benchmarks' application; offscreen, so they need no display."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication([])


def bench_window(root: Path, folders: list[Path] | None = None) -> "MainWindow":
    """A main window, shown, on a data folder of its own (`root`/data, with its articles
    folder made) and a loaded library of `folders` (by default that articles folder), as
    the app builds one. Its store, paths and library are window.store, .paths, .library;
    dispose() the window and close its store when done."""
    # Imported here: the start-up benchmark's own process must not load the app.
    from reader.core.articles.library import Library
    from reader.core.display.appearance import Appearance
    from reader.core.display.preferences import PreferencesFile
    from reader.core.storage.store import Store
    from reader.paths import DataPaths
    from reader.ui.main_window import MainWindow

    paths = DataPaths(root / "data")
    paths.articles.mkdir(parents=True)
    library = Library(folders or [paths.articles], paths.library_cache)
    library.load()
    window = MainWindow(
        library, Store(paths.store), paths, PreferencesFile(paths.preferences), Appearance()
    )
    window.show()
    return window


def dispose(window: QWidget) -> None:
    """Close a benchmark's window and free it now, at a safe point: a window left to Python's
    garbage collector is freed whenever an allocation runs it, also in the middle of the
    next benchmark's event processing."""
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def print_table(rows: list[Row]) -> None:
    header = ("Benchmark", "Measured", "Against", "Ratio", "Goal", "Within goal")
    lines = [
        (
            row.name,
            row.measured,
            row.against,
            f"{row.ratio:.2f}x",
            row.goal_text or ("none set" if row.goal is None else f"<= {row.goal:g}x"),
            "-" if row.goal is None else ("yes" if row.ratio <= row.goal else "NO"),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]
    for line in [header, tuple("-" * width for width in widths), *lines]:
        cells = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        print("  ".join(cells).rstrip())


def print_verdict(rows: list[Row]) -> None:
    """The closing line: "all goals met", or the benchmarks that missed theirs."""
    misses = [row for row in rows if row.goal is not None and row.ratio > row.goal]
    if not misses:
        print("all goals met")
        return
    listed = "; ".join(
        f"{row.name} {row.ratio:.2f}x (goal {row.goal_text or f'<= {row.goal:g}x'})"
        for row in misses
    )
    print(f"goals missed: {listed}")
