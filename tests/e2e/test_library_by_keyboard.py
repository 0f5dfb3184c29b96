"""Issue 12, item 8: a file opened with Ctrl+O joins the library by reference and is
still there after a restart, found through the language filter, by keyboard alone in the
real app under Xvfb; once the file is gone, Reader still starts and lists it as missing."""

import sqlite3
import time

import pytest

pytestmark = pytest.mark.e2e

GUIDE_TITLE = "How to Use Reader — Reader"
URDU_TITLE = "کشمیر کی کہانی"


def key(x_display, *keys: str) -> None:
    x_display.xdotool("key", "--delay", "100", *keys)


def quit_app(x_display, app) -> None:
    key(x_display, "ctrl+q")
    app.wait(timeout=30)
    assert app.returncode == 0, app.stderr.read()


def test_ctrl_o_adds_a_file_by_reference_that_stays_after_a_restart(x_display, start_app, tmp_path):
    outside = tmp_path / "usb stick"
    outside.mkdir()
    article = outside / "kashmir.md"
    article.write_text(
        f"---\ntitle: {URDU_TITLE}\nlanguage: ur\npublished: 2019-08-05\n---\n\n"
        "یہ ایک مختصر کہانی ہے۔\n",
        encoding="utf-8",
    )
    app = start_app()
    window = x_display.window_named(GUIDE_TITLE)
    x_display.xdotool("windowfocus", "--sync", window)
    time.sleep(0.5)
    key(x_display, "ctrl+o")
    dialog = x_display.window_named("Open Article")
    # Without a window manager a new window is not given the keyboard by itself.
    x_display.xdotool("windowfocus", "--sync", dialog)
    time.sleep(0.5)
    x_display.xdotool("type", "--delay", "30", str(article))
    key(x_display, "Return")
    window = x_display.window_named(f"{URDU_TITLE} — Reader")
    # Without a window manager nobody gives the focus back after the dialog closes.
    x_display.xdotool("windowfocus", "--sync", window)
    key(x_display, "F1")  # the guide again: the next start opens it, not the file
    x_display.window_named(GUIDE_TITLE)
    quit_app(x_display, app)

    store = sqlite3.connect(tmp_path / "data" / "reader.sqlite3")
    paths = [row[0] for row in store.execute("SELECT path FROM library_entries WHERE path != ''")]
    store.close()
    assert paths == [str(article.resolve())]
    assert not list((tmp_path / "data" / "articles").glob("*.md"))  # referenced, not copied

    # After a restart the file is in the library: the language filter (Alt+N) set to Urdu,
    # the third choice after "All languages" and English, lists it after the bundled Urdu
    # guide and article (by title, Latin first, then پ before ک); End and Enter open it.
    again = start_app()
    window = x_display.window_named(GUIDE_TITLE)
    x_display.xdotool("windowfocus", "--sync", window)
    time.sleep(0.5)
    key(x_display, "ctrl+l", "alt+n", "Down", "Down", "ctrl+l", "End", "Return")
    x_display.window_named(f"{URDU_TITLE} — Reader")
    key(x_display, "F1")
    x_display.window_named(GUIDE_TITLE)
    quit_app(x_display, again)

    # The file is gone (the stick is out): Reader starts as before and quits cleanly.
    article.unlink()
    last = start_app()
    window = x_display.window_named(GUIDE_TITLE)
    x_display.xdotool("windowfocus", "--sync", window)
    time.sleep(0.5)
    quit_app(x_display, last)
    assert "Traceback" not in last.stderr.read()
