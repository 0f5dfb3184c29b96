"""The log file, crash reports and the message for an error nobody caught: each in a
process of its own, as the app runs them (they change process-wide hooks)."""

import os
import subprocess
import sys

from reader.diagnostics import CRASH_NAME, LOG_NAME, display_problem
from reader.ui.widgets.first_paint import FIRST_PAINT_REPORT
from tests.conftest import REPO_ROOT


def run_python(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_an_uncaught_error_and_qt_s_warnings_reach_the_log(tmp_path):
    reported = tmp_path / "reported"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import qWarning\n"
        "from reader.diagnostics import install_exception_hook, start_logging\n"
        "print(start_logging(Path(sys.argv[1])))\n"
        "qWarning('a warning from Qt')\n"
        "install_exception_hook(lambda: Path(sys.argv[2]).touch())\n"
        "raise RuntimeError('something nobody caught')\n"
    )
    result = run_python(script, str(tmp_path / "logs"), str(reported))
    log_file = tmp_path / "logs" / LOG_NAME
    assert result.stdout.strip() == str(log_file)
    log = log_file.read_text(encoding="utf-8")
    assert "INFO reader: Reader started" in log
    assert "WARNING reader.qt: a warning from Qt" in log
    assert "CRITICAL reader: Uncaught exception" in log
    assert "RuntimeError: something nobody caught" in log
    assert "RuntimeError: something nobody caught" in result.stderr  # still printed
    assert reported.exists()  # and the reader was told


def test_a_hard_crash_leaves_its_python_stack(tmp_path):
    script = (
        "import faulthandler, sys\n"
        "from pathlib import Path\n"
        "from reader.diagnostics import start_logging\n"
        "start_logging(Path(sys.argv[1]))\n"
        "faulthandler._sigsegv()\n"
    )
    result = run_python(script, str(tmp_path))
    assert result.returncode != 0
    crash = (tmp_path / CRASH_NAME).read_text(encoding="utf-8")
    assert "Segmentation fault" in crash and "File " in crash


def test_a_folder_that_cannot_be_written_leaves_logging_to_standard_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reader.diagnostics import start_logging\n"
        "print(start_logging(Path(sys.argv[1]) / 'logs'))\n"
    )
    result = run_python(script, str(blocker))
    assert result.returncode == 0
    assert result.stdout.strip() == "None"
    assert "no log file in" in result.stderr


def test_no_display_is_explained_in_plain_words():
    problem = display_problem({}, "linux")
    assert problem is not None and "no display" in problem and "export-audio" in problem
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None


def test_the_app_without_a_display_says_so_and_exits(tmp_path):
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("reader: no display to show a window on")
    assert "libxcb" not in result.stderr


def test_in_private_mode_the_log_names_no_file_and_quotes_no_error(tmp_path):
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import qWarning\n"
        "from reader.diagnostics import log, start_logging\n"
        "start_logging(Path(sys.argv[1]), private=True)\n"
        "qWarning('QImage: cannot read /home/x/private-diary.png')\n"
        "try:\n"
        "    raise ValueError('Cannot open secret-article.md: bad front matter')\n"
        "except ValueError:\n"
        "    log.exception('Opening failed')\n"
        "log.info('An ordinary line')\n"
    )
    result = run_python(script, str(tmp_path))
    assert result.returncode == 0, result.stderr
    text = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "private-diary" not in text and "secret-article" not in text
    assert "ValueError" in text and "Opening failed" in text and "An ordinary line" in text
    assert 'File "<string>"' in text  # where in the code it happened is kept


def test_the_log_rotates_once_asked_to_and_loses_no_line(tmp_path):
    # The start appends (logging.handlers waits for the window's paint); from then on the
    # log rotates, the lines written before included.
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reader.diagnostics import MAX_LOG_BYTES, keep_log_rotating, log, start_logging\n"
        "start_logging(Path(sys.argv[1]))\n"
        "log.warning('before the paint %s', 'x' * MAX_LOG_BYTES)\n"
        "keep_log_rotating()\n"
        "keep_log_rotating()\n"  # twice: still one handler
        "log.warning('after the paint')\n"
        "print(len(log.handlers))\n"
    )
    result = run_python(script, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
    older = (tmp_path / f"{LOG_NAME}.1").read_text(encoding="utf-8")
    newest = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "before the paint" in older and "before the paint" not in newest
    assert "after the paint" in newest and newest.count("after the paint") == 1


def test_the_window_s_log_rotates_after_its_first_paint(tmp_path):
    logs = tmp_path / "data" / "logs"
    logs.mkdir(parents=True)
    (logs / LOG_NAME).write_text("old line\n" * 70_000, encoding="utf-8")  # over 512 KiB
    # The start-up benchmark's probe: the app quits a second after its first paint.
    report = tmp_path / "painted.txt"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data"), "--private"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", FIRST_PAINT_REPORT: str(report)},
    )
    assert result.returncode == 0, result.stderr
    assert report.exists()
    assert (logs / f"{LOG_NAME}.1").read_text(encoding="utf-8").startswith("old line")
    assert "old line" not in (logs / LOG_NAME).read_text(encoding="utf-8")
