"""The library panel's model (issue 16, goal 5): rows worked out as the view asks, columns
sized from their distinct texts, rows found by id after every refresh."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyle

from reader.core.articles.facts import reading_minutes
from reader.core.articles.library import SortOrder
from reader.ui.reading.library_model import (
    ID_ROLE,
    LANGUAGE,
    LENGTH,
    READ,
    LibraryModel,
)

LONG_BODY = "word " * 9000  # a long reading time: the column's widest text


def shown(panel, column):
    model = panel.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_each_column_is_as_wide_as_its_widest_text_in_any_script(window, write_article):
    """The widths come from each column's distinct texts, not from the rows Qt samples:
    every text of every row fits (language names in their own scripts, long lengths)."""
    write_article("pa.md", "ਪੰਜਾਬੀ ਲੇਖ", language="pa")
    write_article("fr.md", "Un article", language="fr")
    write_article("long.md", "A long one", body=LONG_BODY, language="sd")
    window.reload_library()
    panel = window.library_panel
    panel.set_article_progress("fr", 1.0)  # "100 %"
    panel.refresh()
    view = panel.list
    metrics = QFontMetrics(view.font())
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for column in (LANGUAGE, READ, LENGTH):
        texts = shown(panel, column)
        assert len(set(texts)) > 1
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        assert view.header().sectionSize(column) >= widest + margin
        assert view.header().sectionSize(column) >= view.header().sectionSizeHint(column)
    assert {"ਪੰਜਾਬੀ", "français", "اردو"} <= set(shown(panel, LANGUAGE))
    assert "100\u00a0%" in shown(panel, READ)
    assert panel._minutes_text(reading_minutes(9000)) in shown(panel, LENGTH)


@pytest.mark.parametrize(
    "order", [SortOrder.LANGUAGE, SortOrder.TITLE, SortOrder.PUBLISHED, SortOrder.ADDED]
)
def test_an_article_is_found_by_id_in_the_rows_of_every_order(window, write_article, order):
    """The rows' index by id is made again for each listing: never a row of the last one."""
    write_article("ur.md", "اردو مضمون", language="ur", published="2021-01-01")
    write_article("en.md", "Zebra", published="1999-05-05")
    window.reload_library()
    panel = window.library_panel
    panel.sort.setCurrentIndex(panel.sort.findData(order))
    for article_id in ("ur", "en", "how-to-use-reader", "metoo-pakistan-marginalised"):
        panel.select_article(article_id)
        assert panel.list.currentIndex().data(ID_ROLE) == article_id
        assert panel.current_article_id() == article_id


def test_progress_shown_changes_in_its_row_only(window, qtbot):
    panel = window.library_panel
    row = panel.model.row_of("how-to-use-reader")
    before = shown(panel, READ)
    with qtbot.waitSignal(panel.model.dataChanged) as changed:
        panel.set_article_progress("how-to-use-reader", 0.5)
    top_left, bottom_right = changed.args[:2]
    assert (top_left.row(), bottom_right.row(), top_left.column()) == (row, row, READ)
    after = shown(panel, READ)
    assert after[row] == "50\u00a0%"
    assert [t for r, t in enumerate(after) if r != row] == [
        t for r, t in enumerate(before) if r != row
    ]


def test_a_screen_reader_hears_the_details_of_the_current_row(window, data_paths):
    """The details are the current row's description, for an article and for a file that
    cannot be opened (as each QTreeWidgetItem carried them before)."""
    (data_paths.articles / "broken.md").write_text("---\ntitle: [oops\n---\n", "utf-8")
    window.reload_library()
    panel = window.library_panel
    description = Qt.ItemDataRole.AccessibleDescriptionRole
    for row in (0, 2, panel.model.rowCount() - 1):
        panel.list.setCurrentIndex(panel.model.index(row, 0))
        assert panel.list.currentIndex().data(description) == panel.details.text()
        assert panel.details.text()
    problem = panel.model.index(panel.model.rowCount() - 1, 0)
    assert problem.data() == "Cannot open broken.md"
    assert problem.data(Qt.ItemDataRole.FontRole).italic()
    # Shown as written: plain text made into a paragraph (its spaces no-break ones).
    assert "YAML" in problem.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.current_article_id() == ""


def test_a_row_is_made_only_when_asked_for(window):
    """Listing works out no row's texts: the view asks for the rows it shows."""
    asked: list[int] = []
    model = LibraryModel(
        lambda: asked.append(1) or {window.library.articles[0].id: 100}, str, lambda: None
    )
    model.set_rows(window.library.articles, [], {})
    assert asked == []
    assert model.index(0, LENGTH).data() == "1"
    assert asked == [1]


def test_rows_are_read_only_to_keys_and_to_screen_readers(window, qtbot):
    """The model's flags are its C++ base's, which say editable: no key edits a row, and
    no cell says it is editable to a screen reader (nor does a row have children)."""
    panel = window.library_panel
    panel.list.setFocus()
    for row in range(panel.model.rowCount()):
        index = panel.model.index(row, 0)
        panel.list.setCurrentIndex(index)
        qtbot.keyClick(panel.list, Qt.Key.Key_F2)
        assert panel.list.state() != QAbstractItemView.State.EditingState
        assert not panel.model.hasChildren(index)
    QAccessible.setActive(True)
    try:
        tree = QAccessible.queryAccessibleInterface(panel.list)
        cells = [tree.child(number) for number in range(tree.childCount())]
        rows = [cell for cell in cells if cell.role() == QAccessible.Role.TreeItem]
        assert len(rows) == 4 * panel.model.rowCount()
        assert not any(cell.state().editable for cell in rows)
        assert all(cell.state().selectable for cell in rows)
    finally:
        QAccessible.setActive(False)


def test_the_focus_frame_margin_reader_assumes_is_the_style_s(window):
    # fit_columns does not ask the style (its enumerations cost the start-up): the figure it
    # uses must still be the one Fusion gives.
    from reader.ui.reading.library_model import FOCUS_FRAME_MARGIN_PX

    view = window.library_panel.list
    asked = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    assert round(FOCUS_FRAME_MARGIN_PX * view.logicalDpiX() / 96) == asked
