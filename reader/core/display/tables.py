"""Tables that fit the text column, their words whole.

Qt's table layout gives a table no wider than the column by squeezing its columns, and
the view's wrap mode (WrapAtWordBoundaryOrAnywhere, which long words in paragraphs need)
then breaks numbers and words anywhere: at 300 % a cell showed "12" over "0" for 120
(issue 12). A QTextBrowser cannot scroll one table sideways on its own either. So each
table is measured, and its columns are given widths:

1. a table whose text fits on lines as it is, is left to Qt;
2. otherwise every column is at least as wide as its widest word, and the rest of the
   column's width is shared out in proportion to what each column would take unwrapped;
3. if the widest words do not fit even so, the cells' padding shrinks to TIGHT_PADDING;
4. if they still do not fit, the table's text shrinks until they do, but to no less than
   SMALLEST_TEXT of the reader's size (whole words read better a little smaller than
   broken, and the reader chose a large size for a reason);
5. if they still do not fit, the columns share the width in proportion to their widest
   words and words break, as before: the table is "too wide". The view opens any table
   in a window of its own (Enter in the table), where it is shown at the reader's size
   and scrolls sideways.

Widths are in document pixels, measured with each fragment's own font.
"""

import math
from dataclasses import dataclass

from PySide6.QtGui import (
    QFontMetricsF,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextLength,
    QTextTable,
    QTextTableCell,
)

TIGHT_PADDING = 2.0  # pixels each side of a cell's text, the least that keeps words apart
SLACK = 2.0  # pixels per column for rounding in Qt's layout
SHRINK_MARGIN = 0.97
SMALLEST_TEXT = 0.7  # of the reader's size, for a table's text shrunk to keep words whole
# Where a shrunk fragment keeps its own size, so that fitting again starts from it.
ORIGINAL_POINT_SIZE = QTextFormat.Property.UserProperty + 71


@dataclass(frozen=True)
class ColumnNeeds:
    """What a column needs: its widest word and its widest unwrapped line, text only."""

    word: float
    line: float


def tables_of(document: QTextDocument) -> list[QTextTable]:
    """Every table in the document, nested ones too, in document order."""
    found: list[QTextTable] = []

    def walk(frame: QTextFrame) -> None:
        for child in frame.childFrames():
            if isinstance(child, QTextTable):
                found.append(child)
            walk(child)

    walk(document.rootFrame())
    return found


def _cell_needs(document: QTextDocument, cell: QTextTableCell) -> ColumnNeeds:
    word = line = 0.0
    block = cell.firstCursorPosition().block()
    end = cell.lastCursorPosition().position()
    while block.isValid() and block.position() <= end:
        width = 0.0
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            font = fragment.charFormat().font().resolve(document.defaultFont())
            metrics = QFontMetricsF(font)
            text = fragment.text()
            width += metrics.horizontalAdvance(text)
            word = max([word, *(metrics.horizontalAdvance(piece) for piece in text.split())])
            fragments += 1
        line = max(line, width)
        block = block.next()
    return ColumnNeeds(word, line)


def column_needs(document: QTextDocument, table: QTextTable) -> list[ColumnNeeds]:
    """Each column's widest word and widest unwrapped line (spanning cells count where they
    start)."""
    needs = [ColumnNeeds(0.0, 0.0)] * table.columns()
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column or cell.columnSpan() > 1:
                continue
            found = _cell_needs(document, cell)
            needs[column] = ColumnNeeds(
                max(needs[column].word, found.word), max(needs[column].line, found.line)
            )
    return needs


def share_widths(needs: list[ColumnNeeds], extra: float, width: float) -> list[float] | None:
    """Column widths (text plus `extra` pixels each) within `width`, each column at least
    its widest word; None when even that is too wide. The width left over goes to the
    columns in proportion to how much more their unwrapped lines would take."""
    least = [need.word + extra for need in needs]
    spare = width - sum(least)
    if spare < 0:
        return None
    wants = [max(0.0, need.line - need.word) for need in needs]
    total = sum(wants)
    if total <= spare:
        return [need.line + extra for need in needs]
    return [minimum + spare * want / total for minimum, want in zip(least, wants, strict=True)]


