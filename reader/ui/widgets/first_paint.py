"""The first paint of a widget and the reader's first input: signals for the work that
waits for them; and the start-up benchmark's probe (when the article was first painted,
and the peak memory).

Set READER_FIRST_PAINT_REPORT to a file's path (tests/bench does) and the app writes
there, then quits: the CLOCK_MONOTONIC time (seconds, as time.monotonic() reads it in
any process) just after the article view's first paint; the process's own peak
resident memory (VmHWM, KiB) SETTLE_MS later, so that the work deferred until after the
first paint counts too; the longest the event loop was held up in that time
(seconds), the freeze a reader would feel; and the CPU time the process had used by the
first paint (seconds, all its threads), which a loaded machine disturbs far less than
the wall-clock time. VmHWM, not getrusage's ru_maxrss: on Linux a
process started by posix_spawn or vfork inherits its parent's peak in ru_maxrss.
"""

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

FIRST_PAINT_REPORT = "READER_FIRST_PAINT_REPORT"
SETTLE_MS = 1000  # longer than the start-up work deferred until after the first paint
TICK_MS = 5  # the event loop's pulse while settling: a late tick is a freeze


def peak_memory_kib() -> int:
    """This process's peak resident memory in KiB, from /proc/self/status (Linux); 0
    where there is none."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


class FirstPaint(QObject):
    """Emits `painted` once, just after `widget` is first painted (queued, so the paint has
    ended): what the first screen does not show is built after it, not before."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.painted.emit)
        return False


class FirstInput(QObject):
    """Emits `arrived` once, just after the reader's first key press, click, wheel turn or
    touch anywhere in the application once `watch` is called, then stops watching: what
    only a reader's action can need waits for it, rather than loading in the first second
    of every start. Watching starts late (the window's first paint) because every event of
    the application passes through the watcher until then."""

    arrived = Signal()
    INPUT_EVENTS = frozenset(
        (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        )
    )

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._watching = False

    @property
    def watching(self) -> bool:
        """True once `watch` has been called (whether or not the first input came since)."""
        return self._watching

    def watch(self) -> None:
        """Start watching the application's input (again: nothing)."""
        if not self._watching:
            self._watching = True
            QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in self.INPUT_EVENTS:
            QCoreApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self, self.arrived.emit)  # queued: the input is handled first
        return False


class FirstPaintProbe(QObject):
    """Watches `widget`: notes the end of its first paint, then reports and quits."""

    def __init__(self, widget: QWidget, report: Path) -> None:
        super().__init__(widget)
        self._report = report
        self._painted_at = 0.0
        self._cpu_at_paint = 0.0
        self._last_tick = 0.0
        self._longest_stall = 0.0
        self._ticks = QTimer(self)
        self._ticks.setInterval(TICK_MS)
        self._ticks.timeout.connect(self._tick)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._painted)  # queued: after this paint completes
        return False

    def _painted(self) -> None:
        self._painted_at = self._last_tick = time.monotonic()
        self._cpu_at_paint = time.process_time()
        self._ticks.start()
        QTimer.singleShot(SETTLE_MS, self, self._finish)

    def _tick(self) -> None:
        now = time.monotonic()
        self._longest_stall = max(self._longest_stall, now - self._last_tick)
        self._last_tick = now

    def _finish(self) -> None:
        self._tick()
        report = (
            f"{self._painted_at!r} {peak_memory_kib()} {self._longest_stall!r}"
            f" {self._cpu_at_paint!r}\n"
        )
        self._report.write_text(report, encoding="ascii")
        QCoreApplication.quit()
