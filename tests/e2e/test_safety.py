"""Safety on a shared computer, in the real app under Xvfb: the quick exit while reading
aloud (heard through a real sound server), the return to a neutral article, and private
mode leaving no trace in the data folder, the caches or the desktop's recent files."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, article_text
from tests.e2e.test_read_aloud_session import BODY

pytestmark = pytest.mark.e2e

TITLE = "Rivers — Reader"


def mapped_windows(x_display, pid: int) -> list[str]:
    """The ids of the process's windows that are mapped (viewable), as X sees them."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid), ""],
        env=x_display.env(),
        capture_output=True,
        text=True,
    ).stdout.split()
    viewable = []
    for window in found:
        info = subprocess.run(
            ["xwininfo", "-id", window], env=x_display.env(), capture_output=True, text=True
        ).stdout
        if "IsViewable" in info and "(the root window)" not in info:
            viewable.append(window)
    return viewable


def write_preferences(data: Path, **safety: object) -> None:
    data.mkdir(parents=True, exist_ok=True)
    document = {"version": 1, "safety": {"asked": True, **safety}}
    (data / "preferences.json").write_text(json.dumps(document), encoding="utf-8")


@pytest.fixture
def rivers(tmp_path):
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    (articles / "rivers.md").write_text(article_text("Rivers", BODY), encoding="utf-8")


def test_shift_escape_while_reading_aloud_hides_everything_and_silences_at_once(
    x_display, start_app, rivers, sound_server, tmp_path
):
    write_preferences(tmp_path / "data", after_quick_exit="hide")
    app = start_app("rivers")
    window = x_display.window_named(TITLE)
    x_display.xdotool("windowfocus", "--sync", window)
    x_display.xdotool("key", "ctrl+e")
    time.sleep(1.5)  # the speech engine starts at the first key
    with sound_server.record() as recording:
        x_display.xdotool("key", "F5")
        time.sleep(1.5)
        pressed_at = time.perf_counter()
        x_display.xdotool("key", "shift+Escape")
        deadline = pressed_at + 10
        while mapped_windows(x_display, app.pid) and time.perf_counter() < deadline:
            time.sleep(0.01)
        unmapped_at = time.perf_counter()
        assert mapped_windows(x_display, app.pid) == []
        time.sleep(1.0)
        ended_at = time.perf_counter()
    print(f"windows gone {1000 * (unmapped_at - pressed_at):.0f} ms after the key")
    assert recording.loud_between(recording.started, pressed_at) > 0.2  # it was reading
    assert recording.loud_between(pressed_at + 0.1, ended_at) == 0  # silent from 100 ms on
    assert app.poll() is None  # hidden, not ended: the preference said so

    again = start_app()  # starting Reader again shows the hidden one, on the guide
    again.wait(timeout=30)
    assert again.returncode == 0, again.stderr.read()
    guide = x_display.window_named("How to Use Reader — Reader")
    assert mapped_windows(x_display, app.pid) == [guide] or guide in mapped_windows(
        x_display, app.pid
    )
    x_display.xdotool("windowfocus", "--sync", guide)
    x_display.xdotool("key", "ctrl+q")
    app.wait(timeout=20)
    assert app.returncode == 0, app.stderr.read()


def test_escape_three_times_quits_by_default(x_display, start_app, rivers, tmp_path):
    write_preferences(tmp_path / "data")
    app = start_app("rivers")
    window = x_display.window_named(TITLE)
    x_display.xdotool("windowfocus", "--sync", window)
    time.sleep(1.5)  # as a reader would: the window is up and settled
    x_display.xdotool("key", "--delay", "150", "Escape", "Escape", "Escape")
    app.wait(timeout=20)
    assert app.returncode == 0, app.stderr.read()


SECRET_TITLE = "Zephyrine Quillfeather"
SECRET_WORDS = "marmalade-lighthouse-7731"


def every_file(*folders: Path) -> list[Path]:
    return [path for folder in folders if folder.exists() for path in folder.rglob("*")]


def test_private_mode_leaves_no_trace_of_the_article_or_the_mark(x_display, tmp_path):
    home = tmp_path / "home"
    config, cache, share = home / ".config", home / ".cache", home / ".local" / "share"
    for folder in (config, cache, share):
        folder.mkdir(parents=True)
    recent = share / "recently-used.xbel"
    recent.write_text("<xbel/>\n", encoding="utf-8")
    before = recent.read_bytes()
    elsewhere = tmp_path / "stick"
    elsewhere.mkdir()
    article = elsewhere / f"{SECRET_TITLE.lower().replace(' ', '-')}.md"
    body = f"The first words. {SECRET_WORDS} is what I highlight. More words after it."
    article.write_text(article_text(SECRET_TITLE, body), encoding="utf-8")
    data = tmp_path / "data"
    env = {
        **x_display.env(),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "XDG_CACHE_HOME": str(cache),
        "XDG_DATA_HOME": str(share),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(data), "--private", str(article)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    window = x_display.window_named(f"{SECRET_TITLE} — Reader")
    x_display.xdotool("windowfocus", "--sync", window)
    x_display.xdotool("key", "--delay", "200", "ctrl+e", "ctrl+End")
    # Select the secret words: from the start of the body, by words.
    x_display.xdotool("key", "--delay", "100", "ctrl+Home", *["ctrl+Right"] * 8)
    x_display.xdotool("key", "--delay", "100", *["ctrl+shift+Right"] * 5)
    x_display.xdotool("key", "ctrl+h")  # highlight
    notice = x_display.window_named("Private mode( — Reader)?")
    x_display.xdotool("windowfocus", "--sync", notice)
    x_display.xdotool("key", "Return")
    x_display.xdotool("windowfocus", "--sync", window)
    x_display.xdotool("key", "ctrl+o")  # a file dialog, Qt's own
    dialog = x_display.window_named("Open Article( — Reader)?")
    x_display.xdotool("windowfocus", "--sync", dialog)
    x_display.xdotool("type", "--delay", "50", str(article))
    x_display.xdotool("key", "Return")
    time.sleep(1.0)
    x_display.xdotool("windowfocus", "--sync", window)
    x_display.xdotool("key", "ctrl+q")
    app.wait(timeout=30)
    assert app.returncode == 0, app.stderr.read()

    assert recent.read_bytes() == before
    names = (SECRET_TITLE, article.stem, SECRET_WORDS, "stick")
    written = every_file(data, config, cache, share)
    assert written, "Reader wrote nothing at all: the listing looks in the wrong place"
    for path in written:
        assert not any(name.lower() in str(path).lower() for name in names), path
        if path.is_file():
            content = path.read_bytes()
            for name in names:
                assert name.encode("utf-8") not in content, (path, name)
