"""Side by side: Reader, foliate and calibre's ebook-viewer opening the same article.

The article is the start-up benchmark's, as Markdown for Reader and as EPUB for the
others (made with pandoc). None of them can carry bench_startup's first-paint probe, so
all three, Reader too, are timed the same way from outside: screen_watch.py watches the
screen until it settles and takes the time its final picture first appeared, and sums
the peak memory of each program's processes. A program that is not installed is
skipped with a note; so is the whole comparison without pandoc or Xvfb.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from reader.resources import bundled_articles_dir
from tests.bench.bench_startup import ARTICLE_ID, display
from tests.bench.common import Row, mebibytes, seconds

REPEATS = 3
SETTLE_S = 1.5  # longer than a caret's blink: a picture that does not come back is news
TIMEOUT_S = 90.0
WATCHER = Path(__file__).with_name("screen_watch.py")
PEERS = {"foliate": "Foliate", "ebook-viewer": "calibre's ebook-viewer"}


def run() -> list[Row]:
    print("== Side by side: Reader, foliate and calibre's ebook-viewer, same article ==")
    installed = {command: shutil.which(command) for command in PEERS}
    missing = [name for command, name in PEERS.items() if installed[command] is None]
    if missing:
        print(f"skipped (not installed): {', '.join(missing)}")
    peers = {PEERS[command]: path for command, path in installed.items() if path}
    pandoc = shutil.which("pandoc")
    if not peers or pandoc is None or shutil.which("Xvfb") is None:
        print(
            "skipped: the comparison needs Xvfb, pandoc and foliate or calibre's ebook-viewer"
            " (Debian: apt install xvfb pandoc foliate calibre)"
        )
        return []
    article = bundled_articles_dir() / f"{ARTICLE_ID}.md"
    rows = []
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as folder, display() as screen:
        tmp = Path(folder)
        epub = tmp / f"{ARTICLE_ID}.epub"
        subprocess.run(
            [pandoc, str(article), "-o", str(epub), f"--resource-path={article.parent}"],
            check=True,
        )
        # Each program's own settings and caches, made by an unmeasured first start.
        env = {**os.environ, **screen, "HOME": str(tmp / "home"), "XDG_RUNTIME_DIR": str(tmp)}
        dbus = shutil.which("dbus-run-session")
        session = [dbus, "--"] if dbus else []  # GTK programs look for a session bus
        reader = [sys.executable, "-m", "reader", ARTICLE_ID, "--data-dir", str(tmp / "data")]
        programs = {"Reader": session + reader}
        programs |= {name: [*session, path, str(epub)] for name, path in peers.items()}
        results = {}
        for name, argv in programs.items():
            _watch(argv, env)
            starts = [_watch(argv, env) for _ in range(REPEATS)]
            results[name] = (
                statistics.median(start[0] for start in starts),
                int(statistics.median(start[1] for start in starts)),
            )
            times = ", ".join(f"{start[0]:.3f}" for start in starts)
            print(f"{name:>24}: seconds to the settled picture {times}")
    reader_time, reader_memory = results.pop("Reader")
    print(f"{'Reader':>24}: {seconds(reader_time)}, {mebibytes(reader_memory)}")
    for name, (time, memory) in results.items():
        rows.append(
            Row(
                f"{name} to the painted article",
                seconds(time),
                f"Reader {seconds(reader_time)}",
                time / reader_time,
                None,
                "none (Reader's lead)",
            )
        )
        rows.append(
            Row(
                f"{name} peak memory",
                mebibytes(memory),
                f"Reader {mebibytes(reader_memory)}",
                memory / reader_memory,
                None,
                "none (Reader's lead)",
            )
        )
    return rows


def _watch(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """(seconds to the settled picture, peak bytes) of one start, measured by the watcher."""
    watcher = [sys.executable, str(WATCHER), str(SETTLE_S), str(TIMEOUT_S), "--", *argv]
    done = subprocess.run(watcher, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)}: {done.stderr[-2000:]}")
    first_paint, peak_kib = done.stdout.split()
    return float(first_paint), int(peak_kib) * 1024
