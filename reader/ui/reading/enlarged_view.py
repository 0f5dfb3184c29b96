"""A picture or a table of the article, enlarged in a window of its own.

The article keeps pictures within its column and tables within its width, which at a
large text size can leave a picture's detail too small or a table's words broken (see
reader.core.display.tables). Enter with the caret on a picture or in a table, or a double
click, shows it here: + and - zoom, 0 returns to the first size, the arrow keys and Page
Up/Down move around it, Escape closes.
"""

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.display.tables import scale_table_text, tables_of

ZOOM_STEP = 1.25
LEAST_ZOOM, MOST_ZOOM = 0.25, 8.0
ZOOM_IN_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)  # = is + without Shift on many keyboards
ZOOM_OUT_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)


class EnlargedView(QDialog):
    """The shared frame: a title, the thing shown, its description (alt text) and Close."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.zoom = self.first_zoom = 1.0
        self._layout = QVBoxLayout(self)
        self._description = QLabel(description)
        self._description.setWordWrap(True)
        self._description.setTextFormat(Qt.TextFormat.PlainText)
        self._description.setVisible(bool(description))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons

    def _finish(self, shown: QWidget) -> None:
        self._layout.addWidget(shown, 1)
        self._layout.addWidget(self._description)
        self._layout.addWidget(self._buttons)
        shown.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in ZOOM_IN_KEYS:
            self.set_zoom(self.zoom * ZOOM_STEP)
        elif key in ZOOM_OUT_KEYS:
            self.set_zoom(self.zoom / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.set_zoom(self.first_zoom)
        else:
            super().keyPressEvent(event)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(LEAST_ZOOM, min(MOST_ZOOM, zoom))
        self._show_zoom()

    def _show_zoom(self) -> None:
        raise NotImplementedError


class _ZoomKeys(QScrollArea):
    """A scroll area that hands +, - and 0 to its window (QScrollArea would keep them)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (*ZOOM_IN_KEYS, *ZOOM_OUT_KEYS, Qt.Key.Key_0):
            event.ignore()
            return
        super().keyPressEvent(event)


class ImageView(EnlargedView):
    """A picture at a zoom of its own, first as large as fits the screen's window."""

    def __init__(
        self, image: QImage, description: str, first_zoom: float, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Picture: {description}").format(description=description)
        super().__init__(
            title if description else self.tr("Picture without a description"), description, parent
        )
        self._image = image
        self._picture = QLabel()
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._picture.setAccessibleName(description or self.tr("Picture"))
        self.area = _ZoomKeys()
        self.area.setWidget(self._picture)
        self.area.setWidgetResizable(True)
        self.area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.area.setAccessibleName(self.windowTitle())
        self.area.setAccessibleDescription(
            self.tr("Plus and minus zoom, 0 returns to the first size, arrows move, Escape closes.")
        )
        self.zoom = self.first_zoom = first_zoom
        self._finish(self.area)
        self._show_zoom()

    def picture_size(self) -> tuple[int, int]:
        """The picture's size as shown, in pixels."""
        pixmap = self._picture.pixmap()
        return pixmap.width(), pixmap.height()

    def _show_zoom(self) -> None:
        size = self._image.size() * self.zoom
        pixmap = QPixmap.fromImage(
            self._image.scaled(
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self._picture.setPixmap(pixmap)


class _NothingLoaded(QTextBrowser):
    """A text view that loads no resource: a table's pictures are not fetched by file name
    (see reader.core.articles.images for why Qt must not be handed one)."""

    def loadResource(self, resource_type: int, url: QUrl) -> QByteArray:  # noqa: N802
        return QByteArray()


class TableView(EnlargedView):
    """A table at the reader's text size, its words whole: it scrolls sideways here."""

    def __init__(self, table_html: str, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Table"), "", parent)
        self.browser = _NothingLoaded()
        self.browser.setOpenLinks(False)
        self.browser.setSearchPaths([])
        self.browser.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        self.browser.setAccessibleName(self.tr("Table"))
        self.browser.setAccessibleDescription(
            self.tr("Plus and minus zoom, 0 returns to the first size, arrows move, Escape closes.")
        )
        self.browser.document().setDefaultFont(font)
        self.browser.setHtml(table_html)
        self._finish(self.browser)

    def _show_zoom(self) -> None:
        for table in tables_of(self.browser.document()):
            scale_table_text(self.browser.document(), table, self.zoom)
