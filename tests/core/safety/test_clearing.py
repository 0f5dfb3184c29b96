"""Clear my data: each kind removed, and none of the removed text left in the store's bytes
(the file and its WAL), in Latin, Urdu and mixed text."""

import json
import sqlite3

import pytest

from reader.core.marks.anchoring import anchor_at
from reader.core.marks.mark import Category, MarkKind, new_mark
from reader.core.safety.clearing import HISTORY_STATE_KEYS, DataKind, clear_data
from reader.core.storage.store import Store
from reader.paths import DataPaths

# Texts that appear nowhere else in the file (no table or column is named like them).
SECRETS = {
    "latin": ("Zanzibar lighthouse keeper", "A note about Qwertyuiop"),
    "urdu": ("خاموش دریا کی کہانی", "یہ ایک نجی نوٹ ہے"),
    "mixed": ("Marker-9731 اور کچھ", "نوٹ note-5519"),
}
ARTICLE = "private-article-7788"


def fill(paths: DataPaths, quote: str, note: str) -> Store:
    text = f"Before the words. {quote}. After the words, and more after them."
    start = text.index(quote)
    store = Store(paths.store)
    for number in range(40):  # enough rows to fill several pages
        anchor = anchor_at(text, start, start + len(quote))
        store.add_mark(
            new_mark(
                f"{ARTICLE}-{number}",
                MarkKind.HIGHLIGHT,
                anchor,
                "f",
                category=Category.IDEA,
                note=f"{note} {number}",
            )
        )
        store.save_reading_position(f"{ARTICLE}-{number}", start, 0.5, anchor, "f")
    store.set_state("last_article", ARTICLE)
    store.set_state("content_notes_dismissed", json.dumps([ARTICLE]))
    store.set_state("speech_settings", "{}")
    return store


def raw_bytes(paths: DataPaths) -> bytes:
    files = [paths.store, paths.store.with_name(paths.store.name + "-wal")]
    return b"".join(path.read_bytes() for path in files if path.exists())


@pytest.mark.parametrize("script", sorted(SECRETS))
def test_cleared_marks_places_and_history_leave_no_text_in_the_file_or_its_wal(tmp_path, script):
    paths = DataPaths(tmp_path)
    quote, note = SECRETS[script]
    store = fill(paths, quote, note)
    for text in (quote, note, ARTICLE):
        assert text.encode("utf-8") in raw_bytes(paths)  # the test can see them before

    kinds = {DataKind.MARKS, DataKind.POSITIONS, DataKind.HISTORY}
    report = clear_data(paths, kinds, store)

    assert report.rows == {DataKind.MARKS: 40, DataKind.POSITIONS: 40, DataKind.HISTORY: 2}
    assert not report.problems
    data = raw_bytes(paths)
    for text in (quote, note, ARTICLE):
        assert text.encode("utf-8") not in data
    assert store.all_marks() == [] and store.all_progress() == {}
    assert store.state("speech_settings") == "{}"  # a preference, not chosen
    wal = paths.store.with_name(paths.store.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    store.close()


def test_the_store_deletes_securely_on_every_connection(tmp_path):
    store = Store(tmp_path / "reader.sqlite3")
    assert store._connection.execute("PRAGMA secure_delete").fetchone()[0] == 1
    store.close()


def test_clearing_from_the_command_line_opens_the_file_itself(tmp_path):
    paths = DataPaths(tmp_path)
    fill(paths, *SECRETS["latin"]).close()
    report = clear_data(paths, {DataKind.MARKS})
    assert report.rows == {DataKind.MARKS: 40}
    with sqlite3.connect(paths.store) as connection:
        assert connection.execute("SELECT count(*) FROM marks").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM reading_positions").fetchone()[0] == 40
    assert SECRETS["latin"][1].encode() not in raw_bytes(paths)


def test_copies_kept_aside_caches_logs_and_preferences_go_when_chosen(tmp_path):
    paths = DataPaths(tmp_path)
    fill(paths, *SECRETS["urdu"]).close()
    damaged = tmp_path / "reader.sqlite3.damaged-20260101-000000"
    backup = tmp_path / "reader.sqlite3.schema-1-backup-20260101-000000"
    for copy in (damaged, backup):
        copy.write_bytes(paths.store.read_bytes())
    paths.render_cache.mkdir(parents=True)
    (paths.render_cache / "entry.json").write_text("{}")
    paths.library_cache.write_text("{}")
    paths.logs.mkdir()
    (paths.logs / "reader.log").write_text("line\n")
    (paths.logs / "reader.log.1").write_text("older\n")
    paths.preferences.write_text("{}")
    paths.window_settings.write_text("")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "mine.md").write_text("# Mine\n")

    report = clear_data(paths, set(DataKind))

    assert not damaged.exists() and not backup.exists()
    assert not paths.library_cache.exists() and list(paths.render_cache.iterdir()) == []
    assert (paths.logs / "reader.log").read_bytes() == b""  # emptied: Reader may hold it open
    assert not (paths.logs / "reader.log.1").exists()
    assert not paths.preferences.exists() and not paths.window_settings.exists()
    assert (tmp_path / "articles" / "mine.md").exists()  # articles are never touched
    assert len(report.files) == 8
    assert "Files removed or emptied: 8." in report.summary()


def test_history_keys_are_the_ones_the_window_writes():
    from reader.core.safety.clearing import DISMISSED_NOTES_KEY
    from reader.ui.main_window import LAST_ARTICLE_KEY

    assert set(HISTORY_STATE_KEYS) == {LAST_ARTICLE_KEY, DISMISSED_NOTES_KEY}
