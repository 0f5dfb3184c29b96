"""The article itself: Qt's rich-text view with a visible caret and no network."""

import math
from bisect import bisect_right
from dataclasses import replace
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrameFormat,
    QTextTable,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QToolTip, QWidget

from reader.core.articles.article import RenderedArticle, is_right_to_left
from reader.core.articles.images import (
    alt_text,
    fit_images,
    html_with_pictures,
    image_at,
    load_article_image,
    picture_labels,
)
from reader.core.articles.links import EXTERNAL_LINK_SCHEMES
from reader.core.display.appearance import Appearance
from reader.core.display.hidden_content import hide_footnotes, hide_pictures
from reader.core.display.hyphenation import hyphenated_html
from reader.core.display.page_style import Face, page_stylesheet, uses_nastaliq
from reader.core.display.sentence_case import lowercase_ranges
from reader.core.display.tables import fit_tables, scale_table_text, table_at
from reader.core.display.themes import Theme
from reader.core.language.parts import NASTALIQ, PLAIN
from reader.core.marks.anchoring import (
    OBJECT_REPLACEMENT,
    DocumentPositions,
    with_pictures,
    without_soft_hyphens,
)
from reader.core.reading.find import Match
from reader.core.reading.lines import (
    caret_x,
    first_line_from,
    line_above,
    line_below,
    lines_near,
    page_down_top,
    page_up_top,
)
from reader.resources import resource_path
from reader.ui.accessibility.article_structure import ArticleStructureAccess
from reader.ui.display.fonts import URDU_FAMILY
from reader.ui.reading.enlarged_view import ImageView, TableView
from reader.ui.reading.library_model import plain_tooltip
from reader.ui.widgets.timers import single_shot_timer

BASE_POINT_SIZE = 13.0  # the article's text at 100 %
MINIMUM_SIDE_MARGIN = 24
GLYPH_OVERHANG = 0.5  # of the text size
CARET_WIDTH = 3
SPACING_SETTLE_MS = 400
FONT_WEIGHTS = {
    "normal": QFont.Weight.Normal,
    "medium": QFont.Weight.Medium,
    "bold": QFont.Weight.Bold,
}
MOST_FIRST_ZOOM = 4.0  # a small picture opened enlarged is not blown up beyond this
RULER_DIMMING_ALPHA = 170  # of 255: the dimmed lines stay legible enough to find one's place
# Named layers of marks drawn over the text, later ones over earlier ones: the sentence
# being spoken stays visible over a find match, which stays visible over a highlight.
SELECTION_LAYERS = ("marks", "find", "speech")
# Keys that leave a screen reader's focus on the node it is on: Tab moves link to link, and
# a modifier alone (the Shift of Shift+Tab) moves nothing.
KEYS_KEEPING_NODE_FOCUS = frozenset(
    {
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_Meta,
        Qt.Key.Key_AltGr,
    }
)


def _highlights_of(spans: list["TextSpan"]) -> list[tuple[int, int, str, str]]:
    """The highlights among a marks layer's spans, as ArticleStructureAccess takes them."""
    return [(start, end, category, note) for start, end, _, category, note in spans if category]


class TextSpan(NamedTuple):
    """A range of the document drawn in a format of its own (a highlight, a find match);
    a highlight's category (a reader.core.marks.mark.Category value) and its note's words
    are told to screen readers, and the note is the span's tooltip. (A named tuple: an
    article's thousand highlights are made in a third of a frozen dataclass's time.)"""

    start: int
    end: int
    format: QTextCharFormat
    category: str = ""
    note: str = ""


_span_start = attrgetter("start")


def page_of(appearance: Appearance) -> Appearance:
    """The part of an appearance that the page's layout depends on (not the ruler, the
    dimming or the interface's size): when it is unchanged, nothing is laid out again."""
    return replace(
        appearance, reading_ruler=0, dimming=0.0, interface_scale=1.0, show_note_markers=True
    )


def article_font(appearance: Appearance, language: str) -> QFont:
    """The reader's face, size, weight and spacing; Urdu is set in the Nastaliq face."""
    font = QFont()
    if uses_nastaliq(language):
        font.setFamilies([URDU_FAMILY, appearance.font_family])
    else:
        font.setFamilies([appearance.font_family, URDU_FAMILY])
    font.setPointSizeF(BASE_POINT_SIZE * appearance.text_scale)
    font.setWeight(FONT_WEIGHTS[appearance.font_weight])
    pixel_size = QFontInfo(font).pixelSize()
    # Letters of Arabic script join: spacing them apart would break the words.
    letter_spacing = 0.0 if is_right_to_left(language) else appearance.letter_spacing
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, letter_spacing * pixel_size)
    font.setWordSpacing(appearance.word_spacing * pixel_size)
    return font


