import dataclasses
import itertools
import re

import pytest

from reader.core.display.themes import (
    BODY_TEXT_RATIO,
    BUILT_IN_THEMES,
    LINK_FROM_TEXT_RATIO,
    NON_TEXT_RATIO,
    STAND_OUT_RATIO,
    TEXT_RATIO,
    THEME_COLOURS,
    best_extreme,
    contrast_problems,
    contrast_ratio,
    custom_theme,
    is_dark_colour,
    relative_luminance,
    stands_apart,
    theme_named,
)

LIGHT = BUILT_IN_THEMES[0]
NOT_COLOURS = [
    "",
    "#",
    "ffffff",
    "#ffff",
    "#fffffff",
    "#gggggg",
    "red",
    "#ffffff ",
    " #fff",
    None,
    0,
]


def test_the_built_in_themes_in_menu_order():
    assert [theme.name for theme in BUILT_IN_THEMES] == [
        "Light",
        "Sepia",
        "Dark",
        "High contrast",
        "Yellow on black",
        "Black on cream",
    ]


@pytest.mark.parametrize("theme", BUILT_IN_THEMES, ids=lambda theme: theme.name)
def test_every_built_in_theme_meets_every_threshold(theme):
    assert contrast_problems(theme) == []
    # The same thresholds, spelt out, so that a change to contrast_problems cannot hide one.
    assert contrast_ratio(theme.text, theme.background) >= BODY_TEXT_RATIO
    assert contrast_ratio(theme.link, theme.background) >= BODY_TEXT_RATIO
    assert stands_apart(theme.link, theme.text, LINK_FROM_TEXT_RATIO)
    assert contrast_ratio(theme.highlight_text, theme.highlight_background) >= BODY_TEXT_RATIO
    assert stands_apart(theme.highlight_background, theme.background, STAND_OUT_RATIO)
    assert contrast_ratio(theme.selection_text, theme.selection_background) >= BODY_TEXT_RATIO
    assert stands_apart(theme.selection_background, theme.background, STAND_OUT_RATIO)
    assert contrast_ratio(theme.focus, theme.background) >= BODY_TEXT_RATIO
    assert contrast_ratio(theme.focus, theme.panel_background) >= NON_TEXT_RATIO
    assert contrast_ratio(theme.panel_text, theme.panel_background) >= BODY_TEXT_RATIO
    assert contrast_ratio(theme.dim_text, theme.background) >= TEXT_RATIO


@pytest.mark.parametrize("theme", BUILT_IN_THEMES, ids=lambda theme: theme.name)
def test_built_in_colours_are_lower_case_rrggbb_and_darkness_matches(theme):
    for name in THEME_COLOURS:
        assert re.fullmatch(r"#[0-9a-f]{6}", getattr(theme, name)), name
    assert theme.is_dark == is_dark_colour(theme.background)


def test_dark_is_soft_and_high_contrast_is_white_on_black():
    dark = theme_named("Dark")
    assert dark.background != "#000000"
    assert dark.is_dark
    high = theme_named("High contrast")
    assert (high.text, high.background) == ("#ffffff", "#000000")
    yellow = theme_named("Yellow on black")
    assert (yellow.text, yellow.background) == ("#ffff00", "#000000")


def test_themes_are_found_by_their_exact_name():
    assert theme_named("Sepia").name == "Sepia"
    assert theme_named("sepia") is None
    assert theme_named("Custom") is None
    assert theme_named("") is None


def test_known_contrast_ratios():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#336699", "#336699") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.005)
    assert contrast_ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)
    assert contrast_ratio("#fff", "#000") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#767676") == pytest.approx(4.54, abs=0.005)


def test_luminance_uses_the_srgb_threshold():
    # A channel of 10/255 (0.0392) is below 0.04045 and so scaled linearly.
    assert relative_luminance("#0a0a0a") == pytest.approx((10 / 255) / 12.92)
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("colour", NOT_COLOURS)
def test_anything_but_a_colour_is_refused(colour):
    with pytest.raises(ValueError, match="colour"):
        contrast_ratio(colour, "#ffffff")
    with pytest.raises(ValueError, match="colour"):
        contrast_ratio("#ffffff", colour)
    with pytest.raises(ValueError, match="colour"):
        custom_theme("#000000", colour)
    with pytest.raises(ValueError, match="colour"):
        dataclasses.replace(LIGHT, link=colour)


def test_each_shortfall_is_one_readable_sentence():
    grey_text = dataclasses.replace(LIGHT, text="#777777")
    assert contrast_problems(grey_text) == ["Text on background is 4.4:1; 7:1 is needed."]

    faint = dataclasses.replace(LIGHT, link="#aaaaaa", dim_text="#aaaaaa", focus="#eeeeee")
    problems = contrast_problems(faint)
    assert "Links on background are 2.3:1; 7:1 is needed." in problems
    assert "Secondary text on background is 2.3:1; 4.5:1 is needed." in problems
    assert "The focus indicator on background is 1.1:1; 7:1 is needed." in problems
    assert "The focus indicator on panels is 1.0:1; 3:1 is needed." in problems


def test_a_ratio_just_short_of_the_threshold_never_reads_as_meeting_it():
    greys = (f"#5959{blue:02x}" for blue in range(0x59, 0x100))
    text = next(grey for grey in greys if 6.95 <= contrast_ratio(grey, "#ffffff") < 7)
    assert contrast_problems(dataclasses.replace(LIGHT, text=text)) == [
        "Text on background is 6.9:1; 7:1 is needed."
    ]


