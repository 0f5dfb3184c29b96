"""The start-up floor: a bare PySide6 window showing an article's HTML, run as its own process.

bench_startup runs this file as a script (python floor_window.py ARTICLE.html REPORT),
so it imports nothing but PySide6; like the app under READER_FIRST_PAINT_REPORT, it
writes the time just after its text view first paints and its peak memory a settling
time later to REPORT, then quits (see reader/ui/widgets/first_paint.py).
"""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

SETTLE_MS = 1000  # as reader.ui.widgets.first_paint.SETTLE_MS
TICK_MS = 5


def peak_memory_kib() -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


class FirstPaintProbe(QObject):
    """The same few lines as the app's probe; importing it would load the app into the floor."""

    def __init__(self, widget: QObject, report: Path) -> None:
        super().__init__(widget)
        self._report = report
        self._painted_at = 0.0
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
        self._ticks.start()
        QTimer.singleShot(SETTLE_MS, self, self._finish)

    def _tick(self) -> None:
        now = time.monotonic()
        self._longest_stall = max(self._longest_stall, now - self._last_tick)
        self._last_tick = now

    def _finish(self) -> None:
        self._tick()
        report = f"{self._painted_at!r} {peak_memory_kib()} {self._longest_stall!r}\n"
        self._report.write_text(report, encoding="ascii")
        QCoreApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTextBrowser()
    view.setHtml(Path(sys.argv[1]).read_text(encoding="utf-8"))
    window.setCentralWidget(view)
    window.resize(1100, 760)  # the app's first-run size
    window.show()
    FirstPaintProbe(view.viewport(), Path(sys.argv[2]))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
