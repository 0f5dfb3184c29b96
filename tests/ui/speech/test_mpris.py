"""Read-aloud as an MPRIS player, driven from outside the process by real D-Bus clients
(playerctl, gdbus, dbus-monitor) on a session bus of the test's own, and heard through
the test's sound server."""

import os
import shutil
import subprocess
import time
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from reader.core.safety.settings import AfterQuickExit
from reader.core.speech import media_session as media
from reader.ui.speech.read_aloud import ReadingState
from tests.ui.conftest import wait_for_engine
from tests.ui.speech.test_read_aloud import SHORT_SENTENCES

URDU_TITLE = "دریا کی کہانی"
URDU_BODY = "دریا بہت چوڑا ہے۔ یہ سمندر تک جاتا ہے۔ کشتیاں اوپر نیچے جاتی ہیں۔"


class Bus:
    """A private session bus (dbus-daemon), and clients run against it without blocking
    the test's event loop (the app answers their calls from that loop)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self._daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            text=True,
        )
        self.address = self._daemon.stdout.readline().strip()
        self.env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address}

    def connection(self) -> QDBusConnection:
        """A new connection of this process to the bus (each one is a separate client)."""
        # A name never used before: Qt keeps named connections, also to a bus now gone.
        name = f"mpris-test-{uuid.uuid4().hex}"
        connection = QDBusConnection.connectToBus(self.address, name)
        assert connection.isConnected(), connection.lastError().message()
        return connection

    def run(self, *args: str, check: bool = True) -> str:
        """Run a client to its end, the event loop turning meanwhile; its stdout."""
        process = subprocess.Popen(
            args, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
        out, err = process.communicate()
        assert process.returncode == 0 or not check, (args, err)
        return out.strip()

    def players(self) -> list[str]:
        """The players playerctl finds (it fails when there are none)."""
        return self.run("playerctl", "-l", check=False).split()

    def playerctl(self, *args: str, player: str = "parhna_reader") -> str:
        return self.run("playerctl", "-p", player, *args)

    def get(self, name: str, interface: str = "org.mpris.MediaPlayer2.Player") -> str:
        return self.run(
            "gdbus", "call", "--session", "-d", media.BUS_NAME, "-o", media.OBJECT_PATH,
            "-m", "org.freedesktop.DBus.Properties.Get", interface, name,
        )  # fmt: skip

    def set(self, name: str, value: str) -> None:
        self.run(
            "gdbus", "call", "--session", "-d", media.BUS_NAME, "-o", media.OBJECT_PATH,
            "-m", "org.freedesktop.DBus.Properties.Set",
            "org.mpris.MediaPlayer2.Player", name, value,
        )  # fmt: skip

    def monitor(self, path: Path) -> subprocess.Popen:
        """dbus-monitor writing every PropertiesChanged into `path` (flushed per message)."""
        rule = "type='signal',interface='org.freedesktop.DBus.Properties'"
        with path.open("w") as output:
            process = subprocess.Popen(
                ["dbus-monitor", "--session", rule], env=self.env, stdout=output
            )
        self.qtbot.waitUntil(lambda: "NameAcquired" in path.read_text(), timeout=30_000)
        return process

    def close(self) -> None:
        self._daemon.terminate()
        self._daemon.wait(timeout=10)


@pytest.fixture
def bus(qtbot):
    for tool in ("dbus-daemon", "playerctl", "gdbus", "dbus-monitor"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: run the tests with ./dev.sh test, which installs it")
    private = Bus(qtbot)
    yield private
    private.close()


@pytest.fixture
def rivers_window(make_window, write_article, qtbot, bus):
    """A window on an English article, its player registered on the test's bus."""
    write_article("rivers.md", "Rivers", SHORT_SENTENCES, author="Amna Baig")
    window = make_window()
    read_aloud = window.read_aloud
    wait_for_engine(read_aloud, qtbot)
    assert read_aloud.available, read_aloud.unavailable_reason
    assert window.open_article_by_id("rivers")
    assert window.media_session.register(bus.connection())
    return window


