"""Issue 12, item 6: every text on the page has 7:1 in every theme; dimming keeps 4.5:1."""

import pytest

from reader.core.display.appearance import Appearance
from reader.core.display.themes import (
    BODY_TEXT_RATIO,
    BUILT_IN_THEMES,
    DIMMED_TEXT_RATIO,
    contrast_ratio,
    custom_theme,
    dimmed,
    judge_custom_colours,
    relative_luminance,
    theme_named,
)
from reader.core.marks.mark import Category, highlight_colours

THEMES = [
    *BUILT_IN_THEMES,
    custom_theme("#000000", "#ffffff"),
    custom_theme("#ffffff", "#202040"),
    custom_theme("#302010", "#e8e0c8"),
    custom_theme("#ffff00", "#000080"),
]


def page_text_pairs(theme):
    """(role, text colour, background colour) for every text Reader draws on the page."""
    pairs = [
        ("body", theme.text, theme.background),
        ("link", theme.link, theme.background),
        # Find's other matches and the sentence being read aloud use the highlight colours;
        # find's current match, the word being read and the reader's selection the selection's.
        ("find hit and spoken sentence", theme.highlight_text, theme.highlight_background),
        (
            "selection, current find hit, spoken word",
            theme.selection_text,
            theme.selection_background,
        ),
        ("focus ring around the page", theme.focus, theme.background),
    ]
    pairs += [
        (f"highlight {category.value}", colours.text, colours.background)
        for category, colours in highlight_colours(theme).items()
    ]
    return pairs


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: f"{theme.name}-{theme.background}")
def test_every_text_on_the_page_has_7_to_1(theme):
    for role, text, background in page_text_pairs(theme):
        assert contrast_ratio(text, background) >= BODY_TEXT_RATIO, (role, text, background)


@pytest.mark.parametrize(
    ("theme", "role"),
    [
        # The figures the issue measured: 6.4:1 and 5.7:1 links, 4.8–6.4:1 Sepia highlights,
        # 6.9:1 in Dark.
        ("Light", "link"),
        ("Sepia", "link"),
        ("Sepia", "highlight important"),
        ("Sepia", "highlight disagree"),
        ("Dark", "highlight important"),
        ("Light", "selection, current find hit, spoken word"),
        ("Dark", "selection, current find hit, spoken word"),
        ("Black on cream", "selection, current find hit, spoken word"),
    ],
)
def test_the_shortfalls_the_issue_found_are_gone(theme, role):
    pairs = {
        name: (text, background) for name, text, background in page_text_pairs(theme_named(theme))
    }
    assert contrast_ratio(*pairs[role]) >= BODY_TEXT_RATIO


def test_every_highlight_category_is_drawn_in_every_theme():
    for theme in THEMES:
        assert set(highlight_colours(theme)) == set(Category)


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: f"{theme.name}-{theme.background}")
@pytest.mark.parametrize("amount", [0.1, 0.3, 0.5, 0.8])
def test_dimming_darkens_backgrounds_and_keeps_text_readable(theme, amount):
    dim = dimmed(theme, amount)
    assert (dim.text, dim.link, dim.highlight_text, dim.selection_text) == (
        theme.text,
        theme.link,
        theme.highlight_text,
        theme.selection_text,
    )
    assert relative_luminance(dim.background) <= relative_luminance(theme.background)
    for role, text, background in page_text_pairs(dim):
        if role.startswith(("highlight ", "focus")):
            continue  # drawn on their own backgrounds, or not text
        assert contrast_ratio(text, background) >= DIMMED_TEXT_RATIO, (role, amount)


@pytest.mark.parametrize("name", ["Light", "Sepia", "Dark", "Black on cream"])
def test_dimming_lowers_the_glare_of_every_page_that_is_not_already_black(name):
    theme = theme_named(name)
    assert relative_luminance(dimmed(theme, 0.8).background) < relative_luminance(theme.background)


def test_dark_text_on_a_light_page_limits_how_far_it_dims():
    light = theme_named("Light")
    dim = dimmed(light, 0.8)
    # Stopped where the links reach 4.5:1, far short of 80 % darker.
    assert contrast_ratio(dim.link, dim.background) == pytest.approx(4.5, abs=0.2)
    assert relative_luminance(dim.background) > 0.5


def test_the_appearance_paints_with_the_dimmed_theme():
    plain = Appearance(theme="Sepia")
    assert plain.theme_colours() == theme_named("Sepia")
    assert plain.changed(dimming=0.5).theme_colours() == dimmed(theme_named("Sepia"), 0.5)


@pytest.mark.parametrize(
    ("text", "background", "ratio"),
    [
        ("#777777", "#ffffff", "4.4"),
        ("#ffffff", "#ff0000", "3.9"),
        ("#00ff00", "#ffffff", "1.3"),
        ("#333333", "#444444", "1.2"),
    ],
)
def test_custom_colours_below_4_5_to_1_are_refused_with_the_ratio_named(text, background, ratio):
    verdict = judge_custom_colours(text, background)
    assert not verdict.accepted
    assert f"{ratio}:1" in verdict.message
    assert "4.5:1" in verdict.message


@pytest.mark.parametrize(
    ("text", "background", "ratio"),
    [("#595959", "#f0f0f0", "6.1"), ("#ffffff", "#0066cc", "5.5"), ("#ffff00", "#806000", "5.4")],
)
def test_custom_colours_below_7_to_1_are_used_with_a_warning(text, background, ratio):
    verdict = judge_custom_colours(text, background)
    assert verdict.accepted
    assert f"{ratio}:1" in verdict.message and "7:1" in verdict.message


@pytest.mark.parametrize(("text", "background"), [("#000000", "#ffffff"), ("#ffff00", "#000080")])
def test_custom_colours_from_7_to_1_are_used_without_a_word(text, background):
    verdict = judge_custom_colours(text, background)
    assert verdict.accepted and verdict.message == ""
