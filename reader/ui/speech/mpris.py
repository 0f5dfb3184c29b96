"""The reading session as an MPRIS player on the session bus (Linux), so that a desktop's
media keys, a headset's buttons and the shell's media panel reach read-aloud when
Reader's window is not focused. MPRIS D-Bus Interface Specification 2.2:
https://specifications.freedesktop.org/mpris-spec/latest/ (section names below are its).
What is published, and why, is decided in reader.core.speech.media_session.

How PySide6's QtDBus does it (PySide6 6.11, measured with gdbus, dbus-monitor, playerctl):
- Each interface is a QDBusAbstractAdaptor subclass with `@ClassInfo` "D-Bus Interface",
  made a child of one plain QObject registered at /org/mpris/MediaPlayer2
  (QDBusConnection.registerObject with the default options, which export adaptors). Qt
  then answers Introspect, Properties.Get/GetAll/Set from the adaptors' `Property`s and
  calls their `Slot`s. Works as in C++.
- Types: `Property(str)` is s, `float` d, `bool` b, "qlonglong" x, "QStringList" as,
  "QVariantMap" a{sv}; a QDBusObjectPath value inside that map goes out as o (so
  mpris:trackid is a real object path); `Slot("qlonglong")` takes x and
  `Slot(QDBusObjectPath, "qlonglong")` takes (o, x), as Seek and SetPosition need.
- Qt does not emit org.freedesktop.DBus.Properties.PropertiesChanged for adaptors, and
  desktop shells rely on it: it is sent by hand (QDBusMessage.createSignal). A Python
  list as its third argument goes out as av, not the as the signature needs (GDBus
  clients then ignore the signal); an empty QDBusArgument array of QString is as.
- Not tried: QDBusVirtualObject (handling raw messages) was not needed.
- Cost, measured here under load: importing QtDBus after QtWidgets 1 to 25 ms; connecting
  to the session bus 7 to 34 ms; registering the object and the name 0.4 to 44 ms (done
  after the window is up, from the event loop).

A session bus is looked for only on Linux; none (or a refusal of the name) is logged and
nothing else: read-aloud works as before.
"""

import logging
import os
import sys
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from reader.core.language.bidi import strip_bidi_controls
from reader.core.speech import media_session as media
from reader.ui.speech.read_aloud import ReadAloud, ReadingState

log = logging.getLogger("reader.mpris")

ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"


def _dbus_metadata(metadata: dict[str, object]) -> dict[str, object]:
    """The metadata with mpris:trackid as an object path ("Metadata_Map": it must be o)."""
    values = dict(metadata)
    values["mpris:trackid"] = QDBusObjectPath(str(metadata["mpris:trackid"]))
    return values


@ClassInfo(**{"D-Bus Interface": ROOT_INTERFACE})
class _RootAdaptor(QDBusAbstractAdaptor):
    """ "org.mpris.MediaPlayer2" interface. D-Bus names its members: N802 does not apply."""

    def __init__(self, exported: QObject, session: "MediaSession") -> None:
        super().__init__(exported)
        self._session = session

    @Slot()
    def Raise(self) -> None:  # noqa: N802
        QTimer.singleShot(0, self._session, self._session.raise_window)

    @Slot()
    def Quit(self) -> None:  # noqa: N802
        QTimer.singleShot(0, self._session, self._session.quit)

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    def _identity(self) -> str:
        return "Reader"  # the application's name, as its .desktop file gives it

    def _desktop_entry(self) -> str:
        return media.DESKTOP_ENTRY

    def _none(self) -> list[str]:
        return []  # Reader opens no URIs or files on a media shell's request

    CanQuit = Property(bool, _true, constant=True)
    CanRaise = Property(bool, _true, constant=True)
    HasTrackList = Property(bool, _false, constant=True)
    Identity = Property(str, _identity, constant=True)
    DesktopEntry = Property(str, _desktop_entry, constant=True)
    SupportedUriSchemes = Property("QStringList", _none, constant=True)
    SupportedMimeTypes = Property("QStringList", _none, constant=True)


