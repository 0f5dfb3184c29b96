"""Colour themes for the page and the interface, and the contrast each pair of colours needs.

The thresholds are WCAG 2.x's: 7:1 (1.4.6, enhanced contrast) for every text on the page
(body, links, highlighted, selected and found text) and the focus ring around it, 4.5:1
(1.4.3) for secondary text in the panels, 3:1 for the focus indicator on panels (1.4.11).
Colours that only have to look different from each other (links from text, a highlight
or the selection from the page) pass when they differ enough in lightness or clearly
differ in colour: see `stands_apart`.
"""

import dataclasses
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

BODY_TEXT_RATIO = 7.0  # WCAG 1.4.6
TEXT_RATIO = 4.5  # WCAG 1.4.3
NON_TEXT_RATIO = 3.0  # WCAG 1.4.11
# A link must look unlike the text around it even for readers who miss the underline:
# 3:1 against the text (WCAG technique G183), or a clearly different colour.
LINK_FROM_TEXT_RATIO = 3.0
# A highlight or the selection must stand out from what is around it: 1.5:1, or a
# clearly different colour at a similar lightness (pale yellow on white is 1.3:1).
STAND_OUT_RATIO = 1.5
# How far apart two colours must be on CIELAB's a*b* plane (lightness ignored) to count
# as clearly different colours: pale yellow and white are about 60 apart, two shades
# of beige about 10.
DISTINCT_CHROMA = 40.0
# Below this luminance white text contrasts more than black text: the background is dark.
DARK_BELOW_LUMINANCE = 0.0525**0.5 - 0.05

BLACK = "#000000"
WHITE = "#ffffff"
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


# Colours ----------------------------------------------------------------------------------


def rgb(colour: str) -> tuple[int, int, int]:
    """The red, green and blue (0–255) of "#rrggbb" or "#rgb"; ValueError for anything else."""
    if not isinstance(colour, str) or not _COLOUR.fullmatch(colour):
        raise ValueError(f"not a colour in the form #rrggbb: {colour!r}")
    digits = colour[1:]
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def normalised(colour: str) -> str:
    """The colour as lower-case "#rrggbb"; ValueError if it is not a colour."""
    return _hex(rgb(colour))


