"""Marks to and from files: JSON to keep or move them, Markdown to read or print them.

The JSON format is documented in README.md ("Bookmarks and notes") and described by
resources/schemas/marks.schema.json. An imported file is untrusted: every mark is checked
before anything is written, and then all are merged in one transaction, so a bad file
changes nothing and says what is wrong with it.
"""

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from reader.core.marks.anchoring import Anchor
from reader.core.marks.mark import Category, Mark, MarkKind, category_label, display_text
from reader.core.storage.files import write_atomically
from reader.core.storage.store import Merge, Store

translate = QCoreApplication.translate
FORMAT = "reader-marks"
VERSION = 1
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_TEXT_LENGTH = 100_000  # characters in any one field: a long note, never a whole book
Choice = TypeVar("Choice", bound=StrEnum)


class MarksFileError(Exception):
    """A marks file that cannot be imported; str() says what is wrong, for the reader."""


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
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="milliseconds")


def mark_to_json(mark: Mark) -> dict[str, Any]:
    return {
        "id": mark.id,
        "article_id": mark.article_id,
        "kind": mark.kind.value,
        "category": None if mark.category is None else mark.category.value,
        "name": mark.name,
        "note": mark.note,
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
        "created_at": _time_text(mark.created_at),
        "updated_at": _time_text(mark.updated_at),
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
            lines += ["", *mark.note.splitlines()]
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
    try:
        document = json.loads(data.decode("utf-8"))
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
    start = anchor.count("start")
    end = anchor.count("end")
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
        if len(value) > MAX_TEXT_LENGTH:
            self.fail(
                key,
                translate("marks", "it is longer than {limit} characters").format(
                    limit=MAX_TEXT_LENGTH
                ),
            )
        return value

    def count(self, key: str) -> int:
        value: int = self.value(key, int)
        if value < 0:
            self.fail(key, translate("marks", "it is negative"))
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
        return round(moment.timestamp(), 3)


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
