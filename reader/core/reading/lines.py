"""Lines of a laid-out document: moving the caret a line up or down, and paging by whole lines.

Qt's own line movement is not used. In Qt 6.11.3, `QTextCursor.movePosition(Down/Up)` skips
lines or sticks in a right-to-left paragraph (an Urdu article could not be read with the
arrow keys: Down stopped at the end of the first line): Qt looks for the remembered x in
the next line, and in a right-to-left line the left end is the line break, which it counts
as the start of the line after. Here every line is found from the QTextLayout lines of each
block, and the x is hit-tested with QTextLine.xToCursor, which knows the line's direction.
tests/core/reading/test_lines.py keeps a test that shows Qt's bug: when it fails, a newer
Qt has fixed it and this module may give way to Qt's movement again.

Coordinates are the document's (pixels, as QAbstractTextDocumentLayout places blocks, in
table cells too); positions are document positions.
"""

from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextLine

BETWEEN_CHARACTERS = QTextLine.CursorPosition.CursorBetweenCharacters
# Scroll positions are whole pixels and lines are placed at fractions: a line counts as
# wholly in view when no more than this is cut off.
EDGE = 1.0


@dataclass(frozen=True)
class Line:
    """One laid-out line: its first position, the position after its last character, and
    its top and bottom in document pixels."""

    start: int
    end: int
    top: float
    bottom: float


def _origin(document: QTextDocument, block: QTextBlock) -> QPointF:
    """Where a block's layout is placed in the document; lays the block out if Qt has not."""
    return document.documentLayout().blockBoundingRect(block).topLeft()


def _bottom(document: QTextDocument, block: QTextBlock) -> float:
    """Where a block's last line ends, in document pixels. Not blockBoundingRect's bottom:
    Qt (6.11) gives that rect the layout's height from the layout's position, leaving out
    the offset of its first line, and a line height in pixels (QTextBlockFormat.MinimumHeight,
    as the page style sets for Nastaliq) puts its extra space above the line, so the
    rect ends up to that space above the block's lines (a line then looked out of view)."""
    origin = _origin(document, block)
    return origin.y() + max(
        block.layout().boundingRect().bottom(),
        document.documentLayout().blockBoundingRect(block).height(),
    )


def _lines_of(document: QTextDocument, block: QTextBlock) -> list[Line]:
    origin = _origin(document, block)
    layout = block.layout()
    lines = []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        start = block.position() + line.textStart()
        top = origin.y() + line.y()
        lines.append(Line(start, start + line.textLength(), top, top + line.height()))
    return lines


def _line_number(block: QTextBlock, position: int) -> int:
    """The number of the line holding `position` in its block (0 when not laid out)."""
    layout = block.layout()
    line = layout.lineForTextPosition(position - block.position())
    return line.lineNumber() if line.isValid() else 0


def caret_x(document: QTextDocument, position: int) -> float:
    """The caret's x at `position`, in document pixels: the x that line moves keep."""
    block = document.findBlock(position)
    origin = _origin(document, block)
    layout = block.layout()
    if layout.lineCount() == 0:
        return origin.x()
    line = layout.lineAt(_line_number(block, position))
    x, _ = line.cursorToX(position - block.position())
    return origin.x() + x


def _position_at_x(document: QTextDocument, block: QTextBlock, number: int, x: float) -> int:
    """The position nearest to `x` in line `number` of `block`, kept within that line: the
    position after a wrapped line's last character is also the next line's start."""
    layout = block.layout()
    line = layout.lineAt(number)
    in_block = line.xToCursor(x - _origin(document, block).x(), BETWEEN_CHARACTERS)
    line_end = line.textStart() + line.textLength()
    if number + 1 < layout.lineCount() and in_block >= line_end:
        in_block = line_end - 1
    return block.position() + max(line.textStart(), in_block)


def _block_below(document: QTextDocument, block: QTextBlock) -> QTextBlock:
    """The block a line below `block`'s last line starts: the next block, except from a
    table cell's last block, where it is the first block of the cell below (same column),
    or, from the last row, the first block after the table. An invalid block past the end."""
    table = QTextCursor(block).currentTable()
    if table is not None:
        cell = table.cellAt(block.position())
        if block.position() + block.length() > cell.lastPosition():
            row = cell.row() + cell.rowSpan()
            if row < table.rows():
                return document.findBlock(table.cellAt(row, cell.column()).firstPosition())
            return document.findBlock(table.lastPosition() + 1)
    return block.next()


def _block_above(document: QTextDocument, block: QTextBlock) -> QTextBlock:
    """The mirror of _block_below: the previous block, or from a cell's first block the
    last block of the cell above (same column), or from the first row the block before the
    table; into a table from below, the last row's first cell. An invalid block before the
    start."""
    table = QTextCursor(block).currentTable()
    if table is not None:
        cell = table.cellAt(block.position())
        if block.position() <= cell.firstPosition():
            if cell.row() > 0:
                return document.findBlock(
                    table.cellAt(cell.row() - 1, cell.column()).lastPosition()
                )
            if table.firstPosition() <= 1:
                return QTextBlock()
            return document.findBlock(table.firstPosition() - 2)
    previous = block.previous()
    entered = QTextCursor(previous).currentTable() if previous.isValid() else None
    if entered is not None and entered != table:  # into a table from below: its last row
        return document.findBlock(entered.cellAt(entered.rows() - 1, 0).lastPosition())
    return previous


