"""A whole reading session in the real app under Xvfb, by keyboard alone."""

import sqlite3
import time

import pytest
from PySide6.QtGui import QColor

from reader.core.display.themes import theme_named

pytestmark = pytest.mark.e2e

GUIDE_TITLE = "How to Use Reader — Reader"
ARTICLE_TITLE = "What #MeToo Means for Pakistan’s Most Marginalised — Reader"
# How the view marks the matches of a search in the default theme.
MATCH_COLOUR = QColor(theme_named("Light").highlight_background)


def count_pixels(image, colour: QColor) -> int:
    target = colour.rgb()
    step = 2  # every other pixel in each direction is plenty and four times faster
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) == target
    )


def wait_for(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def test_read_search_and_resume_by_keyboard(x_display, start_app, tmp_path):
    app = start_app()
    window = x_display.window_named(GUIDE_TITLE)  # a first start opens the guide
    x_display.xdotool("windowfocus", "--sync", window)
    time.sleep(0.5)
    first = x_display.screenshot(tmp_path / "guide.png")
    light = theme_named("Light")
    assert count_pixels(first, QColor(light.text)) > 500  # the page's text is on screen

    # Alt+S is the library's Search field; Enter opens the first match.
    x_display.xdotool("key", "--delay", "50", "ctrl+l", "alt+s")
    x_display.xdotool("type", "--delay", "30", "khawaja")
    time.sleep(0.5)
    x_display.xdotool("key", "Return")
    x_display.window_named(ARTICLE_TITLE)
    time.sleep(0.5)
    x_display.xdotool("key", "Return")  # its content note first: "Open the Article" has focus

    x_display.xdotool("key", "--delay", "50", "ctrl+e", "ctrl+f")
    x_display.xdotool("type", "--delay", "30", "Pakistan")
    x_display.xdotool("key", "Return")
    time.sleep(0.7)
    found = x_display.screenshot(tmp_path / "find.png")
    assert count_pixels(found, MATCH_COLOUR) > 100  # other matches are marked on screen

    x_display.xdotool("key", "--delay", "50", "Escape", "ctrl+Home", "h", "h", "h")
    time.sleep(0.5)
    after = x_display.screenshot(tmp_path / "heading.png")
    assert count_pixels(after, MATCH_COLOUR) == 0  # closing find removes the marks
    x_display.xdotool("key", "ctrl+q")
    app.wait(timeout=20)
    assert app.returncode == 0, app.stderr.read()

    store = sqlite3.connect(tmp_path / "data" / "reader.sqlite3")
    last = store.execute("SELECT value FROM app_state WHERE key = 'last_article'").fetchone()
    assert last == ("metoo-pakistan-marginalised",)
    (progress,) = store.execute(
        "SELECT progress FROM reading_positions WHERE article_id = 'metoo-pakistan-marginalised'"
    ).fetchone()
    assert 0.1 < progress < 0.9
    store.close()

    # Started again, Reader comes back to the same article.
    again = start_app()
    x_display.window_named(ARTICLE_TITLE)
    again.terminate()
    again.wait(timeout=20)
