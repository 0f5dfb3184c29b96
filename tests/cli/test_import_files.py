"""reader import, run as a user would: files become articles in the data folder's
articles (or --to DIR), listed by reader --list; skipped files are said on stderr."""

import subprocess
import sys

from tests.conftest import REPO_ROOT
from tests.support import documents


def reader(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ},
    )


def test_import_adds_articles_that_the_library_lists(tmp_path):
    data = tmp_path / "data"
    book = documents.epub_book(tmp_path)
    urdu = tmp_path / "urdu.txt"
    urdu.write_bytes(documents.URDU_TEXT.encode("utf-16"))
    done = reader("import", str(book), str(urdu), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    articles = data / "articles"
    assert done.stdout.splitlines() == [
        f"{articles / 'stories-of-the-river.md'}\ten\tStories of the River",
        f"{articles / 'پاکستان-میں-پانی-کی-کمی.md'}\tur\tپاکستان میں پانی کی کمی",
    ]
    assert "the language ur was found from the text" in done.stderr
    listed = reader("--list", "--data-dir", str(data)).stdout
    assert "stories-of-the-river\ten\tStories of the River" in listed
    assert "پاکستان-میں-پانی-کی-کمی\tur\tپاکستان میں پانی کی کمی" in listed


def test_options_and_a_folder_of_ones_own(tmp_path):
    book = documents.epub_book(tmp_path)
    target = tmp_path / "ngo"
    done = reader(
        "import", str(book), "--to", str(target), "--language", "en-GB",
        "--title", "River Stories", "--content-note", "A flood.",
        "--data-dir", str(tmp_path / "data"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = (target / "river-stories.md").read_text(encoding="utf-8")
    assert "title: River Stories\n" in text and "language: en-GB\n" in text
    assert "content_note: A flood.\n" in text


def test_skipped_files_are_reported_and_the_others_still_added(tmp_path):
    scan = documents.scanned_pdf(tmp_path)
    book = documents.epub_book(tmp_path)
    done = reader("import", str(scan), str(book), "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 1
    assert f"reader: {scan}: the PDF has no text in it" in done.stderr
    assert len(done.stdout.splitlines()) == 1


def test_title_with_several_files_is_a_usage_error(tmp_path):
    done = reader("import", "a.txt", "b.txt", "--title", "T", "--data-dir", str(tmp_path))
    assert done.returncode == 2
    assert "--title names one article" in done.stderr
