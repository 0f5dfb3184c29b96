"""What a screen reader gets from Reader, through the real Linux accessibility bus (AT-SPI).

Qt shows the article to screen readers as one flat text, so Reader announces headings,
places and results itself; this test listens on the bus as Orca would and checks that
the announcements arrive, with the words a reader should hear.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.e2e

SYSTEM_PYTHON = Path("/usr/bin/python3")  # Debian's, which has pyatspi
LISTENER = Path(__file__).with_name("atspi_listener.py")
BUS_LAUNCHERS = (
    Path("/usr/libexec/at-spi-bus-launcher"),
    Path("/usr/lib/at-spi2-core/at-spi-bus-launcher"),
)


@pytest.fixture
def accessibility_bus(x_display):
    """A session bus and the AT-SPI bus on it, as a desktop session starts them."""
    launcher = next((path for path in BUS_LAUNCHERS if path.exists()), None)
    if launcher is None or shutil.which("dbus-launch") is None or not SYSTEM_PYTHON.exists():
        pytest.fail(
            "at-spi2-core, dbus-x11 and python3-pyatspi are missing: ./dev.sh test installs them"
        )
    output = subprocess.run(
        ["dbus-launch", "--sh-syntax"],
        env=x_display.env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    values = dict(
        line.split("=", 1)
        for line in output.replace("'", "").replace(";", "").splitlines()
        if "=" in line
    )
    env = {**x_display.env(), "DBUS_SESSION_BUS_ADDRESS": values["DBUS_SESSION_BUS_ADDRESS"]}
    bus = subprocess.Popen([launcher, "--launch-immediately"], env=env, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    yield env
    bus.terminate()
    bus.wait(timeout=10)
    os.kill(int(values["DBUS_SESSION_BUS_PID"]), signal.SIGTERM)


class Lines:
    """A process's output, line by line, read in the background."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.lines: list[dict] = []
        self._thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self._thread.start()

    def _read(self, process: subprocess.Popen) -> None:
        for line in process.stdout:
            if line.startswith("{"):
                self.lines.append(json.loads(line))

    def wait_for(self, condition, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"not heard in {timeout} s; heard: {self.lines}")
            time.sleep(0.1)

    def focus(self) -> list[list[str]]:
        """Each focus change heard: [role, name]."""
        return [line["focus"] for line in self.lines if "focus" in line]

    def announcements(self) -> list[str]:
        return [line["announcement"] for line in self.lines if "announcement" in line]


def test_a_screen_reader_hears_the_structure_reader_announces(
    x_display, accessibility_bus, tmp_path
):
    env = {**accessibility_bus, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    app = subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data")],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    listener = subprocess.Popen(
        [str(SYSTEM_PYTHON), str(LISTENER), "40"], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        window = x_display.window_named("How to Use Reader — Reader")
        heard = Lines(listener)
        heard.wait_for(lambda: any("tree" in line for line in heard.lines))
        tree = next(line for line in heard.lines if "tree" in line)
        nodes = {tuple(node) for node in tree["tree"]}
        assert ("tree", "Articles") in nodes  # the library, by name
        assert ("text", "Search") in nodes
        assert tree["article_text"].startswith("How to Use Reader")  # the article is readable text

        time.sleep(1.0)  # Qt sends announcements once it knows someone listens
        x_display.xdotool("windowfocus", "--sync", window)
        # H gives the heading focus, which a screen reader speaks (test_article_structure.py);
        # Ctrl+I, which has no node to focus, is announced.
        x_display.xdotool("key", "--delay", "300", "ctrl+e", "h", "ctrl+i")
        heard.wait_for(
            lambda: any(
                said.startswith("How to Use Reader. Section: Opening articles.")
                for said in heard.announcements()
            )
        )
        # Down past the guide in Urdu, listed under the English one.
        x_display.xdotool("key", "--delay", "300", "ctrl+l", "Down", "Down", "Return")
        # The content note comes first, said in full, with "Open the Article" focused.
        heard.wait_for(
            lambda: any(said.startswith("Content note for What") for said in heard.announcements())
        )
        note = next(said for said in heard.announcements() if said.startswith("Content note"))
        assert "This article discusses sexual harassment" in note
        heard.wait_for(lambda: ["push button", "Open the Article"] in heard.focus())
        x_display.xdotool("key", "Tab")  # "Back to the Library" is beside it
        heard.wait_for(lambda: heard.focus()[-1] == ["push button", "Back to the Library"])
        x_display.xdotool("key", "shift+Tab")
        heard.wait_for(lambda: heard.focus()[-1] == ["push button", "Open the Article"])
        x_display.xdotool("key", "Return")  # by keyboard alone: Enter opens the article
        heard.wait_for(
            lambda: any(said.startswith("Opened What #MeToo") for said in heard.announcements())
        )
        opened = next(said for said in heard.announcements() if said.startswith("Opened What"))
        assert "Content note" not in opened  # said once, before the text
    finally:
        listener.terminate()
        app.terminate()
        app.wait(timeout=20)
        listener.wait(timeout=20)
