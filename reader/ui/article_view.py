"""The article itself: Qt's rich-text view with a visible caret and no network."""

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.core.articles import RenderedArticle
from reader.core.find import Match
from reader.core.links import EXTERNAL_LINK_SCHEMES, is_local_reference
from reader.resources import resource_path

COLUMN_CHARACTERS = 80
MINIMUM_SIDE_MARGIN = 24
CARET_WIDTH = 3


class ArticleView(QTextBrowser):
    """Shows one rendered article; emits requests, never acts on other widgets."""

    internalLinkRequested = Signal(str)  # noqa: N815 - Qt signal naming
    externalLinkRequested = Signal(QUrl)  # noqa: N815
    unsupportedLinkRequested = Signal(QUrl)  # noqa: N815
    readingPositionChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        # A read-only view has no caret unless keyboard selection is on; keyboard and
        # screen-reader users read with it, and read-aloud starts from it.
        self.setTextInteractionFlags(
            self.textInteractionFlags()
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setCursorWidth(CARET_WIDTH)
        self.setAccessibleName(self.tr("Article"))
        self.setAccessibleDescription(
            self.tr(
                "Article text. Move with the arrow keys. H and Shift+H go to the next and "
                "previous heading, P and Shift+P to the next and previous paragraph."
            )
        )
        self._base_dir: Path | None = None
        self._stylesheet = resource_path("styles", "article.css").read_text(encoding="utf-8")
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.verticalScrollBar().valueChanged.connect(self.readingPositionChanged)
        self.cursorPositionChanged.connect(self.readingPositionChanged)

    def show_article(self, rendered: RenderedArticle) -> None:
        self._base_dir = rendered.meta.path.parent
        # One document for the view's life: a new one per article would pile up, since
        # Qt keeps documents that are the view's children.
        document = self.document()
        document.setUndoRedoEnabled(False)
        document.setDefaultStyleSheet(self._stylesheet)
        document.setDefaultFont(self.font())
        document.setHtml(rendered.html)
        document.setMetaInformation(
            QTextDocument.MetaInformation.DocumentTitle, rendered.meta.title
        )
        self.setAccessibleName(self.tr("Article: {title}").format(title=rendered.meta.title))
        self.setExtraSelections([])
        self._fit_column()
        self.move_caret_to(0)

    # Positions -------------------------------------------------------------

    def caret_position(self) -> int:
        return self.textCursor().position()

    def first_visible_position(self) -> int:
        return self.cursorForPosition(QPoint(0, 0)).position()

    def reading_progress(self) -> float:
        """How far through the article the reader has scrolled, 0.0 to 1.0."""
        bar = self.verticalScrollBar()
        return 1.0 if bar.maximum() <= 0 else bar.value() / bar.maximum()

    def move_caret_to(self, position: int, *, to_top: bool = False) -> None:
        """Put the caret at `position`; with to_top, scroll that line to the top of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        if to_top:
            bar = self.verticalScrollBar()
            # Half a line of space above keeps the line clear of the view's edge.
            gap = self.document().documentMargin() + self.cursorRect().height() / 2
            bar.setValue(round(bar.value() + self.cursorRect().top() - gap))
        self.ensureCursorVisible()

    def select_range(self, start: int, end: int) -> None:
        """Select a range and bring it into view a third of the way down, with context around it."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        top = self.cursorRect().top()
        height = self.viewport().height()
        if not height / 6 <= top <= height * 2 / 3:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + top - height // 3)
        self.ensureCursorVisible()

    def plain_text(self) -> str:
        """The document's text; its indices are document positions."""
        return self.document().toRawText()

    # Find highlighting ---------------------------------------------------------

    def highlight_matches(self, matches: list[Match], current: int | None) -> None:
        selections = []
        palette = self.palette()
        for index, match in enumerate(matches):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            if index == current:
                selection.format.setBackground(palette.highlight())
                selection.format.setForeground(palette.highlightedText())
            else:
                selection.format.setBackground(QColor("#ffe066"))
                selection.format.setForeground(QColor("#000000"))
            selections.append(selection)
        self.setExtraSelections(selections)

    # Qt overrides ----------------------------------------------------------------

    def loadResource(self, resource_type: int, url: QUrl) -> object:  # noqa: N802 - Qt override
        """Only images in the article's own folder load; nothing else, and never the network."""
        if (
            resource_type != QTextDocument.ResourceType.ImageResource.value
            or self._base_dir is None
        ):
            return None
        reference = url.toString()
        if not is_local_reference(reference):
            return None
        base = self._base_dir.resolve()
        target = (base / QUrl(reference).path()).resolve()
        if not target.is_relative_to(base) or not target.is_file():
            return None
        image = QImage(str(target))
        return None if image.isNull() else image

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Space pages down and Shift+Space up, as in every reader and browser.
        if event.key() == Qt.Key.Key_Space and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            key = (
                Qt.Key.Key_PageUp
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                else Qt.Key.Key_PageDown
            )
            super().keyPressEvent(
                QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
            )
            return
        if (
            event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._move_by_paragraph(event)
            return
        if event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            super().keyPressEvent(event)
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
            return
        super().keyPressEvent(event)

    def _move_by_paragraph(self, event: QKeyEvent) -> None:
        """Ctrl+Down and Ctrl+Up move to the next and previous paragraph, as in word processors."""
        mode = (
            QTextCursor.MoveMode.KeepAnchor
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            else QTextCursor.MoveMode.MoveAnchor
        )
        cursor = self.textCursor()
        if event.key() == Qt.Key.Key_Down:
            cursor.movePosition(QTextCursor.MoveOperation.NextBlock, mode)
        elif cursor.atBlockStart():
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock, mode)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, mode)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        """Keep lines at most COLUMN_CHARACTERS long, centred (WCAG 1.4.8)."""
        column = QFontMetricsF(self.document().defaultFont()).averageCharWidth() * COLUMN_CHARACTERS
        side = max(MINIMUM_SIDE_MARGIN, (self.viewport().width() - column) / 2)
        root = self.document().rootFrame()
        frame_format: QTextFrameFormat = root.frameFormat()
        if abs(frame_format.leftMargin() - side) < 1:
            return
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        root.setFrameFormat(frame_format)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in EXTERNAL_LINK_SCHEMES:
            self.externalLinkRequested.emit(url)
        elif not url.scheme() and not url.path() and url.fragment():
            self.internalLinkRequested.emit(url.fragment())
        else:
            self.unsupportedLinkRequested.emit(url)
