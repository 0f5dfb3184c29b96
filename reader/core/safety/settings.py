"""The reader's safety settings: private mode, the quick exit's behaviour, a neutral window
title, the article shown after a quick exit, and the NGO's help article.

They are the "safety" part of preferences.json ({"version": 1, "appearance": {...},
"safety": {...}}). An NGO's defaults file (reader-defaults.json, see
reader.core.display.preferences.machine_defaults_path) may hold a "safety" part too: its
values apply wherever the reader has not chosen, and only it can name the help article
(the NGO's own helplines: Reader ships no phone numbers, since a wrong one would do harm).
A defaults file with a bad safety value is ignored as a whole, and the reader told why.
"""

import json
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.storage.files import write_atomically

translate = QCoreApplication.translate
SAFETY_PART = "safety"
# The preferences file's format version (reader.core.display.preferences.FORMAT_VERSION).
FORMAT_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024


class AfterQuickExit(StrEnum):
    """What a quick exit leaves: no Reader at all, or a hidden one that shows a neutral
    article when it is started again."""

    QUIT = "quit"
    HIDE = "hide"


@dataclass(frozen=True)
class SafetySettings:
    private_mode: bool = False
    neutral_title: bool = False  # the window is called "Reader", never the article's title
    after_quick_exit: AfterQuickExit = AfterQuickExit.QUIT
    neutral_article: str = ""  # an article id shown after a hidden quick exit; "" = the guide
    help_article: str = ""  # an article id, set by the NGO's defaults file only
    asked: bool = False  # the reader answered the first-start question about private mode

    def to_dict(self) -> dict[str, object]:
        values = asdict(self)
        values["after_quick_exit"] = self.after_quick_exit.value
        del values["help_article"]  # the NGO's, never the reader's to save
        return values


# The reader may set these; the NGO's file may set every field.
_READER_FIELDS = ("private_mode", "neutral_title", "after_quick_exit", "neutral_article", "asked")


def _checked(name: str, value: object) -> object | None:
    """The value as the field keeps it, or None when it cannot be used."""
    if name in ("private_mode", "neutral_title", "asked"):
        return value if isinstance(value, bool) else None
    if name == "after_quick_exit":
        return AfterQuickExit(value) if value in {e.value for e in AfterQuickExit} else None
    if name in ("neutral_article", "help_article"):
        return value.strip() if isinstance(value, str) and len(value) <= 1000 else None
    return None


def _part(path: Path | None) -> dict | None:
    """The "safety" object of a preferences or defaults file; {} when the file or the part
    is absent; None when the file cannot be read as JSON."""
    if path is None:
        return {}
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return {}
    except OSError:
        return None
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    part = document.get(SAFETY_PART, {})
    return part if isinstance(part, dict) else None


def load_safety(
    preferences: Path, machine_defaults: Path | None = None
) -> tuple[SafetySettings, str | None]:
    """The settings: the NGO's defaults, then the reader's own choices over them; and a
    message for the reader when the defaults file's safety part cannot be used, or None.
    A bad value of the reader's own is left out (the default stands); the preferences file
    itself is checked, and set aside if damaged, by PreferencesFile."""
    settings, problem = SafetySettings(), None
    ngo = _part(machine_defaults)
    bad = [] if ngo is not None else [SAFETY_PART]
    values: dict[str, object] = {}
    for name, value in (ngo or {}).items():
        if name not in {field.name for field in fields(SafetySettings)}:
            continue  # a newer Reader's setting
        checked = _checked(name, value)
        if checked is None:
            bad.append(name)
        else:
            values[name] = checked
    if bad:
        problem = translate(
            "safety",
            "The safety defaults in {path} cannot be used ({names}); Reader's own are used.",
        ).format(path=machine_defaults, names=", ".join(bad))
    else:
        settings = replace(settings, **values)
    own = _part(preferences) or {}
    for name in _READER_FIELDS:
        if name in own and (checked := _checked(name, own[name])) is not None:
            settings = replace(settings, **{name: checked})
    return settings, problem


def save_safety(preferences: Path, settings: SafetySettings) -> None:
    """Write the reader's safety choices into the preferences file, keeping its other
    parts; whole or not at all. Raises OSError (a read-only folder, a full disk)."""
    try:
        document = json.loads(preferences.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        document = {}
    if not isinstance(document, dict):
        document = {}
    document.setdefault("version", FORMAT_VERSION)
    document[SAFETY_PART] = settings.to_dict()
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_atomically(preferences, text.encode("utf-8"))
