"""The command line, run as a user would: a separate process, reading its output and status."""

import os
import subprocess
import sys

import pytest

from reader import __version__
from reader.cli.common import terminal_safe
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


# Nothing an article contains reaches the terminal as a command (issue 17, item 10) ------------


@pytest.mark.parametrize(
    ("yaml_title", "shown"),
    [
        # The case: an escape sequence that would clear the screen and recolour.
        (r'"\e[2J\e[31mPay here"', r"\x1b[2J\x1b[31mPay here"),
        (r'"\x9b31mC1 CSI"', r"\x9b31mC1 CSI"),  # the one-byte form of ESC [
        (r'"invoice\u202Efdp.exe"', r"invoice\u202efdp.exe"),  # a right-to-left override
        (r'"سرخی\u2067 اندر\u2069"', r"سرخی\u2067 اندر\u2069"),  # an isolate, in Urdu
        (r'"two\nlines\tand a tab\a"', r"two\nlines\tand a tab\x07"),
        (r'"Заго\Lловок\x7f!"', r"Заго\u2028ловок\x7f!"),
    ],
)
def test_list_escapes_control_characters_in_titles(tmp_path, yaml_title, shown):
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    (articles / "hostile.md").write_text(article_text(yaml_title), encoding="utf-8")
    result = run("--list", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert f"hostile\ten\t{shown}" in result.stdout.splitlines()
    assert not any(character in result.stdout for character in "\x1b\x9b\x07\x7f\u202e\u2028")


def test_urdu_titles_and_their_joiners_are_printed_as_they_are(tmp_path):
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    title = "پاکستان\u200cکی خبریں"  # a zero-width non-joiner, which Urdu spelling needs
    (articles / "urdu.md").write_text(article_text(title, language="ur"), encoding="utf-8")
    result = run("--list", "--data-dir", str(tmp_path / "data"))
    assert f"urdu\tur\t{title}" in result.stdout.splitlines()


def test_a_file_name_with_an_escape_sequence_or_bad_bytes_is_listed_escaped(tmp_path):
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    (articles / "clear\x1b[2J.md").write_bytes(b"no front matter")
    # A name that is not UTF-8: Python reads its byte 0xff as the lone surrogate U+DCFF.
    (articles / os.fsdecode(b"bad-\xff.md")).write_bytes(b"no front matter")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--list", "--data-dir", str(tmp_path / "data")],
        cwd=REPO_ROOT,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "clear\\x1b[2J.md" in out and "bad-\\udcff.md" in out
    assert "\x1b" not in out


def test_an_error_naming_a_hostile_argument_is_escaped(tmp_path):
    result = run("no-such-\x1b]0;owned\x07article", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "no-such-\\x1b]0;owned\\x07article" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("\x1b[31m", "\\x1b[31m"),
        ("\r\n\t", "\\r\\n\\t"),
        ("\u0085\u009b", "\\x85\\x9b"),
        ("\u061c\u200e\u200f\u202a\u202d\u2068", "\\u061c\\u200e\\u200f\\u202a\\u202d\\u2068"),
        ("\u2029\udc80", "\\u2029\\udc80"),
        ("اردو\u200d\u200c Ελληνικά 中文 C:\\path", "اردو\u200d\u200c Ελληνικά 中文 C:\\path"),
    ],
)
def test_terminal_safe_escapes_what_a_terminal_acts_on_and_nothing_else(text, safe):
    assert terminal_safe(text) == safe


def test_terminal_safe_may_keep_newlines_for_messages():
    assert terminal_safe("one\ntwo\x1b", keep_newlines=True) == "one\ntwo\\x1b"


@pytest.mark.parametrize(("arguments", "language"), [([], ""), (["--language", "ur"], "ur")])
def test_language_on_the_command_line(arguments, language):
    from reader.cli.common import build_parser

    assert build_parser().parse_args(arguments).language == language
