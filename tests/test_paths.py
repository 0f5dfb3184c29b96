"""Where Reader keeps its data: the platform's folder, or beside a portable installation."""

import os
import subprocess
import sys

from reader.paths import (
    PORTABLE_DATA_FOLDER,
    PORTABLE_MARKER,
    DataPaths,
    article_folders,
    default_data_dir,
    installation_dir,
    portable_data_dir,
)
from reader.resources import bundled_articles_dir
from tests.conftest import REPO_ROOT


def test_run_from_source_there_is_no_installation_folder():
    assert installation_dir() is None


def test_an_installation_without_the_marker_is_not_portable(tmp_path):
    assert portable_data_dir(tmp_path) is None
    assert portable_data_dir(None) is None
    assert default_data_dir(tmp_path) != tmp_path / PORTABLE_DATA_FOLDER


def test_the_marker_keeps_the_data_beside_the_installation(tmp_path):
    (tmp_path / PORTABLE_MARKER).write_text("")
    assert portable_data_dir(tmp_path) == tmp_path / PORTABLE_DATA_FOLDER
    assert default_data_dir(tmp_path) == tmp_path / PORTABLE_DATA_FOLDER


def test_a_folder_named_like_the_marker_does_not_count(tmp_path):
    (tmp_path / PORTABLE_MARKER).mkdir()
    assert portable_data_dir(tmp_path) is None


def test_an_ngo_s_articles_beside_the_installation_join_the_library(tmp_path):
    paths = DataPaths(tmp_path / "data")
    installation = tmp_path / "stick" / "Reader"
    installation.mkdir(parents=True)
    assert article_folders(paths, installation) == [bundled_articles_dir(), paths.articles]
    (installation / "articles").mkdir()
    assert article_folders(paths, installation) == [
        bundled_articles_dir(),
        installation / "articles",
        paths.articles,
    ]


def run_as_installed(installation, home, *args):
    """Run Reader as the frozen build in `installation` runs, with an empty home folder."""
    script = (
        "import sys\n"
        "sys.frozen = True  # as PyInstaller's bootloader sets it\n"
        f"sys.executable = {str(installation / 'Reader')!r}\n"
        "from reader.app import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    # No XDG_ folders and no test sound server: the libraries under Reader (libpulse,
    # fontconfig) write where they would on a reader's computer.
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "PULSE_")) and key != "HOME"
    }
    environment.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        READER_FIRST_PAINT_REPORT=str(home.parent / "first-paint"),  # quits once painted
    )
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_portable_installation_writes_nothing_outside_its_folder(tmp_path):
    installation = tmp_path / "stick" / "Reader"
    installation.mkdir(parents=True)
    (installation / PORTABLE_MARKER).write_text("")
    home = tmp_path / "home"
    home.mkdir()
    window = run_as_installed(installation, home)
    assert window.returncode == 0, window.stderr
    check = run_as_installed(installation, home, "--self-test")
    assert check.returncode == 0, check.stdout + check.stderr
    assert list(home.rglob("*")) == []
    data = installation / PORTABLE_DATA_FOLDER
    assert (data / "reader.sqlite3").is_file()
    assert (data / "logs" / "reader.log").is_file()