@ClassInfo(**{"D-Bus Interface": PLAYER_INTERFACE})
class _PlayerAdaptor(QDBusAbstractAdaptor):
    """ "org.mpris.MediaPlayer2.Player" interface: commands reach read-aloud after the
    call's answer is sent (a question box read-aloud may show must not hold the caller)."""

    Seeked = Signal("qlonglong")  # never sent: CanSeek is false

    def __init__(self, exported: QObject, session: "MediaSession") -> None:
        super().__init__(exported)
        self._session = session

    def _later(self, command: str) -> None:
        QTimer.singleShot(0, self._session, getattr(self._session, command))

    @Slot()
    def Play(self) -> None:  # noqa: N802
        self._later("play")

    @Slot()
    def Pause(self) -> None:  # noqa: N802
        self._later("pause")

    @Slot()
    def PlayPause(self) -> None:  # noqa: N802
        self._later("play_pause")

    @Slot()
    def Stop(self) -> None:  # noqa: N802
        self._later("stop")

    @Slot()
    def Next(self) -> None:  # noqa: N802
        self._later("next")

    @Slot()
    def Previous(self) -> None:  # noqa: N802
        self._later("previous")

    @Slot("qlonglong")
    def Seek(self, offset: int) -> None:  # noqa: N802
        """CanSeek is false: "calling this method should have no effect"."""

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, track: QDBusObjectPath, position: int) -> None:  # noqa: N802
        """CanSeek is false: "calling this method should have no effect"."""

    @Slot(str)
    def OpenUri(self, uri: str) -> None:  # noqa: N802
        """No URI schemes are supported: the call is ignored, as the specification allows."""

    def _value(self, name: str) -> Any:
        return self._session.properties()[name]

    def _status(self) -> str:
        return self._value("PlaybackStatus")

    def _rate(self) -> float:
        return self._value("Rate")

    def _set_rate(self, rate: float) -> None:
        self._session.set_rate(rate)

    def _metadata(self) -> dict[str, object]:
        return _dbus_metadata(self._value("Metadata"))

    def _volume(self) -> float:
        return self._value("Volume")

    def _set_volume(self, volume: float) -> None:
        self._session.set_volume(volume)

    def _position(self) -> int:
        return 0  # microseconds into the track; not known (the article has no length)

    def _minimum_rate(self) -> float:
        return media.MINIMUM_RATE

    def _maximum_rate(self) -> float:
        return media.MAXIMUM_RATE

    def _can_play(self) -> bool:
        return self._value("CanPlay")

    def _can_pause(self) -> bool:
        return self._value("CanPause")

    def _can_go(self) -> bool:
        return self._value("CanGoNext")

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    PlaybackStatus = Property(str, _status)
    Rate = Property(float, _rate, _set_rate)
    Metadata = Property("QVariantMap", _metadata)
    Volume = Property(float, _volume, _set_volume)
    Position = Property("qlonglong", _position)
    MinimumRate = Property(float, _minimum_rate, constant=True)
    MaximumRate = Property(float, _maximum_rate, constant=True)
    CanGoNext = Property(bool, _can_go)
    CanGoPrevious = Property(bool, _can_go)
    CanPlay = Property(bool, _can_play)
    CanPause = Property(bool, _can_pause)
    CanSeek = Property(bool, _false, constant=True)
    CanControl = Property(bool, _true, constant=True)


