"""The reader's own data: one SQLite file in the data folder.

Reading positions, bookmarks and highlights (and the last article read) are written
in transactions, in WAL mode, so a crash or power cut loses at most the write in
flight. Every write touches only its own rows, so two copies of Reader on one file
never undo each other's work. A damaged file (found by `PRAGMA quick_check` at start, or
by any corruption error while running) is moved aside, never deleted, and the rows that
can still be read are copied into a fresh store. Every row read is checked against the
rules it was written by; a row that breaks them is left in the file, left out of what is
read, and counted. What happened is told to the listener given to `report_problems_to`,
so the reader hears of it. An older file is copied aside before its schema is upgraded,
one numbered step at a time.
"""

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from reader.core.marks.anchoring import Anchor
from reader.core.marks.mark import Category, Mark, MarkKind
from reader.core.marks.notes import NoteFormat
from reader.core.storage.files import (
    damaged_copy_path,
    kept_copy_path,
    make_private_file,
    make_private_folder,
)

translate = QCoreApplication.translate
T = TypeVar("T")

# What a row must hold to be read, checked by SQLite itself so a bad row never reaches
# Python (let alone Qt). SQLite stores any value in any column whatever its declared type,
# and its CHECK constraints compare text and numbers across types, so a damaged or edited
# file can hold text where a position belongs. Positions go to Qt's 32-bit int; times must
# be dates Python can write (years 1 to 9999, as datetime allows): up to the last
# millisecond of 9999, which marks files hold (9999-12-31T23:59:59.999Z).
_QT_INT_MAX = 2**31 - 1
_TIMES = "BETWEEN -62135596800 AND 253402300799.999"
_MARK_RULES = f"""typeof(id) = 'text' AND typeof(article_id) = 'text'
        AND typeof(kind) = 'text' AND kind IN ({", ".join(f"'{k.value}'" for k in MarkKind)})
        AND (category IS NULL OR (typeof(category) = 'text'
            AND category IN ({", ".join(f"'{c.value}'" for c in Category)})))
        AND typeof(name) = 'text' AND typeof(note) = 'text' AND typeof(section) = 'text'
        AND typeof(start_index) = 'integer' AND typeof(end_index) = 'integer'
        AND start_index BETWEEN 0 AND {_QT_INT_MAX}
        AND end_index BETWEEN start_index AND {_QT_INT_MAX}
        AND typeof(quote) = 'text' AND typeof(prefix) = 'text' AND typeof(suffix) = 'text'
        AND typeof(text_fingerprint) = 'text'
        AND typeof(orphaned) = 'integer' AND orphaned IN (0, 1)
        AND typeof(created_at) IN ('integer', 'real') AND created_at {_TIMES}
        AND typeof(updated_at) IN ('integer', 'real') AND updated_at {_TIMES}
        AND note_format IN ({", ".join(f"'{f.value}'" for f in NoteFormat)})"""

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
    (
        # When each article joined the library (to sort by), and the files added by
        # reference from outside the articles folders (path not ''), kept where they are.
        """CREATE TABLE library_entries (
            article_id TEXT PRIMARY KEY,
            path TEXT NOT NULL DEFAULT '',
            added_at REAL NOT NULL
        )""",
    ),
    (
        # Notes may be formatted (a Markdown subset); the notes saved before are plain text,
        # so that an asterisk in one is never read as formatting.
        "ALTER TABLE marks ADD COLUMN note_format TEXT NOT NULL DEFAULT 'plain'",
    ),
    (
        # The valid marks (the rules above) in the order they are read: reading an article's
        # marks is then one walk of this index, neither testing every row's rules again nor
        # sorting (issue 16: twice a bare SELECT, which costs what reading them cost before).
        # A row breaking the rules is not in it; SQLite keeps it up to date on every write.
        # Changing _MARK_RULES needs a step that makes the index again: reads that no longer
        # match its WHERE fall back to testing every row (tests/core/storage/test_store.py).
        "CREATE INDEX marks_valid_in_order ON marks "
        f"(article_id, start_index, end_index, created_at) WHERE {_MARK_RULES}",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

# Seconds a write waits for another copy of Reader to finish its commit before the reader is
# told to try again. A commit is milliseconds on a disk, but a synchronous commit on a USB
# stick or a loaded machine can take most of a second (two copies on a 2-core machine under
# load missed a 1 s limit); SQLite's busy handler sleeps, so the wait costs no CPU.
BUSY_TIMEOUT_S = 5.0
_MARK_COLUMNS = (
    "id, article_id, kind, category, name, note, section, start_index, end_index, quote, "
    "prefix, suffix, text_fingerprint, orphaned, created_at, updated_at, note_format"
)
_INSERT_MARK = f"INSERT INTO marks ({_MARK_COLUMNS}) VALUES ({', '.join('?' * 17)})"
_TABLES = ("reading_positions", "marks", "app_state", "library_entries")

_VALID_ROW = {
    "marks": _MARK_RULES,
    "reading_positions": f"""typeof(article_id) = 'text'
        AND typeof(position) = 'integer' AND position BETWEEN 0 AND {_QT_INT_MAX}
        AND typeof(progress) IN ('integer', 'real') AND progress BETWEEN 0 AND 1
        AND typeof(quote) = 'text' AND typeof(prefix) = 'text' AND typeof(suffix) = 'text'
        AND typeof(text_fingerprint) = 'text'
        AND (anchor_start IS NULL OR (typeof(anchor_start) = 'integer'
            AND anchor_start BETWEEN 0 AND {_QT_INT_MAX} - length(quote)))""",
    "app_state": "typeof(key) = 'text' AND typeof(value) = 'text'",
    "library_entries": f"""typeof(article_id) = 'text' AND typeof(path) = 'text'
        AND typeof(added_at) IN ('integer', 'real') AND added_at {_TIMES}""",
}
_VALID_MARK = f"({_VALID_ROW['marks']})"
# The two reads of many marks, each one walk of the index marks_valid_in_order (MIGRATIONS).
ARTICLE_MARKS_QUERY = (
    f"SELECT {_MARK_COLUMNS} FROM marks WHERE article_id = ? AND {_VALID_MARK} "
    "ORDER BY start_index, end_index, created_at"
)
ALL_MARKS_QUERY = (
    f"SELECT {_MARK_COLUMNS} FROM marks WHERE {_VALID_MARK} "
    "ORDER BY article_id, start_index, end_index, created_at"
)
# quick_check's words for a row that breaks a CHECK or NOT NULL rule: not damage to the
# file's structure, but a bad row, which reads leave out (_VALID_ROW) and which is counted.
_ROW_RULE_REPORTS = ("CHECK constraint failed", "NULL value in")
# SQLite's primary result codes for a damaged file (https://sqlite.org/rescode.html).
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


class StoreError(Exception):
    """The store cannot be used; str() is a message for the reader."""


@dataclass(frozen=True)
class ReadingPosition:
    article_id: str
    position: int  # in the document, as the view counts
    progress: float
    anchor: Anchor | None = None  # the words at the position, in the text the view holds
    text_fingerprint: str = ""  # of the text the anchor was taken from


@dataclass(frozen=True)
class Recovery:
    """What was saved from a damaged file: where it was kept, and how many rows of each
    kind could be read from it (marks and reading places counted only if they are valid)."""

    kept_as: Path
    marks: int
    positions: int


class Merge(Enum):
    """What importing a mark did."""

    ADDED = "added"
    REPLACED = "replaced"  # the imported copy was newer
    SAME = "same"  # the store has this very version already
    OLDER = "older"  # the store's copy was changed later; kept


class Store:
    """The store at `path` (or ":memory:"), opened, checked, repaired and upgraded.

    Raises StoreError when it cannot be used at all (a folder that cannot be made, a file
    from a newer Reader, a damaged file that cannot be moved aside)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.recovered_from: Path | None = None  # where a damaged file was moved, if one was
        self.recovery: Recovery | None = None  # what was copied out of it
        self.backup: Path | None = None  # the copy kept before an upgrade, if one was made
        self.skipped_rows = 0  # rows that break the rules, left in the file and unread
        self._in_memory = str(path) == ":memory:"
        self._problems: list[str] = []
        self._listener: Callable[[str], None] | None = None
        self._connection = self._open()

    def close(self) -> None:
        self._connection.close()

    def report_problems_to(self, listener: Callable[[str], None]) -> None:
        """Give `listener` each problem found so far, then each one as it is found: a
        translated message for the reader (a damaged file repaired, rows left out)."""
        self._listener = listener
        pending, self._problems = self._problems, []
        for message in pending:
            listener(message)

    # Reads that fail (a USB stick pulled out) answer "nothing saved": the reader loses a
    # remembered place, never the session. A damaged file is repaired first and read again.

    def reading_position(self, article_id: str) -> ReadingPosition | None:
        rows = self._read(
            "SELECT position, progress, anchor_start, quote, prefix, suffix, "
            "text_fingerprint FROM reading_positions WHERE article_id = ? AND "
            f"({_VALID_ROW['reading_positions']})",
            (article_id,),
        )
        if not rows:
            return None
        position, progress, start, quote, prefix, suffix, text_fingerprint = rows[0]
        anchor = None if start is None else Anchor(start, start + len(quote), quote, prefix, suffix)
        return ReadingPosition(article_id, position, progress, anchor, text_fingerprint)

    def all_progress(self) -> dict[str, float]:
        return dict(
            self._read(
                "SELECT article_id, progress FROM reading_positions "
                f"WHERE {_VALID_ROW['reading_positions']}"
            )
        )

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
        row = (
            article_id,
            max(position, 0),
            progress,
            time.time(),
            start,
            quote,
            prefix,
            suffix,
            text_fingerprint,
        )
        self._write(
            lambda connection: connection.execute(
                "INSERT INTO reading_positions (article_id, position, progress, updated_at, "
                "anchor_start, quote, prefix, suffix, text_fingerprint) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                "position = excluded.position, progress = excluded.progress, "
                "updated_at = excluded.updated_at, anchor_start = excluded.anchor_start, "
                "quote = excluded.quote, prefix = excluded.prefix, suffix = excluded.suffix, "
                "text_fingerprint = excluded.text_fingerprint",
                row,
            )
        )

    # Marks: each write is one row or a list of rows, never a table rewritten from memory.

    def marks_for_article(self, article_id: str) -> list[Mark]:
        """The article's marks in document order (orphaned ones where they last were)."""
        return _marks_from_rows(self._read(ARTICLE_MARKS_QUERY, (article_id,)))

    def all_marks(self) -> list[Mark]:
        """Every mark, by article and in document order."""
        return _marks_from_rows(self._read(ALL_MARKS_QUERY))

    def mark(self, mark_id: str) -> Mark | None:
        rows = self._read(
            f"SELECT {_MARK_COLUMNS} FROM marks WHERE id = ? AND {_VALID_MARK}", (mark_id,)
        )
        return _marks_from_rows(rows)[0] if rows else None

    def add_mark(self, mark: Mark) -> None:
        """Add a new mark, or put back a deleted one with its own id."""
        self._write(lambda connection: connection.execute(_INSERT_MARK, _mark_row(mark)))

    def update_mark(self, mark: Mark) -> None:
        """Save a mark's name, note (and its format) and category (what the reader edits),
        nothing else."""
        self._write(
            lambda connection: connection.execute(
                "UPDATE marks SET name = ?, note = ?, note_format = ?, category = ?, "
                "updated_at = ? WHERE id = ?",
                (
                    mark.name,
                    mark.note,
                    mark.note_format.value,
                    _category_value(mark),
                    mark.updated_at,
                    mark.id,
                ),
            )
        )

    def delete_mark(self, mark_id: str) -> None:
        self._write(
            lambda connection: connection.execute("DELETE FROM marks WHERE id = ?", (mark_id,))
        )

    def save_anchors(self, marks: Iterable[Mark]) -> None:
        """Save where marks were found again in an edited article, in one transaction."""
        rows = [
            (
                mark.anchor.start,
                mark.anchor.end,
                *anchor_texts(mark.anchor),
                mark.text_fingerprint,
                int(mark.orphaned),
                mark.id,
            )
            for mark in marks
        ]
        self._write(
            lambda connection: connection.executemany(
                "UPDATE marks SET start_index = ?, end_index = ?, quote = ?, prefix = ?, "
                "suffix = ?, text_fingerprint = ?, orphaned = ? WHERE id = ?",
                rows,
            )
        )

    def attach_mark(self, mark: Mark) -> None:
        """Save a mark the reader attached by hand to other text: its whole anchor, and the
        time of the change (a copy imported later is merged by it)."""
        self._write(
            lambda connection: connection.execute(
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
        )

    def merge_marks(self, marks: Sequence[Mark]) -> list[Merge]:
        """Add imported marks by id in one transaction: a new id is added, a newer copy of a
        saved mark replaces it, anything else is left as saved. One outcome per mark. A
        saved row that breaks the rules is replaced by the imported copy."""

        def merge(connection: sqlite3.Connection) -> list[Merge]:
            outcomes = []
            for mark in marks:
                row = connection.execute(
                    f"SELECT updated_at, coalesce({_VALID_MARK}, 0) FROM marks WHERE id = ?",
                    (mark.id,),
                ).fetchone()
                if row is None:
                    connection.execute(_INSERT_MARK, _mark_row(mark))
                    outcomes.append(Merge.ADDED)
                elif not row[1] or mark.updated_at > row[0]:
                    connection.execute("DELETE FROM marks WHERE id = ?", (mark.id,))
                    connection.execute(_INSERT_MARK, _mark_row(mark))
                    outcomes.append(Merge.REPLACED)
                else:
                    outcomes.append(Merge.SAME if mark.updated_at == row[0] else Merge.OLDER)
            return outcomes

        return self._write(merge)

    # The library: when articles were added, and the files added by reference.

    def added_times(self) -> dict[str, float]:
        """When each article joined the library (seconds since 1970), by article id."""
        return dict(
            self._read(
                "SELECT article_id, added_at FROM library_entries "
                f"WHERE {_VALID_ROW['library_entries']}"
            )
        )

    def added_time(self, article_id: str) -> float | None:
        """When this article joined the library (seconds since 1970), or None if not noted:
        one row, where added_times() reads every article's (5,000 take about 10 ms)."""
        rows = self._read(
            "SELECT added_at FROM library_entries WHERE article_id = ? AND "
            f"{_VALID_ROW['library_entries']}",
            (article_id,),
        )
        return rows[0][0] if rows else None

    def record_added(self, article_ids: Iterable[str]) -> None:
        """Note now as the time these articles were added, for those not noted before."""
        moment = time.time()
        rows = [(article_id, moment) for article_id in article_ids]
        self._write(
            lambda connection: connection.executemany(
                "INSERT INTO library_entries (article_id, added_at) VALUES (?, ?) "
                "ON CONFLICT (article_id) DO NOTHING",
                rows,
            )
        )

    def library_references(self) -> list[Path]:
        """The files added to the library by reference, oldest first."""
        return [
            Path(path)
            for (path,) in self._read(
                "SELECT path FROM library_entries WHERE path != '' AND "
                f"{_VALID_ROW['library_entries']} ORDER BY added_at, path"
            )
        ]

    def add_library_reference(self, article_id: str, path: Path) -> None:
        """Remember a file added by reference (an absolute path), added now unless known."""
        self._write(
            lambda connection: connection.execute(
                "INSERT INTO library_entries (article_id, path, added_at) VALUES (?, ?, ?) "
                "ON CONFLICT (article_id) DO UPDATE SET path = excluded.path",
                (article_id, str(path), time.time()),
            )
        )

    def remove_library_reference(self, path: Path) -> None:
        self._write(
            lambda connection: connection.execute(
                "DELETE FROM library_entries WHERE path = ?", (str(path),)
            )
        )

    def state(self, key: str) -> str | None:
        rows = self._read(
            f"SELECT value FROM app_state WHERE key = ? AND {_VALID_ROW['app_state']}", (key,)
        )
        return rows[0][0] if rows else None

    def set_state(self, key: str, value: str) -> None:
        self._write(
            lambda connection: connection.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        )

    def erase(
        self, *, marks: bool = False, positions: bool = False, state_keys: Sequence[str] = ()
    ) -> dict[str, int]:
        """Delete every mark, every reading position and these app_state keys, as asked, so
        that none of their text is left in the file or its WAL: deleted in one transaction
        (secure_delete zeroes the freed space), then VACUUM rebuilds the file and
        wal_checkpoint(TRUNCATE) empties the WAL. Answers how many rows went, by table name
        ("marks", "reading_positions", "app_state"). Raises StoreError."""

        def delete(connection: sqlite3.Connection) -> dict[str, int]:
            counts = {}
            if marks:
                counts["marks"] = connection.execute("DELETE FROM marks").rowcount
            if positions:
                counts["reading_positions"] = connection.execute(
                    "DELETE FROM reading_positions"
                ).rowcount
            counts["app_state"] = sum(
                connection.execute("DELETE FROM app_state WHERE key = ?", (key,)).rowcount
                for key in state_keys
            )
            return counts

        counts = self._write(delete)
        try:
            self._connection.execute("VACUUM")
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.Error as error:
            raise StoreError(_explain(self.path, error)) from error
        return counts

    def _read(self, query: str, parameters: Sequence[object] = ()) -> list[tuple]:
        """The rows of a query, or none if the file cannot be read. Damage is repaired and
        the query asked again; text that is not UTF-8 is read with U+FFFD in its place."""
        for attempt in range(2):
            try:
                return self._connection.execute(query, parameters).fetchall()
            except sqlite3.DatabaseError as error:
                if _is_undecodable(error):
                    return _read_leniently(self._connection, query, parameters)
                if attempt == 0 and _is_damage(error) and self._repair():
                    continue
                return []
        return []

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` in one transaction, committed or rolled back whole. IMMEDIATE takes the
        write lock first, so another copy of Reader waits its turn instead of failing mid-way.
        Damage is repaired and `work` run again on the repaired store."""
        for attempt in range(2):
            try:
                with self._connection:
                    self._connection.execute("BEGIN IMMEDIATE")
                    return work(self._connection)
            except sqlite3.Error as error:
                if attempt == 0 and _is_damage(error) and self._repair():
                    continue
                raise StoreError(_explain(self.path, error)) from error
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _report(self, message: str) -> None:
        if self._listener is None:
            self._problems.append(message)
        else:
            self._listener(message)

    def _open(self) -> sqlite3.Connection:
        if not self._in_memory:
            try:
                make_private_folder(self.path.parent)
            except OSError as error:
                raise StoreError(
                    translate("store", "Cannot create the folder {folder}: {error}.").format(
                        folder=self.path.parent, error=error.strerror
                    )
                ) from error
        try:
            connection = self._connect()
        except sqlite3.DatabaseError as error:
            if not _is_damage(error):
                raise StoreError(_explain(self.path, error)) from error
            self._refuse_if_newer()
            return self._replace_damaged_file()
        self._count_skipped_rows(connection)
        return connection

    def _refuse_if_newer(self) -> None:
        """A damaged file that says a newer Reader wrote it is left where that Reader will
        look for it. The schema version is read from the header (bytes 60-63, big-endian:
        https://sqlite.org/fileformat.html), since SQLite may not read the file at all."""
        with contextlib.suppress(OSError), self.path.open("rb") as stream:
            header = stream.read(64)
            if len(header) == 64 and header.startswith(b"SQLite format 3\x00"):
                version = int.from_bytes(header[60:64], "big", signed=True)
                if version > SCHEMA_VERSION:
                    raise StoreError(_newer_version_message(self.path, version))

    def _repair(self) -> bool:
        """Damage found while running: keep the file aside and go on with what could be read.
        False (and the damaged file still in use) when the file cannot be moved aside."""
        if self._in_memory:
            return False
        self._connection.close()
        try:
            self._connection = self._replace_damaged_file()
        except StoreError as error:
            self._report(str(error))
            self._connection = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None
            )
            return False
        return True

    def _replace_damaged_file(self) -> sqlite3.Connection:
        """Move the damaged file aside, start a fresh store, copy every readable row into it,
        and report how many marks and reading places were saved."""
        try:
            kept = self._move_aside()
        except OSError as error:
            raise StoreError(
                translate(
                    "store",
                    "{path} is damaged and cannot be moved aside ({error}); "
                    "nothing will be saved this time.",
                ).format(path=self.path, error=error.strerror)
            ) from error
        try:
            connection = self._connect()
        except sqlite3.DatabaseError as error:
            raise StoreError(_explain(self.path, error)) from error
        self.recovered_from = kept
        self.recovery = _recover_rows(kept, connection)
        self._report(_recovery_message(self.path, self.recovery))
        self._count_skipped_rows(connection)
        return connection

    def _count_skipped_rows(self, connection: sqlite3.Connection) -> None:
        """Count the rows that break the rules (one scan of each table, in SQLite), and tell
        the reader if there are any: they are left in the file, unread."""
        try:
            skipped = sum(
                connection.execute(
                    f"SELECT count(*) FROM {table} WHERE coalesce(({_VALID_ROW[table]}), 0) = 0"
                ).fetchone()[0]
                for table in _TABLES
            )
        except sqlite3.DatabaseError:
            return  # the reads themselves will find out
        if skipped and skipped != self.skipped_rows:
            self.skipped_rows = skipped
            self._report(
                translate(
                    "store",
                    "{count} saved entries in {path} (marks, reading places or settings) hold "
                    "values Reader cannot use, so they were left out. They are kept in the "
                    "file unchanged.",
                ).format(count=skipped, path=self.path)
            )

    def _connect(self) -> sqlite3.Connection:
        if not self._in_memory:
            make_private_file(self.path)
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:  # checked first: a newer file is left exactly as it is
                raise StoreError(_newer_version_message(self.path, version))
            # Before anything is written to the file (so a damaged one is kept as it was found):
            # one damaged page would otherwise hide every row behind it, silently. This checks
            # every page's structure, not the indexes' contents (see tests/bench/bench_marks).
            damage = [
                line
                for (line,) in connection.execute("PRAGMA quick_check")
                if line != "ok" and not line.startswith(_ROW_RULE_REPORTS)
            ]
            if damage:
                raise sqlite3.DatabaseError(f"database disk image is malformed: {damage[:3]}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            # Deleted rows are overwritten with zeros, not left in free pages, where a reader's
            # removed marks could be read from the file's bytes (https://sqlite.org/pragma.html).
            connection.execute("PRAGMA secure_delete = ON")
            if version < SCHEMA_VERSION:
                self._upgrade(connection, version)
            for table in _TABLES:
                connection.execute(f"SELECT count(*) FROM {table}").fetchone()
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
            make_private_file(target)
            copy = sqlite3.connect(target)
            try:
                connection.backup(copy)
            finally:
                copy.close()
        except (sqlite3.Error, OSError) as error:
            with contextlib.suppress(OSError):
                target.unlink()
            reason = _explain(target, error) if isinstance(error, sqlite3.Error) else error.strerror
            raise StoreError(
                translate(
                    "store",
                    "Reader could not keep a copy of {path} before upgrading it, so it was "
                    "left as it is: {reason}",
                ).format(path=self.path, reason=reason)
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


def _recover_rows(kept: Path, fresh: sqlite3.Connection) -> Recovery:
    """Copy every row that can still be read from the damaged file `kept` into `fresh`.

    Rows are read in rowid order; where a damaged page stops the scan, the first readable
    rowid after it is searched for (rowids grow as rows are added, so a damaged page hides
    a run of them). The damaged file is opened read-only and never changed. Rows that
    break `fresh`'s constraints are left out. Tables the file lacks (an older schema) or
    cannot name (a damaged first page) give nothing."""
    try:
        source = sqlite3.connect(f"{kept.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return Recovery(kept, 0, 0)
    source.text_factory = _lenient_text
    # Trusts the file's length over its header's page count (else a truncated file reads as
    # nothing at all), and a schema SQLite would otherwise refuse to parse; nothing is written.
    source.execute("PRAGMA writable_schema = ON")
    try:
        with fresh:
            fresh.execute("BEGIN IMMEDIATE")
            for table in _TABLES:
                columns = _shared_columns(source, fresh, table)
                if columns:
                    insert = (
                        f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
                        f"VALUES ({', '.join('?' * len(columns))})"
                    )
                    for row in _readable_rows(source, table, columns):
                        fresh.execute(insert, row)
        counts = [
            fresh.execute(f"SELECT count(*) FROM {table} WHERE {_VALID_ROW[table]}").fetchone()[0]
            for table in ("marks", "reading_positions")
        ]
    except sqlite3.Error:
        counts = [0, 0]  # the fresh store could not be written: it starts empty
    finally:
        source.close()
    return Recovery(kept, *counts)


def _shared_columns(source: sqlite3.Connection, fresh: sqlite3.Connection, table: str) -> list:
    def names(connection: sqlite3.Connection) -> list[str]:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]

    try:
        theirs = set(names(source))
    except sqlite3.Error:
        return []
    return [name for name in names(fresh) if name in theirs]


_ROWID_MAX = 2**63 - 1


def _readable_rows(source: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[tuple]:
    query = (
        f"SELECT rowid, {', '.join(columns)} FROM {table} NOT INDEXED "
        "WHERE rowid >= ? ORDER BY rowid"
    )
    start: int | None = -(2**63)
    while start is not None:
        try:
            for rowid, *values in source.execute(query, (start,)):
                yield tuple(values)
                start = rowid + 1
            return
        except sqlite3.DatabaseError:
            start = _next_readable_rowid(source, table, start)


def _next_readable_rowid(source: sqlite3.Connection, table: str, failed: int) -> int | None:
    """The smallest rowid after `failed` from which the table can be read again, or None."""

    def readable_from(rowid: int) -> bool:
        try:
            source.execute(
                f"SELECT rowid FROM {table} NOT INDEXED WHERE rowid >= ? ORDER BY rowid LIMIT 1",
                (rowid,),
            ).fetchone()
        except sqlite3.DatabaseError:
            return False
        return True

    step = 1
    while not readable_from(min(failed + step, _ROWID_MAX)):
        if failed + step >= _ROWID_MAX:
            return None
        step *= 2
    low, high = failed + step // 2, min(failed + step, _ROWID_MAX)  # unreadable, readable
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if readable_from(middle) else (middle, high)
    return high if high > failed else None


def _newer_version_message(path: Path, version: int) -> str:
    return translate(
        "store",
        "{path} was written by a newer version of Reader (schema {version}); "
        "update Reader to open it.",
    ).format(path=path, version=version)


def _recovery_message(path: Path, recovery: Recovery) -> str:
    if recovery.marks == 0 and recovery.positions == 0:
        return translate(
            "store",
            "Your reading data in {path} was damaged and nothing in it could be read. "
            "It was kept as {kept}, and a fresh store was started.",
        ).format(path=path, kept=recovery.kept_as)
    return translate(
        "store",
        "Your reading data in {path} was damaged. It was kept as {kept}, and what could be "
        "read was copied into a fresh store: {marks} bookmarks and highlights, and the "
        "reading places of {positions} articles. Anything else in it is lost from Reader, "
        "but still in the kept file.",
    ).format(path=path, kept=recovery.kept_as, marks=recovery.marks, positions=recovery.positions)


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _read_leniently(
    connection: sqlite3.Connection, query: str, parameters: Sequence[object]
) -> list[tuple]:
    """The rows of `query` with text that is not UTF-8 decoded with U+FFFD in its place
    (slower than the usual decoding, so used only where that fails)."""
    connection.text_factory = _lenient_text
    try:
        return connection.execute(query, parameters).fetchall()
    except sqlite3.DatabaseError:
        return []
    finally:
        connection.text_factory = str


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
        mark.note_format.value,
    )


_KINDS = {kind.value: kind for kind in MarkKind}
_CATEGORIES: dict[str | None, Category | None] = {None: None} | {c.value: c for c in Category}
_NOTE_FORMATS = {f.value: f for f in NoteFormat}


def _marks_from_rows(rows: list[tuple]) -> list[Mark]:
    # This runs for every mark of every article opened, so: one comprehension rather than a
    # call per row, enums by lookup, and the tuples made as namedtuple's own _make makes them
    # (without its length check: the columns are these thirteen fields and the anchor's five).
    new, kinds, categories, formats = tuple.__new__, _KINDS, _CATEGORIES, _NOTE_FORMATS
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
                formats[note_format],
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
            note_format,
        ) in rows
    ]


def _is_damage(error: sqlite3.Error) -> bool:
    """A damaged file, by SQLite's result code or (for a missing table: a file that says it
    is ours but is not) its words."""
    if getattr(error, "sqlite_errorcode", 0) & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "no such table" in text


def _is_undecodable(error: sqlite3.Error) -> bool:
    return "could not decode" in str(error).lower()


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
