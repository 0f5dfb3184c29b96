"""Reading the bundled Urdu article in the real app under Xvfb, by keyboard, on a system in
Urdu: F5 reads it aloud (heard through a real sound server), Ctrl+F finds an Urdu word, a
bookmark is named in Urdu, and F1 opens the guide in Urdu."""

import re
import sqlite3
import time

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor

from reader.core.articles.article import read_article
from reader.core.display.themes import theme_named
from tests.conftest import BUNDLED_ARTICLES
from tests.e2e.test_reading_session import count_pixels

pytestmark = pytest.mark.e2e

URDU_ID = "metoo-pakistan-marginalised.ur"
TITLE = read_article(BUNDLED_ARTICLES / f"{URDU_ID}.md").meta.title
GUIDE_TITLE = "Reader کیسے استعمال کریں"
WORD = "میروالہ"  # once in the article, in the caption of the last section but one
SECTION = "وہ آوازیں جنہیں مرکز میں ہونا چاہیے"
SELECTED = QColor(theme_named("Light").selection_background)


def start_in_urdu(start_app, monkeypatch, *args: str):
    """Reader started on a system whose language is Urdu (Pakistan), as Qt reads it from the
    environment; xdotool keeps the test's own (it types nothing in a locale not installed)."""
    with monkeypatch.context() as patch:
        for name in ("LANG", "LC_ALL", "LC_MESSAGES"):
            patch.setenv(name, "ur_PK.UTF-8")
        patch.setenv("LANGUAGE", "ur_PK:ur")
        return start_app(*args)


def test_the_urdu_article_is_read_found_and_bookmarked_in_urdu(
    x_display, start_app, monkeypatch, sound_server, tmp_path
):
    app = start_in_urdu(start_app, monkeypatch, URDU_ID)
    # On a system in Urdu the interface is Urdu too: the window is named ریڈر.
    window = x_display.window_named(f"{re.escape(TITLE)} — ریڈر")
    x_display.xdotool("windowfocus", "--sync", window)
    x_display.xdotool("key", "Return")  # past the content note: "Open the Article" has focus
    time.sleep(1.5)  # the speech engine starts at the first key
    x_display.xdotool("key", "ctrl+e")
    x_display.screenshot(tmp_path / "opened.png")
    with sound_server.record() as recording:
        x_display.xdotool("key", "F5")
        time.sleep(4.0)
        stopped_at = time.perf_counter()
        x_display.xdotool("key", "Escape")
    # Urdu speech came out: espeak-ng's Urdu voice, chosen without a question (a question
    # would have held the reading, and the sound, until answered).
    assert recording.loud_between(recording.started, stopped_at) > 1.0

    time.sleep(0.5)
    before = x_display.screenshot(tmp_path / "stopped.png")
    x_display.xdotool("key", "ctrl+f")
    time.sleep(0.3)
    # One letter at a time: xdotool types a letter no key has by remapping a spare key, and
    # under load the next letter's remapping can overtake the last one's key press.
    for letter in WORD:
        x_display.xdotool("type", "--delay", "150", letter)
        time.sleep(0.15)
    x_display.xdotool("key", "Return")
    time.sleep(1.0)
    found = x_display.screenshot(tmp_path / "found.png")
    # The one match is selected on screen. Only the article's side is counted (left in
    # Urdu, above the find bar): the library's current row has that colour too, and the
    # find bar, wider in Urdu, narrows the library when it opens.
    article_side = QRect(0, 160, 700, 530)
    assert count_pixels(found.copy(article_side), SELECTED) > (
        count_pixels(before.copy(article_side), SELECTED) + 100
    )
    # Escape leaves the caret at the match; Ctrl+D bookmarks it.
    x_display.xdotool("key", "--delay", "100", "Escape", "ctrl+d")
    time.sleep(0.5)

    x_display.xdotool("key", "F1")
    x_display.window_named(f"{GUIDE_TITLE} — ریڈر")
    x_display.screenshot(tmp_path / "guide.png")
    x_display.xdotool("key", "ctrl+q")
    app.wait(timeout=20)
    assert app.returncode == 0, app.stderr.read()

    store = sqlite3.connect(tmp_path / "data" / "reader.sqlite3")
    names = store.execute(
        "SELECT name FROM marks WHERE article_id = ? AND kind = 'bookmark'", (URDU_ID,)
    ).fetchall()
    store.close()
    assert len(names) == 1
    (name,) = names[0]
    # The section and the first words at the caret (Escape leaves it after the match), all
    # Urdu: no English word in it.
    assert name == f"{SECTION}: گاؤں، ضلع مظفرگڑھ۔", name
    assert not re.search(r"[A-Za-z]", name), name
