"""Issue 12, item 7: bookmarks and highlights handled by keyboard alone in the real app
under Xvfb, checked in the store the app writes as it goes."""

import sqlite3
import time

import pytest

pytestmark = pytest.mark.e2e

GUIDE_TITLE = "How to Use Reader — Reader"
GUIDE_ID = "how-to-use-reader"


def wait_for(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def marks(store_path, kind: str) -> list[tuple[str, str | None]]:
    """(name, category) of the guide's marks of `kind`, read as the app writes them."""
    try:
        connection = sqlite3.connect(store_path, timeout=5)
        try:
            return connection.execute(
                "SELECT name, category FROM marks WHERE article_id = ? AND kind = ? "
                "ORDER BY start_index",
                (GUIDE_ID, kind),
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return []  # the store is not made yet


def test_rename_delete_escape_next_bookmark_and_highlight_as(x_display, start_app, tmp_path):
    store = tmp_path / "data" / "reader.sqlite3"
    app = start_app()
    window = x_display.window_named(GUIDE_TITLE)
    x_display.xdotool("windowfocus", "--sync", window)
    time.sleep(0.5)
    key = lambda *keys: x_display.xdotool("key", "--delay", "80", *keys)  # noqa: E731

    key("ctrl+e", "h", "ctrl+d", "h", "ctrl+d")
    wait_for(lambda: len(marks(store, "bookmark")) == 2)
    second_name = marks(store, "bookmark")[1][0]

    # F2, a new name, Enter: the focus stays on the row, so Delete deletes it.
    key("ctrl+b", "Home", "F2", "ctrl+a")
    x_display.xdotool("type", "--delay", "40", "Renamed")
    key("Return")
    wait_for(lambda: ("Renamed", None) in marks(store, "bookmark"))
    key("Delete")
    wait_for(lambda: marks(store, "bookmark") == [(second_name, None)])

    # Escape returns to the article; B goes to the bookmark left; Ctrl+D there adds none.
    key("Escape", "ctrl+Home", "b", "ctrl+d")
    # Then a highlight of two words there (written after the Ctrl+D, in order).
    key("ctrl+shift+Right", "ctrl+shift+Right", "ctrl+h")
    wait_for(lambda: marks(store, "highlight") == [("", "important")])
    assert marks(store, "bookmark") == [(second_name, None)]

    # Highlight As with the caret in the highlight changes its category (the fourth,
    # Disagree), from the Bookmarks menu by its access keys.
    key("Left", "alt+b", "a", "Down", "Down", "Down", "Return")
    wait_for(lambda: marks(store, "highlight") == [("", "disagree")])

    key("ctrl+q")
    app.wait(timeout=30)
    assert app.returncode == 0, app.stderr.read()
