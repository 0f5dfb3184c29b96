"""The real app with a data folder it cannot use, and with a damaged store: a window opens,
the bundled articles are readable, and a message says what happened."""

import os
import shutil
import stat
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO_ROOT
from tests.core.storage.test_damaged_store import filled_store, overwrite_page

pytestmark = pytest.mark.e2e

GUIDE_TITLE = "How to Use Reader — Reader"
# Root may write anywhere; without these two capabilities its writes obey the modes.
AS_ORDINARY_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def visible_windows_named(x_display, name: str) -> list[str]:
    return subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", f"^{name}$"],
        env=x_display.env(),
        capture_output=True,
        text=True,
    ).stdout.split()


def message_box(x_display, timeout: float = 20.0) -> str:
    """The visible window titled just "Reader" that keeps that title (the main window is
    called so for a moment, before its article's title is set)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = visible_windows_named(x_display, "Reader")
        if found:
            time.sleep(1)
            kept = [
                window for window in visible_windows_named(x_display, "Reader") if window in found
            ]
            if kept:
                return kept[-1]
        time.sleep(0.1)
    raise AssertionError("no message box appeared")


def run_reader(x_display, data_dir, prefix=()) -> tuple[str, int]:
    """Start Reader, accept the message it shows with Enter, check the guide opens, quit;
    what it wrote on stderr and its exit status."""
    process = subprocess.Popen(
        [*prefix, sys.executable, "-m", "reader", "--data-dir", str(data_dir)],
        cwd=REPO_ROOT,
        env=x_display.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        message = message_box(x_display)
        x_display.xdotool("windowfocus", "--sync", message)
        time.sleep(0.5)  # a box just mapped may not take keys yet
        x_display.xdotool("key", "Return")
        window = x_display.window_named(GUIDE_TITLE)  # the bundled guide is open and readable
        x_display.xdotool("windowfocus", "--sync", window)
        time.sleep(1)  # the window takes its shortcuts once shown (as the other e2e tests wait)
        x_display.xdotool("key", "ctrl+q")
        _, errors = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return errors, process.returncode


def test_a_data_folder_under_a_regular_file_still_opens_a_window(x_display, tmp_path):
    (tmp_path / "file").write_text("a file where a folder should be")
    errors, status = run_reader(x_display, tmp_path / "file" / "data")
    assert status == 0
    assert "cannot write to its data folder" in errors and "nothing will be saved" in errors


@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None,
    reason="root needs setpriv to give up overriding file modes",
)
def test_a_read_only_data_folder_without_articles_still_opens_a_window(x_display, tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        prefix = AS_ORDINARY_USER if os.geteuid() == 0 else []
        errors, status = run_reader(x_display, folder / "data", prefix)
        assert not (folder / "data").exists()
    finally:
        folder.chmod(0o700)
    assert status == 0
    assert "cannot write to its data folder" in errors and "Permission denied" in errors


def test_a_damaged_store_is_repaired_and_the_reader_told_how_many_marks_came_back(
    x_display, tmp_path
):
    data = tmp_path / "data"
    data.mkdir()
    ids = filled_store(data / "reader.sqlite3")
    pages = (data / "reader.sqlite3").stat().st_size // 4096
    overwrite_page(data / "reader.sqlite3", pages // 2, seed=11)
    errors, status = run_reader(x_display, data)
    assert status == 0
    assert "was damaged" in errors and "bookmarks and highlights" in errors
    recovered = int(errors.split("copied into a fresh store: ")[1].split()[0])
    assert len(ids) - 30 <= recovered < len(ids)
    kept = list(data.glob("reader.sqlite3.damaged-*"))
    assert kept and stat.S_IMODE((data / "reader.sqlite3").stat().st_mode) == 0o600
