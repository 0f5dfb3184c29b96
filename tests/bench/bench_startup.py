"""Start-up: the real app against a bare PySide6 window showing the same HTML.

Each start is its own process under the same display. Each child notes the time just
after its article view first paints (CLOCK_MONOTONIC, which every process reads alike)
and, a settling second later, its own peak resident memory (VmHWM from /proc), writes
both to a report file and quits (reader/ui/widgets/first_paint.py; floor_window.py does
the same). The parent times from just before the spawn to that first paint: start-up,
not shut-down. Not wait4()'s ru_maxrss: a child started by posix_spawn (vfork) starts
with its parent's peak there, so it read the benchmark's own memory.
"""

import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.articles.article import read_article
from reader.core.articles.rendering import render_article
from reader.core.safety.clearing import DISMISSED_NOTES_KEY
from reader.core.storage.store import Store
from reader.resources import bundled_articles_dir
from reader.ui.widgets.first_paint import FIRST_PAINT_REPORT
from tests.bench.common import Row, mebibytes, seconds
from tests.bench.generate import long_article

ARTICLE_ID = "metoo-pakistan-marginalised"
REPEATS = 5
CHILD_TIMEOUT_S = 600  # a first start on a 5 MB article renders it: a minute on a busy machine
FLOOR_SCRIPT = Path(__file__).with_name("floor_window.py")
START_UP_GOAL = 1.5
MEMORY_GOAL = 1.5
LARGE_ARTICLE_BYTES = 5 * 1024 * 1024
LARGE_ARTICLE_ID = "long-article"
LARGE_REPEATS = 3
LARGE_GOAL = 2.5
# A freeze: the event loop held up longer than this after the article is shown. 100 ms is
# where a response stops feeling immediate (Nielsen, "Usability Engineering", 1993, ch. 5).
FREEZE_S = 0.1
NO_BYTECODE = {"PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX"}


@dataclass(frozen=True)
class Start:
    seconds: float  # from the spawn to the end of the first paint
    peak_rss: int  # bytes, the child's own
    longest_stall: float  # seconds the event loop was held up, in the second after


def run() -> list[Row]:
    print("== Start-up: the app against a bare QTextBrowser window, same HTML ==")
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as folder, display() as screen:
        tmp = Path(folder)
        report = tmp / "first-paint.txt"
        env = {
            **{name: value for name, value in os.environ.items() if name not in NO_BYTECODE},
            **screen,
            # An installed app runs from compiled bytecode: the first, unmeasured starts write it.
            "PYTHONPYCACHEPREFIX": str(tmp / "bytecode"),
            FIRST_PAINT_REPORT: str(report),
        }
        seed = bundled_articles_dir() / f"{ARTICLE_ID}.md"
        # The article's content note was seen once: what is measured is its text painted.
        store = Store(tmp / "data" / "reader.sqlite3")
        store.set_state(DISMISSED_NOTES_KEY, json.dumps([ARTICLE_ID]))
        store.close()
        app_starts, floor_starts = _compare(tmp, seed, ARTICLE_ID, env, REPEATS)
        _print_starts("bare window", floor_starts)
        _print_starts("Reader", app_starts)
        large = tmp / "data" / "articles" / f"{LARGE_ARTICLE_ID}.md"
        large.parent.mkdir(parents=True, exist_ok=True)
        large.write_text(long_article(LARGE_ARTICLE_BYTES), encoding="utf-8")
        print(f"a {LARGE_ARTICLE_BYTES // 1048576} MB article, opened before (its HTML cached):")
        large_starts, large_floor = _compare(tmp, large, LARGE_ARTICLE_ID, env, LARGE_REPEATS)
        _print_starts("bare window", large_floor)
        _print_starts("Reader", large_starts)
    app_time, floor_time = _median(app_starts, "seconds"), _median(floor_starts, "seconds")
    app_memory, floor_memory = _median(app_starts, "peak_rss"), _median(floor_starts, "peak_rss")
    large_time, large_floor_time = _median(large_starts, "seconds"), _median(large_floor, "seconds")
    stall = _median(large_starts, "longest_stall")
    return [
        Row(
            "Start-up to first paint",
            seconds(app_time),
            f"bare window {seconds(floor_time)}",
            app_time / floor_time,
            START_UP_GOAL,
        ),
        Row(
            "Start-up peak memory (VmHWM)",
            mebibytes(int(app_memory)),
            f"bare window {mebibytes(int(floor_memory))}",
            app_memory / floor_memory,
            MEMORY_GOAL,
        ),
        Row(
            "Start-up on a 5 MB article",
            seconds(large_time),
            f"bare window {seconds(large_floor_time)}",
            large_time / large_floor_time,
            LARGE_GOAL,
        ),
        Row(
            "5 MB article: longest freeze after paint",
            seconds(stall),
            f"a freeze: {seconds(FREEZE_S)}",
            stall / FREEZE_S,
            1.0,
            f"< {seconds(FREEZE_S)}",
        ),
    ]


