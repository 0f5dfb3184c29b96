"""The reader's own data: one SQLite file in the data folder.

Reading positions (and the last article read) are written in transactions,
in WAL mode, so a crash or power cut loses at most the write in flight. A
file that is not a readable database is moved aside, never deleted, and a
fresh store is started; the caller is told so it can tell the reader.
"""

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.files import damaged_copy_path

translate = QCoreApplication.translate
SCHEMA_VERSION = 1
_SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS reading_positions (
    article_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL CHECK (position >= 0),
    progress REAL NOT NULL CHECK (progress BETWEEN 0 AND 1),
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS app_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class StoreError(Exception):
    """The store cannot be used; str() is a message for the reader."""


@dataclass(frozen=True)
class ReadingPosition:
    article_id: str
    position: int
    progress: float


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.recovered_from: Path | None = None  # where a damaged file was moved, if one was
        self._connection = self._open()

    def close(self) -> None:
        self._connection.close()

    # Reads that fail (a USB stick pulled out, a file damaged since it was opened) answer
    # "nothing saved": the reader loses a remembered place, never the session.

    def reading_position(self, article_id: str) -> ReadingPosition | None:
        with contextlib.suppress(sqlite3.Error):
            row = self._connection.execute(
                "SELECT position, progress FROM reading_positions WHERE article_id = ?",
                (article_id,),
            ).fetchone()
            return ReadingPosition(article_id, row[0], row[1]) if row else None
        return None

    def all_progress(self) -> dict[str, float]:
        with contextlib.suppress(sqlite3.Error):
            rows = self._connection.execute("SELECT article_id, progress FROM reading_positions")
            return dict(rows.fetchall())
        return {}

    def save_reading_position(self, article_id: str, position: int, progress: float) -> None:
        progress = min(max(progress, 0.0), 1.0)
        with self._writing():
            self._connection.execute(
                "INSERT INTO reading_positions (article_id, position, progress, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                "position = excluded.position, progress = excluded.progress, "
                "updated_at = excluded.updated_at",
                (article_id, max(position, 0), progress, time.time()),
            )

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
        try:
            with self._connection:
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
            if version == 0:
                connection.executescript(
                    f"BEGIN IMMEDIATE;{_SCHEMA_V1}PRAGMA user_version = {SCHEMA_VERSION};COMMIT;"
                )
            connection.execute("SELECT count(*) FROM reading_positions").fetchone()
        except BaseException:
            connection.close()
            raise
        connection.isolation_level = "DEFERRED"
        return connection

    def _move_aside(self) -> Path:
        target = damaged_copy_path(self.path)
        self.path.replace(target)
        for suffix in ("-wal", "-shm"):
            companion = self.path.with_name(self.path.name + suffix)
            if companion.exists():
                companion.replace(target.with_name(target.name + suffix))
        return target


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
