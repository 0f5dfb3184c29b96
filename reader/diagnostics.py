"""What Reader records when something goes wrong: a rotating log file in the data folder,
Qt's own messages routed into it, the Python stack of a hard crash, and a plain message
for an error nobody caught, after which Reader carries on where it can.

The log names no article and nothing the reader wrote (reading may be private): it says
what failed and where in Reader's code.
"""

import faulthandler
import logging
import os
import sys
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from reader.core.storage.files import make_private_folder

LOG_NAME = "reader.log"
CRASH_NAME = "crash.log"
# Four files of at most 512 KiB: a week of ordinary use, small enough for a USB stick.
MAX_LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3

log = logging.getLogger("reader")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# Kept open for faulthandler, which writes to it from a signal handler.
_crash_file: TextIO | None = None


def start_logging(folder: Path, private: bool = False) -> Path | None:
    """Log Reader's and Qt's messages to `folder`/reader.log (rotating once
    keep_log_rotating is called: LOG_BACKUPS + 1 files of about MAX_LOG_BYTES) and a
    crash's Python stack to `folder`/crash.log.

    Returns the log file's path, or None when the folder cannot be written; Reader then
    logs to standard error only. Qt's messages still reach standard error as before.
    `private` (private mode): Qt's messages (which can name a file) stay out of the file,
    and an error is logged by its type and place in the code, without its message (which
    can hold a path or a quote).
    """
    global _crash_file
    try:
        make_private_folder(folder)  # missing parents too: mkdir(mode=) sets only the last
        # Appended to until keep_log_rotating: see there.
        handler = logging.FileHandler(folder / LOG_NAME, encoding="utf-8")
        crash_file = (folder / CRASH_NAME).open("a", encoding="utf-8")
    except OSError as error:
        sys.stderr.write(f"reader: no log file in {folder}: {error.strerror or error}\n")
        return None
    layout = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    handler.setFormatter(PrivateFormatter(layout) if private else logging.Formatter(layout))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = crash_file
    faulthandler.enable(file=crash_file, all_threads=True)
    qInstallMessageHandler(_qt_message)
    log.info("Reader started (pid %d)", os.getpid())
    return folder / LOG_NAME


def keep_log_rotating() -> None:
    """From now on, rotate the log file start_logging opened once it passes MAX_LOG_BYTES,
    keeping LOG_BACKUPS older files; nothing if no log file was opened, or if it rotates
    already. The window calls it after its first paint: logging.handlers (which loads
    socket, pickle and queue) took about 12 ms of a start, measured; what is logged before
    is appended, and rotated with the rest."""
    from logging.handlers import RotatingFileHandler

    for plain in [handler for handler in log.handlers if type(handler) is logging.FileHandler]:
        rotating = RotatingFileHandler(
            plain.baseFilename, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        rotating.setFormatter(plain.formatter)
        log.addHandler(rotating)  # first: no line is lost between the two
        log.removeHandler(plain)
        plain.close()
        with rotating.lock:  # a file already full rotates now, not at its next line
            if Path(rotating.baseFilename).stat().st_size >= MAX_LOG_BYTES:
                rotating.doRollover()


class PrivateFormatter(logging.Formatter):
    """The log's lines in private mode: Reader's own messages (which name no article), Qt's
    left out, and each error's type and stack without its message."""

    def format(self, record: logging.LogRecord) -> str:
        if record.name.startswith(f"{log.name}.qt"):
            return self.formatTime(record) + f" {record.levelname} {record.name}: (private)"
        return super().format(record)

    def formatException(  # noqa: N802 - logging's name
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        kind, _, trace = ei
        stack = "".join(traceback.format_tb(trace))
        return f"Traceback (most recent call last):\n{stack}{kind.__name__ if kind else ''}"


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    log.getChild("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
    sys.stderr.write(f"{message}\n")


def display_problem(environment: Mapping[str, str], platform: str) -> str | None:
    """Why no window can open, in plain words, or None. On Linux a window needs an X11 or
    Wayland display; without one Qt would abort and name a missing library instead
    (libxcb-cursor0), which sends readers and trainers the wrong way."""
    if not platform.startswith("linux") or environment.get("QT_QPA_PLATFORM"):
        return None
    if environment.get("DISPLAY") or environment.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to show a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
        "Start Reader from the desktop; without a desktop, 'reader export-audio' saves an "
        "article as speech and 'reader --self-test' checks the installation."
    )


ErrorReporter = Callable[[], None]


def install_exception_hook(report: ErrorReporter | None = None) -> None:
    """Log every uncaught exception (a slot's included, which Qt would otherwise only
    print), print it on standard error, then call `report` to tell the reader; an error
    while reporting is logged, never raised again."""

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        log.critical("Uncaught exception", exc_info=(kind, value, trace))
        sys.__excepthook__(kind, value, trace)
        if report is None or issubclass(kind, KeyboardInterrupt):
            return
        try:
            report()
        except Exception:
            log.exception("The error could not be reported to the reader")

    sys.excepthook = hook
