"""The reader's own data: one SQLite file in the data folder.

Reading positions, bookmarks and highlights (and the last article read) are written
in transactions, in WAL mode, so a crash or power cut loses at most the write in
flight. Every write touches only its own rows, so two copies of Reader on one file
never undo each other's work. A file that is not a readable database is moved aside,
never deleted, and a fresh store is started; the caller is told so it can tell the
reader. An older file is copied aside before its schema is upgraded, one numbered
step at a time.
"""

import contextlib
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.marks.anchoring import Anchor
from reader.core.marks.mark import Category, Mark, MarkKind
from reader.core.storage.files import damaged_copy_path, kept_copy_path

translate = QCoreApplication.translate

# MIGRATIONS[n] takes a store from schema version n to n + 1; version 0 is an empty file.
# A step, once released, never changes: files of every version must still upgrade.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE reading_positions (
            article_id TEXT PRIMARY KEY,
            position INTEGER NOT NULL CHECK (position >= 0),
            progress REAL NOT NULL CHECK (progress BETWEEN 0 AND 1),
            updated_at REAL NOT NULL
        )""",
        """CREATE TABLE app_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
    ),
    (
        # The reading position remembers the words at it, to be found again in an edited text.
        "ALTER TABLE reading_positions ADD COLUMN anchor_start INTEGER",
        "ALTER TABLE reading_positions ADD COLUMN quote TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE reading_positions ADD COLUMN prefix TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE reading_positions ADD COLUMN suffix TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE reading_positions ADD COLUMN text_fingerprint TEXT NOT NULL DEFAULT ''",
        """CREATE TABLE marks (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('bookmark', 'highlight')),
            category TEXT CHECK (category IN ('important', 'idea', 'question', 'disagree')),
            name TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            start_index INTEGER NOT NULL CHECK (start_index >= 0),
            end_index INTEGER NOT NULL CHECK (end_index >= start_index),
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            text_fingerprint TEXT NOT NULL,
            orphaned INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )""",
        "CREATE INDEX marks_by_article ON marks (article_id, start_index)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
_MARK_COLUMNS = (
    "id, article_id, kind, category, name, note, section, start_index, end_index, quote, "
    "prefix, suffix, text_fingerprint, orphaned, created_at, updated_at"
)
_INSERT_MARK = (
    f"INSERT INTO marks ({_MARK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class StoreError(Exception):
    """The store cannot be used; str() is a message for the reader."""


@dataclass(frozen=True)
class ReadingPosition:
    article_id: str
    position: int  # in the document, as the view counts
    progress: float
    anchor: Anchor | None = None  # the words at the position, in the text the view holds
    text_fingerprint: str = ""  # of the text the anchor was taken from


class Merge(Enum):
    """What importing a mark did."""

    ADDED = "added"
    REPLACED = "replaced"  # the imported copy was newer
    SAME = "same"  # the store has this very version already
    OLDER = "older"  # the store's copy was changed later; kept


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.recovered_from: Path | None = None  # where a damaged file was moved, if one was
        self.backup: Path | None = None  # the copy kept before an upgrade, if one was made
        self._connection = self._open()

    def close(self) -> None:
        self._connection.close()

    # Reads that fail (a USB stick pulled out, a file damaged since it was opened) answer
    # "nothing saved": the reader loses a remembered place, never the session.

    def reading_position(self, article_id: str) -> ReadingPosition | None:
        with contextlib.suppress(sqlite3.Error):
            row = self._connection.execute(
                "SELECT position, progress, anchor_start, quote, prefix, suffix, "
                "text_fingerprint FROM reading_positions WHERE article_id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                return None
            position, progress, start, quote, prefix, suffix, text_fingerprint = row
            anchor = (
                None if start is None else Anchor(start, start + len(quote), quote, prefix, suffix)
            )
            return ReadingPosition(article_id, position, progress, anchor, text_fingerprint)
        return None

    def all_progress(self) -> dict[str, float]:
        with contextlib.suppress(sqlite3.Error):
            rows = self._connection.execute("SELECT article_id, progress FROM reading_positions")
            return dict(rows.fetchall())
        return {}

    def save_reading_position(
        self,
        article_id: str,
        position: int,
        progress: float,
        anchor: Anchor | None = None,
        text_fingerprint: str = "",
    ) -> None:
        progress = min(max(progress, 0.0), 1.0)
        start = None if anchor is None else anchor.start
        quote, prefix, suffix = ("", "", "") if anchor is None else anchor_texts(anchor)
        with self._writing():
            self._connection.execute(
                "INSERT INTO reading_positions (article_id, position, progress, updated_at, "
                "anchor_start, quote, prefix, suffix, text_fingerprint) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                "position = excluded.position, progress = excluded.progress, "
                "updated_at = excluded.updated_at, anchor_start = excluded.anchor_start, "
                "quote = excluded.quote, prefix = excluded.prefix, suffix = excluded.suffix, "
                "text_fingerprint = excluded.text_fingerprint",
                (
                    article_id,
                    max(position, 0),
                    progress,
                    time.time(),
                    start,
                    quote,
                    prefix,
                    suffix,
                    text_fingerprint,
                ),
            )

    # Marks: each write is one row or a list of rows, never a table rewritten from memory.

    def marks_for_article(self, article_id: str) -> list[Mark]:
        """The article's marks in document order (orphaned ones where they last were)."""
        with contextlib.suppress(sqlite3.Error):
            rows = self._connection.execute(
                f"SELECT {_MARK_COLUMNS} FROM marks WHERE article_id = ? "
                "ORDER BY start_index, end_index, created_at",
                (article_id,),
            ).fetchall()
            return _marks_from_rows(rows)
        return []

    def all_marks(self) -> list[Mark]:
        """Every mark, by article and in document order."""
        with contextlib.suppress(sqlite3.Error):
            rows = self._connection.execute(
                f"SELECT {_MARK_COLUMNS} FROM marks "
                "ORDER BY article_id, start_index, end_index, created_at"
            ).fetchall()
            return _marks_from_rows(rows)
        return []

    def mark(self, mark_id: str) -> Mark | None:
        with contextlib.suppress(sqlite3.Error):
            row = self._connection.execute(
                f"SELECT {_MARK_COLUMNS} FROM marks WHERE id = ?", (mark_id,)
            ).fetchone()
            return _marks_from_rows([row])[0] if row else None
        return None

    def add_mark(self, mark: Mark) -> None:
        """Add a new mark, or put back a deleted one with its own id."""
        with self._writing():
            self._connection.execute(_INSERT_MARK, _mark_row(mark))

    def update_mark(self, mark: Mark) -> None:
        """Save a mark's name, note and category (what the reader edits), nothing else."""
        with self._writing():
            self._connection.execute(
                "UPDATE marks SET name = ?, note = ?, category = ?, updated_at = ? WHERE id = ?",
                (mark.name, mark.note, _category_value(mark), mark.updated_at, mark.id),
            )

    def delete_mark(self, mark_id: str) -> None:
        with self._writing():
            self._connection.execute("DELETE FROM marks WHERE id = ?", (mark_id,))

    def save_anchors(self, marks: Iterable[Mark]) -> None:
        """Save where marks were found again in an edited article, in one transaction."""
        with self._writing():
            self._connection.executemany(
                "UPDATE marks SET start_index = ?, end_index = ?, quote = ?, prefix = ?, "
                "suffix = ?, text_fingerprint = ?, orphaned = ? WHERE id = ?",
                [
                    (
                        mark.anchor.start,
                        mark.anchor.end,
                        *anchor_texts(mark.anchor),
                        mark.text_fingerprint,
                        int(mark.orphaned),
                        mark.id,
                    )
                    for mark in marks
                ],
            )

    def attach_mark(self, mark: Mark) -> None:
        """Save a mark the reader attached by hand to other text: its whole anchor, and the
        time of the change (a copy imported later is merged by it)."""
        with self._writing():
            self._connection.execute(
                "UPDATE marks SET start_index = ?, end_index = ?, quote = ?, prefix = ?, "
                "suffix = ?, text_fingerprint = ?, orphaned = ?, updated_at = ? WHERE id = ?",
                (
                    mark.anchor.start,
                    mark.anchor.end,
                    *anchor_texts(mark.anchor),
                    mark.text_fingerprint,
                    int(mark.orphaned),
                    mark.updated_at,
                    mark.id,
                ),
            )

    def merge_marks(self, marks: Sequence[Mark]) -> list[Merge]:
        """Add imported marks by id in one transaction: a new id is added, a newer copy of a
        saved mark replaces it, anything else is left as saved. One outcome per mark."""
        outcomes = []
        with self._writing():
            for mark in marks:
                row = self._connection.execute(
                    "SELECT updated_at FROM marks WHERE id = ?", (mark.id,)
                ).fetchone()
                if row is None:
                    self._connection.execute(_INSERT_MARK, _mark_row(mark))
                    outcomes.append(Merge.ADDED)
                elif mark.updated_at > row[0]:
                    self._connection.execute("DELETE FROM marks WHERE id = ?", (mark.id,))
                    self._connection.execute(_INSERT_MARK, _mark_row(mark))
                    outcomes.append(Merge.REPLACED)
                else:
                    outcomes.append(Merge.SAME if mark.updated_at == row[0] else Merge.OLDER)
        return outcomes

    def state(self, key: str) -> str | None:
        with contextlib.suppress(sqlite3.Error):
            row = self._connection.execute(
                "SELECT value FROM app_state WHERE key = ?", (key,)
            ).fetchone()
            return row[0] if row else None
        return None

    def set_state(self, key: str, value: str) -> None:
        with self._writing():
            self._connection.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction, committed or rolled back whole. IMMEDIATE takes the write lock
        first, so another copy of Reader waits its turn instead of failing mid-way."""
        try:
            with self._connection:
                self._connection.execute("BEGIN IMMEDIATE")
                yield
        except sqlite3.Error as error:
            raise StoreError(_explain(self.path, error)) from error

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                translate("store", "Cannot create the folder {folder}: {error}.").format(
                    folder=self.path.parent, error=error.strerror
                )
            ) from error
        try:
            return self._connect()
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and not _is_damage(error):
                raise StoreError(_explain(self.path, error)) from error
        try:
            self.recovered_from = self._move_aside()
        except OSError as error:
            raise StoreError(
                translate(
                    "store",
                    "{path} is damaged and cannot be moved aside ({error}); "
                    "nothing will be saved this time.",
                ).format(path=self.path, error=error.strerror)
            ) from error
        try:
            return self._connect()
        except sqlite3.DatabaseError as error:
            raise StoreError(_explain(self.path, error)) from error

    def _connect(self) -> sqlite3.Connection:
        # Another copy of Reader writes for milliseconds; waiting longer would freeze the window.
        connection = sqlite3.connect(self.path, timeout=1.0, isolation_level=None)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:  # checked first: a newer file is left exactly as it is
                raise StoreError(
                    translate(
                        "store",
                        "{path} was written by a newer version of Reader (schema {version}); "
                        "update Reader to open it.",
                    ).format(path=self.path, version=version)
                )
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            if version < SCHEMA_VERSION:
                self._upgrade(connection, version)
            connection.execute("SELECT count(*) FROM reading_positions").fetchone()
            connection.execute("SELECT count(*) FROM marks").fetchone()
        except BaseException:
            connection.close()
            raise
        return connection

    def _upgrade(self, connection: sqlite3.Connection, version: int) -> None:
        """Bring an older file up to SCHEMA_VERSION, keeping a copy of it as it was."""
        if version > 0:
            self.backup = self._back_up(connection, version)
        for step in range(version, SCHEMA_VERSION):
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                # Another copy of Reader may have upgraded the file since it was first read.
                if connection.execute("PRAGMA user_version").fetchone()[0] != step:
                    continue
                for statement in MIGRATIONS[step]:
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {step + 1}")

    def _back_up(self, connection: sqlite3.Connection, version: int) -> Path:
        """A consistent copy (WAL included) beside the file: NAME.schema-N-backup-DATE."""
        target = kept_copy_path(self.path, f"schema-{version}-backup")
        try:
            copy = sqlite3.connect(target)
            try:
                connection.backup(copy)
            finally:
                copy.close()
        except sqlite3.Error as error:
            with contextlib.suppress(OSError):
                target.unlink()
            raise StoreError(
                translate(
                    "store",
                    "Reader could not keep a copy of {path} before upgrading it, so it was "
                    "left as it is: {reason}",
                ).format(path=self.path, reason=_explain(target, error))
            ) from error
        return target

    def _move_aside(self) -> Path:
        target = damaged_copy_path(self.path)
        self.path.replace(target)
        for suffix in ("-wal", "-shm"):
            companion = self.path.with_name(self.path.name + suffix)
            if companion.exists():
                companion.replace(target.with_name(target.name + suffix))
        return target


def anchor_texts(anchor: Anchor) -> tuple[str, str, str]:
    return anchor.quote, anchor.prefix, anchor.suffix


def _category_value(mark: Mark) -> str | None:
    return None if mark.category is None else mark.category.value


def _mark_row(mark: Mark) -> tuple[object, ...]:
    return (
        mark.id,
        mark.article_id,
        mark.kind.value,
        _category_value(mark),
        mark.name,
        mark.note,
        mark.section,
        mark.anchor.start,
        mark.anchor.end,
        *anchor_texts(mark.anchor),
        mark.text_fingerprint,
        int(mark.orphaned),
        mark.created_at,
        mark.updated_at,
    )


_KINDS = {kind.value: kind for kind in MarkKind}
_CATEGORIES: dict[str | None, Category | None] = {None: None} | {c.value: c for c in Category}


def _marks_from_rows(rows: list[tuple]) -> list[Mark]:
    # This runs for every mark of every article opened, so: one comprehension rather than a
    # call per row, enums by lookup, and the tuples made as namedtuple's own _make makes them
    # (without its length check: the columns are these twelve fields and the anchor's five).
    new, kinds, categories = tuple.__new__, _KINDS, _CATEGORIES
    return [
        new(
            Mark,
            (
                mark_id,
                article_id,
                kinds[kind],
                new(Anchor, (start, end, quote, prefix, suffix)),
                text_fingerprint,
                categories[category],
                name,
                note,
                section,
                orphaned != 0,
                created_at,
                updated_at,
            ),
        )
        for (
            mark_id,
            article_id,
            kind,
            category,
            name,
            note,
            section,
            start,
            end,
            quote,
            prefix,
            suffix,
            text_fingerprint,
            orphaned,
            created_at,
            updated_at,
        ) in rows
    ]


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "no such table" in text


def _explain(path: Path, error: sqlite3.Error) -> str:
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        return translate(
            "store", "Cannot save to {path}: the file or its folder is read-only."
        ).format(path=path)
    if "disk is full" in text:
        return translate(
            "store",
            "Cannot save to {path}: the disk is full. "
            "Free some space; nothing saved before is lost.",
        ).format(path=path)
    if "locked" in text or "busy" in text:
        return translate(
            "store", "Cannot save to {path}: another program is holding it. Try again in a moment."
        ).format(path=path)
    return translate("store", "Cannot use {path}: {error}.").format(path=path, error=error)
