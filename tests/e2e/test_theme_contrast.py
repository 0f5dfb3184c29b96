"""Issue 12, item 6, on a real screen: in every theme the page paints links, find's other
matches (the highlight colours, as the sentence read aloud) and find's current match (the
selection's colours) so that the colours sampled from the screenshot have 7:1.

tests/core/display/test_page_contrast.py computes every pair from the themes; this
confirms that what reaches the screen is those colours, one screenshot per theme.
"""

import time
from collections import Counter

import pytest

from reader.core.display.appearance import Appearance
from reader.core.display.preferences import PreferencesFile
from reader.core.display.themes import BODY_TEXT_RATIO, BUILT_IN_THEMES, contrast_ratio
from reader.paths import DataPaths
from tests.e2e.test_display import Box, Pixels, pixel_value, window_box, write_article

pytestmark = pytest.mark.e2e

WORD = "HHHH"
BODY = f"{WORD} [LLLL](https://example.org/) {WORD}\n\n{WORD} LLLL {WORD}"
LARGE_BOLD = Appearance(text_scale=2.5, font_weight="bold", theme_chosen=True)
TEXT_PIXELS = 40  # a colour drawn as text covers at least this many pixels of bold capitals


def hex_of(value: int) -> str:
    return f"#{value & 0xFFFFFF:06x}"


def bounds(pixels: Pixels, box: Box, colour: str) -> Box | None:
    """The smallest box around every pixel of exactly `colour`."""
    value = pixel_value(colour)
    rows = [y for y in range(box.top, box.bottom) if value in pixels.row(y, box)]
    if not rows:
        return None
    columns = [
        x
        for y in rows
        for x, pixel in enumerate(pixels.row(y, box), start=box.left)
        if pixel == value
    ]
    return Box(min(columns), rows[0], max(columns) + 1, rows[-1] + 1)


def text_on(pixels: Pixels, box: Box, background: str) -> str:
    """The colour drawn on `background` inside `box`: of the colours that cover at least
    TEXT_PIXELS, the one that contrasts most with the background."""
    counts: Counter[int] = pixels.colours(box)
    drawn = [hex_of(value) for value, count in counts.items() if count >= TEXT_PIXELS]
    return max(drawn, key=lambda colour: contrast_ratio(colour, background))


@pytest.mark.parametrize("theme", BUILT_IN_THEMES, ids=lambda theme: theme.name)
def test_what_the_screen_shows_has_7_to_1(x_display, start_app, tmp_path, theme):
    data = DataPaths(tmp_path / "data")
    write_article(data, "contrast", "Contrast", BODY)
    PreferencesFile(data.preferences).save(LARGE_BOLD.changed(theme=theme.name))
    app = start_app("contrast")
    try:
        window_id = x_display.window_named("Contrast — Reader")
        window = window_box(x_display, window_id)
        x_display.xdotool("windowfocus", "--sync", window_id)
        x_display.xdotool("key", "--clearmodifiers", "ctrl+f")
        x_display.xdotool("type", "--delay", "50", WORD)
        shot = tmp_path / f"contrast-{theme.name}.png"
        deadline = time.monotonic() + 60  # generous: the machine may be loaded
        while True:
            pixels = Pixels(x_display.screenshot(shot))
            found = bounds(pixels, window, theme.highlight_background)
            current = bounds(pixels, window, theme.selection_background)
            link = pixels.count(window, theme.link)
            if found and current and link >= TEXT_PIXELS:
                break
            assert time.monotonic() < deadline, f"find's marks never showed; see {shot}"
            time.sleep(0.3)
    finally:
        app.terminate()
        app.wait(timeout=20)
    sampled = {
        "link": (theme.link, theme.background),
        "other matches": (
            text_on(pixels, found, theme.highlight_background),
            theme.highlight_background,
        ),
        "current match": (
            text_on(pixels, current, theme.selection_background),
            theme.selection_background,
        ),
    }
    ratios = {role: contrast_ratio(*pair) for role, pair in sampled.items()}
    print(theme.name, {role: round(ratio, 2) for role, ratio in ratios.items()})
    assert all(ratio >= BODY_TEXT_RATIO for ratio in ratios.values()), (ratios, sampled)
    # The sampled text is the theme's own colour, not an anti-aliased blend.
    assert sampled["other matches"][0] == theme.highlight_text
    assert sampled["current match"][0] == theme.selection_text
