"""reader --self-test, run as an installer build and a trainer run it: its own process."""

import subprocess
import sys

from reader.cli import COMMANDS
from reader.cli.common import COMMAND_SUMMARIES
from tests.cli.test_common import run
from tests.conftest import REPO_ROOT


def test_every_check_passes_on_a_working_installation(tmp_path):
    report = tmp_path / "report.txt"
    result = run("--self-test", "--report", str(report))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    checks = [line.split("\t")[1].split(":")[0] for line in lines[1:-1]]
    assert checks == ["articles", "rendering", "fonts", "speech", "wav", "m4a", "store"]
    assert all(line.startswith("ok\t") for line in lines[1:-1])
    assert lines[-1] == "all checks passed"
    assert report.read_text(encoding="utf-8") == result.stdout  # for a windowed build


def test_self_test_is_also_a_command_word_and_writes_inside_a_chosen_data_folder(tmp_path):
    # A trainer checks a USB stick's data folder: the checks' files go there, and go away.
    stick = tmp_path / "USB stick" / "ReaderData"
    result = run("self-test", "--data-dir", str(stick))
    assert result.returncode == 0, result.stdout + result.stderr
    assert stick.is_dir() and list(stick.iterdir()) == []


def test_a_data_folder_that_cannot_be_written_is_named(tmp_path):
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    for spelling in (
        ["--self-test", "--data-dir", str(not_a_folder / "ReaderData")],
        ["--data-dir", str(not_a_folder), "--self-test"],
    ):
        result = run(*spelling)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "cannot write in" in result.stderr and "file.txt" in result.stderr


def test_a_failing_check_is_named_and_the_status_is_not_zero(tmp_path):
    # An installation whose speech engine cannot find its data: espeak-ng's data folder
    # pointed at an empty one (as a broken bundle would have it).
    script = (
        "import os, sys; os.environ['ESPEAK_DATA_PATH'] = sys.argv[1]\n"
        "from reader.app import main\n"
        "sys.exit(main(['--self-test']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("FAILED\tspeech: ") for line in lines), result.stdout
    assert any(line.startswith("ok\tarticles: ") for line in lines)  # the others still ran
    assert lines[-1].endswith("checks failed")


def test_help_lists_every_command():
    help_text = run("--help").stdout
    assert "commands (each has its own --help):" in help_text
    for name in COMMANDS:
        if not name.startswith("-"):
            assert name in COMMAND_SUMMARIES
            assert f"  {name}" in help_text
