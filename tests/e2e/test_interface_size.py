"""Issue 12, item 4: at every interface size from 100 to 300 % on a 1366×768 screen, every
panel's list keeps rows readable, panel titles grow, and the status bar's text is whole.

The real app runs under its own Xvfb of that size through layout_probe.py, which opens each
panel in turn, measures it, and grabs the screen (kept as interface-NNN.png in the test's
temporary folder).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.display.appearance import Appearance
from reader.core.display.preferences import PreferencesFile
from reader.paths import DataPaths
from tests.conftest import REPO_ROOT
from tests.e2e.test_display import write_article

pytestmark = pytest.mark.e2e

PROBE = Path(__file__).with_name("layout_probe.py")
SCALES = (1.0, 1.5, 2.0, 2.5, 3.0)
MIN_ROWS = 3  # reader.ui.widgets.fitting.LIST_ROWS
LONG_TITLE = "What the River Remembers — Floods, Fields and the Families Who Rebuild Each Spring"


@pytest.fixture(scope="module")
def small_screen():
    """An X server with a 1366×768 screen, the most common laptop size in the field."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as display_number:
        number = display_number.readline().strip()
    env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    yield env
    server.terminate()
    server.wait(timeout=10)


def measure(env: dict[str, str], tmp_path: Path, scale: float) -> dict:
    data = DataPaths(tmp_path / f"data-{scale:g}")
    write_article(data, "river", LONG_TITLE, "A few words about the river.\n\n## Spring\n\nMore.")
    PreferencesFile(data.preferences).save(Appearance(interface_scale=scale))
    shot = tmp_path / f"interface-{round(scale * 100)}.png"
    result = subprocess.run(
        [sys.executable, str(PROBE), str(shot), "--data-dir", str(data.root), "river"],
        cwd=REPO_ROOT,
        env={**env, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report from the probe: {result.stderr[-2000:]}"
    return json.loads(lines[-1])


def test_panels_stay_readable_at_every_interface_size(small_screen, tmp_path):
    reports = {scale: measure(small_screen, tmp_path, scale) for scale in SCALES}
    problems = []
    for scale, report in reports.items():
        size = f"{round(scale * 100)} %"
        left, top, width, height = report["window"]
        if top + height > report["screen"][1] or left + width > report["screen"][0]:
            problems.append(f"{size}: the window ({width}×{height} at {left},{top}) is off screen")
        for name, panel in report["panels"].items():
            if not panel["visible"]:
                problems.append(f"{size}: {name} could not be shown")
            for rows in panel["rows_shown"]:
                if rows < MIN_ROWS:
                    problems.append(f"{size}: {name}'s list shows {rows} rows")
            grown = panel["title_font_px"] / reports[1.0]["panels"][name]["title_font_px"]
            if grown < 0.9 * scale:
                problems.append(f"{size}: {name}'s title grew only {grown:.2f} times")
        if report["status_height"] < report["status_needed"]:
            problems.append(
                f"{size}: the status text needs {report['status_needed']} px, has "
                f"{report['status_height']}: {report['status_text']!r}"
            )
        if report["status_bottom"] > height:
            problems.append(f"{size}: the status bar is below the window")
    print(
        {scale: report["panels"]["libraryDock"]["rows_shown"] for scale, report in reports.items()}
    )
    assert not problems, "\n".join(problems)
    assert LONG_TITLE in reports[3.0]["status_text"]  # whole, wrapped onto lines