def _hex(channels: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*channels)


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance: 0 for black, 1 for white."""
    red, green, blue = (_linear(channel) for channel in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.x contrast ratio, from 1.0 (the same) to 21.0 (black and white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _lab(colour: str) -> tuple[float, float, float]:
    """CIELAB (D65) lightness, a* and b*."""
    red, green, blue = (_linear(channel) for channel in rgb(colour))
    x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
    y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def chroma_distance(first: str, second: str) -> float:
    """How different two colours are in hue and colourfulness, whatever their lightness."""
    _, first_a, first_b = _lab(first)
    _, second_a, second_b = _lab(second)
    return ((first_a - second_a) ** 2 + (first_b - second_b) ** 2) ** 0.5


def stands_apart(first: str, second: str, minimum_ratio: float) -> bool:
    """True when the colours differ by `minimum_ratio` in contrast, or clearly in colour."""
    return (
        contrast_ratio(first, second) >= minimum_ratio
        or chroma_distance(first, second) >= DISTINCT_CHROMA
    )


def is_dark_colour(colour: str) -> bool:
    return relative_luminance(colour) < DARK_BELOW_LUMINANCE


def mix(first: str, second: str, amount: float) -> str:
    """`first` moved `amount` (0–1) of the way to `second`, channel by channel."""
    red, green, blue = (
        round(a + (b - a) * amount) for a, b in zip(rgb(first), rgb(second), strict=True)
    )
    return _hex((red, green, blue))


# Themes -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Theme:
    """Every colour Reader paints with, as "#rrggbb"."""

    name: str  # exactly as shown in the menu
    background: str
    text: str
    link: str
    highlight_background: str  # find matches and the sentence being read aloud
    highlight_text: str
    selection_background: str
    selection_text: str
    focus: str  # the focus indicator around the control that has focus
    panel_background: str  # menus, panels and dialogs
    panel_text: str
    dim_text: str  # secondary text such as bylines
    is_dark: bool

    def __post_init__(self) -> None:
        for colour_field in THEME_COLOURS:
            rgb(getattr(self, colour_field))  # raises ValueError for anything but a colour


THEME_COLOURS = tuple(
    field.name for field in fields(Theme) if field.type is str and field.name != "name"
)


BUILT_IN_THEMES: tuple[Theme, ...] = (
    Theme(
        name=QT_TRANSLATE_NOOP("themes", "Light"),
        background="#ffffff",
        text="#1a1a1a",
        link="#0a51c1",
        highlight_background="#ffe066",
        highlight_text="#000000",
        selection_background="#1857a6",
        selection_text="#ffffff",
        focus="#933109",
        panel_background="#f3f3f3",
        panel_text="#1a1a1a",
        dim_text="#595959",
        is_dark=False,
    ),
    # The warm paper and brown ink of e-reader sepia modes.
    Theme(
        name=QT_TRANSLATE_NOOP("themes", "Sepia"),
        background="#f8f1e3",
        text="#5b4636",
        link="#1a518f",
        highlight_background="#f2c14e",
        highlight_text="#000000",
        selection_background="#794e2a",
        selection_text="#ffffff",
        focus="#184b85",
        panel_background="#efe6d2",
        panel_text="#4a3628",
        dim_text="#6b5443",
        is_dark=False,
    ),
    # A soft dark grey with off-white text: pure white on pure black glares for many readers.
    Theme(
        name=QT_TRANSLATE_NOOP("themes", "Dark"),
        background="#1e1e1e",
        text="#e6e6e6",
        link="#6ab0ff",
        highlight_background="#6b5300",
        highlight_text="#ffffff",
        selection_background="#5a9adc",
        selection_text="#000000",
        focus="#ffb74d",
        panel_background="#2b2b2b",
        panel_text="#e6e6e6",
        dim_text="#b0b0b0",
        is_dark=True,
    ),
    # The colours of Windows' High Contrast Black.
    Theme(
        name=QT_TRANSLATE_NOOP("themes", "High contrast"),
        background="#000000",
        text="#ffffff",
        link="#ffff00",
        highlight_background="#ffff00",
        highlight_text="#000000",
        selection_background="#1aebff",
        selection_text="#000000",
        focus="#3ff23f",
        panel_background="#000000",
        panel_text="#ffffff",
        dim_text="#d0d0d0",
        is_dark=True,
    ),
    # The selection inverts the text; the highlight is white, unlike anything else here.
    Theme(
        name=QT_TRANSLATE_NOOP("themes", "Yellow on black"),
        background="#000000",
        text="#ffff00",
        link="#66d9ff",
        highlight_background="#ffffff",
        highlight_text="#000000",
        selection_background="#ffff00",
        selection_text="#000000",
        focus="#ffffff",
        panel_background="#000000",
        panel_text="#ffff00",
        dim_text="#d6d600",
        is_dark=True,
    ),
    # Near-black on cream, as dyslexia guidance recommends over black on white.
    Theme(
        name=QT_TRANSLATE_NOOP("themes", "Black on cream"),
        background="#fdf6e3",
        text="#141414",
        link="#0b4fa8",
        highlight_background="#ffd966",
        highlight_text="#000000",
        selection_background="#1857a6",
        selection_text="#ffffff",
        focus="#8a2e09",
        panel_background="#f3ead2",
        panel_text="#141414",
        dim_text="#595347",
        is_dark=False,
    ),
)
CUSTOM_THEME_NAME = "Custom"


def theme_label(name: str) -> str:
    """A theme's name as the interface shows it, in the reader's language."""
    return QCoreApplication.translate("themes", name)


def theme_named(name: str) -> Theme | None:
    """The built-in theme called `name`, or None."""
    return next((theme for theme in BUILT_IN_THEMES if theme.name == name), None)


# Checking a theme ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _ContrastRule:
    foreground: str
    background: str
    minimum: float
    message: str  # translated; formatted with {ratio} and {needed}


def _contrast_rules() -> tuple[_ContrastRule, ...]:
    # Whole sentences, so that translators see each one as it is shown.
    return (
        _ContrastRule(
            "text",
            "background",
            BODY_TEXT_RATIO,
            translate("themes", "Text on background is {ratio}:1; {needed}:1 is needed."),
        ),
        _ContrastRule(
            "link",
            "background",
            BODY_TEXT_RATIO,
            translate("themes", "Links on background are {ratio}:1; {needed}:1 is needed."),
        ),
        _ContrastRule(
            "highlight_text",
            "highlight_background",
            BODY_TEXT_RATIO,
            translate("themes", "Highlighted text is {ratio}:1; {needed}:1 is needed."),
        ),
        _ContrastRule(
            "selection_text",
            "selection_background",
            BODY_TEXT_RATIO,
            translate("themes", "Selected text is {ratio}:1; {needed}:1 is needed."),
        ),
        _ContrastRule(
            "focus",
            "background",
            BODY_TEXT_RATIO,
            translate(
                "themes", "The focus indicator on background is {ratio}:1; {needed}:1 is needed."
            ),
        ),
        _ContrastRule(
            "focus",
            "panel_background",
            NON_TEXT_RATIO,
            translate(
                "themes", "The focus indicator on panels is {ratio}:1; {needed}:1 is needed."
            ),
        ),
        # A selected row in the library or the contents must show which one it is (1.4.11).
        _ContrastRule(
            "selection_background",
            "panel_background",
            NON_TEXT_RATIO,
            translate("themes", "The selection on panels is {ratio}:1; {needed}:1 is needed."),
        ),
        _ContrastRule(
            "panel_text",
            "panel_background",
            BODY_TEXT_RATIO,
            translate("themes", "Text on panels is {ratio}:1; {needed}:1 is needed."),
        ),
        _ContrastRule(
            "dim_text",
            "background",
            TEXT_RATIO,
            translate("themes", "Secondary text on background is {ratio}:1; {needed}:1 is needed."),
        ),
        _ContrastRule(
            "dim_text",
            "panel_background",
            TEXT_RATIO,
            translate("themes", "Secondary text on panels is {ratio}:1; {needed}:1 is needed."),
        ),
    )


def format_ratio(ratio: float) -> str:
    # Rounded down, so that 6.96:1 never reads as the 7:1 it falls short of.
    return f"{int(ratio * 10) / 10:.1f}"


def contrast_problems(theme: Theme) -> list[str]:
    """Each pair of the theme's colours that falls short, as a sentence; [] when all pass."""
    problems = []
    for rule in _contrast_rules():
        ratio = contrast_ratio(getattr(theme, rule.foreground), getattr(theme, rule.background))
        if ratio < rule.minimum:
            problems.append(
                rule.message.format(ratio=format_ratio(ratio), needed=f"{rule.minimum:g}")
            )
    if not stands_apart(theme.link, theme.text, LINK_FROM_TEXT_RATIO):
        problems.append(
            translate(
                "themes",
                "Links look too much like the text around them; they need a clearly "
                "different colour or {needed}:1 against the text.",
            ).format(needed=f"{LINK_FROM_TEXT_RATIO:g}")
        )
    for colour, message in (
        (
            theme.highlight_background,
            translate(
                "themes",
                "The highlight hardly stands out from the background; it needs a clearly "
                "different colour or {needed}:1 against it.",
            ),
        ),
        (
            theme.selection_background,
            translate(
                "themes",
                "The selection hardly stands out from the background; it needs a clearly "
                "different colour or {needed}:1 against it.",
            ),
        ),
    ):
        if not stands_apart(colour, theme.background, STAND_OUT_RATIO):
            problems.append(message.format(needed=f"{STAND_OUT_RATIO:g}"))
    # A focused list shows its ring next to its selected row: the two must not merge.
    if not stands_apart(theme.focus, theme.selection_background, STAND_OUT_RATIO):
        problems.append(
            translate(
                "themes",
                "The focus indicator and the selection look alike; they need clearly different "
                "colours or {needed}:1 between them.",
            ).format(needed=f"{STAND_OUT_RATIO:g}")
        )
    # Find shows the current match in the selection's colours and the others highlighted.
    if not stands_apart(theme.selection_background, theme.highlight_background, STAND_OUT_RATIO):
        problems.append(
            translate(
                "themes",
                "The selection and the highlight look alike; they need clearly different "
                "colours or {needed}:1 between them.",
            ).format(needed=f"{STAND_OUT_RATIO:g}")
        )
    return problems


