"""Starts the real Reader (reader.app.main) and, once its window is on screen, opens each
panel in turn and reports what a low-vision reader would see of it, as one JSON line:
the window and screen, each panel's title bar and how many rows of its list show, the
status bar's text and the height it needs; then grabs the screen to a PNG and quits.

Arguments: the PNG's path, then Reader's own arguments.
"""

import json
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QHeaderView

import reader.app

REPORT_AFTER_MS = 2500  # the article opened and the window laid out


def rows_shown(view: QAbstractItemView) -> float:
    """How many rows of the list show on screen (its viewport, less what a scrolling panel
    hides), in the height of its first row or, when empty, of a line of its font."""
    row = view.sizeHintForRow(0) if view.model().rowCount() else view.fontMetrics().height()
    shown = view.viewport().visibleRegion().boundingRect().height()
    return shown / max(1, row)


def report(screenshot: str) -> None:
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
    window.activateWindow()  # as the reader's window is: with no window manager, none is
    app.processEvents()
    panels = {}
    docks = (window.library_dock, window.toc_dock, window.bookmarks_dock, window.notes_dock)
    for dock in docks:
        dock.show()
        dock.raise_()
        dock.widget().setFocus()  # as the keys that open a panel do: its list comes into view
        app.processEvents()
        lists = [
            view
            for view in dock.widget().findChildren(QAbstractItemView)
            if not isinstance(view, QHeaderView) and view.isVisible()
        ]
        close = dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
        panels[dock.objectName()] = {
            "visible": dock.isVisible(),
            "title_font_px": dock.fontInfo().pixelSize(),
            "close_button_px": close.height(),
            "rows_shown": [round(rows_shown(view), 2) for view in lists],
        }
    label = window.position_label
    needed = label.fontMetrics().boundingRect(
        0,
        0,
        label.width(),
        100000,
        int(label.alignment().value) | Qt.TextFlag.TextWordWrap.value,
        label.text(),
    )
    frame = window.frameGeometry()
    screen = window.screen().geometry()
    print(
        json.dumps(
            {
                "window": [frame.x(), frame.y(), frame.width(), frame.height()],
                "screen": [screen.width(), screen.height()],
                "panels": panels,
                "status_text": label.text(),
                "status_height": label.height(),
                "status_needed": needed.height(),
                "status_bottom": label.mapTo(window, label.rect().bottomLeft()).y(),
            }
        ),
        flush=True,
    )
    window.screen().grabWindow(0).save(screenshot)
    app.quit()


def main() -> int:
    screenshot, arguments = sys.argv[1], sys.argv[2:]
    original_exec = QApplication.exec

    def exec_with_report() -> int:
        QTimer.singleShot(REPORT_AFTER_MS, lambda: report(screenshot))
        return original_exec()

    QApplication.exec = staticmethod(exec_with_report)
    return reader.app.main(arguments)


if __name__ == "__main__":
    sys.exit(main())
