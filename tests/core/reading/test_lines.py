"""Line movement and paging from the layout, in left-to-right, right-to-left and mixed text."""

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QTextCursor, QTextDocument

from reader.core.reading.lines import (
    Line,
    caret_x,
    first_line_from,
    line_above,
    line_below,
    lines_near,
    page_down_top,
    page_up_top,
)

pytestmark = pytest.mark.usefixtures("bundled_fonts")


URDU = "پاکستان میں خواتین کے حقوق کے بارے میں بات کرنا آسان نہیں ہے، لیکن یہ ضروری ہے۔ "
ARABIC = "هذه جملة طويلة باللغة العربية تمتد على عدة أسطر في الفقرة الواحدة هنا. "
HEBREW = "זה משפט ארוך מאוד בעברית שנמשך על פני כמה שורות בפסקה אחת. "
ENGLISH = "This is a long sentence in English that runs over several lines of a paragraph. "
MIXED = "یہ جملہ Reader app کے بارے میں ہے اور اس میں English words بھی ہیں۔ "


def laid_out(paragraphs: list[str], direction: str = "ltr", width: float = 420) -> QTextDocument:
    document = QTextDocument()
    document.setTextWidth(width)
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    document.setHtml(f'<div dir="{direction}">{body}</div>')
    document.documentLayout().documentSize()  # lays everything out
    return document


def every_line(document: QTextDocument) -> list[int]:
    """The first position of every line, in document order."""
    starts = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        starts += [
            block.position() + layout.lineAt(n).textStart() for n in range(layout.lineCount())
        ]
        block = block.next()
    return starts


def line_of(document: QTextDocument, position: int) -> int:
    """The index of the line holding `position`, among every_line's."""
    starts = every_line(document)
    return max(index for index, start in enumerate(starts) if start <= position)


CASES = {
    "Urdu": ([URDU * 4, URDU * 3, URDU * 2], "rtl"),
    "Arabic": ([ARABIC * 4, ARABIC * 3], "rtl"),
    "Hebrew": ([HEBREW * 4, HEBREW * 3], "rtl"),
    "English": ([ENGLISH * 4, ENGLISH * 3], "ltr"),
    "mixed Urdu and English": ([MIXED * 5, MIXED * 3], "rtl"),
    "English in a right-to-left article": ([ENGLISH * 3, URDU * 3], "rtl"),
}


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("column", ["start", "middle", "end"])
def test_down_and_up_visit_every_line_in_order(name, column):
    paragraphs, direction = CASES[name]
    document = laid_out(paragraphs, direction)
    lines = len(every_line(document))
    assert lines >= 6
    first_line = QTextCursor(document)
    if column == "end":
        first_line.movePosition(QTextCursor.MoveOperation.EndOfLine)
    elif column == "middle":
        first_line.setPosition(15)
    position = first_line.position()
    x = caret_x(document, position)
    visited = [line_of(document, position)]
    for _ in range(lines - 1):
        position = line_below(document, position, x)
        visited.append(line_of(document, position))
    assert visited == list(range(lines))
    for _ in range(lines - 1):
        position = line_above(document, position, x)
        visited.append(line_of(document, position))
    assert visited[lines - 1 :] == list(reversed(range(lines)))


def test_down_keeps_the_remembered_x_across_a_short_line():
    document = laid_out([ENGLISH * 2, "Short.", ENGLISH * 2])
    position = every_line(document)[0] + 40  # far along the first line
    x = caret_x(document, position)
    while document.findBlock(position).text() != "Short.":
        position = line_below(document, position, x)
    after = line_below(document, position, x)
    assert abs(caret_x(document, after) - x) < 12  # back in the same column, not at "Short."'s end


def test_down_on_the_last_line_goes_to_the_end_and_up_on_the_first_to_the_start():
    document = laid_out([URDU * 2], "rtl")
    end = document.characterCount() - 1
    last_line = every_line(document)[-1]
    assert line_below(document, last_line, caret_x(document, last_line)) == end
    assert line_above(document, 3, caret_x(document, 3)) == 0


