"""The store against real damaged files: random pages, truncated files, text named
reader.sqlite3, rows that break the schema's rules, damage found while running, and the
owner-only modes of what it creates."""

import random
import sqlite3
import stat
from pathlib import Path

import pytest

from reader.core.marks.anchoring import anchor_at
from reader.core.marks.mark import Category, MarkKind, new_mark
from reader.core.storage.files import make_private_folder, write_atomically
from reader.core.storage.store import SCHEMA_VERSION, Store, StoreError

PAGE = 4096  # SQLite's default page size, which the store keeps
TEXT = "The floods came every spring, and the harvest followed. " * 400
MARKS = 306  # as many as the reader's store in the report


def filled_store(path: Path, marks: int = MARKS) -> list[str]:
    """A store with `marks` marks (notes long enough to spread over many pages), three
    reading places and a setting; the marks' ids."""
    store = Store(path)
    ids = []
    for number in range(marks):
        kind = MarkKind.BOOKMARK if number % 2 else MarkKind.HIGHLIGHT
        mark = new_mark(
            f"article-{number % 5}",
            kind,
            anchor_at(TEXT, number * 7, number * 7 + 20),
            "print",
            category=None if number % 2 else Category.IDEA,
            name=f"Mark {number}",
            note="یادداشت، a note in two scripts. " * 3,
        )
        store.add_mark(mark)
        ids.append(mark.id)
    for number in range(3):
        store.save_reading_position(f"article-{number}", 100 * number, 0.1 * number)
    store.set_state("last_article", "article-1")
    store.close()
    return ids


def overwrite_page(path: Path, page: int, seed: int) -> bytes:
    data = bytearray(path.read_bytes())
    data[page * PAGE : (page + 1) * PAGE] = random.Random(seed).randbytes(PAGE)
    path.write_bytes(data)
    return bytes(data)


def opened(path: Path) -> tuple[Store, list[str]]:
    store = Store(path)
    problems: list[str] = []
    store.report_problems_to(problems.append)
    return store, problems


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        connection.close()


@pytest.mark.parametrize(("where", "seed"), [(0.5, 1), (0.5, 2), (0.25, 3), (0.75, 4), (1.0, 5)])
def test_a_random_page_is_found_kept_aside_and_the_rest_recovered(tmp_path, where, seed):
    path = tmp_path / "reader.sqlite3"
    ids = filled_store(path)
    pages = path.stat().st_size // PAGE
    damaged = overwrite_page(path, min(int(pages * where), pages - 1), seed)
    assert integrity(path) != "ok"

    store, problems = opened(path)
    recovery = store.recovery
    assert recovery is not None and recovery.kept_as == store.recovered_from
    assert recovery.kept_as.read_bytes() == damaged  # kept exactly as it was found
    marks = store.all_marks()
    # One page of 4 KB holds a few marks: all the others come back, unchanged.
    assert len(ids) - 30 <= len(marks) <= len(ids)  # an index page hides no row at all
    assert len(marks) == recovery.marks
    assert {mark.id for mark in marks} <= set(ids)
    assert len(problems) == 1 and f"{recovery.marks} bookmarks and highlights" in problems[0]
    assert str(recovery.kept_as) in problems[0]
    assert integrity(path) == "ok"

    # A mark added now is in the fresh file and is there next time.
    added = new_mark("article-0", MarkKind.BOOKMARK, anchor_at(TEXT, 3, 9), "print")
    store.add_mark(added)
    store.close()
    again, problems_again = opened(path)
    assert again.mark(added.id) == added and again.recovery is None and problems_again == []
    assert len(again.all_marks()) == len(marks) + 1
    again.close()


def test_a_damaged_file_not_in_wal_mode_is_kept_byte_for_byte(tmp_path):
    path = tmp_path / "reader.sqlite3"
    ids = filled_store(path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = DELETE")  # as another SQLite program may leave it
    connection.close()
    damaged = overwrite_page(path, path.stat().st_size // PAGE // 2, seed=12)
    store, problems = opened(path)
    assert store.recovered_from.read_bytes() == damaged
    assert len(ids) - 30 <= len(store.all_marks()) < len(ids) and len(problems) == 1
    store.close()


@pytest.mark.parametrize("fraction", [0.9, 0.6, 0.3])
def test_a_truncated_file_gives_back_the_rows_before_the_cut(tmp_path, fraction):
    path = tmp_path / "reader.sqlite3"
    ids = filled_store(path)
    data = path.read_bytes()
    cut = int(len(data) * fraction) // PAGE * PAGE
    path.write_bytes(data[:cut])

    store, problems = opened(path)
    assert store.recovered_from.read_bytes() == data[:cut]
    marks = store.all_marks()
    assert 0 < len(marks) < len(ids) and len(marks) == store.recovery.marks
    assert len(problems) == 1 and f"{len(marks)} bookmarks" in problems[0]
    store.close()


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a database, just some bytes " * 100,
        "یہ ڈیٹا بیس نہیں، صرف ایک تحریر ہے۔\n".encode() * 200,
        b"",  # an empty file is a new store, not a damaged one
        b"SQLite format 3\x00" + b"\xff" * 5000,  # a header and nothing sensible after it
    ],
)
def test_a_file_that_is_not_a_store_is_kept_and_a_fresh_one_started(tmp_path, content):
    path = tmp_path / "reader.sqlite3"
    path.write_bytes(content)
    store, problems = opened(path)
    if content:
        assert store.recovered_from.read_bytes() == content
        assert store.recovery.marks == 0
        assert len(problems) == 1 and "nothing in it could be read" in problems[0]
    else:
        assert store.recovered_from is None and problems == []
    store.add_mark(new_mark("a", MarkKind.BOOKMARK, anchor_at(TEXT, 0, 5), "print"))
    assert len(store.all_marks()) == 1
    store.close()


