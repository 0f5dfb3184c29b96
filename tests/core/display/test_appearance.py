import dataclasses
import json

import pytest

from reader.core.display.appearance import (
    FIELD_RANGES,
    FONT_WEIGHTS,
    PRESETS,
    THEME_NAMES,
    Appearance,
    following_system,
    with_preset,
)
from reader.core.display.themes import BUILT_IN_THEMES, custom_theme, theme_named

DEFAULTS = Appearance()


def test_the_defaults():
    assert DEFAULTS.to_dict() == {
        "text_scale": 1.0,
        "font_family": "Noto Sans",
        "font_weight": "normal",
        "line_spacing": 1.5,
        "paragraph_spacing": 1.0,
        "letter_spacing": 0.0,
        "word_spacing": 0.0,
        "column_characters": 80,
        "justify": False,
        "hyphenate": False,
        "plain_styling": False,
        "sentence_case": False,
        "show_footnotes": True,
        "show_pictures": True,
        "show_note_markers": True,
        "theme": "Light",
        "theme_chosen": False,
        "custom_text": "#000000",
        "custom_background": "#ffffff",
        "reading_ruler": 0,
        "dimming": 0.0,
        "interface_scale": 1.0,
        "language": "",
    }


def test_every_numeric_field_has_a_range_that_holds_its_default():
    numeric = {field.name for field in dataclasses.fields(Appearance) if field.type in (int, float)}
    assert set(FIELD_RANGES) == numeric
    for name, (low, high) in FIELD_RANGES.items():
        assert low <= getattr(DEFAULTS, name) <= high, name
    assert FIELD_RANGES["text_scale"] == (0.5, 4.0)
    assert FIELD_RANGES["reading_ruler"] == (0, 5)
    assert FIELD_RANGES["dimming"] == (0.0, 0.8)


def test_a_round_trip_through_json_keeps_every_value():
    appearance = Appearance(
        text_scale=2.5,
        font_family="OpenDyslexic",
        font_weight="bold",
        line_spacing=2.2,
        paragraph_spacing=0.0,
        letter_spacing=0.12,
        word_spacing=0.16,
        column_characters=45,
        justify=True,
        theme="Custom",
        custom_text="#222222",
        custom_background="#fdf6e3",
        reading_ruler=3,
        dimming=0.4,
        interface_scale=1.75,
    )
    assert Appearance.from_dict(json.loads(json.dumps(appearance.to_dict()))) == appearance


@pytest.mark.parametrize(
    ("name", "given", "kept"),
    [
        ("text_scale", 10, 4.0),
        ("text_scale", 0.1, 0.5),
        ("line_spacing", 0.5, 1.0),
        ("line_spacing", 3.5, 3.0),
        ("paragraph_spacing", -1, 0.0),
        ("paragraph_spacing", 9.0, 4.0),
        ("letter_spacing", 0.9, 0.5),
        ("word_spacing", -0.2, 0.0),
        ("word_spacing", 2, 1.0),
        ("column_characters", 5, 30),
        ("column_characters", 1000, 200),
        ("column_characters", 60.0, 60),  # a whole number written as a float
        ("reading_ruler", 9, 5),
        ("reading_ruler", -1, 0),
        ("dimming", 1.0, 0.8),
        ("interface_scale", 0.1, 0.5),
        ("interface_scale", 7, 3.0),
        # Integers too large for a float (found by tests/core/test_fuzz.py) are clamped too.
        ("text_scale", 10**400, 4.0),
        ("dimming", -(10**400), 0.0),
        ("column_characters", 10**400, 200),
        ("reading_ruler", -(2**1100), 0),
    ],
)
def test_numbers_are_clamped_to_their_ranges(name, given, kept):
    appearance = Appearance.from_dict({name: given})
    value = getattr(appearance, name)
    assert value == kept
    assert type(value) is type(getattr(DEFAULTS, name))


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("text_scale", "2.0"),
        ("text_scale", None),
        ("text_scale", True),  # a bool is not a number here
        ("text_scale", float("nan")),
        ("text_scale", float("inf")),
        ("text_scale", [2.0]),
        ("column_characters", 60.5),
        ("column_characters", "60"),
        ("reading_ruler", False),
        ("justify", 1),
        ("justify", "yes"),
        ("font_family", 12),
        ("font_family", "   "),
        ("font_weight", "heavy"),
        ("font_weight", "Bold"),
        ("theme", "Solarized"),
        ("theme", "light"),
        ("theme", None),
        ("custom_text", "black"),
        ("custom_text", "#12345"),
        ("custom_background", 0xFFFFFF),
    ],
)
def test_an_unusable_value_falls_back_to_its_default_and_keeps_the_others(name, given):
    others = {"text_scale": 1.5, "theme": "Dark", "reading_ruler": 2}
    appearance = Appearance.from_dict({**others, name: given})
    assert getattr(appearance, name) == getattr(DEFAULTS, name)
    for other, value in others.items():
        if other != name:
            assert getattr(appearance, other) == value


