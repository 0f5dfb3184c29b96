"""A stand-in for a file manager: a window titled "Drag Source" that, when pressed,
starts a real drag of the files named on its command line (Qt speaks XDND to the window
the pointer ends on, as a file manager's drag does). Run by tests/e2e/test_import_drop.py.
"""

import sys

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel


class DragSource(QLabel):
    def __init__(self, files: list[str]) -> None:
        super().__init__("Drag me")
        self.files = files
        self.setWindowTitle("Drag Source")
        self.setFixedSize(200, 200)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(name) for name in self.files])
        drag = QDrag(self)
        drag.setMimeData(mime)
        result = drag.exec(Qt.DropAction.CopyAction)
        print(f"drag ended: {result.name}", flush=True)


if __name__ == "__main__":
    app = QApplication(sys.argv)
    source = DragSource(sys.argv[1:])
    source.move(0, 0)
    source.show()
    sys.exit(app.exec())
