"""The article page's style for an appearance: the CSS Qt's rich-text importer applies.

Qt converts CSS lengths to pixels when it imports the HTML, using the document's
default font at that moment; so the view sets the reader's font first and imports
the article again whenever the appearance changes.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from math import ceil

from reader.core.display.appearance import Appearance
from reader.core.display.themes import Theme
from reader.core.language.parts import (
    NASTALIQ,
    NASTALIQ_ITEM,
    PLAIN,
    RIGHT_TO_LEFT,
    TYPOGRAPHY_CLASSES,
    typography_of,
    uses_nastaliq,
)

__all__ = ["uses_nastaliq"]  # the view's face follows it too

# Line heights as multiples of the font size, never less than these for the script.
# Measured with Noto Nastaliq Urdu, as the rows of ink QPainter draws at 40 px, over every
# word of the bundled Urdu article and guide (tests/ui/display/test_fonts.py): ink reaches
# 2.83 sizes above the baseline (گفتگو: گ ف ت گ stacked) and 1.4 below (ناپسندیدہ), 4.23
# sizes in all (QFontMetricsF.tightBoundingRect says 3.69: it leaves out the glyphs'
# positioning), so lines closer than that can touch; 4.3 keeps them apart down to 50 %.
# Latin's 1.2 to 1.5 is far too little. The face's own ascent is only 1.9 sizes: the extra
# space goes above each line (see nastaliq_line_height_rules).
MINIMUM_NASTALIQ_LINE_SPACING = 4.3
MINIMUM_ARABIC_SCRIPT_LINE_SPACING = 1.8


@dataclass(frozen=True)
class Face:
    """A face the page sets text in: its families, first choice first, and its own line
    spacing divided by its size (QFontMetricsF.lineSpacing() / pixel size)."""

    families: tuple[str, ...]
    natural_line_spacing: float


def line_spacing_for(appearance: Appearance, language: str) -> float:
    """The reader's line spacing (a multiple of the font size), raised where the script needs it."""
    return _line_spacing_of(appearance, typography_of(language))


def _line_spacing_of(appearance: Appearance, typography: str) -> float:
    if typography == NASTALIQ:
        return max(appearance.line_spacing, MINIMUM_NASTALIQ_LINE_SPACING)
    if typography == RIGHT_TO_LEFT:
        return max(appearance.line_spacing, MINIMUM_ARABIC_SCRIPT_LINE_SPACING)
    return appearance.line_spacing


def line_height_percent(line_spacing: float, natural_line_spacing: float) -> int:
    """Qt's CSS line-height percentage for a line spacing in font sizes.

    Qt measures percentages against the font's own line spacing, not its size;
    `natural_line_spacing` is that spacing divided by the size. Never below 100 %,
    where lines would overlap.
    """
    return max(100, round(100 * line_spacing / natural_line_spacing))


# Qt's heading sizes, as multiples of the text size (QTextHtmlParser's font size
# adjustments 3 to -2 for h1 to h6: xx-large 2.0, x-large 1.5, large 1.2 ...).
HEADING_SIZES = {"h1": 2.0, "h2": 1.5, "h3": 1.2, "h4": 1.0, "h5": 0.8, "h6": 0.7}


def nastaliq_line_height_rules(selector: str, line_spacing: float, font_pixel_size: float) -> str:
    """CSS giving Nastaliq blocks (`selector`) and headings their line height in pixels.

    In pixels, Qt makes the height a minimum (QTextBlockFormat.MinimumHeight) and puts the
    extra space above the line, where Nastaliq's ink rises a size past the face's ascent;
    a percentage (ProportionalHeight) puts it below, and the first line of a page or of
    a block after a rule had its tallest letters cut or touching the line above.
    """
    rules = [f"{selector} {{ line-height: {ceil(line_spacing * font_pixel_size)}px; }}"]
    rules += [
        f"{tag} {{ line-height: {ceil(line_spacing * size * font_pixel_size)}px; }}"
        for tag, size in HEADING_SIZES.items()
    ]
    return "\n".join(rules)


