import pytest

from reader.core.display.appearance import Appearance
from reader.core.display.article_settings import (
    ARTICLE_FIELDS,
    overrides_from_json,
    overrides_of,
    overrides_to_json,
    state_key,
    with_overrides,
    without_article_fields,
)

USUAL = Appearance(text_scale=1.25, interface_scale=1.5, reading_ruler=2)


def test_an_articles_settings_are_the_fields_that_differ_from_the_usual_ones():
    shown = USUAL.changed(text_scale=2.0, theme="Sepia", theme_chosen=True)
    overrides = overrides_of(shown, USUAL)
    assert overrides == {"text_scale": 2.0, "theme": "Sepia", "theme_chosen": True}
    assert with_overrides(USUAL, overrides) == shown
    # A later change to the usual settings still reaches the fields the article left alone.
    assert with_overrides(USUAL.changed(line_spacing=2.0), overrides).line_spacing == 2.0


def test_hyphenation_can_be_an_articles_own():
    shown = USUAL.changed(hyphenate=True, justify=True)
    overrides = overrides_of(shown, USUAL)
    assert overrides == {"hyphenate": True, "justify": True}
    assert overrides_from_json(overrides_to_json(overrides)) == overrides
    assert with_overrides(USUAL, overrides) == shown


def test_the_interface_ruler_and_dimming_are_never_an_articles():
    shown = USUAL.changed(interface_scale=3.0, reading_ruler=0, dimming=0.5, text_scale=2.0)
    assert overrides_of(shown, USUAL) == {"text_scale": 2.0}
    usual = without_article_fields(USUAL, shown)
    assert (usual.interface_scale, usual.reading_ruler, usual.dimming) == (3.0, 0, 0.5)
    assert usual.text_scale == 1.25
    assert not {"interface_scale", "reading_ruler", "dimming"} & set(ARTICLE_FIELDS)


def test_overrides_round_trip_through_the_store():
    overrides = {"font_family": "OpenDyslexic", "letter_spacing": 0.12, "justify": True}
    assert overrides_from_json(overrides_to_json(overrides)) == overrides
    assert state_key("how-to-use-reader") == "article_display:how-to-use-reader"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (None, {}),
        ("", {}),
        ("{broken", {}),
        ("[1, 2]", {}),
        ('{"text_scale": "huge", "theme": "Dark"}', {"theme": "Dark"}),
        ('{"text_scale": 99, "line_spacing": 2.0}', {"line_spacing": 2.0}),  # out of range
        ('{"interface_scale": 3.0, "justify": true}', {"justify": True}),  # not an article's
        ('{"theme": "Neon", "font_weight": "bold"}', {"font_weight": "bold"}),
    ],
)
def test_unusable_stored_values_are_left_out(text, kept):
    assert overrides_from_json(text) == kept