def test_valid_text_values_are_accepted():
    appearance = Appearance.from_dict(
        {
            "font_weight": "medium",
            "theme": "Yellow on black",
            "font_family": "Noto Serif",
            "custom_text": "#ABC",
            "custom_background": "#FDF6E3",
        }
    )
    assert appearance.font_weight == "medium"
    assert appearance.theme == "Yellow on black"
    assert appearance.font_family == "Noto Serif"
    assert (appearance.custom_text, appearance.custom_background) == ("#aabbcc", "#fdf6e3")


def test_every_theme_and_weight_name_is_accepted():
    assert (*(theme.name for theme in BUILT_IN_THEMES), "Custom") == THEME_NAMES
    for name in THEME_NAMES:
        assert Appearance.from_dict({"theme": name}).theme == name
    for weight in FONT_WEIGHTS:
        assert Appearance.from_dict({"font_weight": weight}).font_weight == weight


@pytest.mark.parametrize("data", [None, [], "text", 3, [("text_scale", 2.0)]])
def test_anything_but_a_dict_gives_the_defaults(data):
    assert Appearance.from_dict(data) == DEFAULTS


def test_unknown_keys_are_ignored():
    appearance = Appearance.from_dict({"text_scale": 2.0, "sparkles": True, 7: "x"})
    assert appearance == Appearance(text_scale=2.0)


def test_changed_checks_like_from_dict_and_keeps_the_rest():
    base = Appearance(theme="Sepia", line_spacing=2.0)
    changed = base.changed(text_scale=9, font_weight="heavy", justify=True)
    assert changed.text_scale == 4.0
    assert changed.font_weight == "normal"
    assert changed.justify is True
    assert (changed.theme, changed.line_spacing) == ("Sepia", 2.0)
    assert base.text_scale == 1.0  # frozen: the original is untouched
    with pytest.raises(TypeError, match="sparkles"):
        base.changed(sparkles=True)


def test_theme_colours_are_the_built_in_theme_or_the_readers_own():
    assert Appearance(theme="Sepia").theme_colours() == theme_named("Sepia")
    custom = Appearance(theme="Custom", custom_text="#222222", custom_background="#fdf6e3")
    assert custom.theme_colours() == custom_theme("#222222", "#fdf6e3")
    assert custom.theme_colours().name == "Custom"


def test_the_presets():
    assert list(PRESETS) == ["Large print", "High contrast, large", "Dyslexia-friendly"]
    assert PRESETS["Large print"] == {
        "text_scale": 2.0,
        "line_spacing": 1.8,
        "paragraph_spacing": 1.5,
        "column_characters": 60,
        "font_weight": "medium",
    }
    assert PRESETS["High contrast, large"] == {
        "theme": "High contrast",
        "text_scale": 2.0,
        "font_weight": "bold",
        "line_spacing": 1.8,
    }
    assert PRESETS["Dyslexia-friendly"] == {
        "font_family": "OpenDyslexic",
        "theme": "Black on cream",
        "letter_spacing": 0.12,
        "word_spacing": 0.16,
        "line_spacing": 2.0,
        "paragraph_spacing": 2.0,
        "column_characters": 60,
        "justify": False,
    }


@pytest.mark.parametrize("name", list(PRESETS))
def test_a_preset_changes_only_the_fields_it_names(name):
    base = Appearance(
        text_scale=1.25,
        font_family="Noto Serif",
        justify=True,
        theme="Dark",
        reading_ruler=2,
        dimming=0.3,
        interface_scale=1.5,
        custom_text="#111111",
    )
    result = with_preset(base, name)
    before, after = base.to_dict(), result.to_dict()
    for field, value in after.items():
        if field in PRESETS[name]:
            assert value == PRESETS[name][field], field
        else:
            assert value == before[field], field
    assert Appearance.from_dict(after) == result  # every preset value is within range


def test_an_unknown_preset_is_a_key_error():
    with pytest.raises(KeyError):
        with_preset(DEFAULTS, "Extra large")


def test_until_a_theme_is_chosen_the_systems_dark_or_high_contrast_setting_picks_it():
    base = Appearance(text_scale=1.5)
    assert following_system(base, dark=False, high_contrast=False) == base
    assert following_system(base, dark=True, high_contrast=False).theme == "Dark"
    assert following_system(base, dark=True, high_contrast=True).theme == "High contrast"
    assert following_system(base, dark=False, high_contrast=True).theme == "High contrast"
    assert following_system(base, dark=True, high_contrast=False).text_scale == 1.5
    # Back again when the system changes back: the followed theme is not a choice.
    dark = following_system(base, dark=True, high_contrast=False)
    assert following_system(dark, dark=False, high_contrast=False).theme == "Light"
    assert not dark.theme_chosen


@pytest.mark.parametrize("theme", ["Light", "Sepia", "Yellow on black", "Custom"])
def test_a_chosen_theme_is_kept_whatever_the_system_asks(theme):
    chosen = Appearance(theme=theme, theme_chosen=True)
    for dark, high_contrast in [(False, False), (True, False), (False, True), (True, True)]:
        assert following_system(chosen, dark=dark, high_contrast=high_contrast) == chosen
