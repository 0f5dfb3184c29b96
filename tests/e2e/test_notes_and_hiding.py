"""Issue 12, DAISY reading-app rows: formatted notes typed by keyboard alone, and note
markers, footnotes and pictures hidden from the View menu, in the real app under Xvfb.
Each test leaves its screenshot in its tmp_path (notes-panel.png, pictures-*.png)."""

import json
import sqlite3
import time

import pytest
from PySide6.QtGui import QColor, QImage

from reader.core.display.appearance import Appearance
from reader.core.display.preferences import PreferencesFile
from reader.paths import DataPaths
from tests.conftest import article_text

pytestmark = pytest.mark.e2e

GUIDE_TITLE = "How to Use Reader — Reader"
PICTURE_BLUE = "#3060c0"


def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def notes(store_path) -> list[tuple[str, str]]:
    try:
        connection = sqlite3.connect(store_path, timeout=5)
        try:
            return connection.execute(
                "SELECT note, note_format FROM marks WHERE note != ''"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return []  # the store is not made yet (or not at this version)


def saved_preferences(data: DataPaths) -> dict:
    try:
        return json.loads(data.preferences.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def keys(x_display):
    return lambda *pressed: x_display.xdotool("key", "--delay", "120", *pressed)


def test_a_formatted_note_typed_by_keyboard_is_saved_as_markdown(x_display, start_app, tmp_path):
    store = tmp_path / "data" / "reader.sqlite3"
    app = start_app()
    window = x_display.window_named(GUIDE_TITLE)
    x_display.xdotool("windowfocus", "--sync", window)
    time.sleep(0.5)
    key = keys(x_display)
    # Two words after the first heading, then Ctrl+Shift+N: a note on them.
    key("ctrl+e", "h", "p", "ctrl+shift+Right", "ctrl+shift+Right", "ctrl+shift+n")
    time.sleep(1.0)
    x_display.xdotool("type", "--delay", "60", "Check")
    key("ctrl+shift+Left", "ctrl+b", "End")
    x_display.xdotool("type", "--delay", "60", " this:")
    key("Return")
    x_display.xdotool("type", "--delay", "60", "--", "- first")
    key("Return")  # the list goes on by itself
    x_display.xdotool("type", "--delay", "60", "second")
    key("ctrl+Return")
    wait_for(lambda: notes(store) == [("**Check** this:\n- first\n- second", "markdown")])

    # Without a window manager nothing gives the window its focus back after the dialog.
    x_display.xdotool("windowfocus", "--sync", window)
    time.sleep(0.5)
    key("ctrl+shift+b")  # the notes panel, its preview showing the note formatted
    time.sleep(1.5)
    shot = x_display.screenshot(tmp_path / "notes-panel.png")
    assert not shot.isNull()
    key("Escape", "ctrl+q")
    app.wait(timeout=30)
    assert app.returncode == 0, app.stderr.read()


def blue_pixels(image: QImage) -> int:
    """Pixels of the test pictures' own colour (no text or theme uses it)."""
    blue = QColor(PICTURE_BLUE).rgb()
    return sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixel(x, y) == blue
    )


PICTURES_BODY = """Before the pictures.[^one]

![A map of the Indus](map.png)

The plains of Sindh.

![دریائے سندھ کا نقشہ](urdu-map.png)

After the pictures.

[^one]: A footnote about the maps.
"""


def test_view_menu_hides_pictures_footnotes_and_note_markers_and_keeps_the_choice(
    x_display, start_app, tmp_path
):
    data = DataPaths(tmp_path / "data")
    data.articles.mkdir(parents=True, exist_ok=True)
    for name in ("map.png", "urdu-map.png"):
        image = QImage(600, 300, QImage.Format.Format_RGB32)
        image.fill(QColor(PICTURE_BLUE))
        image.save(str(data.articles / name))
    (data.articles / "maps.md").write_text(article_text("Maps", PICTURES_BODY), encoding="utf-8")
    PreferencesFile(data.preferences).save(Appearance(theme_chosen=True))
    app = start_app("maps")
    window = x_display.window_named("Maps — Reader")
    x_display.xdotool("windowfocus", "--sync", window)
    time.sleep(1.0)
    key = keys(x_display)
    shown = x_display.screenshot(tmp_path / "pictures-shown.png")
    wait_for(lambda: blue_pixels(x_display.screenshot(tmp_path / "pictures-shown.png")) > 100)

    key("alt+v", "k")  # View, Show Note Mar&kers (M is Next Highlight)
    time.sleep(1.0)
    key("alt+v", "o")  # View, Show Footn&otes
    time.sleep(1.0)  # the article is set again before the menu opens
    key("alt+v", "u")  # View, Show Pict&ures
    wait_for(lambda: blue_pixels(x_display.screenshot(tmp_path / "pictures-hidden.png")) == 0)
    key("ctrl+q")
    app.wait(timeout=30)
    assert app.returncode == 0, app.stderr.read()
    saved = saved_preferences(data)["appearance"]
    assert saved["show_pictures"] is False
    assert saved["show_footnotes"] is False
    assert saved["show_note_markers"] is False
    assert not shown.isNull()
