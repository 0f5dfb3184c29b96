"""What the reader sees on a real screen: text size, theme colours and Nastaliq line height.

Each test writes the display preferences and a small article into the data folder,
starts the real app under Xvfb on that article, and measures the screenshot's pixels.
"""

import shutil
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.core.display.appearance import Appearance
from reader.core.display.preferences import PreferencesFile
from reader.core.display.themes import BUILT_IN_THEMES, Theme, rgb, theme_named
from reader.paths import DataPaths
from tests.conftest import BUNDLED_ARTICLES, article_text

pytestmark = pytest.mark.e2e

# The view's border is this wide, and shows the focus ring when the view has focus.
VIEW_BORDER = 3
# A caret is at most this wide; rows with no more ink than this are not text.
CARET_WIDTH = 3
LIGHT = theme_named("Light")


# Pixels -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    """A rectangle of the screen; right and bottom are just outside it."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    def inset(self, by: int) -> "Box":
        return Box(self.left + by, self.top + by, self.right - by, self.bottom - by)


class Pixels:
    """A screenshot's pixels as 0xffRRGGBB numbers (QColor.rgb()), quick to scan from Python."""

    def __init__(self, image: QImage) -> None:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        self.width, self.height = image.width(), image.height()
        self._stride = image.bytesPerLine() // 4
        self._values = memoryview(bytes(image.constBits())).cast("I")

    def same_as(self, other: "Pixels | None") -> bool:
        return other is not None and self._values == other._values

    def at(self, x: int, y: int) -> int:
        return self._values[y * self._stride + x]

    def row(self, y: int, box: Box) -> list[int]:
        start = y * self._stride
        return self._values[start + box.left : start + box.right].tolist()

    def colours(self, box: Box) -> Counter[int]:
        counts: Counter[int] = Counter()
        for y in range(box.top, box.bottom):
            counts.update(self.row(y, box))
        return counts

    def count(self, box: Box, colour: str) -> int:
        value = pixel_value(colour)
        return sum(self.row(y, box).count(value) for y in range(box.top, box.bottom))


def pixel_value(colour: str) -> int:
    red, green, blue = rgb(colour)
    return 0xFF000000 | red << 16 | green << 8 | blue


def dominant(pixels: Pixels, box: Box) -> str:
    """The most common colour in `box`, as "#rrggbb"."""
    value = pixels.colours(box).most_common(1)[0][0]
    return f"#{value & 0xFFFFFF:06x}"


def strong_ink(theme: Theme) -> Callable[[int], bool]:
    """True for pixels at least half way from the page's colour to the text's: a glyph's
    body, without the faint anti-aliased fringe that would make it look taller."""
    background, text = rgb(theme.background), rgb(theme.text)
    full = max(abs(a - b) for a, b in zip(background, text, strict=True))

    def is_ink(value: int) -> bool:
        channels = (value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF)
        return 2 * max(abs(a - b) for a, b in zip(channels, background, strict=True)) >= full

    return is_ink


def any_ink(theme: Theme) -> Callable[[int], bool]:
    """True for every pixel that is not the page's colour: the faintest fringe of a glyph."""
    background = pixel_value(theme.background)
    return lambda value: value != background


def ink_bands(
    pixels: Pixels, box: Box, is_ink: Callable[[int], bool], more_than: int = 0
) -> list[tuple[int, int]]:
    """The runs of rows in `box` that hold more than `more_than` ink pixels, top to bottom,
    as (first row, row after the last); a band is one line of text, or glyphs that touch."""
    bands: list[tuple[int, int]] = []
    start = None
    for y in range(box.top, box.bottom + 1):
        inked = y < box.bottom and sum(map(is_ink, pixels.row(y, box))) > more_than
        if inked and start is None:
            start = y
        elif not inked and start is not None:
            bands.append((start, y))
            start = None
    return bands


def rule_row(pixels: Pixels, box: Box, theme: Theme) -> int:
    """The row of the horizontal rule under the article's heading: ink most of the way across."""
    background = pixel_value(theme.background)
    for y in range(box.top, box.bottom):
        if box.width - pixels.row(y, box).count(background) > box.width // 2:
            return y
    raise AssertionError("no horizontal rule under the heading")


