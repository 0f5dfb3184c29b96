"""Make the golden store files of older schemas, once, for the migration tests.

Run `python tests/core/golden/make_golden.py` only to add a file for a schema that is
about to be replaced; never regenerate an existing one: each must stay exactly as the
Reader of that version wrote it. The statements below are copied from that version.
"""

import sqlite3
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Reader 0.1.0, schema version 1 (reader/core/store.py at commit b2f4e79).
SCHEMA_V1 = """
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
V1_POSITIONS = (
    ("metoo-pakistan-marginalised", 4210, 0.42, 1714557600.0),
    ("how-to-use-reader", 0, 0.0, 1714557700.0),
    ("/home/reader/Documents/اردو مضمون.md", 77, 1.0, 1714557800.0),
)


def make_v1(path: Path) -> None:
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.executescript(f"BEGIN IMMEDIATE;{SCHEMA_V1}PRAGMA user_version = 1;COMMIT;")
    connection.executemany(
        "INSERT INTO reading_positions (article_id, position, progress, updated_at) "
        "VALUES (?, ?, ?, ?)",
        V1_POSITIONS,
    )
    connection.execute(
        "INSERT INTO app_state (key, value) VALUES ('last_article', 'metoo-pakistan-marginalised')"
    )
    connection.close()  # the last connection to close checkpoints the WAL into the file


if __name__ == "__main__":
    make_v1(HERE / "reader-v1.sqlite3")
