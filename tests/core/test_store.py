import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from reader.core.store import SCHEMA_VERSION, Store, StoreError
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
from reader.core.store import Store
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