# A custom theme -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ColourVerdict:
    """What Reader makes of a reader's own text and background colours: `accepted` is False
    below TEXT_RATIO (4.5:1, WCAG 1.4.3); `message` names the ratio, "" from 7:1 up."""

    accepted: bool
    ratio: float
    message: str


def judge_custom_colours(text: str, background: str) -> ColourVerdict:
    """Refused below 4.5:1, warned below 7:1 (WCAG 1.4.6); ValueError if not colours."""
    ratio = contrast_ratio(text, background)
    shown = format_ratio(ratio)
    if ratio < TEXT_RATIO:
        message = translate(
            "themes",
            "Text colour {text} on background {background} has a contrast of {ratio}:1, "
            "below the {needed}:1 needed to read, so these colours were not used.",
        ).format(
            text=normalised(text), background=normalised(background), ratio=shown, needed="4.5"
        )
        return ColourVerdict(False, ratio, message)
    if ratio < BODY_TEXT_RATIO:
        message = translate(
            "themes",
            "Contrast {ratio}:1, below 7:1: hard to read for many low-vision readers.",
        ).format(ratio=shown)
        return ColourVerdict(True, ratio, message)
    return ColourVerdict(True, ratio, "")


# Preferred colours, tried in order; each is made lighter or darker until it has the
# contrast it needs. Pure colours keep their hue at the lightness extremes; black and
# white come last.
_LINKS_ON_LIGHT = ("#0a51c1", "#7b1fa2", "#00695c", "#b3261e", "#0000ff", BLACK)
_LINKS_ON_DARK = ("#6ab0ff", "#ffd54f", "#80cbc4", "#f48fb1", "#ffff00", "#00ffff", WHITE)
_HIGHLIGHTS_ON_LIGHT = ("#ffe066", "#9fd3ff", "#ffb0d0", "#a8e6a1", BLACK, WHITE)
_HIGHLIGHTS_ON_DARK = ("#6b5300", "#1b5480", "#7a2e59", "#ffe066", WHITE, BLACK)
_SELECTIONS_ON_LIGHT = ("#1857a6", "#7b1fa2", "#005a4f", "#9c2119", BLACK, WHITE)
_SELECTIONS_ON_DARK = ("#264f78", "#6a1b9a", "#1aebff", "#ffb0d0", WHITE, BLACK)
_FOCUS_ON_LIGHT = ("#933109", "#0b57d0", "#7b1fa2", BLACK, WHITE)
_FOCUS_ON_DARK = ("#ffb74d", "#6ab0ff", "#3ff23f", WHITE, BLACK)
_STEPS = 100  # how finely a colour is lightened or darkened
# Secondary text fades at most this many steps towards the background: quieter, not faint.
_DIM_AT_MOST = 40


