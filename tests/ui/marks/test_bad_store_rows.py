"""Rows in the store that break its rules never reach Qt: the window opens, the panels list
the good marks, and the reader is told how many were left out."""

import sqlite3

import pytest
from PySide6.QtCore import Qt

from reader.core.storage.store import Store
from tests.ui.conftest import ARTICLE_ID

CONTROL = Qt.KeyboardModifier.ControlModifier
COLUMNS = 17


def mark_row(mark_id, **changes):
    row = {
        "id": mark_id,
        "article_id": ARTICLE_ID,
        "kind": "bookmark",
        "category": None,
        "name": mark_id,
        "note": "",
        "section": "",
        "start_index": 40,
        "end_index": 50,
        "quote": "0123456789",
        "prefix": "",
        "suffix": "",
        "text_fingerprint": "old",
        "orphaned": 0,
        "created_at": 1_700_000_000.0,
        "updated_at": 1_700_000_000.0,
        "note_format": "plain",
    } | changes
    return tuple(row.values())


BAD_ROWS = [
    # The two cases reported: an exception at every start, a segmentation fault in the panel.
    mark_row("unknown kind", kind="sticky-note"),
    mark_row("text position", start_index="forty", end_index="fifty"),
    mark_row("text end in Urdu digits", end_index="٥٠"),
    mark_row("past Qt's int", start_index=2**40, end_index=2**40 + 5),
    mark_row("blob quote", quote=b"\x00\xff"),
    mark_row("highlight of no category", kind="highlight", category="angry"),
    mark_row("note of an unknown format", kind="highlight", category="idea", note_format="rtf"),
]


@pytest.fixture
def store_with_bad_rows(data_paths):
    Store(data_paths.store).close()
    connection = sqlite3.connect(data_paths.store)
    connection.execute("PRAGMA ignore_check_constraints = 1")  # as an editor or damage would
    with connection:
        connection.executemany(
            f"INSERT INTO marks VALUES ({', '.join('?' * COLUMNS)})",
            [mark_row("good"), *BAD_ROWS],
        )
        connection.execute(
            "INSERT INTO reading_positions (article_id, position, progress, updated_at) "
            "VALUES (?, 'far', 'half', 0)",
            (ARTICLE_ID,),
        )
    connection.close()


@pytest.mark.usefixtures("store_with_bad_rows")
def test_the_window_opens_and_the_panels_list_only_the_good_marks(make_window, qtbot):
    window = make_window()
    problems = []
    window.store.report_problems_to(problems.append)
    assert window.open_article_by_id(ARTICLE_ID)
    window.focus_article()
    qtbot.keyClick(window.view, Qt.Key.Key_B, CONTROL)
    assert window.announcer.last_message == "Bookmarks: 1."
    panel_list = window.bookmarks_panel.list
    qtbot.keyClick(panel_list, Qt.Key.Key_Home)
    assert panel_list.current_mark_id() == "good"
    qtbot.keyClick(panel_list, Qt.Key.Key_Return)  # jumps to the mark, as for any mark
    assert window.marks.document_range(window.store.mark("good"))[0] >= 0
    assert len(problems) == 1 and f"{len(BAD_ROWS) + 1} saved entries" in problems[0]
