import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.marks.anchoring import anchor_at
from reader.core.marks.mark import Category, MarkKind, new_mark
from reader.core.marks.notes import NoteFormat
from reader.core.storage.store import SCHEMA_VERSION, Merge, Store, StoreError
from tests.conftest import REPO_ROOT


def test_positions_and_state_survive_reopening(tmp_path):
    path = tmp_path / "reader.sqlite3"
    store = Store(path)
    store.save_reading_position("a", 120, 0.25)
    store.save_reading_position("a", 300, 0.5)
    store.save_reading_position("b", 10, 1.7)  # clamped
    store.set_state("last_article", "a")
    store.close()

    store = Store(path)
    position = store.reading_position("a")
    assert (position.position, position.progress) == (300, 0.5)
    assert store.all_progress() == {"a": 0.5, "b": 1.0}
    assert store.state("last_article") == "a"
    assert store.reading_position("missing") is None
    assert store.recovered_from is None
    store.close()


def test_the_file_uses_wal_and_a_schema_version(tmp_path):
    Store(tmp_path / "s.sqlite3").close()
    connection = sqlite3.connect(tmp_path / "s.sqlite3")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_damaged_file_is_moved_aside_and_a_fresh_store_starts(tmp_path):
    path = tmp_path / "reader.sqlite3"
    path.write_bytes(b"this is not a database, just some bytes " * 100)
    store = Store(path)
    assert store.recovered_from is not None
    assert store.recovered_from.read_bytes().startswith(b"this is not a database")
    store.save_reading_position("a", 1, 0.1)
    assert store.reading_position("a").position == 1


def test_a_store_from_a_newer_reader_is_refused_untouched(tmp_path):
    path = tmp_path / "reader.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of Reader"):
        Store(path)
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_a_read_only_folder_gets_a_clear_message(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match=r"read-only|Cannot"):
            Store(folder / "reader.sqlite3")
    finally:
        folder.chmod(0o700)


WRITER = """
import sys
from pathlib import Path
from reader.core.storage.store import Store
store = Store(Path(sys.argv[1]))
for number in range(1_000_000):
    store.save_reading_position(f"article-{number % 50}", number, (number % 100) / 100)
    print(number, flush=True)
"""


@pytest.mark.parametrize("round_number", range(3))
def test_killing_the_process_mid_write_loses_nothing_that_was_saved(tmp_path, round_number):
    path = tmp_path / "reader.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True
    )
    acknowledged = -1
    for line in writer.stdout:
        acknowledged = int(line)
        if acknowledged >= 200 + 150 * round_number:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait()

    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    store = Store(path)
    for number in range(max(0, acknowledged - 49), acknowledged + 1):
        saved = store.reading_position(f"article-{number % 50}")
        assert saved is not None and saved.position >= number


# Marks -------------------------------------------------------------------------------------

GOLDEN = Path(__file__).resolve().parent / "golden"
TEXT = "A heading\u2029The floods came every spring.\u2029The harvest followed."


def bookmark(article_id="a", start=10, note=""):
    return new_mark(
        article_id, MarkKind.BOOKMARK, anchor_at(TEXT, start, start + 10), "f", name="B", note=note
    )


def highlight(article_id="a", start=14):
    anchor = anchor_at(TEXT, start, start + 6)
    return new_mark(article_id, MarkKind.HIGHLIGHT, anchor, "f", category=Category.IDEA)


def test_marks_are_saved_listed_in_document_order_edited_and_deleted(tmp_path):
    path = tmp_path / "reader.sqlite3"
    store = Store(path)
    later, earlier, elsewhere = highlight(start=20), bookmark(start=10), bookmark("b")
    for mark in (later, earlier, elsewhere):
        store.add_mark(mark)
    store.close()

    store = Store(path)
    assert store.marks_for_article("a") == [earlier, later]
    assert store.all_marks() == [earlier, later, elsewhere]
    renamed = earlier._replace(name="Renamed", note="A note", updated_at=earlier.updated_at + 1)
    store.update_mark(renamed._replace(anchor=anchor_at(TEXT, 0, 1)))  # only the reader's edits
    assert store.mark(earlier.id) == renamed
    store.delete_mark(later.id)
    assert store.marks_for_article("a") == [renamed]
    store.add_mark(later)  # undo: the same mark, with the same id, comes back
    assert store.mark(later.id) == later
    store.close()


def test_anchors_found_again_are_saved_in_one_go(tmp_path):
    store = Store(tmp_path / "reader.sqlite3")
    mark = highlight()
    store.add_mark(mark)
    moved = mark._replace(anchor=anchor_at(TEXT, 30, 36), text_fingerprint="g", orphaned=True)
    store.save_anchors([moved])
    assert store.mark(mark.id) == moved
    store.close()


