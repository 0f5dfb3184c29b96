"""The real app in Urdu under Xvfb: chosen on the command line or remembered, mirrored."""

import json

import pytest
from PySide6.QtGui import QColor

pytestmark = pytest.mark.e2e

URDU_GUIDE_TITLE = "Reader کیسے استعمال کریں — ریڈر"  # F1 and the first start: the Urdu guide
MENU_BAR_ROW = 10  # pixels below the window's top: the middle of the menu bar's text


def inked_columns(image, y: int, x_from: int, x_to: int) -> int:
    """How many pixels of row `y` between the two columns are text (dark), not background."""
    return sum(1 for x in range(x_from, x_to) if QColor(image.pixel(x, y)).lightness() < 100)


def window_origin_and_width(x_display, window: str) -> tuple[int, int, int]:
    shape = dict(
        line.split("=")
        for line in x_display.xdotool("getwindowgeometry", "--shell", window).splitlines()
    )
    return int(shape["X"]), int(shape["Y"]), int(shape["WIDTH"])


def assert_menus_start_on_the_right(x_display, tmp_path, window: str) -> None:
    x, y, width = window_origin_and_width(x_display, window)
    image = x_display.screenshot(tmp_path / "urdu.png")
    row = y + MENU_BAR_ROW
    right = inked_columns(image, row, x + width - 250, x + width)
    left = inked_columns(image, row, x, x + 250)
    assert right > 20 and left == 0, (left, right)


def test_language_on_the_command_line(x_display, start_app, tmp_path):
    start_app("--language", "ur")
    window = x_display.window_named(URDU_GUIDE_TITLE)
    assert_menus_start_on_the_right(x_display, tmp_path, window)


def test_a_remembered_language_at_twice_the_interface_size(x_display, start_app, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "preferences.json").write_text(
        json.dumps({"version": 1, "appearance": {"language": "ur", "interface_scale": 2.0}}),
        encoding="utf-8",
    )
    start_app()
    window = x_display.window_named(URDU_GUIDE_TITLE)
    assert_menus_start_on_the_right(x_display, tmp_path, window)
