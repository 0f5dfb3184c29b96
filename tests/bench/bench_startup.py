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
from reader.resources import bundled_articles_dir
from reader.ui.widgets.first_paint import FIRST_PAINT_REPORT
from tests.bench.common import Row, mebibytes, seconds

ARTICLE_ID = "metoo-pakistan-marginalised"
REPEATS = 5
CHILD_TIMEOUT_S = 60
FLOOR_SCRIPT = Path(__file__).with_name("floor_window.py")
START_UP_GOAL = 1.5
MEMORY_GOAL = 1.5
NO_BYTECODE = {"PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX"}


@dataclass(frozen=True)
class Start:
    seconds: float  # from the spawn to the end of the first paint
    peak_rss: int  # bytes, the child's own


def run() -> list[Row]:
    print("== Start-up: the app against a bare QTextBrowser window, same HTML ==")
    article = read_article(bundled_articles_dir() / f"{ARTICLE_ID}.md")
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp, display() as display_env:
        html_file = Path(tmp) / "article.html"
        html_file.write_text(render_article(article).html, encoding="utf-8")
        report = Path(tmp) / "first-paint.txt"
        env = {
            **{name: value for name, value in os.environ.items() if name not in NO_BYTECODE},
            **display_env,
            # An installed app runs from compiled bytecode: the first, unmeasured starts write it.
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "bytecode"),
            FIRST_PAINT_REPORT: str(report),
        }
        app = [sys.executable, "-m", "reader", ARTICLE_ID, "--data-dir", str(Path(tmp) / "data")]
        floor = [sys.executable, str(FLOOR_SCRIPT), str(html_file), str(report)]
        # Unmeasured first starts: the app creates its data folder, store and library
        # cache, both write their bytecode, and the system caches the files they load.
        _start(app, env, report)
        _start(floor, env, report)
        app_starts, floor_starts = [], []
        for _ in range(REPEATS):  # interleaved, so a change in the machine's load hits both
            floor_starts.append(_start(floor, env, report))
            app_starts.append(_start(app, env, report))
    _print_starts("bare window", floor_starts)
    _print_starts("Reader", app_starts)
    app_time = statistics.median(start.seconds for start in app_starts)
    floor_time = statistics.median(start.seconds for start in floor_starts)
    app_memory = int(statistics.median(start.peak_rss for start in app_starts))
    floor_memory = int(statistics.median(start.peak_rss for start in floor_starts))
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
            mebibytes(app_memory),
            f"bare window {mebibytes(floor_memory)}",
            app_memory / floor_memory,
            MEMORY_GOAL,
        ),
    ]


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
    painted_at, peak_kib = report.read_text(encoding="ascii").split()
    return Start(float(painted_at) - began, int(peak_kib) * 1024)


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
    print(f"{label:>12}: seconds to first paint {times}; peak MiB {memory}")