def _extra(table: QTextTable, padding: float | None) -> float:
    table_format = table.format()
    cell = table.cellAt(0, 0).format().toTableCellFormat()
    sides = 2 * padding if padding is not None else cell.leftPadding() + cell.rightPadding()
    return sides + 2 * table_format.border() + SLACK


def _each_cell(table: QTextTable) -> list[QTextTableCell]:
    return [
        table.cellAt(row, column)
        for row in range(table.rows())
        for column in range(table.columns())
    ]


def _set_padding(table: QTextTable, padding: float) -> None:
    for cell in _each_cell(table):
        cell_format = cell.format().toTableCellFormat()
        cell_format.setLeftPadding(padding)
        cell_format.setRightPadding(padding)
        cell.setFormat(cell_format)


def scale_table_text(document: QTextDocument, table: QTextTable, factor: float) -> None:
    """Set the table's text at `factor` times its own size (as imported, whatever an earlier
    scaling did to it)."""
    cursor = QTextCursor(document)
    block = document.findBlock(table.firstPosition())
    while block.isValid() and block.position() < table.lastPosition():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char_format = fragment.charFormat()
            own = char_format.property(ORIGINAL_POINT_SIZE)
            size = char_format.fontPointSize()
            if (factor == 1.0) if own is None else size == own * factor:
                # Already at that size: a merge would change nothing and still relayout
                # (30 s at the first paint of a 5 MB article with 130 tables, measured).
                fragments += 1
                continue
            if own is None:
                own = char_format.font().resolve(document.defaultFont()).pointSizeF()
            change = QTextCharFormat()
            change.setProperty(ORIGINAL_POINT_SIZE, own)
            change.setFontPointSize(own * factor)
            cursor.setPosition(fragment.position())
            cursor.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(change)
            fragments += 1
        block = block.next()


def fit_table(document: QTextDocument, table: QTextTable, width: float) -> bool:
    """Give `table` column widths that keep its words whole within `width` pixels (see the
    module's steps). True if it fits so; False when it is too wide and words break."""
    scale_table_text(document, table, 1.0)
    needs = column_needs(document, table)
    table_format = table.format()
    # Qt's column widths hold the cells' padding and borders; the spacing between and
    # around the cells comes on top.
    spacing = (table.columns() + 1) * table_format.cellSpacing()
    width -= table_format.leftMargin() + table_format.rightMargin() + spacing
    if sum(need.line + _extra(table, None) for need in needs) <= width:
        table_format.setColumnWidthConstraints([])
        table.setFormat(table_format)
        return True
    widths = share_widths(needs, _extra(table, None), width)
    if widths is None:
        _set_padding(table, TIGHT_PADDING)
        extra = _extra(table, TIGHT_PADDING)
        widths = share_widths(needs, extra, width)
        # A little under the exact ratio: glyph sizes round, so text set smaller is not
        # exactly that much narrower.
        factor = SHRINK_MARGIN * (width - extra * len(needs)) / sum(need.word for need in needs)
        if widths is None and factor >= SMALLEST_TEXT:
            scale_table_text(document, table, factor)
            needs = column_needs(document, table)
            widths = share_widths(needs, extra, width)
    fits = widths is not None
    if widths is None:
        total = sum(need.word for need in needs) or 1.0
        usable = width - SLACK * len(needs)
        widths = [usable * need.word / total for need in needs]
    table_format.setColumnWidthConstraints(
        # Whole pixels, rounded down: Qt rounds a fraction up, and eight columns a pixel
        # wider each are a table wider than the column.
        [QTextLength(QTextLength.Type.FixedLength, math.floor(column)) for column in widths]
    )
    table.setFormat(table_format)
    return fits


def fit_tables(document: QTextDocument, width: float) -> list[int]:
    """Fit every top-level table to `width` pixels (the text column); the first positions of
    the tables that are still too wide."""
    too_wide = []
    for table in tables_of(document):
        if table.parentFrame() is document.rootFrame() and not fit_table(document, table, width):
            too_wide.append(table.firstPosition())
    return too_wide


def table_at(document: QTextDocument, position: int) -> QTextTable | None:
    """The outermost table holding `position`, if any."""
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    table = cursor.currentTable()
    while table is not None and isinstance(table.parentFrame(), QTextTable):
        table = table.parentFrame()
    return table
