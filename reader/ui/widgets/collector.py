"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when its thresholds are
reached, and collecting a Qt object's wrapper destroys the object in that thread. With
worker threads (read-aloud's engine, article conversion), windows and documents of the
GUI thread were destroyed on a worker, and the test suite crashed with heap corruption
("Garbage-collecting" in the worker's trace). The same remedy as pyqtgraph's
GarbageCollector: automatic collection off, and a timer on the GUI thread collects each
generation when gc's own thresholds say it would have.
"""

import gc

from PySide6.QtCore import QObject, QTimer

COLLECT_EVERY_MS = 1000


class GuiThreadCollector(QObject):
    """Turns automatic collection off (for the rest of the process); collects on its timer."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    @staticmethod
    def collect() -> None:
        """Collect the generations whose counts passed gc's thresholds, oldest first."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
