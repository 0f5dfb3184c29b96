"""Read-aloud in the real app under Xvfb, by keyboard, heard through a real sound server."""

import time

import pytest
from PySide6.QtGui import QColor

from reader.core.display.themes import theme_named
from tests.conftest import article_text
from tests.e2e.test_reading_session import count_pixels

pytestmark = pytest.mark.e2e

TITLE = "Rivers — Reader"
BODY = (
    "The river is wide. It runs to the sea. Boats go up and down. Children swim in summer. "
    "Birds sit on the banks. The water is cold in winter. Fishermen wait at dawn. "
    "Their nets are long. The market opens at six. Everyone buys fish."
)
SPOKEN_COLOUR = QColor(theme_named("Light").highlight_background)  # the sentence
WORD_COLOUR = QColor(theme_named("Light").selection_background)  # the word in it


@pytest.fixture
def rivers(tmp_path):
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    (articles / "rivers.md").write_text(article_text("Rivers", BODY), encoding="utf-8")


def test_f5_space_and_escape_read_pause_resume_and_stop(
    x_display, start_app, rivers, sound_server, tmp_path
):
    app = start_app("rivers")
    window = x_display.window_named(TITLE)
    x_display.xdotool("windowfocus", "--sync", window)
    x_display.xdotool("key", "ctrl+e")
    time.sleep(1.5)  # the speech engine starts at the first key
    with sound_server.record() as recording:
        x_display.xdotool("key", "F5")
        time.sleep(1.5)
        reading = x_display.screenshot(tmp_path / "reading.png")
        paused_at = time.perf_counter()
        x_display.xdotool("key", "space")
        time.sleep(1.5)
        resumed_at = time.perf_counter()
        x_display.xdotool("key", "space")
        time.sleep(1.0)
        stopped_at = time.perf_counter()
        x_display.xdotool("key", "Escape")
        time.sleep(1.0)
    stopped = x_display.screenshot(tmp_path / "stopped.png")

    assert recording.loud_between(recording.started, paused_at) > 0.5  # F5 spoke
    # Space paused at once (the recording's clock is known to some tens of milliseconds).
    assert recording.loud_between(paused_at + 0.3, resumed_at - 0.1) == 0
    assert recording.loud_between(resumed_at, stopped_at) > 0.3  # Space resumed
    assert recording.loud_between(stopped_at + 0.3, stopped_at + 1.0) == 0  # Escape stopped
    assert count_pixels(reading, SPOKEN_COLOUR) > 100  # the spoken sentence is marked
    # and the word being spoken (the library's current row is in that colour too)
    assert count_pixels(reading, WORD_COLOUR) > count_pixels(stopped, WORD_COLOUR) + 20
    assert count_pixels(stopped, SPOKEN_COLOUR) == 0

    x_display.xdotool("key", "ctrl+q")
    app.wait(timeout=20)
    assert app.returncode == 0, app.stderr.read()
