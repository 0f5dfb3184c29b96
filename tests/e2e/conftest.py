"""A real X server (Xvfb) for end-to-end tests, and real key presses through XTEST (xdotool)."""

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import REPO_ROOT

SCREEN = "1280x900x24"


@dataclass
class XDisplay:
    name: str

    def env(self) -> dict[str, str]:
        env = {**os.environ, "DISPLAY": self.name, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return result.stdout.strip()

    def window_named(self, name: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = subprocess.run(
                # Only mapped windows: a dialog is named before it is shown, and focusing it
                # then fails (seen under load).
                ["xdotool", "search", "--onlyvisible", "--name", f"^{name}$"],
                env=self.env(),
                capture_output=True,
                text=True,
            ).stdout.split()
            if found:
                return found[-1]
            time.sleep(0.1)
        raise AssertionError(f"no window named {name!r} appeared")

    def screenshot(self, path: Path) -> QImage:
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self.env(), check=True, timeout=30
        )
        return QImage(str(path))


@pytest.fixture(scope="session")
def x_display() -> Iterator[XDisplay]:
    for tool in ("Xvfb", "xdotool", "import"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: run the tests with ./dev.sh test, which installs it")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            SCREEN,
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as display_number:
        number = display_number.readline().strip()
    yield XDisplay(f":{number}")
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def start_app(x_display, tmp_path):
    processes: list[subprocess.Popen] = []

    def start(*args: str) -> subprocess.Popen:
        process = subprocess.Popen(
            [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data"), *args],
            cwd=REPO_ROOT,
            env=x_display.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        processes.append(process)
        return process

    yield start
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait()
