"""`reader --list` with a data folder it cannot use: the bundled articles are listed, and
stderr says that nothing will be saved, and why."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

# Root may write anywhere; without these two capabilities its writes obey the modes.
AS_ORDINARY_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def list_articles(data_dir, prefix=()) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "reader", "--data-dir", str(data_dir), "--list"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_listed_with_a_reason(result, reason: str) -> None:
    assert result.returncode == 0
    assert "how-to-use-reader" in result.stdout
    assert "cannot write to its data folder" in result.stderr and reason in result.stderr


@pytest.mark.parametrize("depth", [("data",), ("data", "Reader", "Reader")])
def test_a_data_folder_under_a_regular_file(tmp_path, depth):
    (tmp_path / "file").write_text("not a folder")
    result = list_articles(tmp_path.joinpath("file", *depth))
    assert_listed_with_a_reason(result, "Not a directory")


@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None,
    reason="root needs setpriv to give up overriding file modes",
)
@pytest.mark.parametrize("name", ["data", "بیانات"])
def test_a_read_only_folder(tmp_path, name):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = list_articles(folder / name, AS_ORDINARY_USER if os.geteuid() == 0 else [])
        assert not (folder / name).exists()
    finally:
        folder.chmod(0o700)
    assert_listed_with_a_reason(result, "Permission denied")