def test_a_reading_position_keeps_the_words_at_it(tmp_path):
    store = Store(tmp_path / "reader.sqlite3")
    anchor = anchor_at(TEXT, 10, 40)
    store.save_reading_position("a", 12, 0.3, anchor, "print")
    saved = store.reading_position("a")
    assert (saved.position, saved.anchor, saved.text_fingerprint) == (12, anchor, "print")
    store.save_reading_position("a", 14, 0.4)
    assert store.reading_position("a").anchor is None
    store.close()


def test_merging_adds_new_marks_replaces_older_copies_and_keeps_newer_ones(tmp_path):
    store = Store(tmp_path / "reader.sqlite3")
    saved, stale, fresh = bookmark(), bookmark(start=20), highlight()
    for mark in (saved, stale):
        store.add_mark(mark)
    newer = stale._replace(name="Newer", updated_at=stale.updated_at + 5)
    older = saved._replace(name="Older", updated_at=saved.updated_at - 5)
    outcomes = store.merge_marks([saved, older, newer, fresh])
    assert outcomes == [Merge.SAME, Merge.OLDER, Merge.REPLACED, Merge.ADDED]
    assert store.mark(stale.id).name == "Newer"
    assert store.mark(saved.id).name == "B"
    assert len(store.all_marks()) == 3
    store.close()


def test_a_version_1_store_is_upgraded_after_a_copy_is_kept(tmp_path):
    path = tmp_path / "reader.sqlite3"
    shutil.copyfile(GOLDEN / "reader-v1.sqlite3", path)
    store = Store(path)
    assert store.backup is not None and store.backup.parent == tmp_path
    assert store.reading_position("metoo-pakistan-marginalised").position == 4210
    assert store.reading_position("metoo-pakistan-marginalised").anchor is None
    assert store.all_progress() == {
        "metoo-pakistan-marginalised": 0.42,
        "how-to-use-reader": 0.0,
        "/home/reader/Documents/اردو مضمون.md": 1.0,
    }
    assert store.state("last_article") == "metoo-pakistan-marginalised"
    mark = bookmark()
    store.add_mark(mark)
    store.close()

    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    connection.close()
    kept = sqlite3.connect(store.backup)
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 1
    assert kept.execute("SELECT count(*) FROM reading_positions").fetchone()[0] == 3
    kept.close()
    again = Store(path)
    assert again.backup is None  # already up to date: no second copy
    assert again.mark(mark.id) == mark
    again.close()


@pytest.mark.parametrize("version", [1, 2, 3])
def test_the_golden_file_is_as_make_golden_writes_it(tmp_path, version):
    """A golden file must never be regenerated by a newer Reader: compare its content."""
    sys.path.insert(0, str(GOLDEN))
    try:
        import make_golden
    finally:
        sys.path.remove(str(GOLDEN))
    fresh = tmp_path / "fresh.sqlite3"
    getattr(make_golden, f"make_v{version}")(fresh)
    golden = tmp_path / "golden.sqlite3"
    shutil.copyfile(GOLDEN / f"reader-v{version}.sqlite3", golden)

    def dump(path):
        connection = sqlite3.connect(path)
        lines = list(connection.iterdump()), connection.execute("PRAGMA user_version").fetchone()
        connection.close()
        return lines

    assert dump(golden) == dump(fresh)


MARK_WRITER = """
import sys
from pathlib import Path
from reader.core.marks.anchoring import anchor_at
from reader.core.marks.mark import MarkKind, new_mark
from reader.core.storage.store import Store
store = Store(Path(sys.argv[1]))
text = "Some words to mark, again and again. " * 20
for number in range(1_000_000):
    anchor = anchor_at(text, number % 500, number % 500 + 9)
    mark = new_mark(f"article-{number % 7}", MarkKind.BOOKMARK, anchor, "f", name=str(number))
    store.add_mark(mark)
    print(mark.id, flush=True)
"""


@pytest.mark.parametrize("round_number", range(3))
def test_killing_the_process_mid_burst_of_marks_loses_no_saved_mark(tmp_path, round_number):
    path = tmp_path / "reader.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-c", MARK_WRITER, str(path)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    acknowledged = []
    for line in writer.stdout:
        acknowledged.append(line.strip())
        if len(acknowledged) >= 150 + 100 * round_number:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait()

    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    store = Store(path)
    saved = {mark.id for mark in store.all_marks()}
    assert set(acknowledged) <= saved
    store.close()


TWO_COPIES_WRITER = """
import sys
from pathlib import Path
from reader.core.marks.anchoring import anchor_at
from reader.core.marks.mark import MarkKind, new_mark
from reader.core.storage.store import Store
store = Store(Path(sys.argv[1]))
sys.stdin.readline()  # both copies start together
for number in range(int(sys.argv[2])):
    mark = new_mark("shared", MarkKind.BOOKMARK, anchor_at("text " * 50, number, number + 4), "f")
    store.add_mark(mark)
    if number % 5 == 0:
        store.save_reading_position("shared", number, 0.5)
    print(mark.id, flush=True)
store.close()
"""


