"""The start-up floor: a bare PySide6 window showing an article's HTML, run as its own process.

bench_startup runs this file as a script (python floor_window.py ARTICLE.html), so it
imports nothing but PySide6; like the app under READER_EXIT_AFTER_FIRST_PAINT, it
quits right after its text view first paints.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser


class QuitAfterFirstPaint(QObject):
    """The same few lines as reader.app's hook; importing it would load the app into the floor."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)  # queued: this paint completes first
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTextBrowser()
    view.setHtml(Path(sys.argv[1]).read_text(encoding="utf-8"))
    window.setCentralWidget(view)
    window.resize(1100, 760)  # the app's first-run size
    window.show()
    view.viewport().installEventFilter(QuitAfterFirstPaint(window))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
