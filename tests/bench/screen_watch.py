"""Time another program's start to its first complete paint, by watching the screen.

Run as a script under an X display (python screen_watch.py SETTLE_S TIMEOUT_S -- ARGV...):
starts ARGV, grabs the whole screen over and over (Qt's xcb platform, QScreen.grabWindow)
and stops once no new picture has appeared for SETTLE_S. The first paint is when the
first of the pictures seen in that last, settled stretch appeared (a blinking caret
alternates between two pictures: whichever came first counts). Prints
"SECONDS PEAK_KIB": the first paint from just before the start, and the largest sum,
over the program and all its descendants, of each process's own peak resident memory
(VmHWM; a web engine's processes share pages, so the sum can overstate its peak).
For programs that cannot carry bench_startup's probe: foliate and calibre's viewer.
"""

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QScreen

POLL_S = 0.01


def _tree(root: int) -> list[int]:
    """`root` and its descendants, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text(encoding="ascii", errors="replace")
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [root], [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        found += children
        frontier += children
    return found


def _peak_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii", errors="replace")
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _picture(screen: QScreen) -> bytes:
    """A digest of what the whole screen shows now."""
    image = screen.grabWindow(0).toImage()  # kept: constBits() points into it
    return hashlib.blake2b(image.constBits()).digest()


def watch(argv: list[str], settle_s: float, timeout_s: float) -> tuple[float, int]:
    """(seconds from the start to the settled picture's first appearance, peak KiB)."""
    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    blank = _picture(screen)
    began = time.monotonic()
    child = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    first_seen, last_seen = {blank: began}, {blank: began}
    last_new, peak = began, 0
    try:
        while True:
            now = time.monotonic()
            picture = _picture(screen)
            if picture not in first_seen:
                first_seen[picture], last_new = now, now
            last_seen[picture] = now
            peak = max(peak, sum(_peak_kib(pid) for pid in _tree(child.pid)))
            if picture != blank and now - last_new > settle_s:
                settled = [first_seen[p] for p, seen in last_seen.items() if seen >= last_new]
                return min(settled) - began, peak
            if now - began > timeout_s or child.poll() is not None:
                message = f"{argv[0]} never settled on a picture (exit status {child.poll()})"
                raise RuntimeError(message)
            time.sleep(POLL_S)
    finally:
        for sent in (signal.SIGTERM, signal.SIGKILL):
            if child.poll() is None:
                os.killpg(child.pid, sent)
                try:
                    child.wait(3)
                except subprocess.TimeoutExpired:
                    continue


def main() -> int:
    settle_s, timeout_s = float(sys.argv[1]), float(sys.argv[2])
    argv = sys.argv[sys.argv.index("--") + 1 :]
    first_paint, peak = watch(argv, settle_s, timeout_s)
    print(f"{first_paint!r} {peak}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