def test_playerctl_plays_pauses_and_stops_what_is_heard(rivers_window, bus, sound_server):
    window = rivers_window
    assert bus.playerctl("status") == "Stopped"
    with sound_server.record() as recording:
        bus.playerctl("play")
        bus.qtbot.waitUntil(lambda: window.read_aloud.current_sentence_range() is not None)
        assert bus.playerctl("status") == "Playing"
        bus.qtbot.waitUntil(lambda: recording.sound_seconds() > 0.5, timeout=30_000)
        bus.playerctl("play-pause")
        assert bus.playerctl("status") == "Paused"
        paused_at = time.perf_counter()
        bus.qtbot.wait(1500)
        silent_until = time.perf_counter()
        bus.playerctl("play-pause")
        assert bus.playerctl("status") == "Playing"
        bus.playerctl("stop")
        assert bus.playerctl("status") == "Stopped"
    assert window.read_aloud.state == ReadingState.STOPPED
    # A pause is heard at once; the recording's clock is known to some tens of ms.
    assert recording.loud_between(paused_at + 0.3, silent_until) == 0


def test_properties_changed_is_sent_for_status_rate_and_volume(rivers_window, bus, tmp_path):
    log = tmp_path / "monitor.txt"
    monitor = bus.monitor(log)
    try:
        bus.playerctl("play")
        bus.qtbot.waitUntil(lambda: '"Playing"' in log.read_text(), timeout=30_000)
        rivers_window.read_aloud.change_speed(2)  # from the window, not the bus
        bus.qtbot.waitUntil(lambda: "double 1.2" in log.read_text(), timeout=30_000)
        bus.playerctl("volume", "0.4")
        bus.qtbot.waitUntil(lambda: "double 0.4" in log.read_text(), timeout=30_000)
        bus.playerctl("pause")
        bus.qtbot.waitUntil(lambda: '"Paused"' in log.read_text(), timeout=30_000)
    finally:
        monitor.terminate()
        monitor.wait(timeout=10)
    text = log.read_text()
    assert "org.mpris.MediaPlayer2.Player" in text
    assert "PlaybackStatus" in text and "Rate" in text and "Volume" in text


def test_metadata_names_the_article_and_its_author(rivers_window, bus):
    assert bus.playerctl("metadata", "xesam:title") == "Rivers"
    assert bus.playerctl("metadata", "xesam:artist") == "Amna Baig"
    track = bus.playerctl("metadata", "mpris:trackid")
    assert track == f"'{media.track_id('rivers')}'"  # playerctl quotes an object path
    assert "objectpath" in bus.get("Metadata")  # a real object path (o), not a string


def test_an_urdu_title_reaches_the_bus_whole(make_window, write_article, qtbot, bus):
    write_article("darya.md", URDU_TITLE, URDU_BODY, language="ur", author="عائشہ خان")
    window = make_window()
    assert window.open_article_by_id("darya")
    assert window.media_session.register(bus.connection())
    assert bus.playerctl("metadata", "xesam:title") == URDU_TITLE
    assert bus.playerctl("metadata", "xesam:artist") == "عائشہ خان"
    assert bus.playerctl("metadata", "mpris:trackid") == f"'{media.track_id('darya')}'"


def test_a_new_article_sends_its_metadata(rivers_window, write_article, bus, tmp_path):
    write_article("darya.md", URDU_TITLE, URDU_BODY, language="ur")
    rivers_window.reload_library()
    log = tmp_path / "monitor.txt"
    monitor = bus.monitor(log)
    try:
        assert rivers_window.open_article_by_id("darya")
        bus.qtbot.waitUntil(lambda: URDU_TITLE in log.read_text(), timeout=30_000)
    finally:
        monitor.terminate()
        monitor.wait(timeout=10)
    assert bus.playerctl("metadata", "xesam:title") == URDU_TITLE


def test_private_mode_publishes_no_title_and_says_so_at_once(rivers_window, bus, tmp_path):
    log = tmp_path / "monitor.txt"
    monitor = bus.monitor(log)
    try:
        rivers_window.guard.enter_private_mode()
        bus.qtbot.waitUntil(lambda: "Metadata" in log.read_text(), timeout=30_000)
    finally:
        monitor.terminate()
        monitor.wait(timeout=10)
    assert bus.playerctl("metadata", "xesam:title") == "Reader"
    everything = bus.playerctl("metadata") + bus.get("Metadata")
    assert "Rivers" not in everything and "Amna" not in everything
    assert b"rivers".hex() not in everything  # nor in the track id
    # An article opened in private mode is not named either.
    assert rivers_window.open_article_by_id("how-to-use-reader")
    assert bus.playerctl("metadata", "xesam:title") == "Reader"


def test_the_neutral_window_title_also_hides_the_title(make_window, write_article, bus):
    write_article("rivers.md", "Rivers", SHORT_SENTENCES)
    window = make_window()
    window.safety = replace(window.safety, neutral_title=True)
    assert window.open_article_by_id("rivers")
    assert window.media_session.register(bus.connection())
    assert bus.playerctl("metadata", "xesam:title") == "Reader"