# Space around blocks, in multiples of the text size: (above, below).
HEADING_MARGINS = {"h1": (0.4, 0.3), "h2": (1.4, 0.4), "h3": (1.2, 0.3), "h4, h5, h6": (1.0, 0.3)}
QUOTE_INDENT = 2.0
# The inline elements that carry emphasis; headings keep their weight, which is structure.
PLAIN_STYLED = "b, strong, i, em, u, ins, cite, dfn, var"
LIST_ITEM_GAP = 0.4  # of the paragraph spacing


def page_stylesheet(
    appearance: Appearance,
    theme: Theme,
    language: str,
    natural_line_spacing: float,
    font_pixel_size: float,
    faces: Mapping[str, Face] | None = None,
) -> str:
    """CSS that follows the static article.css and carries the reader's choices.

    Lengths are in pixels of the current text size: Qt's importer does not scale em.
    `faces` maps reader.core.language.parts' PLAIN and NASTALIQ to the faces of parts in
    another language than the article's: each typography class (TYPOGRAPHY_CLASSES) gets
    its face, its line height and no letter spacing where letters join.
    """

    def px(sizes: float) -> str:
        return f"{round(sizes * font_pixel_size)}px"

    line_height = line_height_percent(line_spacing_for(appearance, language), natural_line_spacing)
    gap = appearance.paragraph_spacing
    rules = [
        f"{tags} {{ margin-top: {px(above)}; margin-bottom: {px(below)}; }}"
        for tags, (above, below) in HEADING_MARGINS.items()
    ]
    blocks = "p, li, dd, blockquote, td, th"
    if typography_of(language) == NASTALIQ:
        rules.append(
            nastaliq_line_height_rules(
                blocks, line_spacing_for(appearance, language), font_pixel_size
            )
        )
    else:
        rules.append(f"{blocks} {{ line-height: {line_height}%; }}")
    rules += [
        f"p {{ margin-top: 0; margin-bottom: {px(gap)}; }}",
        f"li {{ margin-bottom: {px(gap * LIST_ITEM_GAP)}; }}",
        f"blockquote {{ margin-left: {px(QUOTE_INDENT)}; margin-right: {px(QUOTE_INDENT)};"
        f" margin-bottom: {px(gap)}; }}",
        f"p.byline {{ margin-bottom: {px(0.3)}; }}",
        f"p.content-note {{ margin-top: {px(0.8)}; margin-bottom: {px(0.8)}; }}",
        f"table {{ margin-bottom: {px(1.0)}; }}",
        f"a {{ color: {theme.link}; }}",
        f"th, td {{ border-color: {theme.dim_text}; }}",
    ]
    if appearance.justify:
        rules.append("p, li { text-align: justify; }")
    if appearance.plain_styling:
        rules.append(
            f"{PLAIN_STYLED} {{ font-weight: normal; font-style: normal; text-decoration: none; }}"
        )
        rules.append("a { text-decoration: underline; }")  # a link must still look like one
    for typography in TYPOGRAPHY_CLASSES:
        face = (faces or {}).get(NASTALIQ if typography == NASTALIQ else PLAIN)
        # Qt measures a percentage against the line's own height, which Nastaliq sets
        # (an item's too: its text is Nastaliq, only its bullet is in the plain face).
        nastaliq = typography in (NASTALIQ, NASTALIQ_ITEM)
        measure = (faces or {}).get(NASTALIQ if nastaliq else PLAIN)
        if face is None or measure is None:
            continue
        families = ", ".join(f"'{family}'" for family in face.families)
        spacing = appearance.letter_spacing if typography == PLAIN else 0.0
        lines = NASTALIQ if typography == NASTALIQ_ITEM else typography
        # Nastaliq in pixels, its extra space above the line: see nastaliq_line_height_rules.
        spacing_here = _line_spacing_of(appearance, lines)
        height = (
            f"{ceil(spacing_here * font_pixel_size)}px"
            if nastaliq
            else f"{line_height_percent(spacing_here, measure.natural_line_spacing)}%"
        )
        rules.append(
            f".{typography} {{ font-family: {families}; letter-spacing: {px(spacing)};"
            f" line-height: {height}; }}"
        )
    return "\n".join(rules) + "\n"
