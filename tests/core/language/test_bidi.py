import pytest

from reader.core.language.bidi import strip_bidi_controls


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("\u202eReversed title", "Reversed title"),  # the case: RLO
        ("Safe \u202dforced\u202c order", "Safe forced order"),  # LRO ... PDF
        ("\u202bاردو\u202c title", "اردو title"),  # an embedding left in
        ("\u2067مضمون\u2069 and \u2066text\u2069", "مضمون and text"),  # isolates
        ("\u2068first strong\u2069", "first strong"),  # FSI
    ],
)
def test_explicit_bidi_controls_are_taken_out(shown, expected):
    assert strip_bidi_controls(shown) == expected


@pytest.mark.parametrize(
    "kept",
    ["Plain title", "پاکستان کی کہانی", "C\u200fD", "\u061cاردو", "ਲੇਖ 2018", ""],
)
def test_text_without_explicit_controls_is_unchanged(kept):
    """The implicit marks (RLM, ALM) order nothing by themselves and are kept."""
    assert strip_bidi_controls(kept) == kept
