"""The article's own menu keeps its letters on a real X display (the Menu key opens it,
the article keeps the focus): H, P and N there used to move the caret to the next
heading, paragraph or note behind the menu."""

import sqlite3
import time

import pytest

from tests.e2e.test_marks_by_keyboard import GUIDE_ID, GUIDE_TITLE, wait_for

pytestmark = pytest.mark.e2e


def bookmark_starts(store_path) -> list[int]:
    try:
        connection = sqlite3.connect(store_path, timeout=5)
        try:
            rows = connection.execute(
                "SELECT start_index FROM marks WHERE article_id = ? AND kind = 'bookmark' "
                "ORDER BY start_index",
                (GUIDE_ID,),
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return []  # the store is not made yet
    return [start for (start,) in rows]


def test_letters_in_the_articles_menu_leave_the_caret_where_it_was(x_display, start_app, tmp_path):
    store = tmp_path / "data" / "reader.sqlite3"
    start_app()
    window = x_display.window_named(GUIDE_TITLE)
    x_display.xdotool("windowfocus", "--sync", window)
    time.sleep(0.5)
    key = lambda *keys: x_display.xdotool("key", "--delay", "250", *keys)  # noqa: E731

    key("ctrl+e", "ctrl+Home", "Menu", "h", "p", "n", "Escape", "ctrl+d")
    wait_for(lambda: bookmark_starts(store) == [0])
    key("h", "ctrl+d")  # with the menu closed, H goes to the next heading again
    wait_for(lambda: len(bookmark_starts(store)) == 2)
    assert bookmark_starts(store)[1] > 0
    key("ctrl+q")
