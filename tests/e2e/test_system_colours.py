"""Issue 12, item 3: Reader follows the desktop's high-contrast and dark settings.

A stand-in for the desktop portal (fake_settings_portal.py) runs on a private session bus
and answers Qt's GNOME platform theme as xdg-desktop-portal does: late (the first answer
after 1.5 s, as a busy desktop does) and again whenever the setting changes. What is
verified here is Linux through the portal; Windows' high-contrast mode reaches Reader
through the same QStyleHints signals but is not verified (no Windows machine).
"""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.display.appearance import Appearance
from reader.core.display.preferences import PreferencesFile
from reader.core.display.themes import theme_named
from reader.paths import DataPaths
from tests.conftest import REPO_ROOT
from tests.e2e.test_display import Box, Pixels, dominant, window_box, write_article

pytestmark = pytest.mark.e2e

SYSTEM_PYTHON = Path("/usr/bin/python3")  # Debian's, which has python3-gi
PORTAL = Path(__file__).with_name("fake_settings_portal.py")
DARK, LIGHT = 1, 2  # the portal's color-scheme values
TITLE = "Colours"


class Desktop:
    """A session bus with the portal on it; `set` changes a setting as the desktop does."""

    def __init__(self, env: dict[str, str], portal: subprocess.Popen) -> None:
        self.env = env
        self._portal = portal

    def set(self, key: str, value: int) -> None:
        self._portal.stdin.write(f"{key} {value}\n")
        self._portal.stdin.flush()
        assert self._portal.stdout.readline().strip() == f"changed {key} {value}"


@pytest.fixture
def desktop(x_display, request):
    scheme, contrast = request.param
    if shutil.which("dbus-launch") is None or not SYSTEM_PYTHON.exists():
        pytest.fail("dbus-x11 and python3-gi are missing: ./dev.sh test installs them")
    output = subprocess.run(
        ["dbus-launch", "--sh-syntax"], env=x_display.env(), capture_output=True, text=True
    ).stdout
    values = dict(
        line.split("=", 1)
        for line in output.replace("'", "").replace(";", "").splitlines()
        if "=" in line
    )
    env = {
        **x_display.env(),
        "DBUS_SESSION_BUS_ADDRESS": values["DBUS_SESSION_BUS_ADDRESS"],
        "QT_QPA_PLATFORMTHEME": "gnome",  # the platform theme that asks the portal
    }
    portal = subprocess.Popen(
        [str(SYSTEM_PYTHON), str(PORTAL), str(scheme), str(contrast), "1.5"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert portal.stdout.readline().strip() == "ready"
    yield Desktop(env, portal)
    portal.stdin.close()
    portal.wait(timeout=10)
    os.kill(int(values["DBUS_SESSION_BUS_PID"]), signal.SIGTERM)


def start_reader(desktop: Desktop, data: DataPaths) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(data.root), "colours"],
        cwd=REPO_ROOT,
        env=desktop.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for_page(x_display, window: Box, theme: str, shot: Path, timeout: float = 20.0) -> None:
    """Until the window is mostly `theme`'s page colour (the article fills most of it)."""
    wanted = theme_named(theme).background
    deadline = time.monotonic() + timeout
    while True:
        page = dominant(Pixels(x_display.screenshot(shot)), window)
        if page == wanted:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"the page is {page}, not {theme}'s {wanted}; see {shot}")
        time.sleep(0.2)


def stays(x_display, window: Box, theme: str, shot: Path, looks: int = 8) -> None:
    """The page keeps `theme`'s colour over several screenshots."""
    wanted = theme_named(theme).background
    for _ in range(looks):
        assert dominant(Pixels(x_display.screenshot(shot)), window) == wanted
        time.sleep(0.25)


def prepared_data(tmp_path: Path, appearance: Appearance | None = None) -> DataPaths:
    data = DataPaths(tmp_path / "data")
    write_article(data, "colours", TITLE, "A few words.\n\nAnd a few more.")
    if appearance is not None:
        PreferencesFile(data.preferences).save(appearance)
    return data


@pytest.mark.parametrize("desktop", [(0, 1)], indirect=True)
def test_a_first_start_follows_the_late_answer_and_every_later_change(x_display, desktop, tmp_path):
    data = prepared_data(tmp_path)
    app = start_reader(desktop, data)
    try:
        window = window_box(x_display, x_display.window_named(f"{TITLE} — Reader"))
        shot = tmp_path / "screen.png"
        # Qt says "no preference" at start; the portal's answer (high contrast) comes later.
        wait_for_page(x_display, window, "High contrast", shot)
        desktop.set("contrast", 0)
        wait_for_page(x_display, window, "Light", shot)
        desktop.set("color-scheme", DARK)
        wait_for_page(x_display, window, "Dark", shot)
        desktop.set("contrast", 1)  # high contrast wins over dark
        wait_for_page(x_display, window, "High contrast", shot)
        desktop.set("contrast", 0)
        desktop.set("color-scheme", LIGHT)
        wait_for_page(x_display, window, "Light", shot)
    finally:
        app.terminate()
        app.wait(timeout=20)
    saved, _ = PreferencesFile(data.preferences).load()
    assert not saved.theme_chosen  # following the system is not a choice to remember


@pytest.mark.parametrize("desktop", [(DARK, 0)], indirect=True)
def test_a_later_start_without_a_chosen_theme_follows_the_system(x_display, desktop, tmp_path):
    # Saved by an earlier session in Light, the theme then followed rather than chosen.
    data = prepared_data(tmp_path, Appearance(text_scale=1.25, theme="Light"))
    app = start_reader(desktop, data)
    try:
        window = window_box(x_display, x_display.window_named(f"{TITLE} — Reader"))
        wait_for_page(x_display, window, "Dark", tmp_path / "screen.png")
    finally:
        app.terminate()
        app.wait(timeout=20)


@pytest.mark.parametrize("desktop", [(DARK, 1)], indirect=True)
def test_a_theme_the_reader_chose_is_kept_whatever_the_system_says(x_display, desktop, tmp_path):
    data = prepared_data(tmp_path, Appearance(theme="Sepia", theme_chosen=True))
    app = start_reader(desktop, data)
    try:
        window = window_box(x_display, x_display.window_named(f"{TITLE} — Reader"))
        shot = tmp_path / "screen.png"
        wait_for_page(x_display, window, "Sepia", shot)
        stays(x_display, window, "Sepia", shot)  # past the portal's late answer
        desktop.set("contrast", 0)
        desktop.set("color-scheme", LIGHT)
        stays(x_display, window, "Sepia", shot)
    finally:
        app.terminate()
        app.wait(timeout=20)