def _compare(
    tmp: Path, article: Path, article_id: str, env: dict[str, str], repeats: int
) -> tuple[list[Start], list[Start]]:
    """Starts of the app on `article` and of the floor on the app's HTML for it, in turn."""
    html_file = tmp / f"{article_id}.html"
    html_file.write_text(render_article(read_article(article)).html, encoding="utf-8")
    report = Path(env[FIRST_PAINT_REPORT])
    app = [sys.executable, "-m", "reader", article_id, "--data-dir", str(tmp / "data")]
    floor = [sys.executable, str(FLOOR_SCRIPT), str(html_file), str(report)]
    # Unmeasured first starts: the app creates its data folder, store, library and render
    # caches, both write their bytecode, and the system caches the files they load.
    _start(app, env, report)
    _start(floor, env, report)
    app_starts, floor_starts = [], []
    for _ in range(repeats):  # interleaved, so a change in the machine's load hits both
        floor_starts.append(_start(floor, env, report))
        app_starts.append(_start(app, env, report))
    return app_starts, floor_starts


def _median(starts: list[Start], field: str) -> float:
    return statistics.median(getattr(start, field) for start in starts)


def _start(argv: list[str], env: dict[str, str], report: Path) -> Start:
    """Run one child to its exit; what its report says of its first paint and memory."""
    report.unlink(missing_ok=True)
    with tempfile.TemporaryFile() as errors:
        began = time.monotonic()
        pid = os.posix_spawn(
            argv[0],
            argv,
            env,
            file_actions=[
                (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                (os.POSIX_SPAWN_DUP2, errors.fileno(), 2),
            ],
        )
        # A child that never paints would block waitpid() for ever.
        watchdog = threading.Timer(CHILD_TIMEOUT_S, os.kill, (pid, signal.SIGKILL))
        watchdog.start()
        try:
            _, status = os.waitpid(pid, 0)
        finally:
            watchdog.cancel()
        exit_code = os.waitstatus_to_exitcode(status)
        if exit_code != 0 or not report.is_file():
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace")[-2000:]
            raise RuntimeError(f"{' '.join(argv)} exited with {exit_code}:\n{message}")
    # The app's report also has its CPU time at the paint (bench_library reads it).
    painted_at, peak_kib, stall = report.read_text(encoding="ascii").split()[:3]
    return Start(float(painted_at) - began, int(peak_kib) * 1024, float(stall))


@contextlib.contextmanager
def display() -> Iterator[dict[str, str]]:
    """A private Xvfb when one is installed (what users' X servers load); else offscreen."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        print("display: Qt's offscreen platform (Xvfb is not installed)")
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    read_end, write_end = os.pipe()
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    try:
        if not number:
            raise RuntimeError("Xvfb did not start")
        print(f"display: Xvfb :{number} (xcb)")
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
    finally:
        server.terminate()
        server.wait()


def _print_starts(label: str, starts: list[Start]) -> None:
    times = ", ".join(f"{start.seconds:.3f}" for start in starts)
    memory = ", ".join(f"{start.peak_rss / 1048576:.1f}" for start in starts)
    stalls = ", ".join(f"{start.longest_stall * 1000:.0f}" for start in starts)
    print(
        f"{label:>12}: seconds to first paint {times}; peak MiB {memory}; longest stall ms {stalls}"
    )
