"""Marks to and from files: JSON to keep or move them, Markdown to read or print them.

The JSON format is documented in README.md ("Bookmarks and notes") and described by
resources/schemas/marks.schema.json. An imported file is untrusted: every mark is checked
before anything is written, and then all are merged in one transaction, so a bad file
changes nothing and says what is wrong with it.
"""

import json
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from reader.core.marks.anchoring import Anchor
from reader.core.marks.mark import Category, Mark, MarkKind, category_label, display_text
from reader.core.marks.notes import NoteFormat, markdown_source
from reader.core.storage.files import write_atomically
from reader.core.storage.store import Merge, Store

translate = QCoreApplication.translate
FORMAT = "reader-marks"
VERSION = 1
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_TEXT_LENGTH = 100_000  # characters in any one field: a long note, never a whole book
# Qt counts document positions in a signed 32-bit int; SQLite's INTEGER stops at 2^63 - 1.
MAX_POSITION = 2**31 - 1
Choice = TypeVar("Choice", bound=StrEnum)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class MarksFileError(Exception):
    """A marks file that cannot be imported; str() says what is wrong, for the reader."""


class MarksExportError(Exception):
    """Marks that cannot be written to a file; str() names the mark and the problem."""


@dataclass
class ImportReport:
    added: int = 0
    replaced: int = 0
    skipped: list[tuple[Mark, str]] = field(default_factory=list)  # with the reason

    def summary(self) -> str:
        text = translate(
            "marks", "Imported marks: {added} added, {replaced} updated, {skipped} skipped."
        ).format(added=self.added, replaced=self.replaced, skipped=len(self.skipped))
        reasons: dict[str, int] = {}
        for _, reason in self.skipped:
            reasons[reason] = reasons.get(reason, 0) + 1
        for reason, count in reasons.items():
            text += "\n" + translate("marks", "{count} skipped: {reason}").format(
                count=count, reason=reason
            )
        return text


# Writing ----------------------------------------------------------------------------------


def _time_text(seconds: float) -> str:
    """ISO 8601 in UTC to the millisecond; ValueError or OverflowError outside the years
    1 to 9999 (UTC), which Python's datetime cannot hold."""
    # Whole milliseconds added to the epoch: fromtimestamp() goes through microseconds of a
    # float, and near the year 9999 its .999 reads back as .998.
    moment = _EPOCH + timedelta(milliseconds=round(seconds * 1000))
    return moment.isoformat(timespec="milliseconds")


def _mark_time_text(mark: Mark, key: str, seconds: float) -> str:
    try:
        return _time_text(seconds)
    except (ValueError, OverflowError, OSError) as error:
        raise MarksExportError(
            translate(
                "marks",
                "The mark “{quote}” in {article} has a date that cannot be written ({field}); "
                "delete it, or import a corrected copy, and export again.",
            ).format(quote=display_text(mark.anchor.quote), article=mark.article_id, field=key)
        ) from error


def mark_to_json(mark: Mark) -> dict[str, Any]:
    """One mark as the file holds it; MarksExportError when a date cannot be written (one
    saved before dates were checked on import)."""
    return {
        "id": mark.id,
        "article_id": mark.article_id,
        "kind": mark.kind.value,
        "category": None if mark.category is None else mark.category.value,
        "name": mark.name,
        "note": mark.note,
        "note_format": mark.note_format.value,
        "section": mark.section,
        "anchor": {
            "start": mark.anchor.start,
            "end": mark.anchor.end,
            "quote": mark.anchor.quote,
            "prefix": mark.anchor.prefix,
            "suffix": mark.anchor.suffix,
        },
        "text_fingerprint": mark.text_fingerprint,
        "orphaned": mark.orphaned,
        "created_at": _mark_time_text(mark, "created_at", mark.created_at),
        "updated_at": _mark_time_text(mark, "updated_at", mark.updated_at),
    }


def marks_json(marks: Sequence[Mark], exported_at: float) -> bytes:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _time_text(exported_at),
        "marks": [mark_to_json(mark) for mark in marks],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def write_marks_json(path: Path, marks: Sequence[Mark], exported_at: float) -> None:
    """Raises MarksExportError (nothing written) for a mark that cannot be written, and
    OSError when the file cannot be."""
    write_atomically(path, marks_json(marks, exported_at))


