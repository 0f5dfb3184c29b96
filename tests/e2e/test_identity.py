"""The window carries Reader's icon, as the desktop's task switcher and panel show it."""

import re
import subprocess

import pytest

from tests.e2e.test_reading_session import GUIDE_TITLE

pytestmark = pytest.mark.e2e


def test_the_window_has_reader_s_icon(x_display, start_app):
    start_app()
    window = x_display.window_named(GUIDE_TITLE)
    icon = subprocess.run(
        ["xprop", "-id", window, "-notype", "_NET_WM_ICON"],
        env=x_display.env(),
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout
    # xprop draws each size Qt set as shaded text art: "Icon (16 x 16):", then its rows.
    sizes = re.findall(r"Icon \((\d+) x (\d+)\)", icon)
    assert sizes and all(width == height for width, height in sizes), icon[:200]
    art = icon.split("):", 1)[1]
    assert {"░", "▒", "▓"} <= set(art)  # drawn in several shades, not a blank square
