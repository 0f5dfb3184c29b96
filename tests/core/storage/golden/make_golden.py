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


# Reader with marks, schema version 2 (reader/core/storage/store.py at commit 1a2b0a8):
# version 1's tables, then the step to version 2.
SCHEMA_V2_STEP = """
ALTER TABLE reading_positions ADD COLUMN anchor_start INTEGER;
ALTER TABLE reading_positions ADD COLUMN quote TEXT NOT NULL DEFAULT '';
ALTER TABLE reading_positions ADD COLUMN prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE reading_positions ADD COLUMN suffix TEXT NOT NULL DEFAULT '';
ALTER TABLE reading_positions ADD COLUMN text_fingerprint TEXT NOT NULL DEFAULT '';
CREATE TABLE marks (
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
);
CREATE INDEX marks_by_article ON marks (article_id, start_index);
"""
V2_MARKS = (
    (
        "5d0c6f7e-3b1a-4c55-9a57-0d5f2f1e8b01",
        "metoo-pakistan-marginalised",
        "bookmark",
        None,
        "Introduction: In 2017 the",
        "",
        "Introduction",
        120,
        130,
        "In 2017 th",
        "",
        "e movement",
        "fp-metoo",
        0,
        1764547200.0,
        1764547200.0,
    ),
    (
        "9b7e2a40-8f43-4d8e-b1c2-5a6e7f809102",
        "/home/reader/Documents/اردو مضمون.md",
        "highlight",
        "idea",
        "",
        "ایک نوٹ",
        "",
        5,
        17,
        "اردو مضمون ہے",
        "یہ",
        "۔",
        "fp-urdu",
        0,
        1764547300.0,
        1764547350.5,
    ),
)


def make_v2(path: Path) -> None:
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.executescript(
        f"BEGIN IMMEDIATE;{SCHEMA_V1}{SCHEMA_V2_STEP}PRAGMA user_version = 2;COMMIT;"
    )
    connection.executemany(
        "INSERT INTO reading_positions (article_id, position, progress, updated_at) "
        "VALUES (?, ?, ?, ?)",
        V1_POSITIONS,
    )
    connection.executemany(
        "INSERT INTO marks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", V2_MARKS
    )
    connection.execute(
        "INSERT INTO app_state (key, value) VALUES ('last_article', 'metoo-pakistan-marginalised')"
    )
    connection.close()


# Reader with the library's entries, schema version 3 (reader/core/storage/store.py at commit
# 8f522f8): notes were plain text, so their asterisks and list-like lines are literal.
SCHEMA_V3_STEP = """
CREATE TABLE library_entries (
    article_id TEXT PRIMARY KEY,
    path TEXT NOT NULL DEFAULT '',
    added_at REAL NOT NULL
);
"""
V3_NOTES = (
    ("0b1c2d3e-4f50-4a61-8b72-93a4b5c6d701", "2*3*4 = 24, not **bold**"),
    ("0b1c2d3e-4f50-4a61-8b72-93a4b5c6d702", "- not a list\n1. nor this"),
    ("0b1c2d3e-4f50-4a61-8b72-93a4b5c6d703", "*اہم* نوٹ <b>"),
)


def make_v3(path: Path) -> None:
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.executescript(
        f"BEGIN IMMEDIATE;{SCHEMA_V1}{SCHEMA_V2_STEP}{SCHEMA_V3_STEP}"
        "PRAGMA user_version = 3;COMMIT;"
    )
    highlight = V2_MARKS[1]
    connection.executemany(
        "INSERT INTO marks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(mark_id, *highlight[1:5], note, *highlight[6:]) for mark_id, note in V3_NOTES],
    )
    connection.execute(
        "INSERT INTO library_entries (article_id, path, added_at) VALUES (?, ?, ?)",
        ("metoo-pakistan-marginalised", "", 1764547200.0),
    )
    connection.close()


if __name__ == "__main__":
    # Each file is written once, when its schema is about to be replaced.
    for name, make in (
        ("reader-v1.sqlite3", make_v1),
        ("reader-v2.sqlite3", make_v2),
        ("reader-v3.sqlite3", make_v3),
    ):
        if not (HERE / name).exists():
            make(HERE / name)