def marks_markdown(marks: Sequence[Mark], titles: Mapping[str, str], exported_at: float) -> str:
    """For reading and printing: by article, each mark with its section, quote and note."""
    lines = [
        "# " + translate("marks", "Bookmarks and notes"),
        "",
        translate("marks", "Exported from Reader on {date}.").format(
            date=datetime.fromtimestamp(exported_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
        ),
    ]
    article_id = None
    for mark in marks:
        if mark.article_id != article_id:
            article_id = mark.article_id
            lines += ["", "## " + titles.get(article_id, article_id)]
        if mark.kind is MarkKind.BOOKMARK:
            title = translate("marks", "Bookmark: {name}").format(name=mark.name)
        else:
            title = translate("marks", "Highlight: {category}").format(
                category=category_label(mark.category or Category.IMPORTANT)
            )
        lines += ["", "### " + title, ""]
        if mark.section:
            lines += [translate("marks", "Section: {section}").format(section=mark.section), ""]
        if mark.orphaned:
            lines += [translate("marks", "(orphaned: no longer found in the article)"), ""]
        lines.append("> " + display_text(mark.anchor.quote))
        if mark.note:
            lines += ["", translate("marks", "Note:")]
            # Markdown as written (a plain note escaped), so the printed note is formatted.
            lines += ["", *markdown_source(mark.note, mark.note_format).splitlines()]
    return "\n".join(lines) + "\n"


def write_marks_markdown(
    path: Path, marks: Sequence[Mark], titles: Mapping[str, str], exported_at: float
) -> None:
    write_atomically(path, marks_markdown(marks, titles, exported_at).encode("utf-8"))


# Reading ------------------------------------------------------------------------------------


def read_marks_file(path: Path) -> list[Mark]:
    """Every mark in a marks file, all checked; MarksFileError names the first problem."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise MarksFileError(
                translate(
                    "marks", "{name} is too large ({size} MB); a marks file is at most {limit} MB."
                ).format(name=path.name, size=size // 1048576, limit=MAX_FILE_BYTES // 1048576)
            )
        data = path.read_bytes()
    except OSError as error:
        raise MarksFileError(
            translate("marks", "Cannot read {name}: {reason}.").format(
                name=path.name, reason=error.strerror
            )
        ) from error
    return parse_marks(data, path.name)


def parse_marks(data: bytes, name: str) -> list[Mark]:
    """The marks in a marks file's bytes, all checked; MarksFileError names the first problem
    (`name` is the file's name, for the message)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except RecursionError as error:
        # A marks file nests three levels deep; a hostile one nests until the parser stops.
        raise MarksFileError(
            translate("marks", "{name} is nested too deeply to be a Reader marks file.").format(
                name=name
            )
        ) from error
    except UnicodeDecodeError as error:
        raise MarksFileError(
            translate("marks", "{name} is not a text file in UTF-8.").format(name=name)
        ) from error
    except json.JSONDecodeError as error:
        raise MarksFileError(
            translate("marks", "{name} is not valid JSON: {reason} (line {line}).").format(
                name=name, reason=error.msg, line=error.lineno
            )
        ) from error
    except ValueError as error:
        # Python refuses to read integers of more than 4300 digits (a guard against slow
        # conversion); no number in a marks file comes near.
        raise MarksFileError(
            translate("marks", "{name} holds a number too long to read.").format(name=name)
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise MarksFileError(
            translate("marks", "{name} is not a Reader marks file.").format(name=name)
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MarksFileError(
            translate("marks", "{name} has no valid format version.").format(name=name)
        )
    if version > VERSION:
        raise MarksFileError(
            translate(
                "marks",
                "{name} was written by a newer version of Reader (format version {version}); "
                "update Reader to import it.",
            ).format(name=name, version=version)
        )
    entries = document.get("marks")
    if not isinstance(entries, list):
        raise MarksFileError(translate("marks", "{name} has no list of marks.").format(name=name))
    return [_mark_from_json(entry, number) for number, entry in enumerate(entries, start=1)]


def _mark_from_json(entry: object, number: int) -> Mark:
    fields = _Fields(entry, number)
    kind = fields.choice("kind", MarkKind)
    category = fields.optional_choice("category", Category)
    if kind is MarkKind.HIGHLIGHT and category is None:
        fields.fail("category", translate("marks", "a highlight needs a category"))
    if kind is MarkKind.BOOKMARK and category is not None:
        fields.fail("category", translate("marks", "a bookmark has no category"))
    anchor = _Fields(fields.value("anchor", dict), number, "anchor.")
    start = anchor.position("start")
    end = anchor.position("end")
    if end < start:
        anchor.fail("end", translate("marks", "it comes before the start"))
    return Mark(
        id=fields.identifier("id"),
        article_id=fields.text("article_id", required=True),
        kind=kind,
        anchor=Anchor(
            start, end, anchor.text("quote"), anchor.text("prefix"), anchor.text("suffix")
        ),
        text_fingerprint=fields.text("text_fingerprint"),
        category=category,
        name=fields.text("name"),
        note=fields.text("note"),
        # Files written before notes had formatting have no note_format: their notes are plain.
        note_format=fields.optional_choice("note_format", NoteFormat) or NoteFormat.PLAIN,
        section=fields.text("section"),
        orphaned=fields.value("orphaned", bool),
        created_at=fields.time("created_at"),
        updated_at=fields.time("updated_at"),
    )


class _Fields:
    """Reads one mark's fields, each checked; a problem names the mark and the field."""

    def __init__(self, entry: object, number: int, path: str = "") -> None:
        self._number = number
        self._path = path
        if not isinstance(entry, dict):
            self.fail("", translate("marks", "it is not an object"))
        self._entry: dict[str, object] = entry

    def fail(self, key: str, reason: str) -> None:
        where = self._path + key
        raise MarksFileError(
            translate("marks", "Mark {number}, “{field}”: {reason}.").format(
                number=self._number, field=where.rstrip("."), reason=reason
            )
            if where
            else translate("marks", "Mark {number}: {reason}.").format(
                number=self._number, reason=reason
            )
        )

    def value(self, key: str, kind: type) -> Any:
        if key not in self._entry:
            self.fail(key, translate("marks", "it is missing"))
        value = self._entry[key]
        # JSON's true and false are Python ints too; a count must be a number.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(key, _TYPE_NAMES[kind]())
        return value

    def text(self, key: str, *, required: bool = False) -> str:
        value: str = self.value(key, str)
        if required and not value:
            self.fail(key, translate("marks", "it is empty"))
        if _LONE_SURROGATE.search(value):
            # JSON can escape half of a UTF-16 pair (\ud800 in the file): no character, and
            # neither the store nor an exported file can hold it.
            self.fail(key, translate("marks", "it holds an escaped half of a character pair"))
        if len(value) > MAX_TEXT_LENGTH:
            self.fail(
                key,
                translate("marks", "it is longer than {limit} characters").format(
                    limit=MAX_TEXT_LENGTH
                ),
            )
        return value

    def position(self, key: str) -> int:
        value: int = self.value(key, int)
        if value < 0:
            self.fail(key, translate("marks", "it is negative"))
        if value > MAX_POSITION:
            self.fail(
                key,
                translate("marks", "it is larger than {limit}").format(limit=MAX_POSITION),
            )
        return value

    def identifier(self, key: str) -> str:
        value = self.text(key)
        try:
            return str(uuid.UUID(value))
        except ValueError:
            self.fail(key, translate("marks", "it is not a UUID"))
            raise

    def choice(self, key: str, choices: type[Choice]) -> Choice:
        value = self.text(key)
        try:
            return choices(value)
        except ValueError:
            self.fail(
                key, translate("marks", "“{value}” is not one of the choices").format(value=value)
            )
            raise

    def optional_choice(self, key: str, choices: type[Choice]) -> Choice | None:
        if self._entry.get(key, None) is None:
            return None
        return self.choice(key, choices)

    def time(self, key: str) -> float:
        value = self.text(key)
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            self.fail(
                key, translate("marks", "it is not a date and time such as 2024-05-01T12:00:00Z")
            )
        # Kept as seconds in UTC to the millisecond, and written back in UTC: a moment whose
        # UTC date falls outside the years 1 to 9999 (0001-01-01T00:00:00+14:00 is in year 0)
        # could never be exported again.
        try:
            seconds = round(moment.timestamp(), 3)
            _time_text(seconds)
        except (ValueError, OverflowError, OSError):
            self.fail(
                key,
                translate(
                    "marks",
                    "“{value}” is outside the dates Reader can keep (the years 1 to 9999 in UTC)",
                ).format(value=value),
            )
            raise
        return seconds


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_TYPE_NAMES: dict[type, Callable[[], str]] = {
    str: lambda: translate("marks", "it must be text"),
    int: lambda: translate("marks", "it must be a whole number"),
    bool: lambda: translate("marks", "it must be true or false"),
    dict: lambda: translate("marks", "it must be an object"),
}


# Importing ---------------------------------------------------------------------------------


def import_marks(store: Store, path: Path) -> ImportReport:
    """Merge a marks file into the store by mark id; raises MarksFileError (changing nothing)
    for a bad file, and StoreError when the store cannot be written."""
    marks = read_marks_file(path)
    report = ImportReport()
    reasons = {
        Merge.SAME: translate("marks", "already saved"),
        Merge.OLDER: translate("marks", "a newer version is saved"),
    }
    for mark, outcome in zip(marks, store.merge_marks(marks), strict=True):
        if outcome is Merge.ADDED:
            report.added += 1
        elif outcome is Merge.REPLACED:
            report.replaced += 1
        else:
            report.skipped.append((mark, reasons[outcome]))
    return report