# Remembered: the view asks for the theme's colours whenever it paints.
@functools.lru_cache(maxsize=32)
def custom_theme(text: str, background: str) -> Theme:
    """A theme around the reader's own text and background colours, kept as given.

    Every other colour is derived to meet its threshold against them where any colour
    can; contrast_problems says whether the text and background themselves are enough.
    """
    text, background = normalised(text), normalised(background)
    dark = is_dark_colour(background)
    panel_background = _panel_background(background)
    panel_text = _fitting((text,), against=(panel_background,), minimum=BODY_TEXT_RATIO)
    link = _fitting(
        _LINKS_ON_DARK if dark else _LINKS_ON_LIGHT,
        against=(background,),
        minimum=BODY_TEXT_RATIO,
        wanted=lambda colour: stands_apart(colour, text, LINK_FROM_TEXT_RATIO),
    )
    # Find shows the current match selected and the others highlighted: all three differ.
    highlight_background = _first_wanted(
        _HIGHLIGHTS_ON_DARK if dark else _HIGHLIGHTS_ON_LIGHT,
        lambda colour: (
            stands_apart(colour, background, STAND_OUT_RATIO) and carries_page_text(colour)
        ),
    )
    # A selected row must show against the panels (3:1) and stand apart from the page.
    selection_background = _fitting(
        _SELECTIONS_ON_DARK if dark else _SELECTIONS_ON_LIGHT,
        against=(panel_background,),
        minimum=NON_TEXT_RATIO,
        wanted=lambda colour: (
            stands_apart(colour, background, STAND_OUT_RATIO)
            and stands_apart(colour, highlight_background, STAND_OUT_RATIO)
            and carries_page_text(colour)
        ),
    )
    # The ring around the page is held to the page's 7:1; on panels 3:1 is enough.
    focus = _fitting(
        _FOCUS_ON_DARK if dark else _FOCUS_ON_LIGHT,
        against=(background,),
        minimum=BODY_TEXT_RATIO,
        wanted=lambda colour: (
            contrast_ratio(colour, panel_background) >= NON_TEXT_RATIO
            and stands_apart(colour, selection_background, STAND_OUT_RATIO)
        ),
    )
    return Theme(
        name=CUSTOM_THEME_NAME,
        background=background,
        text=text,
        link=link,
        highlight_background=highlight_background,
        highlight_text=best_extreme(highlight_background),
        selection_background=selection_background,
        selection_text=best_extreme(selection_background),
        focus=focus,
        panel_background=panel_background,
        panel_text=panel_text,
        dim_text=_dim_text(text, background, panel_background),
        is_dark=dark,
    )