def article_area(pixels: Pixels, window: Box, theme: Theme) -> Box:
    """The article's page, found as the widest run of the page's colour across the lower
    part of the window (the text is short, so nothing is there), then followed up and down
    along the page's blank left margin; without the view's border."""
    background = pixel_value(theme.background)
    best, y = (0, 0), window.top
    # Rows through the lower part of the window: below the short text, one row is blank
    # from the view's left edge to its scroll bar.
    for row_y in range(window.top + window.height * 3 // 4, window.bottom - 40, 8):
        start = None
        for x, value in enumerate([*pixels.row(row_y, window), None]):
            if value == background and start is None:
                start = x
            elif value != background and start is not None:
                if x - start > best[1] - best[0]:
                    best, y = (start, x), row_y
                start = None
    left, right = window.left + best[0], window.left + best[1]
    column = left + 2 * VIEW_BORDER  # the page's side margin is at least 24 px: never text
    top = bottom = y
    while top > window.top and pixels.at(column, top - 1) == background:
        top -= 1
    while bottom < window.bottom and pixels.at(column, bottom) == background:
        bottom += 1
    area = Box(left, top, right, bottom).inset(VIEW_BORDER + 1)
    assert area.width > 300 and area.height > 300, f"no page of {theme.background} found: {area}"
    return area


def library_area(window: Box, article: Box) -> Box:
    """The Library panel: everything left of the article view, as high as the view."""
    return Box(window.left + 2, article.top, article.left - 2 * (VIEW_BORDER + 4), article.bottom)


# Running the app --------------------------------------------------------------------------


def window_box(x_display, window: str) -> Box:
    shell = dict(
        line.split("=", 1)
        for line in x_display.xdotool("getwindowgeometry", "--shell", window).splitlines()
    )
    left, top = int(shell["X"]), int(shell["Y"])
    return Box(left, top, left + int(shell["WIDTH"]), top + int(shell["HEIGHT"]))


def settled_screenshot(
    x_display, path: Path, ready: Callable[[Pixels], bool], timeout: float = 15.0
) -> Pixels:
    """A screenshot once the window is `ready` and two screenshots in a row are the same."""
    deadline = time.monotonic() + timeout
    previous = None
    while True:
        current = Pixels(x_display.screenshot(path))
        if ready(current) and current.same_as(previous):
            return current
        if time.monotonic() > deadline:
            raise AssertionError(f"the window did not settle; the last screenshot is {path}")
        previous = current
        time.sleep(0.15)


def show(
    x_display,
    start_app,
    data: DataPaths,
    appearance: Appearance,
    article_id: str,
    title: str,
    screenshot: Path,
) -> tuple[Pixels, Box]:
    """Start Reader on one article in `appearance`; its settled screenshot and window."""
    # Chosen, or Reader would follow the system's colour scheme instead (Light here).
    appearance = appearance.changed(theme_chosen=True)
    PreferencesFile(data.preferences).save(appearance)
    theme = appearance.theme_colours()
    app = start_app(article_id)
    try:
        window = window_box(x_display, x_display.window_named(f"{title} — Reader"))

        def painted(pixels: Pixels) -> bool:
            # Before the window is mapped the root window shows through, which can be the
            # page's colour (black); so wait for text too.
            return pixels.count(window, theme.text) > 200

        pixels = settled_screenshot(x_display, screenshot, painted)
    finally:
        app.terminate()
        app.wait(timeout=20)
    return pixels, window


def write_article(data: DataPaths, article_id: str, title: str, body: str, **fields: str) -> None:
    data.articles.mkdir(parents=True, exist_ok=True)
    (data.articles / f"{article_id}.md").write_text(
        article_text(title, body, **fields), encoding="utf-8"
    )


# The tests -----------------------------------------------------------------------------------

H_TITLE = "HHHH HHHH"
H_BODY = "HHHH HHHH HHHH\n\nHHH HHH HHH"


def test_glyphs_at_200_percent_are_twice_as_tall_as_at_100(x_display, start_app, tmp_path):
    data = DataPaths(tmp_path / "data")
    write_article(data, "big-h", H_TITLE, H_BODY)
    heights = {}
    for scale in (1.0, 2.0):
        pixels, window = show(
            x_display,
            start_app,
            data,
            Appearance(text_scale=scale),
            "big-h",
            H_TITLE,
            tmp_path / f"scale-{scale:g}.png",
        )
        area = article_area(pixels, window, LIGHT)
        # More than a caret's width of ink: a blinking caret beside the title is not text.
        bands = ink_bands(pixels, area, strong_ink(LIGHT), more_than=2 * CARET_WIDTH)
        rule = rule_row(pixels, area, LIGHT)
        title = bands[0]  # the top-most ink: the title's first line
        body = next(band for band in bands if band[0] > rule)  # the first line of the text
        heights[scale] = (title[1] - title[0], body[1] - body[0])
    for part, index in (("title", 0), ("body text", 1)):
        ratio = heights[2.0][index] / heights[1.0][index]
        assert 1.8 <= ratio <= 2.2, (
            f"the {part}'s capitals are {heights[1.0][index]} px tall at 100 % and "
            f"{heights[2.0][index]} px at 200 %: {ratio:.2f} times"
        )


THEME_BODY = "HHHH HHHH\n\nHHHH HHHH\n\nHHHH HHHH"


def test_each_theme_paints_the_page_text_and_panels_in_its_colours(x_display, start_app, tmp_path):
    data = DataPaths(tmp_path / "data")
    write_article(data, "themes", "HHHH", THEME_BODY)
    # Large bold text: the cores of its strokes are exactly the text's colour.
    large_bold = Appearance(text_scale=2.5, font_weight="bold")
    # Where the page and the panel are, found in Light, where each has a colour of its own
    # (several dark themes paint both black, like the screen around the window).
    pixels, window = show(
        x_display, start_app, data, large_bold, "themes", "HHHH", tmp_path / "theme-Light.png"
    )
    article = article_area(pixels, window, LIGHT)
    library = library_area(window, article)
    problems = []
    for theme in BUILT_IN_THEMES:
        if theme.name != LIGHT.name:
            pixels, _ = show(
                x_display,
                start_app,
                data,
                large_bold.changed(theme=theme.name),
                "themes",
                "HHHH",
                tmp_path / f"theme-{theme.name}.png",
            )
        page, panel = dominant(pixels, article), dominant(pixels, library)
        text_pixels = pixels.count(article, theme.text)
        if page != theme.background:
            problems.append(f"{theme.name}: the page is {page}, not {theme.background}")
        if text_pixels < 2000:
            problems.append(f"{theme.name}: only {text_pixels} pixels of text in {theme.text}")
        if panel != theme.panel_background:
            problems.append(
                f"{theme.name}: the Library panel is {panel}, not {theme.panel_background}"
            )
    assert not problems, "\n".join(problems)


# Rotations of the same steep words: every line has the same highest and lowest ink, so
# the distance between the tops of two lines' ink is the distance between the lines.
NASTALIQ_WORDS = ["کچھ", "پیدا", "مستحکم", "کیجیے", "تشخیص", "سمجھتے", "ٹھیکیدار", "لکھنؤ"]
NASTALIQ_LINES = 4


def test_nastaliq_lines_do_not_touch_at_the_default_line_spacing(x_display, start_app, tmp_path):
    data = DataPaths(tmp_path / "data")
    lines = [
        " ".join(NASTALIQ_WORDS[2 * n :] + NASTALIQ_WORDS[: 2 * n]) for n in range(NASTALIQ_LINES)
    ]
    # One paragraph: two spaces at the end of a line are a hard line break in Markdown.
    write_article(data, "nastaliq", "Nastaliq", "  \n".join(lines), language="ur")
    pixels, window = show(
        x_display, start_app, data, Appearance(), "nastaliq", "Nastaliq", tmp_path / "ur.png"
    )
    area = article_area(pixels, window, LIGHT)
    rule = rule_row(pixels, area, LIGHT)
    body = Box(area.left, rule + 2, area.right, area.bottom)
    # Any pixel that is not the page counts, however faint: lines must not touch at all.
    bands = ink_bands(pixels, body, any_ink(LIGHT))
    heights = [bottom - top for top, bottom in bands]
    assert len(bands) == NASTALIQ_LINES, (
        f"{len(bands)} bands of ink for {NASTALIQ_LINES} lines: {bands}"
    )
    pitch = statistics.median(later[0] - earlier[0] for earlier, later in pairwise(bands))
    print(f"Nastaliq: ink bands {heights} px tall, {pitch} px apart")
    assert max(heights) < pitch, f"ink bands {heights} px tall, lines {pitch} px apart"


# The words of the bundled Urdu article whose ink reaches highest and lowest in Noto Nastaliq
# Urdu (rows of ink QPainter draws, over every word of the article; see page_style):
# گفتگو 2.83 sizes above the baseline (گ ف ت گ stacked), ناپسندیدہ 1.4 below.
TALLEST, DEEPEST = "گفتگو", "ناپسندیدہ"
URDU_TITLE = f"{TALLEST} کیسے"  # the title's ascenders come nearest the page's top edge


def ink_rows(pixels: Pixels, box: Box, is_ink: Callable[[int], bool]) -> list[int]:
    return [y for y in range(box.top, box.bottom) if any(map(is_ink, pixels.row(y, box)))]


def urdu_page(
    x_display, start_app, data: DataPaths, second_line: str, screenshot: Path
) -> tuple[Pixels, Box]:
    """Reader at the top of an article of two Urdu lines; its settled page and window."""
    write_article(data, "urdu-lines", URDU_TITLE, f"{DEEPEST}  \n{second_line}", language="ur")
    app = start_app("urdu-lines")
    try:
        window = window_box(x_display, x_display.window_named(f"{URDU_TITLE} — Reader"))

        def painted(pixels: Pixels) -> bool:
            return pixels.count(window, LIGHT.text) > 200

        return settled_screenshot(x_display, screenshot, painted), window
    finally:
        app.terminate()
        app.wait(timeout=20)


@pytest.mark.parametrize("scale", [0.5, 1.0, 2.0, 3.0, 4.0])
def test_urdu_lines_never_touch_and_the_title_is_never_cut_from_50_to_400_percent(
    x_display, start_app, tmp_path, scale
):
    """The deepest word of the Urdu article on a line, the tallest on the next: below the
    first line's lowest ink (measured alone, with a blank second line) the next row is
    blank, and the second line's ink comes after it. The title, the tallest word first,
    keeps its ink off the page's top edge."""
    text = (BUNDLED_ARTICLES / "metoo-pakistan-marginalised.ur.md").read_text(encoding="utf-8")
    assert TALLEST in text and DEEPEST in text
    pages = {}
    # The blank line holds a zero-width non-joiner: no ink, the height of a line of Urdu.
    for name, second_line in (("blank", "\u200c"), ("both", TALLEST)):
        data = DataPaths(tmp_path / "data")  # a fresh one: a second start reopens the place
        if data.root.exists():
            shutil.rmtree(data.root)
        PreferencesFile(data.preferences).save(Appearance(text_scale=scale))
        pages[name] = urdu_page(
            x_display, start_app, data, second_line, tmp_path / f"urdu-{scale:g}-{name}.png"
        )
    (blank, window), (both, _) = pages["blank"], pages["both"]
    area = article_area(blank, window, LIGHT)
    # The title's tallest letter stays inside the page: ink on its top row would be cut.
    assert ink_rows(blank, area, any_ink(LIGHT))[0] > area.top, f"the title is cut at {scale:.0%}"
    try:
        page = Box(area.left, rule_row(blank, area, LIGHT) + 2, area.right, area.bottom)
    except AssertionError:
        return  # from 300 %, the title and byline fill the page: the lines are below it
    first = ink_rows(blank, page, any_ink(LIGHT))
    if not first or first[-1] >= page.bottom - 1:
        return  # the first line does not end on the page
    two = ink_rows(both, page, any_ink(LIGHT))
    second = [row for row in two if row > first[-1]]
    print(
        f"Urdu at {scale:.0%}: the first line's ink ends at row {first[-1]}, the next"
        f" line's starts at {second[0] if second else None}"
    )
    assert first[-1] + 1 not in two and second, f"at {scale:.0%} the lines touch"
