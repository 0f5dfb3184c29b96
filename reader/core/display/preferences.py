"""The reader's display preferences, kept in one small JSON file in the data folder.

The file is {"version": 1, "appearance": {...}}. A file that cannot be read is moved
aside, never deleted, and the defaults are used; the reader is told so. The defaults
are Reader's own, unless the machine has a defaults file (see machine_defaults_path).
"""

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.display.appearance import Appearance
from reader.core.storage.files import damaged_copy_path, write_atomically

translate = QCoreApplication.translate
FORMAT_VERSION = 1
MACHINE_DEFAULTS_NAME = "reader-defaults.json"
MACHINE_DEFAULTS_VARIABLE = "READER_DEFAULTS"


def machine_defaults_path() -> Path | None:
    """Where this machine's display defaults are, if it can have any.

    The environment variable READER_DEFAULTS, when set, names the file: an NGO can point
    it at a file on a USB stick, and tests use it. Otherwise an installed (frozen) Reader
    looks for reader-defaults.json beside its program file, where an NGO can ship one;
    a Reader run from source has none. The file has the preferences file's format, or is
    just the "appearance" part of it.
    """
    chosen = os.environ.get(MACHINE_DEFAULTS_VARIABLE, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    if getattr(sys, "frozen", False):
        return Path(sys.executable).parent / MACHINE_DEFAULTS_NAME
    return None


class PreferencesFile:
    def __init__(self, path: Path, machine_defaults: Path | None = None) -> None:
        self.path = path
        self.machine_defaults = machine_defaults

    def load(self) -> tuple[Appearance, str | None]:
        """The saved appearance, or the defaults; and a message for the reader, or None."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return self.defaults()
        except OSError as error:
            defaults, problem = self.defaults()
            message = translate(
                "preferences",
                "Your display preferences could not be read ({error}); "
                "the defaults are used for now.",
            ).format(error=error.strerror)
            return defaults, _joined(message, problem)
        appearance = _saved_appearance(data)
        if appearance is not None:
            return appearance, None
        defaults, problem = self.defaults()
        return defaults, _joined(self._set_aside_damaged(), problem)

    def defaults(self) -> tuple[Appearance, str | None]:
        """This machine's defaults if it has a readable defaults file, else Reader's own."""
        if self.machine_defaults is None:
            return Appearance(), None
        try:
            data = self.machine_defaults.read_bytes()
        except FileNotFoundError:
            return Appearance(), None
        except OSError as error:
            return Appearance(), translate(
                "preferences",
                "The display defaults in {path} could not be read ({error}); "
                "Reader's own defaults are used.",
            ).format(path=self.machine_defaults, error=error.strerror)
        appearance = _machine_appearance(data)
        if appearance is None:
            return Appearance(), translate(
                "preferences",
                "The display defaults in {path} are not valid; Reader's own defaults are used.",
            ).format(path=self.machine_defaults)
        return appearance, None

    def save(self, appearance: Appearance) -> None:
        """Write the file whole or not at all; raises OSError (read-only folder, full disk)."""
        document = {"version": FORMAT_VERSION, "appearance": appearance.to_dict()}
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        write_atomically(self.path, text.encode("utf-8"))

    def _set_aside_damaged(self) -> str:
        target = damaged_copy_path(self.path)
        try:
            self.path.replace(target)
        except OSError:
            # Saving will replace it; telling the reader matters more than keeping it.
            return translate(
                "preferences", "Your display preferences could not be read and were reset."
            )
        return translate(
            "preferences",
            "Your display preferences could not be read and were reset; "
            "the old file was kept as {path}.",
        ).format(path=target)


def _json_object(data: bytes) -> dict | None:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except ValueError:  # includes UnicodeDecodeError and json.JSONDecodeError
        return None
    return document if isinstance(document, dict) else None


def _saved_appearance(data: bytes) -> Appearance | None:
    """The appearance in a preferences file, or None if the file as a whole is unusable.

    Single values that are wrong only fall back to their defaults (Appearance.from_dict).
    """
    document = _json_object(data)
    if document is None:
        return None
    version = document.get("version")
    # A newer Reader's file is read as far as this one understands it.
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        return None
    appearance = document.get("appearance")
    return Appearance.from_dict(appearance) if isinstance(appearance, dict) else None


def _machine_appearance(data: bytes) -> Appearance | None:
    """The appearance in a defaults file: a preferences file, or just its "appearance" part."""
    document = _json_object(data)
    if document is None:
        return None
    appearance = document.get("appearance", document)
    return Appearance.from_dict(appearance) if isinstance(appearance, dict) else None


def _joined(first: str, second: str | None) -> str:
    return first if second is None else f"{first}\n{second}"