def carries_page_text(colour: str) -> bool:
    """Whether black or white text on `colour` has the page's 7:1."""
    return contrast_ratio(colour, best_extreme(colour)) >= BODY_TEXT_RATIO


def best_extreme(colour: str) -> str:
    """Black or white, whichever contrasts more with `colour` (at least 4.58:1)."""
    return BLACK if contrast_ratio(BLACK, colour) >= contrast_ratio(WHITE, colour) else WHITE


def _panel_background(background: str) -> str:
    """The page's background, or one moved away from the middle until 7:1 text fits on it."""
    extreme = BLACK if is_dark_colour(background) else WHITE
    for step in range(_STEPS + 1):
        candidate = mix(background, extreme, step / _STEPS)
        if contrast_ratio(candidate, best_extreme(candidate)) >= BODY_TEXT_RATIO:
            return candidate
    return extreme


def _first_wanted(candidates: tuple[str, ...], wanted: Callable[[str], bool]) -> str:
    """The first candidate with the `wanted` quality, else the last (black or white)."""
    return next((colour for colour in candidates if wanted(colour)), candidates[-1])


def _meets(colour: str, against: tuple[str, ...], minimum: float) -> bool:
    return all(contrast_ratio(colour, other) >= minimum for other in against)


def _shades(colour: str, against: tuple[str, ...], minimum: float) -> Iterator[str]:
    """The colour, then its lighter and darker shades that meet `minimum`, least changed first."""
    if _meets(colour, against, minimum):
        yield colour
    found = []
    for extreme in (WHITE, BLACK):
        for step in range(1, _STEPS + 1):
            shade = mix(colour, extreme, step / _STEPS)
            if _meets(shade, against, minimum):
                found.append((step, shade))
                break
    yield from (shade for _, shade in sorted(found))


def _fitting(
    candidates: tuple[str, ...],
    against: tuple[str, ...],
    minimum: float,
    wanted: Callable[[str], bool] = lambda colour: True,
) -> str:
    """The first candidate, or its nearest shade, with the contrast against every colour in
    `against` and the `wanted` quality; else black or white, whichever contrasts more."""
    for candidate in candidates:
        for shade in _shades(candidate, against, minimum):
            if wanted(shade):
                return shade
    return max((BLACK, WHITE), key=lambda extreme: min(contrast_ratio(extreme, o) for o in against))


def _dim_text(text: str, background: str, panel_background: str) -> str:
    """The text colour faded towards the background, as far as 4.5:1 on both backgrounds allows."""
    against = (background, panel_background)
    for step in range(_DIM_AT_MOST, -1, -1):
        shade = mix(text, background, step / _STEPS)
        if _meets(shade, against, TEXT_RATIO):
            return shade
    return _fitting((text,), against=against, minimum=TEXT_RATIO)


# Dimming ------------------------------------------------------------------------------------

# Each background, and the texts drawn on it, that dimming must keep readable.
_TEXTS_ON = {
    "background": ("text", "link", "dim_text"),
    "panel_background": ("panel_text", "dim_text"),
    "highlight_background": ("highlight_text",),
    "selection_background": ("selection_text",),
}
# Dimmed text must still be readable (WCAG 1.4.3), though no longer held to the page's 7:1.
DIMMED_TEXT_RATIO = TEXT_RATIO


@functools.lru_cache(maxsize=32)
def dimmed(theme: Theme, amount: float) -> Theme:
    """`theme` with its backgrounds darkened towards black by up to `amount` (0–1); the
    texts keep their colours. A background darkens only as far as every text on it keeps
    DIMMED_TEXT_RATIO (or its own ratio, if that was lower), so that dark text on a light
    page limits how far the page dims, and light text on a dark one never does."""
    changes = {}
    for background, texts in _TEXTS_ON.items():
        colour = getattr(theme, background)
        floors = [
            (
                getattr(theme, text),
                min(DIMMED_TEXT_RATIO, contrast_ratio(getattr(theme, text), colour)),
            )
            for text in texts
        ]
        for step in range(round(max(0.0, min(amount, 1.0)) * _STEPS), -1, -1):
            shade = mix(colour, BLACK, step / _STEPS)
            if all(contrast_ratio(text, shade) >= floor for text, floor in floors):
                changes[background] = shade
                break
    return dataclasses.replace(theme, **changes)