@pytest.mark.parametrize("text, direction", [(URDU, "rtl"), (HEBREW, "rtl")])
def test_qt_own_down_still_skips_lines_in_right_to_left_text(text, direction):
    """Qt's bug that reader.core.reading.lines works around, seen in Qt 6.11.3: from the
    start of a right-to-left paragraph, QTextCursor's Down does not visit every line. When
    this fails, a newer Qt has fixed it: the workaround may go."""
    document = laid_out([text * 6], direction)
    lines = len(every_line(document))
    cursor = QTextCursor(document)
    visited = [0]
    for _ in range(lines - 1):
        cursor.movePosition(QTextCursor.MoveOperation.Down)
        visited.append(line_of(document, cursor.position()))
    assert visited != list(range(lines)), f"Qt {qVersion()} moves by lines in {direction} text"


def lines_at(*tops: float, height: float = 20) -> list[Line]:
    return [Line(10 * n, 10 * n + 9, top, top + height) for n, top in enumerate(tops)]


def test_page_down_brings_the_last_whole_line_to_the_top():
    lines = lines_at(0, 30, 60, 90, 120)  # a view 100 high: 90..110 is cut by the edge
    assert page_down_top(lines, 0, 100) == 60


def test_page_down_past_a_picture_taller_than_the_view_still_moves():
    lines = [Line(0, 1, 0, 500), Line(2, 9, 500, 520)]
    assert page_down_top(lines, 0, 100) == 100  # nothing later starts in view: a view further
    assert page_down_top([Line(0, 1, 0, 60), Line(2, 9, 60, 200)], 0, 100) == 60


def test_page_up_brings_the_first_whole_line_to_the_bottom_without_cutting_the_top():
    lines = lines_at(0, 30, 60, 90, 120, 150, 180, 210)
    # View at 125..225: the first whole line is 150..170; the new view ends at 170 or later,
    # and starts on a line's top.
    new_top = page_up_top(lines, 125, 100)
    assert new_top == 90
    assert new_top + 100 >= 170


def test_the_caret_goes_to_the_first_line_starting_in_view():
    lines = lines_at(0, 30, 60)
    assert first_line_from(lines, 25) == lines[1]
    assert first_line_from(lines, 70) is None


def test_lines_near_finds_only_the_lines_in_the_band():
    document = laid_out([ENGLISH * 20, URDU * 10])
    everything = lines_near(document, 0, document.size().height())
    assert [line.start for line in everything] == every_line(document)
    for top, bottom in ((50, 120), (130.5, 131), (200, 400)):
        found = lines_near(document, top, bottom)
        assert found == [line for line in everything if line.bottom > top and line.top < bottom]


TABLE = (
    "<p>Before</p><table><tr><th>Name</th><th>City</th></tr>"
    "<tr><td>Amna</td><td>Lahore</td></tr>"
    "<tr><td>Bilal</td><td>Karachi<p>by the sea</p></td></tr></table><p>After</p>"
)


def walk_lines(document: QTextDocument, start: str, step, times: int) -> list[str]:
    """The text of the block the caret is in, from `start`'s block, after each step."""
    position = document.toPlainText().index(start)
    seen = [document.findBlock(position).text()]
    for _ in range(times):
        position = step(document, position, caret_x(document, position))
        text = document.findBlock(position).text()
        if text:  # the empty block Qt keeps after a table holds a line of its own
            seen.append(text)
    return seen


@pytest.mark.parametrize(
    ("start", "step", "expected"),
    [
        # Down in a table goes to the next row, in the same column, as the eye reads it
        # (an end-to-end test heard "Name, City" twice: Down went cell by cell).
        ("Before", line_below, ["Before", "Name", "Amna", "Bilal", "After"]),
        ("City", line_below, ["City", "Lahore", "Karachi", "by the sea", "After"]),
        ("After", line_above, ["After", "Bilal", "Amna", "Name", "Before"]),
        ("by the sea", line_above, ["by the sea", "Karachi", "Lahore", "City", "Before"]),
    ],
)
def test_up_and_down_in_a_table_go_by_rows(start, step, expected):
    document = QTextDocument()
    document.setTextWidth(600)
    document.setHtml(TABLE)
    document.documentLayout().documentSize()
    assert walk_lines(document, start, step, len(expected))[: len(expected)] == expected
