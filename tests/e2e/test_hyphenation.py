"""Hyphenation on a real screen (issue 12): turned on and off by keyboard through the View
menu, it narrows the gaps of justified text at 200 % and is kept in the preferences."""

import json
import time
from statistics import median

import pytest

from reader.core.display.appearance import Appearance
from reader.paths import DataPaths
from tests.e2e.test_display import LIGHT, Box, Pixels, ink_bands, strong_ink
from tests.e2e.test_view_keys import METOO_TITLE, Session, differing_rows

pytestmark = pytest.mark.e2e

NARROW_JUSTIFIED = Appearance(justify=True, text_scale=2.0, column_characters=40, theme_chosen=True)


def widest_gaps(pixels: Pixels, area: Box) -> list[int]:
    """For each line of text on the page, its widest run of blank columns between ink (in
    pixels): the widest space between two words of a justified line."""
    is_ink = strong_ink(LIGHT)
    gaps = []
    for top, bottom in ink_bands(pixels, area, is_ink, more_than=8):
        if top <= area.top or bottom >= area.bottom:
            continue  # cut by the page's edge
        columns = [False] * area.width
        for y in range(top, bottom):
            for x, value in enumerate(pixels.row(y, area)):
                columns[x] = columns[x] or is_ink(value)
        inked = [x for x, ink in enumerate(columns) if ink]
        widest = run = 0
        for x in range(inked[0], inked[-1] + 1):
            run = 0 if columns[x] else run + 1
            widest = max(widest, run)
        gaps.append(widest)
    return gaps


def saved_hyphenation(data: DataPaths) -> bool | None:
    try:
        return json.loads(data.preferences.read_text(encoding="utf-8"))["appearance"]["hyphenate"]
    except (OSError, ValueError, KeyError):
        return None


def wait_for_saved(data: DataPaths, expected: bool, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while saved_hyphenation(data) != expected:
        assert time.monotonic() < deadline, f"hyphenate is not saved as {expected}"
        time.sleep(0.2)


def toggle_by_menu(reader: Session, before: Pixels) -> Pixels:
    """View, Hyphenate Words (Alt+V, W); the page once it has changed. The menu is waited
    for: a key pressed before it is open goes to the article."""
    window = reader.window
    # Where the open menu covers the Library's search fields, which nothing else changes.
    menu = Box(window.left + 120, window.top + 110, reader.area.left - 20, window.top + 240)
    reader.keys("alt+v")
    reader.screenshot(lambda pixels: differing_rows(before, pixels, menu) > 50)
    reader.keys("w")
    return reader.screenshot(
        lambda pixels: (
            differing_rows(before, pixels, reader.area) > 100
            and differing_rows(before, pixels, menu) == 0
        )  # the menu has closed
    )


def test_hyphenation_by_keyboard_narrows_the_gaps_of_justified_text(x_display, start_app, tmp_path):
    data = DataPaths(tmp_path / "data")
    reader = Session(
        x_display, start_app, data, "metoo-pakistan-marginalised", METOO_TITLE,
        NARROW_JUSTIFIED, tmp_path,
    )  # fmt: skip
    try:
        top = reader.screenshot()
        reader.keys("ctrl+Home", "h")  # the first heading: the article's paragraphs below it
        off = reader.screenshot(lambda pixels: differing_rows(top, pixels, reader.area) > 100)
        on = toggle_by_menu(reader, off)
        wait_for_saved(data, True)
        gaps_off, gaps_on = widest_gaps(off, reader.area), widest_gaps(on, reader.area)
        print(f"widest gap per line, off: {gaps_off}\non: {gaps_on}")
        assert len(gaps_on) >= 8 and len(gaps_off) >= 8
        assert median(gaps_on) < median(gaps_off)
        assert max(gaps_on) < max(gaps_off)
        again = toggle_by_menu(reader, on)  # and off again: the screen as it was
        wait_for_saved(data, False)
        # The same lines (the view may keep the first line a few pixels higher, and show
        # one more at the bottom).
        gaps_again = widest_gaps(again, reader.area)
        assert all(
            abs(a - b) <= 1 for a, b in zip(gaps_again[: len(gaps_off)], gaps_off, strict=True)
        ), gaps_again
    finally:
        reader.close()