def test_two_copies_writing_at_once_lose_none_of_each_others_marks(tmp_path):
    path = tmp_path / "reader.sqlite3"
    Store(path).close()
    count = 120
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", TWO_COPIES_WRITER, str(path), str(count)],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.flush()
    written = set()
    for writer in writers:
        output, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0
        written |= set(output.split())
    assert len(written) == 2 * count
    store = Store(path)
    assert {mark.id for mark in store.marks_for_article("shared")} == written
    store.close()


FULL_DISK_OPENER = """
import resource, signal, sys
from pathlib import Path
from reader.core.storage.store import Store, StoreError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))  # room for the WAL index only
try:
    Store(Path(sys.argv[1]))
except StoreError as error:
    print(error)
"""


def test_a_store_that_cannot_be_copied_before_upgrading_is_left_as_it_was(tmp_path):
    path = tmp_path / "reader.sqlite3"
    shutil.copyfile(GOLDEN / "reader-v1.sqlite3", path)
    connection = sqlite3.connect(path)  # a file larger than the limit, still at version 1
    with connection:
        connection.executemany(
            "INSERT INTO reading_positions VALUES (?, 1, 0.5, 0)",
            [(f"article {number} " * 10,) for number in range(2000)],
        )
    connection.close()
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK_OPENER, str(path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "could not keep a copy" in result.stdout and "left as it is" in result.stdout
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*backup*"))


# The library's entries (schema 3) ---------------------------------------------------------


def test_a_version_2_store_is_upgraded_keeping_its_marks_and_places(tmp_path):
    path = tmp_path / "reader.sqlite3"
    shutil.copyfile(GOLDEN / "reader-v2.sqlite3", path)
    store = Store(path)
    assert store.backup is not None
    marks = sorted(store.all_marks(), key=lambda mark: mark.kind)
    assert [mark.kind for mark in marks] == [MarkKind.BOOKMARK, MarkKind.HIGHLIGHT]
    assert marks[1].note == "ایک نوٹ" and marks[1].category is Category.IDEA
    assert store.reading_position("metoo-pakistan-marginalised").position == 4210
    assert store.library_references() == []
    assert store.added_times() == {}
    urdu = Path("/home/reader/Documents/اردو مضمون.md")
    store.add_library_reference(str(urdu), urdu)
    store.close()
    again = Store(path)
    assert again.library_references() == [urdu]
    assert sorted(again.all_marks(), key=lambda mark: mark.kind) == marks
    again.close()


def test_references_and_added_times_survive_a_restart(tmp_path):
    path = tmp_path / "reader.sqlite3"
    store = Store(path)
    store.record_added(["guide", "metoo"])
    first = store.added_times()
    store.record_added(["guide", "new"])  # the guide keeps its first time
    times = store.added_times()
    assert times["guide"] == first["guide"] and set(times) == {"guide", "metoo", "new"}
    for article_id in ("guide", "metoo", "new"):
        assert store.added_time(article_id) == times[article_id]
    assert store.added_time("never-added") is None
    store.close()
    # Rows that break the table's rules are left out, by the one article's read as by all.
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO library_entries (article_id, path, added_at) VALUES (?, '', ?)",
            [("کل", "yesterday"), ("ਭਲਕੇ", 1e20), ("tomorrow", b"\x00")],
        )
    connection.close()
    store = Store(path)
    for article_id in ("کل", "ਭਲਕੇ", "tomorrow"):
        assert store.added_time(article_id) is None
        assert article_id not in store.added_times()
    usb, home = Path("/media/usb/مضمون.md"), Path("/home/a/ਲੇਖ.md")
    store.add_library_reference(str(usb), usb)
    store.add_library_reference(str(home), home)
    store.add_library_reference(str(usb), usb)  # again: still one entry
    store.close()

    store = Store(path)
    assert store.library_references() == [usb, home]
    store.remove_library_reference(usb)
    assert store.library_references() == [home]
    assert "metoo" in store.added_times()
    store.close()


# Note formats (schema 4) -------------------------------------------------------------------


def test_notes_saved_before_formatting_stay_plain_text_after_the_upgrade(tmp_path):
    path = tmp_path / "reader.sqlite3"
    shutil.copyfile(GOLDEN / "reader-v3.sqlite3", path)
    store = Store(path)
    assert store.backup is not None
    notes = {mark.note: mark for mark in store.all_marks()}
    assert set(notes) == {"2*3*4 = 24, not **bold**", "- not a list\n1. nor this", "*اہم* نوٹ <b>"}
    for note, mark in notes.items():
        assert mark.note_format is NoteFormat.PLAIN
        assert mark.note_words() == note  # every asterisk, dash and number as it was typed
    edited = next(iter(notes.values()))._replace(
        note="**now bold**", note_format=NoteFormat.MARKDOWN
    )
    store.update_mark(edited)
    store.close()
    again = Store(path)
    assert again.mark(edited.id).note_format is NoteFormat.MARKDOWN
    assert again.mark(edited.id).note_words() == "now bold"
    again.close()
