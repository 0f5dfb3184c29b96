"""Tables fitted to the text column keep their words whole (issue 12, item 5: "12|0")."""

import pytest
from PySide6.QtGui import QFont, QTextDocument

from reader.core.articles.rendering import markdown_to_html
from reader.core.display.tables import (
    ColumnNeeds,
    fit_tables,
    share_widths,
    table_at,
    tables_of,
)

pytestmark = pytest.mark.usefixtures("bundled_fonts")


COLUMN = 832.0  # the text column of a 900-pixel view
NUMBERS = """
| Province | Cases reported | Convictions | Share convicted |
|---|---|---|---|
| Punjab | 1200 | 120 | 10% |
| Sindh | 450 | 12 | 2.7% |
| Balochistan | 98 | 3 | 3.06% |
"""
URDU = """
| صوبہ | رپورٹ شدہ مقدمات | سزائیں | فیصد |
|---|---|---|---|
| پنجاب | 1200 | 120 | 10% |
| سندھ | 450 | 12 | 2.7% |
"""
MANY_COLUMNS = (
    "| " + " | ".join(f"Year {2010 + n}" for n in range(8)) + " |\n"
    "|" + "---|" * 8 + "\n"
    "| " + " | ".join(str(1000 + 37 * n) for n in range(8)) + " |\n"
)
TABLES = {"numbers": NUMBERS, "Urdu": URDU, "eight columns": MANY_COLUMNS}


def document_for(markdown: str, scale: float, direction: str = "ltr") -> QTextDocument:
    document = QTextDocument()
    font = QFont("Noto Sans")
    font.setPointSizeF(13 * scale)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("th, td { padding: 4px 8px; border-width: 1px; }")
    document.setHtml(f'<div dir="{direction}"><p>Before.</p>{markdown_to_html(markdown)}</div>')
    document.setTextWidth(COLUMN + 2 * document.documentMargin())
    return document


def words_broken(document: QTextDocument) -> list[str]:
    """The pieces of words that a line of a table cell ends inside."""
    document.documentLayout().documentSize()
    broken = []
    for table in tables_of(document):
        block = document.findBlock(table.firstPosition())
        while block.isValid() and block.position() < table.lastPosition():
            layout, text = block.layout(), block.text()
            for number in range(layout.lineCount() - 1):
                line = layout.lineAt(number)
                end = line.textStart() + line.textLength()
                if not text[end - 1].isspace():
                    broken.append(text[line.textStart() : end])
            block = block.next()
    return broken


def test_without_fitting_qt_breaks_numbers_in_a_table_at_300_percent():
    """The issue's case, as Qt lays it out alone: the control for the tests below."""
    document = document_for(NUMBERS, 3.0)
    assert words_broken(document)


@pytest.mark.parametrize(
    "name, scale",
    [(name, scale) for name in TABLES for scale in (1.0, 2.0, 3.0)],
)
def test_fitted_tables_break_lines_only_between_words(name, scale):
    direction = "rtl" if name == "Urdu" else "ltr"
    document = document_for(TABLES[name], scale, direction)
    assert fit_tables(document, COLUMN) == []
    assert words_broken(document) == []
    assert document.size().width() <= COLUMN + 2 * document.documentMargin() + 1


@pytest.mark.parametrize("scale", [4.0, 5.0])
def test_a_table_too_wide_even_shrunk_is_reported_and_stays_within_the_column(scale):
    document = document_for(MANY_COLUMNS, scale)
    (first,) = fit_tables(document, COLUMN)
    assert table_at(document, first + 1) is tables_of(document)[0]
    assert document.size().width() <= COLUMN + 2 * document.documentMargin() + 1


def test_fitting_again_starts_from_the_table_s_own_text_size():
    document = document_for(NUMBERS, 3.0)
    fit_tables(document, COLUMN)
    shrunk = document.size().height()
    for _ in range(3):  # resizing the window fits again: the text must not shrink each time
        fit_tables(document, COLUMN)
    assert document.size().height() == pytest.approx(shrunk, abs=1)
    fit_tables(document, 4000)  # a wide window: the table's text at its own size again
    cell = tables_of(document)[0].cellAt(1, 1).firstCursorPosition()
    cell.movePosition(cell.MoveOperation.NextCharacter)
    assert cell.charFormat().fontPointSize() == pytest.approx(39.0)


def test_share_widths_gives_each_column_its_widest_word_and_shares_the_rest():
    needs = [ColumnNeeds(100, 300), ColumnNeeds(50, 50), ColumnNeeds(80, 180)]
    assert share_widths(needs, 10, 1000) == [310, 60, 190]  # room for everything unwrapped
    widths = share_widths(needs, 10, 400)
    assert widths[1] == 60  # nothing to gain from more
    assert widths[0] > 110 and widths[2] > 90 and sum(widths) == pytest.approx(400)
    assert share_widths(needs, 10, 250) is None  # the widest words alone need 260