def test_rate_is_the_speed_within_the_synthesiser_s_limits(rivers_window, bus):
    read_aloud = rivers_window.read_aloud
    assert bus.get("MinimumRate") == f"(<{media.MINIMUM_RATE}>,)"
    assert bus.get("MaximumRate") == f"(<{media.MAXIMUM_RATE}>,)"
    bus.set("Rate", "<1.5>")
    assert read_aloud.settings.speed == 1.5
    bus.set("Rate", "<10.0>")  # above the maximum: the fastest there is
    assert read_aloud.settings.speed == media.MAXIMUM_RATE
    read_aloud.set_speed(0.8)
    assert bus.get("Rate") == "(<0.80000000000000004>,)"
    bus.playerctl("play")
    bus.qtbot.waitUntil(lambda: read_aloud.state == ReadingState.READING)
    bus.set("Rate", "<0.0>")  # the specification: act as though Pause was called
    assert bus.playerctl("status") == "Paused"
    assert read_aloud.settings.speed == 0.8


def test_next_and_previous_move_a_sentence_as_the_window_s_media_keys_do(rivers_window, bus):
    view = rivers_window.view
    assert bus.get("CanGoNext") == "(<false>,)"  # nothing is being read
    view.move_caret_to(view.plain_text().index("The river is wide"))
    bus.playerctl("play")
    bus.qtbot.waitUntil(lambda: heard(rivers_window).startswith("The river is wide"))
    assert bus.get("CanGoNext") == "(<true>,)"
    bus.playerctl("next")
    bus.qtbot.waitUntil(lambda: heard(rivers_window).startswith("It runs to the sea"))
    bus.playerctl("next")
    bus.qtbot.waitUntil(lambda: heard(rivers_window).startswith("Boats go up"))
    bus.playerctl("previous")
    bus.qtbot.waitUntil(lambda: heard(rivers_window).startswith("It runs to the sea"))
    bus.playerctl("stop")


def heard(window) -> str:
    start, end = window.read_aloud.current_sentence_range() or (0, 0)
    return window.view.plain_text()[start:end]


def test_two_readers_are_two_players(rivers_window, make_window, bus):
    second = make_window()
    assert second.open_article_by_id("how-to-use-reader")
    wait_for_engine(second.read_aloud, bus.qtbot)
    assert second.media_session.register(bus.connection())
    instance = media.instance_bus_name(os.getpid())
    assert second.media_session.bus_name == instance
    players = bus.players()
    assert "parhna_reader" in players
    assert instance.removeprefix("org.mpris.MediaPlayer2.") in players
    # Each is controlled on its own.
    bus.playerctl("play", player=instance.removeprefix("org.mpris.MediaPlayer2."))
    bus.qtbot.waitUntil(lambda: second.read_aloud.state == ReadingState.READING)
    assert rivers_window.read_aloud.state == ReadingState.STOPPED
    assert bus.playerctl("metadata", "xesam:title") == "Rivers"  # the first is unchanged
    second.read_aloud.stop()


def test_the_root_interface_describes_reader(rivers_window, bus):
    root = "org.mpris.MediaPlayer2"
    assert bus.get("Identity", root) == "(<'Reader'>,)"
    assert bus.get("DesktopEntry", root) == "(<'org.parhna.Reader'>,)"
    assert bus.get("CanRaise", root) == "(<true>,)"
    assert bus.get("CanQuit", root) == "(<true>,)"
    assert bus.get("HasTrackList", root) == "(<false>,)"
    assert bus.get("SupportedUriSchemes", root) == "(<@as []>,)"


def test_quit_closes_the_window_and_keeps_the_speed(rivers_window, bus, data_paths):
    bus.set("Rate", "<1.7>")
    bus.run(
        "gdbus", "call", "--session", "-d", media.BUS_NAME, "-o", media.OBJECT_PATH,
        "-m", "org.mpris.MediaPlayer2.Quit",
    )  # fmt: skip
    bus.qtbot.waitUntil(lambda: not rivers_window.isVisible())
    assert '"speed": 1.7' in rivers_window.store.state("speech_settings")
    assert "parhna_reader" not in bus.players()


def test_quick_exit_leaves_the_bus_and_a_return_comes_back(rivers_window, bus):
    window = rivers_window
    window.safety = replace(window.safety, after_quick_exit=AfterQuickExit.HIDE)
    window.guard.quick_exit()
    assert "parhna_reader" not in bus.players()
    window.guard.come_back()
    assert "parhna_reader" in bus.players()