def part_faces(appearance: Appearance) -> dict[str, Face]:
    """The faces of parts in another language than the article's: the reader's face, and
    the Nastaliq face for Urdu-script parts (typography classes of reader.core.language.parts)."""
    faces = {}
    for typography, language in ((PLAIN, "en"), (NASTALIQ, "ur")):
        font = article_font(appearance, language)
        natural = QFontMetricsF(font).lineSpacing() / QFontInfo(font).pixelSize()
        faces[typography] = Face(tuple(font.families()), natural)
    return faces


class ArticleView(QTextBrowser):
    """Shows one rendered article; emits requests, never acts on other widgets."""

    internalLinkRequested = Signal(str)  # noqa: N815 - Qt signal naming
    externalLinkRequested = Signal(QUrl)  # noqa: N815
    unsupportedLinkRequested = Signal(QUrl)  # noqa: N815
    readingPositionChanged = Signal()  # noqa: N815
    themeApplied = Signal()  # noqa: N815 - owners of selection layers recolour their spans
    # Hyphenation was turned on or off: soft hyphens came or went, so document positions
    # moved (their text did not); holders of positions take them again.
    positionsChanged = Signal()  # noqa: N815
    textSizeStepRequested = Signal(int)  # noqa: N815 - Ctrl+wheel: +1 larger, -1 smaller
    contextMenuCreated = Signal(QMenu)  # noqa: N815 - its owner keeps its letters for it

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
        # A scroll bar that comes and goes would change the column's width, and so lay the
        # whole article out twice on opening (150 ms for a long one).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setAccessibleName(self.tr("Article"))
        self.setAccessibleDescription(
            self.tr(
                "Article text. Move with the arrow keys. H and Shift+H go to the next and "
                "previous heading, P and Shift+P to the next and previous paragraph."
            )
        )
        self._base_dir: Path | None = None
        self._rendered: RenderedArticle | None = None
        # The article's HTML with soft hyphens, made once per article (not per text size).
        self._hyphenated: tuple[RenderedArticle, str] | None = None
        self._positions: DocumentPositions | None = None  # see document_positions()
        self.document().contentsChanged.connect(self._forget_positions)
        self._highlights: tuple[list[Match], int | None] = ([], None)
        self._layers: dict[str, list[TextSpan]] = {name: [] for name in SELECTION_LAYERS}
        self._shown_range: tuple[int, int] | None = None  # selected by select_range
        # Where the last line move put the caret and the x it keeps: Down, Down, Down
        # through short lines comes back to the same column.
        self._line_x: tuple[int, float] | None = None
        self._appearance = Appearance()
        self._stylesheet = resource_path("styles", "article.css").read_text(encoding="utf-8")
        self._spacing_to_settle = single_shot_timer(
            self, SPACING_SETTLE_MS, self._import_keeping_place
        )
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.structure_access = ArticleStructureAccess(self, self.follow_link)
        self.verticalScrollBar().valueChanged.connect(self.readingPositionChanged)
        self.cursorPositionChanged.connect(self.readingPositionChanged)
        self.cursorPositionChanged.connect(self._follow_caret_with_ruler)
        self.cursorPositionChanged.connect(self._follow_caret_into_tables)
        self.selectionChanged.connect(self._forget_shown_range)
        # Scrolling moves the painted pixels, ruler included: the whole view must repaint.
        self.verticalScrollBar().valueChanged.connect(self._follow_caret_with_ruler)
        self.verticalScrollBar().valueChanged.connect(self._draw_layers)
        self.apply_appearance(self._appearance)

    def show_article(self, rendered: RenderedArticle) -> None:
        self._spacing_to_settle.stop()
        self._base_dir = rendered.meta.path.parent
        self._rendered = rendered
        self._import(rendered)
        self.setAccessibleName(self.tr("Article: {title}").format(title=rendered.meta.title))
        self._layers = {name: [] for name in SELECTION_LAYERS}
        self.structure_access.set_highlights(list)
        self.highlight_matches([], None)
        self.move_caret_to(0)

    def apply_appearance(self, appearance: Appearance) -> None:
        """Show the article in the reader's type, spacing and colours, at the same place."""
        previous = self._appearance
        self._appearance = appearance
        if self._rendered is not None and page_of(appearance) == page_of(previous):
            if appearance.theme_colours() != previous.theme_colours():
                self._apply_colours(appearance.theme_colours())  # dimming: backgrounds only
                self.highlight_matches(*self._highlights)
                self.themeApplied.emit()
            elif appearance.show_note_markers != previous.show_note_markers:
                self.themeApplied.emit()  # the marks layer is drawn again, with or without
            self.viewport().update()  # the ruler, say: nothing to lay out again
            return
        if self._rendered is not None and page_of(appearance) == page_of(
            replace(previous, text_scale=appearance.text_scale)
        ):
            self._resize_text()
            return
        self._spacing_to_settle.stop()
        self._apply_colours(appearance.theme_colours())
        if self._rendered is None:
            self._set_article_font(article_font(appearance, "en"))
        else:
            self._import_keeping_place()
        self.themeApplied.emit()

    def _apply_colours(self, theme: Theme) -> None:
        palette = self.palette()
        for role, colour in (
            (QPalette.ColorRole.Base, theme.background),
            (QPalette.ColorRole.Text, theme.text),
            (QPalette.ColorRole.Link, theme.link),
            (QPalette.ColorRole.Highlight, theme.selection_background),
            (QPalette.ColorRole.HighlightedText, theme.selection_text),
        ):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        # The interface's style sheet would otherwise paint the page in the panels' colours.
        sheet = (
            f"QTextBrowser {{ background: {theme.background}; color: {theme.text};"
            f" selection-background-color: {theme.selection_background};"
            f" selection-color: {theme.selection_text}; }}"
        )
        # Set again unchanged (the window's start applies the reader's settings twice),
        # a style sheet still re-polishes the view and lays it out again.
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def _resize_text(self) -> None:
        """A new text size, at once: the default font changes and Qt lays out again.

        Margins are in pixels of the size the article was imported at, so they keep the
        old size; the article is imported again once the reader stops changing the size
        (Ctrl+Plus pressed five times costs one import, not five).
        """
        first_visible = self.first_visible_position()
        self._set_article_font(article_font(self._appearance, self._rendered.meta.language))
        self._fit_column()
        self.scroll_to_top_of_view(first_visible)
        self._spacing_to_settle.start()

    def _set_article_font(self, font: QFont) -> None:
        # Also the widget's own font: a QTextEdit hands its font to its document whenever
        # the application's font changes, as it does with the interface's size.
        self.setFont(font)
        self.document().setDefaultFont(font)

    def settle_spacing(self) -> None:
        """Finish a text size change now rather than after the pause (for measuring)."""
        if self._spacing_to_settle.isActive():
            self._spacing_to_settle.stop()
            self._import_keeping_place()

    def _import_keeping_place(self) -> None:
        if self._rendered is None:
            return
        caret = self.textCursor()
        anchor, position = caret.anchor(), caret.position()
        first_visible = self.first_visible_position()
        before_text = self.document_text()
        self._import(self._rendered)
        moved = before_text != self.document_text()  # soft hyphens came or went
        if moved:  # the same letters, at their new positions
            before, after = DocumentPositions(before_text), self.document_positions()
            anchor, position, first_visible = (
                after.to_document(before.to_text(place))
                for place in (anchor, position, first_visible)
            )
            self._highlights = ([], None)  # find's owner finds them again (positionsChanged)
            self._layers = {name: [] for name in SELECTION_LAYERS}
        restored = QTextCursor(self.document())
        restored.setPosition(self._within_document(anchor))
        restored.setPosition(self._within_document(position), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(restored)
        self.scroll_to_top_of_view(first_visible)
        self.highlight_matches(*self._highlights)  # in the theme's colours, which may be new
        if moved:
            self.positionsChanged.emit()

    @property
    def appearance(self) -> Appearance:
        return self._appearance

    def _import(self, rendered: RenderedArticle) -> None:
        """(Re)build the document: Qt resolves CSS lengths against the font at import time."""
        appearance = self._appearance
        document = self.document()
        document.setUndoRedoEnabled(False)
        language = rendered.meta.language
        font = article_font(appearance, language)
        self._set_article_font(font)
        pixel_size = QFontInfo(font).pixelSize()
        natural_line_spacing = QFontMetricsF(font).lineSpacing() / pixel_size
        style = page_stylesheet(
            appearance,
            appearance.theme_colours(),
            language,
            natural_line_spacing,
            pixel_size,
            part_faces(appearance),
        )
        document.setDefaultStyleSheet(self._stylesheet + style)
        option = document.defaultTextOption()
        option.setAlignment(
            Qt.AlignmentFlag.AlignJustify if appearance.justify else Qt.AlignmentFlag.AlignLeft
        )
        document.setDefaultTextOption(option)
        # Through the widget, not the document: QTextEdit then lays the text out lazily,
        # as far as is shown; document().setHtml() made the next caret move lay out the
        # whole article at once (9 s for 5 MB).
        self.setHtml(self._hyphenated_html(rendered) if appearance.hyphenate else rendered.html)
        document.setMetaInformation(
            QTextDocument.MetaInformation.DocumentTitle, rendered.meta.title
        )
        if appearance.sentence_case:
            self._show_sentence_case()
        if not appearance.show_footnotes:
            hide_footnotes(document, appearance.theme_colours().background)
        if not appearance.show_pictures:
            # Wrapped within the reader's column (the view may not have its size yet).
            column = QFontMetricsF(font).averageCharWidth() * appearance.column_characters
            hide_pictures(document, appearance.theme_colours().text, column)
        self.structure_access.invalidate(language)
        self._fit_column()

    def _hyphenated_html(self, rendered: RenderedArticle) -> str:
        if self._hyphenated is None or self._hyphenated[0] is not rendered:
            self._hyphenated = (rendered, hyphenated_html(rendered.html, rendered.meta.language))
        return self._hyphenated[1]

    def _show_sentence_case(self) -> None:
        """Passages in capitals shown in lower case by their format alone: the text, and so
        find, marks, copying and speech, stays as written."""
        lower = QTextCharFormat()
        lower.setFontCapitalization(QFont.Capitalization.AllLowercase)
        cursor = QTextCursor(self.document())
        for start, end in lowercase_ranges(self.document_text()):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(lower)

    # Positions -------------------------------------------------------------

    def caret_position(self) -> int:
        return self.textCursor().position()

    def first_visible_position(self) -> int:
        """The start of the first line wholly in view: what the reader sees first."""
        top = self.verticalScrollBar().value()
        lines = lines_near(self.document(), top, top + self.viewport().height())
        line = first_line_from(lines, top)
        return line.start if line is not None else 0

    def reading_progress(self) -> float:
        """How far through the article the reader has scrolled, 0.0 to 1.0."""
        bar = self.verticalScrollBar()
        return 1.0 if bar.maximum() <= 0 else bar.value() / bar.maximum()

    def move_caret_to(self, position: int, *, to_top: bool = False) -> None:
        """Put the caret at `position`; with to_top, scroll that line to the top of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._within_document(position))
        self.setTextCursor(cursor)
        if to_top:
            bar = self.verticalScrollBar()
            # Half a line of space above keeps the line clear of the view's edge.
            gap = self.document().documentMargin() + self.cursorRect().height() / 2
            bar.setValue(round(bar.value() + self.cursorRect().top() - gap))
        self.ensureCursorVisible()

    def _within_document(self, position: int) -> int:
        """A position that exists in the current document (a saved one may not, any more)."""
        return max(0, min(position, self.document().characterCount() - 1))

    def show_place(self, position: int, top: int) -> None:
        """The caret at `position` and the line holding `top` first in view (document
        positions): the screen as the reader saw it, with the caret where it was, in view
        or not (a reader who scrolls with the mouse leaves the caret behind)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._within_document(position))
        self.setTextCursor(cursor)
        self.scroll_to_top_of_view(top)

    def scroll_to_top_of_view(self, position: int) -> None:
        """Scroll so that the line holding `position` is the first one in view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._within_document(position))
        bar = self.verticalScrollBar()
        bar.setValue(round(bar.value() + self.cursorRect(cursor).top()))

    def select_range(self, start: int, end: int) -> None:
        """Select a range and bring it into view a third of the way down, with context around it.
        The range shows a place (find's match); it is not a selection the reader made, see
        reader_selection()."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._shown_range = (cursor.selectionStart(), cursor.selectionEnd())
        top = self.cursorRect().top()
        height = self.viewport().height()
        if not height / 6 <= top <= height * 2 / 3:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + top - height // 3)
        self.ensureCursorVisible()

    def keep_in_view(self, start: int, end: int) -> None:
        """Scroll, without moving the caret, so that a range (the sentence being spoken) is
        in view: when it reaches the lower third or leaves the view, it moves up to a third."""
        first, last = QTextCursor(self.document()), QTextCursor(self.document())
        first.setPosition(self._within_document(start))
        last.setPosition(self._within_document(end))
        top, bottom = self.cursorRect(first).top(), self.cursorRect(last).bottom()
        height = self.viewport().height()
        if top < 0 or bottom > height * 2 / 3:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + top - height // 3)

    def plain_text(self) -> str:
        """The article's text as the reader reads it: without the soft hyphens of
        hyphenation (reader.core.display.hyphenation). Its indices are not document
        positions: document_positions() maps them."""
        return without_soft_hyphens(self.document_text())

    def document_text(self) -> str:
        """The document's own text, soft hyphens and all: indexed as a str, a document
        position up to the first soft hyphen or character beyond the BMP."""
        return self.document().toRawText()

    def document_positions(self) -> DocumentPositions:
        """Between plain_text()'s indices and this document's positions; kept until the
        document changes (0.1 s for 1 MB of hyphenated text, and every jump asks)."""
        if self._positions is None:
            text = self.document_text()
            # Most articles have no picture: their text says so without a search.
            labels = picture_labels(self.document()) if OBJECT_REPLACEMENT in text else {}
            self._positions = DocumentPositions(text, labels)
        return self._positions

    def readable_text(self, start: int, end: int) -> str:
        """The text between document positions `start` and `end` as the reader takes it away
        (cited, exported): without soft hyphens, each picture as "[Picture: its
        description]" (DocumentPositions.readable); paragraphs end in U+2029, as in
        QTextCursor.selectedText."""
        positions = self.document_positions()
        return positions.readable(positions.to_text(start), positions.to_text(end))

    def _forget_positions(self) -> None:
        self._positions = None

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """What is copied or dragged: the text without the layout's soft hyphens, and each
        picture as "[Picture: its description]" (its character, U+FFFC, shows as a box or
        nothing elsewhere; its address means nothing outside Reader), as plain text and
        HTML."""
        data = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        positions = self.document_positions()
        words = positions.picture_words(
            positions.to_text(cursor.selectionStart()), positions.to_text(cursor.selectionEnd())
        )
        if data.hasText():
            data.setText(with_pictures(without_soft_hyphens(data.text()), words))
        if data.hasHtml():
            text_html = without_soft_hyphens(data.html()).replace("&shy;", "")
            data.setHtml(html_with_pictures(text_html, words))
        return data

    # Find highlighting ---------------------------------------------------------

    def reader_selection(self) -> tuple[int, int] | None:
        """The selected (start, end) document range, if the reader selected it: a range
        selected to show a place (select_range: find's match) is None, until the reader
        changes the selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        return None if selected == self._shown_range else selected

    def _forget_shown_range(self) -> None:
        cursor = self.textCursor()
        if (cursor.selectionStart(), cursor.selectionEnd()) != self._shown_range:
            self._shown_range = None

    def highlight_matches(self, matches: list[Match], current: int | None) -> None:
        """Mark find's matches; kept across re-imports and drawn in the current theme."""
        self._highlights = (matches, current)
        palette = self.palette()
        theme = self._appearance.theme_colours()
        current_format = QTextCharFormat()
        current_format.setBackground(palette.highlight())
        current_format.setForeground(palette.highlightedText())
        other_format = QTextCharFormat()
        other_format.setBackground(QColor(theme.highlight_background))
        other_format.setForeground(QColor(theme.highlight_text))
        self.set_selection_layer(
            "find",
            [
                TextSpan(
                    match.start, match.end, current_format if index == current else other_format
                )
                for index, match in enumerate(matches)
            ],
        )

    def set_selection_layer(self, name: str, spans: list[TextSpan]) -> None:
        """Replace one layer's spans (see SELECTION_LAYERS). Positions are kept, not cursors,
        so layers outlive re-imports; owners recolour their spans on themeApplied."""
        self._layers[name] = sorted(spans, key=_span_start)
        self._draw_layers()
        if name == "marks":
            self.structure_access.set_highlights(partial(_highlights_of, self._layers[name]))

    def selection_layer(self, name: str) -> list[TextSpan]:
        return self._layers[name]

    def note_at(self, position: int) -> str:
        """The note of the highlight (marks layer span) at a document position, its first
        character to just after its last: the tooltip there ("" for none)."""
        spans = self._layers["marks"]
        # A hover, not a drawing: the spans starting before the place, nearest first.
        for span in reversed(spans[: bisect_right(spans, position, key=_span_start)]):
            if span.note and position <= span.end:
                return span.note
        return ""

    def _draw_layers(self) -> None:
        """Draw the spans near the view: a screen above and below what is shown. An article
        with a thousand highlights costs no more to open than one with a few, and scrolling
        draws what comes into reach."""
        if not any(self._layers.values()) and not self.extraSelections():
            return  # nothing to draw or to take away: finding the view's reach is not free
        first, last = self._positions_within_reach()
        cursor = QTextCursor(self.document())
        selections = []
        for name in SELECTION_LAYERS:
            spans = self._layers[name]
            for span in spans[: bisect_right(spans, last, key=_span_start)]:
                if span.end < first:
                    continue
                selection = QTextEdit.ExtraSelection()
                cursor.setPosition(self._within_document(span.start))
                cursor.setPosition(self._within_document(span.end), QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor  # a copy: one cursor serves every span
                selection.format = span.format
                selections.append(selection)
        self.setExtraSelections(selections)

    def _positions_within_reach(self) -> tuple[int, int]:
        height, width = self.viewport().height(), self.viewport().width()
        first = self.cursorForPosition(QPoint(0, -height)).position()
        last = self.cursorForPosition(QPoint(width, 2 * height)).position()
        return first, last

    # Qt overrides ----------------------------------------------------------------

    def loadResource(self, resource_type: int, url: QUrl) -> QImage | QByteArray:  # noqa: N802
        """Only images in the article's own folder load, read and checked by
        reader.core.articles.images; nothing else, and never the network.

        Every refusal returns an empty resource: returning None would let Qt load the
        address itself (files anywhere, data: URLs) as if nothing had been said.
        """
        if resource_type != QTextDocument.ResourceType.ImageResource.value:
            return QByteArray()
        if self._base_dir is None:
            return QImage()
        return load_article_image(self._base_dir, url.toString())

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Qt shows the tooltip of the text's own format only, never an extra selection's:
        # a highlight's note is looked up when the pointer rests on it (note_at).
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            note = self.note_at(self.cursorForPosition(event.pos()).position())
            if note:
                QToolTip.showText(event.globalPos(), plain_tooltip(note), self.viewport())
                return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, modifiers = event.key(), event.modifiers()
        if key not in KEYS_KEEPING_NODE_FOCUS:
            self.structure_access.return_focus_to_text()
        plain_or_shift = modifiers in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        )
        mode = (
            QTextCursor.MoveMode.KeepAnchor
            if modifiers & Qt.KeyboardModifier.ShiftModifier
            else QTextCursor.MoveMode.MoveAnchor
        )
        if (
            key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and modifiers & Qt.KeyboardModifier.ControlModifier
        ):
            self._move_by_paragraph(event)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and plain_or_shift:
            self.move_by_line(down=key == Qt.Key.Key_Down, mode=mode)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and plain_or_shift:
            self.turn_page(down=key == Qt.Key.Key_PageDown, mode=mode)
        elif (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.textCursor().charFormat().isAnchor()
            and self.open_enlarged(self.caret_position())
        ):
            return  # a picture or a table was shown enlarged
        elif key == Qt.Key.Key_Space and plain_or_shift:
            # Space pages down and Shift+Space up, as in every reader and browser.
            self.turn_page(down=not modifiers & Qt.KeyboardModifier.ShiftModifier)
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        position = self.cursorForPosition(event.position().toPoint()).position()
        if image_at(self.document(), position) is not None and self.open_enlarged(position):
            return
        super().mouseDoubleClickEvent(event)

    def open_enlarged(self, position: int) -> bool:
        """Show the picture at `position` (or else the table holding it) enlarged in a
        window of its own (reader.ui.reading.enlarged_view); False when there is neither."""
        document = self.document()
        picture = image_at(document, position)
        if picture is not None and self._base_dir is not None:
            image = load_article_image(self._base_dir, picture.name())
            if image.isNull():
                return False
            description = alt_text(picture)
            window = self.window().size()
            first_zoom = min(
                MOST_FIRST_ZOOM,
                0.8 * window.width() / image.width(),
                0.7 * window.height() / image.height(),
            )
            dialog = ImageView(image, description, first_zoom, self)
        else:
            table = table_at(document, position)
            if table is None:
                return False
            dialog = TableView(self._table_html(table), document.defaultFont(), self)
        dialog.resize(self.window().size() * 0.9)
        dialog.exec()
        return True

    def _table_html(self, table: QTextTable) -> str:
        """The table as HTML, its text at its own size (not shrunk to fit the column)."""
        document = self.document()
        scale_table_text(document, table, 1.0)
        cursor = QTextCursor(document)
        cursor.setPosition(table.firstPosition() - 1)
        cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        table_html = QTextDocumentFragment(cursor).toHtml()
        fit_tables(document, self._column_width())
        return table_html

    def move_by_line(
        self, *, down: bool, mode: QTextCursor.MoveMode = QTextCursor.MoveMode.MoveAnchor
    ) -> None:
        """Up and Down: the caret to the line above or below, at the same x, in text of
        either direction (reader.core.reading.lines, not Qt's movement: see there why)."""
        document = self.document()
        cursor = self.textCursor()
        position = cursor.position()
        if self._line_x is not None and self._line_x[0] == position:
            x = self._line_x[1]
        else:
            x = caret_x(document, position)
        target = line_below(document, position, x) if down else line_above(document, position, x)
        cursor.setPosition(target, mode)
        self.setTextCursor(cursor)
        self._line_x = (target, x)
        self.ensureCursorVisible()

    def turn_page(
        self, *, down: bool, mode: QTextCursor.MoveMode = QTextCursor.MoveMode.MoveAnchor
    ) -> None:
        """Page Down and Page Up by whole lines: the last line wholly in view comes to the top
        (Page Up: the first comes to the bottom), so no line is only ever seen cut in two;
        the caret goes to the first line of the new screen. At the end of the article the
        caret goes to its end (its start, going up)."""
        document = self.document()
        bar = self.verticalScrollBar()
        top, height = bar.value(), self.viewport().height()
        if down:
            new_top = page_down_top(lines_near(document, top, top + height), top, height)
        else:
            lines = lines_near(document, top - height, top + height)
            new_top = page_up_top(lines, top, height)
        if new_top + 2 * height > document.size().height():
            # Near the end, Qt's size of a document it lays out lazily is an estimate: lay
            # out the rest (little by now) and keep within the real size, which the scroll
            # bar's range learns only later.
            end_top = document.documentLayout().documentSize().height() - height
            new_top = max(0.0, min(new_top, end_top))
        bar.setValue(math.floor(new_top))
        cursor = self.textCursor()
        if bar.value() == top:
            cursor.setPosition(document.characterCount() - 1 if down else 0, mode)
        else:
            shown = bar.value()
            line = first_line_from(lines_near(document, shown, shown + height), shown)
            cursor.setPosition(line.start if line is not None else cursor.position(), mode)
        self.setTextCursor(cursor)

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
        self._draw_layers()  # more or less of the article is in reach

    def _fit_column(self) -> None:
        """Keep lines at most the reader's column width in characters, centred (WCAG 1.4.8)."""
        characters = self._appearance.column_characters
        font = self.document().defaultFont()
        column = QFontMetricsF(font).averageCharWidth() * characters
        # Some glyphs reach past the line's end (a Nastaliq kaf by a third of the size):
        # the margin grows with the text so that they are never cut off.
        least = max(MINIMUM_SIDE_MARGIN, GLYPH_OVERHANG * QFontInfo(font).pixelSize())
        side = max(least, (self.viewport().width() - column) / 2)
        root = self.document().rootFrame()
        frame_format: QTextFrameFormat = root.frameFormat()
        if abs(frame_format.leftMargin() - side) < 1:
            return
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        root.setFrameFormat(frame_format)
        # Pictures and tables are fitted to this column: words whole where they fit.
        fit_images(self.document(), self._column_width())
        fit_tables(self.document(), self._column_width())

    def _column_width(self) -> float:
        frame_format = self.document().rootFrame().frameFormat()
        return self.viewport().width() - frame_format.leftMargin() - frame_format.rightMargin()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        # Qt's own menu (Copy, Select All), as QTextEdit shows it, announced to its owner.
        # From the keyboard (the Menu key, Shift+F10) it opens under the caret, which ends
        # the selection: the event's point would be the caret's middle, in the view's frame.
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        caret = self.cursorRect()
        if not self.viewport().rect().contains(caret.center()):  # scrolled away from it
            caret.moveCenter(self.viewport().rect().center())
        point = caret.center() if keyboard else event.pos()  # in the viewport
        scrolled = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        menu = self.createStandardContextMenu(point + scrolled)  # in the document
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.contextMenuCreated.emit(menu)
        under_caret = self.viewport().mapToGlobal(caret.bottomLeft())
        menu.popup(under_caret if keyboard else event.globalPos())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        # Ctrl+wheel changes the reader's text size, remembered like every other setting.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps:
                self.textSizeStepRequested.emit(1 if steps > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._appearance.reading_ruler and self._rendered is not None:
            self._paint_reading_ruler(self._appearance.reading_ruler)

    def _paint_reading_ruler(self, lines: int) -> None:
        """Dim everything but the caret's line and its neighbours: a reading ruler."""
        top, pitch = self._caret_line_in_view()
        # Whole lines only: with an even number, one more below the caret than above.
        band_top = top - (lines - 1) // 2 * pitch
        band_bottom = top + pitch + lines // 2 * pitch
        width, height = self.viewport().width(), self.viewport().height()
        dim = QColor(self._appearance.theme_colours().background)
        dim.setAlpha(RULER_DIMMING_ALPHA)
        painter = QPainter(self.viewport())
        painter.fillRect(QRectF(0, 0, width, max(0.0, band_top)), dim)
        painter.fillRect(QRectF(0, band_bottom, width, max(0.0, height - band_bottom)), dim)
        painter.end()

    def _caret_line_in_view(self) -> tuple[float, float]:
        """The top of the caret's line in the viewport, and the distance between lines there.

        The caret's rectangle places the line (in tables too, whose cells have layouts of
        their own); the block's layout gives the spacing of its lines.
        """
        caret = self.cursorRect()
        cursor = self.textCursor()
        layout = cursor.block().layout()
        line = layout.lineForTextPosition(cursor.positionInBlock())
        if not line.isValid():
            return caret.top(), caret.height()
        number = line.lineNumber()
        # lineAt(-1) is not refused by Qt: it reads past the list; ask only for real lines.
        if number + 1 < layout.lineCount():
            pitch = layout.lineAt(number + 1).y() - line.y()
        elif number > 0:
            pitch = line.y() - layout.lineAt(number - 1).y()
        else:
            pitch = line.height()
        top = caret.top() - (line.height() - caret.height()) / 2
        return top, max(pitch, line.height())

    def _follow_caret_with_ruler(self) -> None:
        if self._appearance.reading_ruler:
            self.viewport().update()

    def follow_link(self, target: str) -> None:
        """Follow a link of the article (a screen reader's press action, say)."""
        self._on_anchor_clicked(QUrl(target))

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab and Shift+Tab select the next and previous link after the caret (Qt's own
        start from the top of the view) and give its node focus, so that a screen reader
        says "link" and its text; past the last link, focus leaves the article."""
        structure = self.structure_access.structure
        caret = self.textCursor()
        if forward:
            link = structure.next_link(max(caret.position(), caret.anchor()) - 1)
            if link is not None and caret.hasSelection() and link.start < caret.selectionEnd():
                link = structure.next_link(link.start)
        else:
            link = structure.previous_link(min(caret.position(), caret.anchor()))
        if link is None:  # leave the article: QTextBrowser's own would cycle its links
            return QWidget.focusNextPrevChild(self, forward)
        cursor = QTextCursor(self.document())
        cursor.setPosition(link.start)
        cursor.setPosition(link.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.structure_access.focus(link)
        return True

    def _follow_caret_into_tables(self) -> None:
        self.structure_access.caret_moved(self.textCursor().position())

    def focus_structure_at(self, position: int) -> bool:
        """Give a screen reader's focus to the heading, paragraph or cell at `position`;
        whether a node got it (then the screen reader says the node itself)."""
        return self.structure_access.focus_node_at(position) is not None

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in EXTERNAL_LINK_SCHEMES:
            self.externalLinkRequested.emit(url)
        elif not url.scheme() and not url.path() and url.fragment():
            self.internalLinkRequested.emit(url.fragment())
        else:
            self.unsupportedLinkRequested.emit(url)