def test_links_highlight_and_selection_must_stand_apart():
    assert any(
        "Links look" in problem
        for problem in contrast_problems(dataclasses.replace(LIGHT, link=LIGHT.text))
    )
    assert any(
        "highlight hardly stands out" in problem
        for problem in contrast_problems(dataclasses.replace(LIGHT, highlight_background="#f8f8f8"))
    )
    assert any(
        "selection hardly stands out" in problem
        for problem in contrast_problems(
            dataclasses.replace(LIGHT, selection_background="#f8f8f8", selection_text="#000000")
        )
    )
    assert any(
        "look alike" in problem
        for problem in contrast_problems(
            dataclasses.replace(LIGHT, selection_background=LIGHT.highlight_background)
        )
    )


def test_standing_apart_is_lightness_or_a_clearly_different_colour():
    assert stands_apart("#ffe066", "#ffffff", STAND_OUT_RATIO)  # pale yellow on white: 1.3:1
    assert stands_apart("#bfbfbf", "#ffffff", STAND_OUT_RATIO)  # a lighter grey: 1.9:1
    assert not stands_apart("#f4ecd8", "#f8f1e3", STAND_OUT_RATIO)  # two shades of beige
    assert not stands_apart("#444444", "#000000", LINK_FROM_TEXT_RATIO)  # dark grey link
    assert stands_apart("#0b57d0", "#000000", LINK_FROM_TEXT_RATIO)  # blue link, black text


def assert_derived_colours_meet_thresholds(theme):
    """Everything custom_theme derives; the text and background are the reader's own. Text
    on the page has 7:1 wherever the background allows it (on mid-grey, nothing does)."""
    page = min(BODY_TEXT_RATIO, contrast_ratio(best_extreme(theme.background), theme.background))
    assert contrast_ratio(theme.link, theme.background) >= page
    assert contrast_ratio(theme.highlight_text, theme.highlight_background) >= BODY_TEXT_RATIO
    assert stands_apart(theme.highlight_background, theme.background, STAND_OUT_RATIO)
    assert contrast_ratio(theme.selection_text, theme.selection_background) >= BODY_TEXT_RATIO
    assert stands_apart(theme.selection_background, theme.background, STAND_OUT_RATIO)
    assert stands_apart(theme.selection_background, theme.highlight_background, STAND_OUT_RATIO)
    assert contrast_ratio(theme.focus, theme.background) >= page
    assert contrast_ratio(theme.focus, theme.panel_background) >= NON_TEXT_RATIO
    assert contrast_ratio(theme.panel_text, theme.panel_background) >= BODY_TEXT_RATIO
    assert contrast_ratio(theme.dim_text, theme.background) >= TEXT_RATIO
    assert contrast_ratio(theme.dim_text, theme.panel_background) >= TEXT_RATIO


@pytest.mark.parametrize(
    ("text", "background", "dark"),
    [
        ("#000000", "#ffffff", False),  # light
        ("#333333", "#f8f1e3", False),  # warm paper
        ("#ffffff", "#000000", True),  # dark
        ("#e0e0e0", "#121212", True),
        ("#ffff00", "#000000", True),
        ("#000000", "#bbbbbb", False),  # light grey: 7:1 with black, and room for a link
        ("#ffffff", "#1a237e", True),  # coloured backgrounds
        ("#0000ff", "#ffff00", False),
    ],
)
def test_a_custom_theme_derives_colours_that_meet_every_threshold(text, background, dark):
    theme = custom_theme(text, background)
    assert (theme.name, theme.text, theme.background, theme.is_dark) == (
        "Custom",
        text,
        background,
        dark,
    )
    assert_derived_colours_meet_thresholds(theme)
    assert contrast_problems(theme) == []


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("#ffffff", "#777777"),
        ("#cccccc", "#ffffff"),
        ("#777777", "#777777"),
        ("#ff0000", "#00ff00"),
    ],
)
def test_a_low_contrast_custom_pair_is_kept_and_reported(text, background):
    theme = custom_theme(text, background)
    assert (theme.text, theme.background) == (text, background)
    assert_derived_colours_meet_thresholds(theme)
    problems = contrast_problems(theme)
    assert problems[0].startswith("Text on background is ")
    # On a mid-tone nothing reaches the page's 7:1; links and the ring say so, nothing else.
    assert all(
        problem.startswith(("Links on", "The focus indicator on")) for problem in problems[1:]
    )


def test_on_a_mid_grey_background_the_panels_move_to_where_7_to_1_fits():
    theme = custom_theme("#ffffff", "#777777")  # neither black nor white reaches 7:1 on it
    assert theme.panel_background != theme.background
    assert contrast_ratio(theme.panel_text, theme.panel_background) >= BODY_TEXT_RATIO


def test_custom_colours_are_normalised_and_darkness_follows_luminance():
    theme = custom_theme("#FFF", "#000")
    assert (theme.text, theme.background, theme.is_dark) == ("#ffffff", "#000000", True)
    assert not custom_theme("#000000", "#808080").is_dark  # black text contrasts more
    assert custom_theme("#ffffff", "#333333").is_dark


def test_derived_colours_meet_thresholds_across_many_pairs():
    levels = ("00", "55", "aa", "ff")
    backgrounds = ["#" + "".join(channels) for channels in itertools.product(levels, repeat=3)]
    for text in ("#000000", "#ffffff", "#1a1a1a", "#ff0000"):
        for background in backgrounds:
            theme = custom_theme(text, background)
            assert_derived_colours_meet_thresholds(theme)
            # Where one is possible at all (the text has 7:1 and black or white has more
            # still), a link colour with 7:1 and unlike the text is found too.
            room = contrast_ratio(best_extreme(background), background)
            if contrast_ratio(text, background) >= BODY_TEXT_RATIO and room >= 8:
                assert contrast_problems(theme) == [], (text, background)
