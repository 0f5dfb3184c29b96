"""Desktop media controls reach read-aloud in the real app under Xvfb while another window
has the focus: playerctl (a real MPRIS client) on a session bus of the test's own, and the
sound heard through the test's sound server."""

import shutil
import subprocess
import time

import pytest

from tests.e2e.test_read_aloud_session import TITLE, rivers  # noqa: F401 - a fixture

pytestmark = pytest.mark.e2e


@pytest.fixture
def session_bus(monkeypatch):
    """A private session bus for the app (start_app passes the environment on)."""
    for tool in ("dbus-daemon", "playerctl", "xmessage"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: run the tests with ./dev.sh test, which installs it")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)


def playerctl(x_display, *args: str) -> str:
    done = subprocess.run(
        ["playerctl", "-p", "parhna_reader", *args],
        env=x_display.env(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    return done.stdout.strip()


def wait_for_status(x_display, status: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while playerctl(x_display, "status") != status:
        if time.monotonic() > deadline:
            raise AssertionError(f"the player never became {status}")
        time.sleep(0.2)


def test_playerctl_reads_aloud_while_another_window_has_the_focus(
    x_display,
    start_app,
    rivers,  # noqa: F811 - the fixture imported above
    session_bus,
    sound_server,
):
    app = start_app("rivers")
    reader_window = x_display.window_named(TITLE)
    wait_for_status(x_display, "Stopped")  # the player is on the bus
    other = subprocess.Popen(
        ["xmessage", "-name", "other", "-title", "Another window", "Another window"],
        env=x_display.env(),
    )
    try:
        other_window = x_display.window_named("Another window")
        x_display.xdotool("windowfocus", "--sync", other_window)
        assert x_display.xdotool("getwindowfocus") != reader_window
        assert playerctl(x_display, "metadata", "xesam:title") == "Rivers"
        time.sleep(1.5)  # nothing was pressed in Reader: Play starts the speech engine
        with sound_server.record() as recording:
            playerctl(x_display, "play")
            wait_for_status(x_display, "Playing")
            time.sleep(2.0)
            paused_at = time.perf_counter()
            playerctl(x_display, "pause")
            wait_for_status(x_display, "Paused")
            time.sleep(1.5)
            quiet_until = time.perf_counter()
        assert x_display.xdotool("getwindowfocus") != reader_window  # focus never moved
    finally:
        other.terminate()
        other.wait(timeout=10)
    assert recording.loud_between(recording.started, paused_at) > 0.5  # play spoke
    assert recording.loud_between(paused_at + 0.3, quiet_until) == 0  # pause silenced it

    subprocess.run(  # Quit closes Reader as Ctrl+Q does (playerctl 2.4 has no quit)
        [
            "gdbus", "call", "--session", "-d", "org.mpris.MediaPlayer2.parhna_reader",
            "-o", "/org/mpris/MediaPlayer2", "-m", "org.mpris.MediaPlayer2.Quit",
        ],
        env=x_display.env(),
        check=True,
        timeout=30,
    )  # fmt: skip
    app.wait(timeout=30)
    assert app.returncode == 0, app.stderr.read()
