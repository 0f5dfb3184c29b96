import io
import subprocess
import sys

import pytest

from reader.cli import find_command
from reader.cli.clear_data import run
from reader.core.marks.anchoring import anchor_at
from reader.core.marks.mark import MarkKind, new_mark
from reader.core.storage.store import Store
from tests.conftest import REPO_ROOT


def store_with_a_mark(data):
    store = Store(data / "reader.sqlite3")
    text = "Some words that are private to me."
    store.add_mark(new_mark("a", MarkKind.BOOKMARK, anchor_at(text, 5, 10), "f", name="Secret"))
    store.save_reading_position("a", 3, 0.2)
    store.close()


def counts(data):
    store = Store(data / "reader.sqlite3")
    result = len(store.all_marks()), len(store.all_progress())
    store.close()
    return result


def test_clear_data_is_a_command_that_takes_the_data_folder_first():
    assert find_command(["--data-dir", "D", "clear-data", "--all"]) == (
        "clear-data",
        ["--data-dir", "D", "--all"],
    )


def test_it_asks_and_a_no_removes_nothing(tmp_path):
    store_with_a_mark(tmp_path)
    out = io.StringIO()
    status = run(["--data-dir", str(tmp_path), "--marks"], io.StringIO("n\n"), out)
    assert status == 1
    assert "Remove them? [y/N]" in out.getvalue() and "Nothing was removed." in out.getvalue()
    assert counts(tmp_path) == (1, 1)


def test_a_yes_removes_only_what_was_chosen_and_reports_it(tmp_path):
    store_with_a_mark(tmp_path)
    out = io.StringIO()
    assert run(["--data-dir", str(tmp_path), "--marks"], io.StringIO("yes\n"), out) == 0
    assert "Bookmarks, highlights and notes: 1 removed." in out.getvalue()
    assert counts(tmp_path) == (0, 1)


def test_all_with_yes_asks_nothing_from_the_real_command_line(tmp_path):
    store_with_a_mark(tmp_path)
    (tmp_path / "preferences.json").write_text("{}")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "clear-data",
            "--all",
            "--yes",
            "--data-dir",
            str(tmp_path),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert "Reading positions (where you were in each article): 1 removed." in result.stdout
    assert not (tmp_path / "preferences.json").exists()
    assert counts(tmp_path) == (0, 0)


def test_nothing_chosen_is_a_usage_mistake(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        run(["--data-dir", str(tmp_path)])
    assert exit_.value.code == 2
    assert "choose what to remove" in capsys.readouterr().err