def test_a_damaged_first_page_keeps_the_file_and_starts_fresh(tmp_path):
    path = tmp_path / "reader.sqlite3"
    filled_store(path)
    damaged = overwrite_page(path, 0, seed=7)
    store, problems = opened(path)
    assert store.recovered_from.read_bytes() == damaged
    assert store.all_marks() == [] and len(problems) == 1
    store.close()


@pytest.mark.parametrize("damage", ["page", "truncate"])
def test_a_newer_schema_is_refused_untouched_even_when_damaged(tmp_path, damage):
    path = tmp_path / "reader.sqlite3"
    filled_store(path, marks=40)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    if damage == "page":
        overwrite_page(path, 3, seed=8)
    else:
        path.write_bytes(path.read_bytes()[: 4 * PAGE])
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of Reader"):
        Store(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reader.sqlite3"]


def test_damage_found_while_running_is_repaired_and_the_action_done(tmp_path):
    path = tmp_path / "reader.sqlite3"
    ids = filled_store(path)
    store, problems = opened(path)
    assert store.recovery is None and problems == []
    pages = path.stat().st_size // PAGE
    overwrite_page(path, pages // 2, seed=9)
    # Another copy of Reader writes: the store's cached pages are no longer trusted.
    other = sqlite3.connect(path)
    other.execute("INSERT OR REPLACE INTO app_state VALUES ('other', 'copy')")
    other.commit()
    other.close()

    marks = store.all_marks()
    assert store.recovery is not None and len(ids) - 30 <= len(marks) < len(ids)
    assert len(problems) == 1 and "damaged" in problems[0]
    added = new_mark("article-1", MarkKind.BOOKMARK, anchor_at(TEXT, 3, 9), "print")
    store.add_mark(added)
    store.close()
    assert integrity(path) == "ok"
    again = Store(path)
    assert again.mark(added.id) == added and again.recovery is None
    again.close()


# Rows that break the schema's rules -------------------------------------------------------

GOOD_MARK = (
    "good",
    "a",
    "bookmark",
    None,
    "Name",
    "",
    "",
    5,
    10,
    "quote",
    "pre",
    "suf",
    "print",
    0,
    1_700_000_000.0,
    1_700_000_000.0,
    "markdown",
)
COLUMNS = [
    "id",
    "article_id",
    "kind",
    "category",
    "name",
    "note",
    "section",
    "start_index",
    "end_index",
    "quote",
    "prefix",
    "suffix",
    "text_fingerprint",
    "orphaned",
    "created_at",
    "updated_at",
    "note_format",
]


def bad_mark(**changes) -> tuple:
    row = dict(zip(COLUMNS, GOOD_MARK, strict=True)) | {"id": "bad"} | changes
    return tuple(row[column] for column in COLUMNS)


BAD_MARKS = {
    "unknown kind": bad_mark(kind="note"),
    "unknown note format": bad_mark(note_format="html"),
    "note format in Urdu": bad_mark(note_format="سادہ"),
    "kind in Urdu": bad_mark(kind="نشان"),
    "unknown category": bad_mark(kind="highlight", category="angry"),
    "text position": bad_mark(start_index="twelve"),
    "text end": bad_mark(end_index="١٢"),
    "real position": bad_mark(start_index=5.5),
    "negative position": bad_mark(start_index=-3),
    "end before start": bad_mark(start_index=10, end_index=2),
    "position past Qt's int": bad_mark(start_index=2**31, end_index=2**31 + 4),
    "position of 2^63-1": bad_mark(start_index=2**63 - 1, end_index=2**63 - 1),
    "blob quote": bad_mark(quote=b"\x00\x01"),
    "blob name": bad_mark(name=b"Name"),
    "blob id": bad_mark(id=b"bad"),
    "orphaned 7": bad_mark(orphaned=7),
    "date in year 40000": bad_mark(created_at=1.2e12),
    "text date": bad_mark(updated_at="yesterday"),
}


def store_with_rows(path: Path, marks=(), positions=(), states=()) -> None:
    Store(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA ignore_check_constraints = 1")  # as an editor or damage would
    with connection:
        connection.execute(f"INSERT INTO marks VALUES ({', '.join('?' * 17)})", GOOD_MARK)
        connection.executemany(f"INSERT INTO marks VALUES ({', '.join('?' * 17)})", marks)
        connection.executemany(
            "INSERT INTO reading_positions (article_id, position, progress, updated_at, "
            "anchor_start, quote) VALUES (?, ?, ?, 0, ?, ?)",
            positions,
        )
        connection.executemany("INSERT INTO app_state VALUES (?, ?)", states)
    connection.close()


@pytest.mark.parametrize("row", BAD_MARKS.values(), ids=BAD_MARKS.keys())
def test_a_mark_that_breaks_the_rules_is_skipped_counted_and_reported(tmp_path, row):
    path = tmp_path / "reader.sqlite3"
    store_with_rows(path, marks=[row])
    store, problems = opened(path)
    assert [mark.id for mark in store.all_marks()] == ["good"]
    assert [mark.id for mark in store.marks_for_article("a")] == ["good"]
    assert store.mark("bad") is None and store.mark("good").anchor.start == 5
    assert store.skipped_rows == 1
    assert len(problems) == 1 and "1 saved entries" in problems[0] and str(path) in problems[0]
    store.close()
    connection = sqlite3.connect(path)  # left in the file, untouched
    assert connection.execute("SELECT count(*) FROM marks").fetchone() == (2,)
    connection.close()


def test_an_imported_copy_replaces_a_saved_mark_that_breaks_the_rules(tmp_path):
    path = tmp_path / "reader.sqlite3"
    mark = new_mark("a", MarkKind.BOOKMARK, anchor_at(TEXT, 0, 5), "print")
    store_with_rows(path, marks=[bad_mark(id=mark.id, updated_at="later", start_index="x")])
    store, _ = opened(path)
    assert [outcome.value for outcome in store.merge_marks([mark])] == ["replaced"]
    assert store.mark(mark.id) == mark
    store.close()


def test_reading_places_and_settings_that_break_the_rules_are_skipped(tmp_path):
    path = tmp_path / "reader.sqlite3"
    positions = [
        ("fine", 10, 0.5, None, ""),
        ("text position", "ten", 0.5, None, ""),
        ("progress past the end", 10, 7.5, None, ""),
        ("text progress", 10, "half", None, ""),
        ("anchor past Qt's int", 10, 0.5, 2**31 - 2, "quote"),
        ("negative anchor", 10, 0.5, -1, "q"),
    ]
    # A TEXT column turns numbers into text; only a blob is not text there.
    states = [("fine", "value"), ("blob", b"\xff\xfe"), ("empty blob", b"")]
    store_with_rows(path, positions=positions, states=states)
    store, problems = opened(path)
    assert store.all_progress() == {"fine": 0.5}
    assert store.reading_position("fine").position == 10
    for article_id, *_ in positions[1:]:
        assert store.reading_position(article_id) is None
    assert store.state("fine") == "value"
    assert store.state("blob") is None and store.state("empty blob") is None
    assert store.skipped_rows == 7 and "7 saved entries" in problems[0]
    store.set_state("blob", "now a text")  # a bad row is replaced by a good one
    store.save_reading_position("text position", 20, 0.2)
    assert store.state("blob") == "now a text"
    assert store.reading_position("text position").position == 20
    store.close()


def test_text_that_is_not_utf8_is_read_with_replacement_characters(tmp_path):
    path = tmp_path / "reader.sqlite3"
    store_with_rows(path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE marks SET name = CAST(x'41ff42' AS TEXT), note = ?", ("ok",))
        connection.execute("INSERT INTO app_state VALUES ('k', CAST(x'c3' AS TEXT))")
    connection.close()
    store, problems = opened(path)
    assert store.mark("good").name == "A\ufffdB"
    assert [mark.name for mark in store.marks_for_article("a")] == ["A\ufffdB"]
    assert store.state("k") == "\ufffd" and problems == []  # readable: not a bad row
    assert store.all_progress() == {}  # ordinary reads work as before
    store.close()


# Owner-only files -------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_store_and_its_folders_are_created_for_the_owner_only(tmp_path):
    path = tmp_path / "new" / "Reader" / "reader.sqlite3"
    store = Store(path)
    store.save_reading_position("a", 1, 0.1)
    assert mode(path) == 0o600
    for companion in ("-wal", "-shm"):
        assert mode(path.with_name(path.name + companion)) == 0o600
    assert mode(tmp_path / "new") == mode(tmp_path / "new" / "Reader") == 0o700
    store.close()


def test_an_existing_store_readable_by_others_is_narrowed(tmp_path):
    path = tmp_path / "reader.sqlite3"
    Store(path).close()
    path.chmod(0o644)
    Store(path).close()
    assert mode(path) == 0o600


def test_files_written_atomically_and_their_folders_are_owner_only(tmp_path):
    path = tmp_path / "cache" / "rendered" / "article.json"
    write_atomically(path, b"{}")
    assert mode(path) == 0o600
    assert mode(tmp_path / "cache") == mode(tmp_path / "cache" / "rendered") == 0o700


def test_a_folder_under_a_regular_file_cannot_be_made(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(OSError):
        make_private_folder(tmp_path / "file" / "data")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        Store(tmp_path / "file" / "data" / "reader.sqlite3")
