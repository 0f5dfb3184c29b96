"""The article's own menu keeps its letters on a real X display (the Menu key opens it,
the article keeps the focus): H, P and N there used to move the caret to the next
heading, paragraph or note behind the menu."""

import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.e2e.test_marks_by_keyboard import GUIDE_ID, GUIDE_TITLE, wait_for
from tests.e2e.test_screen_reader import SYSTEM_PYTHON, accessibility_bus  # noqa: F401

MENU_KEYS_INSPECTOR = Path(__file__).with_name("atspi_menu_keys.py")

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


def started_with_keys(x_display, start_app) -> Callable[..., None]:
    """Start Reader on its guide, focus its window, and give a function that presses keys
    (xdotool key names) a quarter of a second apart."""
    start_app()
    window = x_display.window_named(GUIDE_TITLE)
    x_display.xdotool("windowfocus", "--sync", window)
    time.sleep(0.5)
    return lambda *keys: x_display.xdotool("key", "--delay", "250", *keys)


def test_letters_in_the_articles_menu_leave_the_caret_where_it_was(x_display, start_app, tmp_path):
    store = tmp_path / "data" / "reader.sqlite3"
    key = started_with_keys(x_display, start_app)

    key("ctrl+e", "ctrl+Home", "Menu", "h", "p", "n", "Escape", "ctrl+d")
    wait_for(lambda: bookmark_starts(store) == [0])
    key("h", "ctrl+d")  # with the menu closed, H goes to the next heading again
    wait_for(lambda: len(bookmark_starts(store)) == 2)
    assert bookmark_starts(store)[1] > 0
    key("ctrl+q")


@pytest.mark.parametrize("opening", ["shift+F10", "Menu"])
def test_shift_f10_opens_the_articles_menu_as_the_menu_key_does(
    x_display, start_app, tmp_path, opening
):
    """A fresh tester: Shift+F10 did nothing in the article (Qt makes a context menu of the
    Menu key only). With the menu open, H, P and N are its letters; Escape closes it, and
    the keys are the article's again."""
    store = tmp_path / "data" / "reader.sqlite3"
    key = started_with_keys(x_display, start_app)

    key("ctrl+e", "ctrl+Home", opening, "h", "p", "n", "Escape", "ctrl+d")
    wait_for(lambda: bookmark_starts(store) == [0])
    key("h", "ctrl+d")
    wait_for(lambda: len(bookmark_starts(store)) == 2)
    assert bookmark_starts(store)[1] > 0
    key("ctrl+q")


def test_letters_in_a_menu_opened_from_the_menu_bar_are_the_menus(x_display, start_app, tmp_path):
    """Alt+V or Alt+G gives the menu bar the focus: H, B and M (no item's access key in the
    View menu) used to reach the article's Go and Bookmarks actions through it, moving the
    caret behind the open menu; N in the Go menu is E&nd of Article's key, not Next Note."""
    store = tmp_path / "data" / "reader.sqlite3"
    key = started_with_keys(x_display, start_app)

    key("ctrl+e", "ctrl+Home", "alt+v", "h", "b", "m", "Escape", "Escape", "ctrl+d")
    wait_for(lambda: bookmark_starts(store) == [0])
    key("alt+g", "m", "Escape", "Escape", "ctrl+e", "ctrl+d")  # M: no item's key, nothing
    key("alt+g", "n", "ctrl+d")  # the Go menu's N: End of Article, and the menu closes
    wait_for(lambda: len(bookmark_starts(store)) == 2)
    key("ctrl+Home", "h", "ctrl+d")  # the article's H, once the menu is closed
    wait_for(lambda: len(bookmark_starts(store)) == 3)
    start, heading, end = bookmark_starts(store)
    assert start == 0 < heading < end
    key("ctrl+q")


@pytest.mark.parametrize("first_menu", ["alt+v", "alt+b"])
def test_after_escape_and_another_menus_item_the_keys_are_the_articles_again(
    x_display, start_app, tmp_path, first_menu
):
    """Escape out of one menu leaves the menu bar focused; Qt then handed the focus back to
    the menu bar after Go › Next Heading ran, so the next H opened the Help menu instead of
    going to the next heading (found by a fresh tester)."""
    store = tmp_path / "data" / "reader.sqlite3"
    key = started_with_keys(x_display, start_app)

    key("ctrl+e", "ctrl+Home", first_menu, "Escape", "alt+g", "h", "ctrl+d")
    wait_for(lambda: len(bookmark_starts(store)) == 1)
    key("h", "ctrl+d")  # the article's own H, then its Ctrl+D
    wait_for(lambda: len(bookmark_starts(store)) == 2)
    first, second = bookmark_starts(store)
    assert 0 < first < second
    key("ctrl+q")


def test_screen_readers_hear_each_menu_items_own_key(x_display, accessibility_bus, tmp_path):  # noqa: F811
    """The single keys stay the menu items' key bindings on AT-SPI (Orca reads them), with
    names free of them, while letters typed in the menus are the menus' own."""
    env = {**accessibility_bus, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    app = subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data")],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        x_display.window_named(GUIDE_TITLE)
        output = subprocess.run(
            [str(SYSTEM_PYTHON), str(MENU_KEYS_INSPECTOR), "60"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
    finally:
        app.kill()
        app.wait()
    keys = dict(json.loads(output)["items"])
    assert keys["Next Heading"] == "H"
    assert keys["Previous Heading"] == "Shift+H"
    assert keys["Next Note"] == "N"
    assert keys["Stop Reading"] == "Esc"
    assert keys["Add Bookmark"] == "Ctrl+D"