def line_below(document: QTextDocument, position: int, x: float) -> int:
    """The position on the line after the one holding `position`, nearest to `x` (document
    pixels, see caret_x): the next line of the block, or the first line of the next block
    that has one; in a table, the cell below (the next row, as the eye reads it), and after
    the last row the text after the table. On the last line, the document's end."""
    block = document.findBlock(position)
    number = _line_number(block, position) + 1
    while block.isValid():
        _origin(document, block)  # lays it out
        if number < block.layout().lineCount():
            return _position_at_x(document, block, number, x)
        block, number = _block_below(document, block), 0
    return document.characterCount() - 1


def line_above(document: QTextDocument, position: int, x: float) -> int:
    """The position on the line before the one holding `position`, nearest to `x`; on the
    first line, the document's start. The mirror of line_below."""
    block = document.findBlock(position)
    number = _line_number(block, position) - 1
    while block.isValid():
        if number >= 0:
            return _position_at_x(document, block, number, x)
        block = _block_above(document, block)
        if block.isValid():
            _origin(document, block)
            number = block.layout().lineCount() - 1
    return 0


def lines_near(document: QTextDocument, top: float, bottom: float) -> list[Line]:
    """The lines that reach into the band from `top` to `bottom` (document pixels), in
    document order. Only the blocks there are laid out, so a long article costs no more."""
    layout = document.documentLayout()
    first = document.findBlockByNumber(_first_block_below(document, top))
    # Cells of a table row begin above the row's other cells: step back to the row's start.
    while first.previous().isValid() and _bottom(document, first.previous()) > top:
        first = first.previous()
    found, block = [], first
    while block.isValid():
        if layout.blockBoundingRect(block).top() >= bottom:
            break
        found.extend(line for line in _lines_of(document, block) if line.bottom > top)
        block = block.next()
    return [line for line in found if line.top < bottom]


def _first_block_below(document: QTextDocument, top: float) -> int:
    """The number of the first block that reaches below `top`. Blocks lie in document order
    from top to bottom (but for the cells of a table row), so it is found by halves, in
    the range found by doubling steps from where Qt's hit test points: asking for a
    block's place lays out the text up to it, and a long article must not be laid out to
    its middle to page near its start."""
    layout = document.documentLayout()
    last = document.blockCount() - 1

    def below(number: int) -> bool:
        return _bottom(document, document.findBlockByNumber(number)) > top

    hint = document.findBlock(
        max(0, layout.hitTest(QPointF(0, max(0.0, top)), Qt.HitTestAccuracy.FuzzyHit))
    ).blockNumber()
    low, high, step = hint, hint, 1
    if below(hint):  # the answer is at or before the hint
        while low > 0 and below(low):
            high, low, step = low, max(0, low - step), step * 2
        if below(low):
            return low
        return bisect_left(range(low + 1, high + 1), True, key=below) + low + 1
    while high < last and not below(high):  # the answer is after the hint
        low, high, step = high, min(last, high + step), step * 2
    if not below(high):
        return last
    return bisect_left(range(low + 1, high + 1), True, key=below) + low + 1


def page_down_top(lines: list[Line], top: float, height: float) -> float:
    """The view's new top for Page Down from a view at `top`, `height` pixels high: the last
    line wholly in view comes to the top, so the line cut by the bottom edge is seen whole
    next. When no later line is wholly in view (a picture taller than the view), the next
    line that starts below the top; failing that, a whole view further."""
    whole = _wholly_in_view(lines, top, height)
    if whole and max(line.top for line in whole) > top + EDGE:
        return max(line.top for line in whole)
    later = [line.top for line in lines if top + EDGE < line.top < top + height]
    return min(later) if later else top + height


def page_up_top(lines: list[Line], top: float, height: float) -> float:
    """The view's new top for Page Up: the first line wholly in view becomes the last one
    wholly in view, and the new top is the top of a line, so none is cut by the top edge.
    `lines` must reach a view's height above `top`."""
    whole = _wholly_in_view(lines, top, height)
    first_bottom = min(line.bottom for line in whole) if whole else top
    reach = first_bottom - height
    candidates = [line.top for line in lines if reach - EDGE <= line.top < top - EDGE]
    return min(candidates) if candidates else top - height


def first_line_from(lines: list[Line], top: float) -> Line | None:
    """The first line (in document order) whose top is at or below `top`: where the caret
    goes on a new screen."""
    below = [line for line in lines if line.top >= top - EDGE]
    return min(below, key=lambda line: (line.top, line.start)) if below else None


def _wholly_in_view(lines: list[Line], top: float, height: float) -> list[Line]:
    return [line for line in lines if line.top >= top - EDGE and line.bottom <= top + height + EDGE]
