"""The command line, run as a user would: a separate process, reading its output and status."""

import subprocess
import sys

from reader import __version__
from tests.conftest import REPO_ROOT, article_text


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_list_prints_the_library_and_marks_problems(tmp_path):
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    (articles / "mine.md").write_text(article_text("Mine", language="ur"), encoding="utf-8")
    (articles / "bad.md").write_text("no front matter", encoding="utf-8")
    result = run("--list", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "how-to-use-reader\ten\tHow to Use Reader" in lines
    assert (
        "metoo-pakistan-marginalised\ten\tWhat #MeToo Means for Pakistan’s Most Marginalised"
        in lines
    )
    assert "mine\tur\tMine" in lines
    assert any(
        line.startswith("!\tproblem\t") and "bad.md" in line and "front matter" in line
        for line in lines
    )


def test_every_file_written_goes_under_the_data_dir(tmp_path):
    data = tmp_path / "data"
    assert run("--list", "--data-dir", str(data)).returncode == 0
    written = {path.relative_to(data).as_posix() for path in data.rglob("*")}
    assert written == {"articles", "cache", "cache/library.json"}


def test_unknown_article_is_a_clear_error_without_traceback(tmp_path):
    result = run("no-such-article", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr == (
        "reader: no article 'no-such-article' in the library and no such file; "
        "try 'reader --list'\n"
    )
    assert "Traceback" not in result.stderr


def test_a_broken_article_file_is_refused_with_its_reason(tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"---\ntitle: x\n---\n\xff\xfe")
    result = run(str(broken), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 2
    assert "cannot open" in result.stderr and "not UTF-8" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_folder_is_not_an_article(tmp_path):
    result = run(str(tmp_path), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 2
    assert "is a folder" in result.stderr


def test_version_and_help():
    assert run("--version").stdout.strip() == f"reader {__version__}"
    help_text = run("--help").stdout
    for option in ("ARTICLE", "--list", "--data-dir", "--version"):
        assert option in help_text


def test_bad_option_is_a_usage_error():
    result = run("--no-such-option")
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr and "Traceback" not in result.stderr


def test_a_windowed_build_without_standard_streams_does_not_crash(tmp_path):
    # Windowed Windows builds (and pythonw) start with sys.stdout and sys.stderr set to None.
    script = (
        "import sys; sys.stdout = sys.stderr = None\n"
        "from reader.app import main\n"
        f"sys.exit(main(['no-such-article', '--data-dir', {str(tmp_path)!r}]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, timeout=60
    )
    assert result.returncode == 2  # the usage error, not a crash


def test_a_home_folder_of_no_one_is_a_clear_error(tmp_path):
    result = run("~no-such-user-here/article.md", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "no article" in result.stderr and "Traceback" not in result.stderr
