"""The quick exit's keys, hiding every window at once, and waking a hidden Reader.

Keys are watched by an event filter on the application, not by a window's shortcut, so
that they work in every window of Reader, modal dialogs included, and whatever has focus.
A hidden Reader listens on a local socket (QLocalServer: a Unix socket in the temporary
folder, a named pipe on Windows) named after its data folder; starting Reader again
connects to it, which shows that Reader and ends the new one. The socket exists only while
Reader is hidden. Outside Windows a start connects with Python's own socket to the path
QLocalServer listens on: QtNetwork (2.7 MiB resident, measured in /proc/self/smaps) then
loads only when a quick exit hides Reader.
"""

import contextlib
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from reader.core.safety.presses import RepeatedPress
from reader.core.storage.digests import sha256_hex

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

_KEY_EVENTS = frozenset(
    (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
)
# A hidden Reader answers at once; a missing one fails at once (no such socket).
WAKE_WAIT_MS = 500


class QuickExitKeys(QObject):
    """Emits `requested` on Shift+Escape, or on Escape pressed three times within a second
    (reader.core.safety.presses), in any of the application's windows, once `watch` is
    called: the window calls it once it is first painted, before which no key can reach
    it. Every event of the application passes through the watcher, and the first ones
    of a start cost most: PySide6 makes Python classes for every QObject subclass Qt has
    (about 150 enumerations, 40 ms of a start measured) to wrap the first object of a
    private Qt class handed to Python."""

    requested = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)  # removed from the application with its parent
        self._escapes = RepeatedPress()
        self._pressed: int | None = None  # the key whose press was seen, not yet released
        self._swallow = False  # that press asked for the exit: it does nothing else
        self._watching = False

    def watch(self) -> None:
        """Start watching the application's keys (again: nothing)."""
        if not self._watching:
            self._watching = True
            QApplication.instance().installEventFilter(self)

    def reset(self) -> None:
        """Forget a press whose release never came (the windows were hidden in between)."""
        self._pressed, self._swallow = None, False
        self._escapes.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # ShortcutOverride comes first for each key press, before any shortcut (Escape stops
        # reading aloud) or widget (a dialog's Escape) acts. The application's filter sees it
        # once for each object it is offered to (the focus widget, then its parents), and the
        # key's release follows them all: a press is counted once, from its first offer.
        kind = event.type()
        if kind not in _KEY_EVENTS or not isinstance(event, QKeyEvent):
            return False  # first and cheap: the filter sees every event of the application
        if kind == QEvent.Type.KeyRelease:
            if event.key() == self._pressed and not event.isAutoRepeat():
                self._pressed, self._swallow = None, False
            return False
        if kind == QEvent.Type.KeyPress:
            return self._swallow and event.key() == self._pressed
        if kind != QEvent.Type.ShortcutOverride:
            return False
        if event.key() == self._pressed or event.isAutoRepeat():
            return False
        self._pressed, self._swallow = event.key(), False
        if event.key() != Qt.Key.Key_Escape:
            self._escapes.reset()
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = modifiers == Qt.KeyboardModifier.ShiftModifier
        if shift or (
            modifiers == Qt.KeyboardModifier.NoModifier and self._escapes.press(_pressed_at(event))
        ):
            self._escapes.reset()
            self._swallow = True
            event.accept()
            self.requested.emit()
            return True
        return False


def _pressed_at(event: QKeyEvent) -> float:
    """When the key was pressed, in seconds: the window system's time stamp (milliseconds)
    when it gives one, so that a busy Reader counts the presses as the reader made them,
    not as it got round to them; else now (synthetic events have none)."""
    stamp = event.timestamp()
    return stamp / 1000 if stamp else time.monotonic()


def hide_every_window() -> None:
    """Hide every window of Reader: dialogs first (a modal one's loop ends, as if it were
    cancelled), then the rest. Hidden windows leave the screen and the taskbar."""
    windows = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    windows.sort(key=lambda widget: not widget.isModal())
    for widget in windows:
        widget.hide()


def wake_name(data_root: Path) -> str:
    """The local socket's name for Reader on this data folder: a digest, so that the name
    says nothing about the folder or the reader."""
    digest = sha256_hex(str(data_root).encode("utf-8"))[:16]
    return f"org.parhna.Reader-{digest}"


def wake_hidden_reader(data_root: Path) -> bool:
    """Show a Reader hidden by a quick exit on this data folder; True if there was one."""
    if sys.platform != "win32":
        return _wake_over_unix_socket(wake_name(data_root))
    from PySide6.QtNetwork import QLocalSocket  # a named pipe: Qt's own client

    client = QLocalSocket()
    client.connectToServer(wake_name(data_root))
    if not client.waitForConnected(WAKE_WAIT_MS):
        return False
    client.write(b"show\n")
    client.waitForBytesWritten(WAKE_WAIT_MS)
    client.disconnectFromServer()
    return True


def _wake_over_unix_socket(name: str) -> bool:
    """Connect to QLocalServer's socket for `name`: on Unix a socket file of that name in
    Qt's temporary folder (QLocalServer::fullServerName). No listener: False at once."""
    path = Path(QDir.tempPath()) / name
    if not path.exists():  # the usual start: the socket module (about 5 ms) is not loaded
        return False
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(WAKE_WAIT_MS / 1000)
        try:
            client.connect(str(path))
        except OSError:  # no such socket, or one left by a Reader that crashed
            return False
        with contextlib.suppress(OSError):  # connecting was the message; this is a courtesy
            client.sendall(b"show\n")
    return True


class WakeListener(QObject):
    """Listens, while Reader is hidden, for another start of Reader; emits `woken`."""

    woken = Signal()

    def __init__(self, data_root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: QLocalServer | None = None  # made when Reader is first hidden
        self._name = wake_name(data_root)

    def listen(self) -> bool:
        """Start listening; False if the socket cannot be made (then only quitting is safe)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is None:
            self._server = QLocalServer(self)
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._server.newConnection.connect(self._on_connection)
        QLocalServer.removeServer(self._name)  # one left by a Reader that crashed
        return self._server.listen(self._name)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()

    def _on_connection(self) -> None:
        if self._server is None:  # only listen() connects this
            return
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.disconnectFromServer()
            connection.deleteLater()
        self.close()
        self.woken.emit()