class MediaSession(QObject):
    """Publishes a window's read-aloud as an MPRIS player while the window lives.

    `window` is the main window: its `read_aloud`, `guard` (private mode, quick exit) and
    `safety` are read; Raise shows it, Quit closes it (closing saves the place and the
    settings: nothing is lost). `connect` gives the bus (the session bus; a test's own).
    The window makes it after its own first paint (QtDBus and the adaptors are not
    needed for the first screen) and then calls `register_soon`: connecting to the bus
    costs up to tens of milliseconds that the start-up need not spend, and a window that
    replaces another (a change of interface language) is made before the old one closes
    and gives the name back.
    """

    def __init__(
        self,
        window: Any,
        connect: Any = QDBusConnection.sessionBus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self._read_aloud: ReadAloud = window.read_aloud
        self._connect = connect
        self._bus: QDBusConnection | None = None
        self._chosen_bus: QDBusConnection | None = None  # register(bus)'s, kept for a return
        self.bus_name = ""  # the name held on the bus; "" when not registered
        self._article: tuple[str, str, str] = ("", "", "")  # id, title, author
        self._published: dict[str, object] = {}
        self._exported = QObject(self)
        _RootAdaptor(self._exported, self)
        _PlayerAdaptor(self._exported, self)
        read_aloud = self._read_aloud
        read_aloud.stateChanged.connect(self._publish)
        read_aloud.settingsChanged.connect(self._publish)
        read_aloud.engineChanged.connect(self._publish)
        guard = window.guard
        guard.modeChanged.connect(self._publish)
        guard.quickExitStarted.connect(self.unregister)
        guard.returned.connect(self._register_again)
        self._registration = QTimer(self)
        self._registration.setSingleShot(True)
        self._registration.setInterval(0)
        self._registration.timeout.connect(self.register)

    def register_soon(self) -> None:
        """Register from the event loop (Linux only: elsewhere there is no session bus)."""
        if sys.platform.startswith("linux"):
            self._registration.start()

    # The bus ------------------------------------------------------------------------

    def register(self, bus: QDBusConnection | None = None) -> bool:
        """Take the player's name ("Bus Name Policy") and export the object, on `bus`
        (moving there) or else the session bus; True if done. A second Reader takes
        BUS_NAME.instance<pid>. No bus: logged, False."""
        if bus is not None:
            self.unregister()
            self._chosen_bus = bus
        elif self.bus_name:
            return True
        bus = self._chosen_bus if self._chosen_bus is not None else self._connect()
        if not bus.isConnected():
            error = bus.lastError().message()
            log.info("No session bus: media keys will not reach read-aloud (%s)", error)
            return False
        if not bus.registerObject(media.OBJECT_PATH, self._exported):
            log.warning("The media player's object path is taken on the session bus")
            return False
        for name in (media.BUS_NAME, media.instance_bus_name(os.getpid())):
            if bus.registerService(name):
                self._bus, self.bus_name = bus, name
                self._published = self.properties()
                return True
        bus.unregisterObject(media.OBJECT_PATH)
        log.warning("No media player name could be taken on the session bus")
        return False

    def _register_again(self) -> None:
        self.register()

    def unregister(self) -> None:
        """Leave the bus at once (quick exit, closing): the shell's panel forgets Reader."""
        self._registration.stop()
        if self._bus is None:
            return
        self._bus.unregisterService(self.bus_name)
        self._bus.unregisterObject(media.OBJECT_PATH)
        self._bus, self.bus_name = None, ""

    # What is published --------------------------------------------------------------

    def set_article(self, article_id: str, title: str, author: str) -> None:
        """The article now shown (its metadata is the track's)."""
        self._article = (article_id, strip_bidi_controls(title), strip_bidi_controls(author))
        self._publish()

    def _private(self) -> bool:
        safety = self._window.safety
        return bool(safety.private_mode or safety.neutral_title)

    def properties(self) -> dict[str, object]:
        """The Player interface's changing properties, as plain Python values."""
        read_aloud = self._read_aloud
        settings = read_aloud.settings
        track = media.track_for(*self._article, private=self._private())
        reading = read_aloud.state != ReadingState.STOPPED
        return {
            "PlaybackStatus": media.playback_status(read_aloud.state.value).value,
            "Rate": float(settings.speed),
            "Volume": float(settings.volume),
            "Metadata": track.metadata(),
            "CanPlay": read_aloud.available and bool(self._article[0]),
            "CanPause": read_aloud.available,
            "CanGoNext": reading,
            "CanGoPrevious": reading,
        }

    def _publish(self) -> None:
        """PropertiesChanged ("org.freedesktop.DBus.Properties" in the specification:
        the Player properties are marked EmitsChangedSignal=true) for what changed."""
        if self._bus is None:
            return
        now = self.properties()
        changes = media.changed(self._published, now)
        self._published = now
        if not changes:
            return
        if "Metadata" in changes:
            changes["Metadata"] = _dbus_metadata(now["Metadata"])  # type: ignore[arg-type]
        invalidated = QDBusArgument()  # as, not the av a Python list would give
        invalidated.beginArray(QMetaType(QMetaType.Type.QString))
        invalidated.endArray()
        message = QDBusMessage.createSignal(
            media.OBJECT_PATH, PROPERTIES_INTERFACE, "PropertiesChanged"
        )
        message.setArguments([PLAYER_INTERFACE, changes, invalidated])
        self._bus.send(message)

    # Commands -----------------------------------------------------------------------

    def play(self) -> None:
        """Play: resume a pause, or start reading from where the reader is."""
        read_aloud = self._read_aloud
        if read_aloud.state == ReadingState.PAUSED:
            read_aloud.resume()
        elif read_aloud.state == ReadingState.STOPPED and self.properties()["CanPlay"]:
            read_aloud.start()

    def pause(self) -> None:
        self._read_aloud.pause()

    def play_pause(self) -> None:
        if self._read_aloud.state == ReadingState.READING:
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        self._read_aloud.stop()

    def next(self) -> None:
        """Next: the next sentence (why: reader.core.speech.media_session)."""
        self._read_aloud.skip_sentences(1)

    def previous(self) -> None:
        """Previous: the sentence before the one being heard."""
        self._read_aloud.skip_sentences(-1)

    def set_rate(self, rate: float) -> None:
        """Rate: the speed; 0.0 pauses, as the specification asks of a player."""
        if rate == 0.0:
            self.pause()
            return
        self._read_aloud.set_speed(media.rate_to_speed(rate))

    def set_volume(self, volume: float) -> None:
        """Volume: 0.0 to 1.0; a negative value is 0.0 (the specification)."""
        self._read_aloud.set_volume(min(max(volume, 0.0), 1.0))

    def raise_window(self) -> None:
        window = self._window
        if window.guard.hidden:
            return  # hidden by a quick exit: only starting Reader again shows it
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def quit(self) -> None:
        """Quit: close the window as Ctrl+Q does, which saves the place and settings."""
        self._window.close()
