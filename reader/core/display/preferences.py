"""The reader's display preferences, kept in one small JSON file in the data folder.

The file is {"version": 1, "appearance": {...}}. A file that cannot be read, or that
has a value of the wrong type or out of range, is moved aside, never deleted; the
defaults are used for what could not be read, and the reader is told so. The defaults
are Reader's own, unless the machine has a defaults file (see machine_defaults_path);
a defaults file with any bad value, or with custom colours below CONTRAST_FLOOR, is
reported and ignored as a whole, since it applies to every reader on the machine.
"""

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.display.appearance import Appearance, value_problems
from reader.core.display.themes import CUSTOM_THEME_NAME, TEXT_RATIO, contrast_ratio, format_ratio
from reader.core.storage.files import damaged_copy_path, write_atomically

translate = QCoreApplication.translate
FORMAT_VERSION = 1
MACHINE_DEFAULTS_NAME = "reader-defaults.json"
MACHINE_DEFAULTS_VARIABLE = "READER_DEFAULTS"
# Custom colours in a machine's defaults must have at least this contrast: the point
# below which the settings dialog calls the reader's own colours too low (WCAG 1.4.3).
CONTRAST_FLOOR = TEXT_RATIO
# A real file is under 1 KB; reading no more than this keeps a huge file from filling memory.
MAX_FILE_BYTES = 1024 * 1024


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
            data = _read_limited(self.path)
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
        saved = _saved_appearance(data)
        if saved is None:
            defaults, problem = self.defaults()
            return defaults, _joined(self._set_aside_damaged(), problem)
        problems = value_problems(saved)
        if not problems:
            return Appearance.from_dict(saved), None
        # The good values stay, the defaults replace the rest; the file is kept aside.
        defaults, problem = self.defaults()
        good = {name: value for name, value in saved.items() if name not in problems}
        appearance = Appearance.from_dict({**defaults.to_dict(), **good})
        return appearance, _joined(self._set_aside_bad_values(list(problems.values())), problem)

    def defaults(self) -> tuple[Appearance, str | None]:
        """This machine's defaults if it has a readable defaults file, else Reader's own."""
        if self.machine_defaults is None:
            return Appearance(), None
        try:
            data = _read_limited(self.machine_defaults)
        except FileNotFoundError:
            return Appearance(), None
        except OSError as error:
            return Appearance(), translate(
                "preferences",
                "The display defaults in {path} could not be read ({error}); "
                "Reader's own defaults are used.",
            ).format(path=self.machine_defaults, error=error.strerror)
        values = _machine_appearance(data)
        if values is None:
            return Appearance(), translate(
                "preferences",
                "The display defaults in {path} are not valid; Reader's own defaults are used.",
            ).format(path=self.machine_defaults)
        problems = value_problems(values)
        if problems:
            return Appearance(), translate(
                "preferences",
                "The display defaults in {path} have values Reader cannot use, so Reader's "
                "own defaults are used:\n{problems}",
            ).format(path=self.machine_defaults, problems="\n".join(problems.values()))
        appearance = Appearance.from_dict(values)
        ratio = contrast_ratio(appearance.custom_text, appearance.custom_background)
        if appearance.theme == CUSTOM_THEME_NAME and ratio < CONTRAST_FLOOR:
            return Appearance(), translate(
                "preferences",
                "The display defaults in {path} set text colour {text} on background "
                "{background}: a contrast of {ratio}:1, below the {needed}:1 needed to "
                "read; Reader's own defaults are used.",
            ).format(
                path=self.machine_defaults,
                text=appearance.custom_text,
                background=appearance.custom_background,
                ratio=format_ratio(ratio),
                needed=f"{CONTRAST_FLOOR:g}",
            )
        return appearance, None

    def saved_language(self) -> str:
        """The interface language chosen in the reader's file, else in the machine's defaults,
        else "" (follow the system); nothing is moved or reported. Read before the rest, so
        that what load() reports is in the reader's language."""
        for path in (self.path, self.machine_defaults):
            if path is None:
                continue
            try:
                document = _json_object(_read_limited(path))
            except OSError:
                continue
            values = document.get("appearance", document) if document else None
            if isinstance(values, dict) and "language" in values:
                language = Appearance.from_dict({"language": values["language"]}).language
                if language == values["language"]:
                    return language
        return ""

    def save(self, appearance: Appearance) -> None:
        """Write the file whole or not at all; raises OSError (read-only folder, full disk).
        The file's other parts (the safety settings, reader.core.safety.settings) are kept."""
        try:
            kept = _json_object(_read_limited(self.path)) or {}
        except OSError:
            kept = {}
        document = {**kept, "version": FORMAT_VERSION, "appearance": appearance.to_dict()}
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        write_atomically(self.path, text.encode("utf-8"))

    def _set_aside_bad_values(self, problems: list[str]) -> str:
        """Keep the file with bad values aside; the message names each one."""
        target = damaged_copy_path(self.path)
        try:
            self.path.replace(target)
        except OSError:
            kept = ""
        else:
            kept = translate("preferences", "The old file was kept as {path}.").format(path=target)
        message = translate(
            "preferences",
            "Some of your display preferences could not be used and were reset:\n{problems}",
        ).format(problems="\n".join(problems))
        return _joined(message, kept or None)

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


def _read_limited(path: Path) -> bytes:
    """The file's bytes, or b"" (unusable) if it is larger than MAX_FILE_BYTES; OSError."""
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    return b"" if len(data) > MAX_FILE_BYTES else data


def _json_object(data: bytes) -> dict | None:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    # ValueError includes UnicodeDecodeError, JSONDecodeError and integers over 4300
    # digits; RecursionError comes from deeply nested arrays.
    except (ValueError, RecursionError):
        return None
    return document if isinstance(document, dict) else None


def _saved_appearance(data: bytes) -> dict | None:
    """The "appearance" values of a preferences file, or None if the file as a whole is
    unusable. Single values are checked by the caller (value_problems)."""
    document = _json_object(data)
    if document is None:
        return None
    version = document.get("version")
    # A newer Reader's file is read as far as this one understands it.
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        return None
    # A file with the safety settings only (reader.core.safety.settings) has no appearance.
    appearance = document.get("appearance", {} if "safety" in document else None)
    if not isinstance(appearance, dict):
        return None
    # A file from before Reader followed the system: a theme other than the default was
    # the reader's choice; the default may have been no choice at all.
    return _with_theme_choice(appearance, appearance.get("theme", "Light") != "Light")


def _machine_appearance(data: bytes) -> dict | None:
    """The values in a defaults file: a preferences file, or just its "appearance" part."""
    document = _json_object(data)
    if document is None:
        return None
    appearance = document.get("appearance", document)
    if not isinstance(appearance, dict):
        return None
    # A theme an NGO sets for its readers is kept, whatever the system says.
    return _with_theme_choice(appearance, "theme" in appearance)


def _with_theme_choice(appearance: dict, chosen: object) -> dict:
    """The values with "theme_chosen" as `chosen` where the file does not say."""
    if "theme_chosen" in appearance:
        return appearance
    return {**appearance, "theme_chosen": chosen is True}


def _joined(first: str, second: str | None) -> str:
    return first if second is None else f"{first}\n{second}"
