"""BCP 47: likely scripts, directions and matching, from CLDR through QLocale and langcodes."""

import re

import pytest

from reader.core.language import tags
from reader.core.language.tags import (
    is_right_to_left,
    language_distance,
    language_for_script,
    likely_script,
    native_language_name,
    same_language,
)


@pytest.mark.parametrize(
    ("tag", "script", "right_to_left"),
    [
        ("pa-PK", "Arab", True),  # Punjabi in Pakistan: Shahmukhi
        ("pa", "Guru", False),  # in India: Gurmukhi
        ("sd-IN", "Deva", False),  # Sindhi in India: Devanagari
        ("sd", "Arab", True),
        ("ks-Deva", "Deva", False),
        ("ur-Latn", "Latn", False),  # Roman Urdu
        ("skr", "Arab", True),  # Saraiki: not in QLocale, found by langcodes
        ("brh", "Arab", True),  # Brahui
        ("khw", "Arab", True),  # Khowar
        ("dv", "Thaa", True),  # Thaana
        ("he", "Hebr", True),
        ("zh", "Hans", False),
        ("zh-TW", "Hant", False),
    ],
)
def test_script_and_direction_come_from_cldr(tag, script, right_to_left):
    assert likely_script(tag) == script
    assert is_right_to_left(tag) is right_to_left


@pytest.mark.parametrize(
    ("wanted", "offered"),
    [("zh", "cmn"), ("zh", "zh-cmn"), ("no", "nb"), ("ms", "zsm"), ("fa", "pes"), ("ar", "arb")],
)
def test_a_macrolanguage_and_its_member_are_one_language(wanted, offered):
    assert language_distance(wanted, offered) <= 1  # nb is written for no, at distance 1
    assert same_language(offered, wanted)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("pa-PK", "pa", True),  # another script, still Punjabi
        ("ur-Latn", "ur", True),
        ("en-US", "en-gb", True),
        ("zh", "yue", False),  # Cantonese is not what "zh" asks for
        ("ur", "hi", False),
        ("pnb", "pa", False),
        ("not a tag!", "en", False),
    ],
)
def test_other_languages_do_not_match(first, second, same):
    assert same_language(first, second) is same


@pytest.mark.parametrize(
    ("script", "language"),
    [("Deva", "hi"), ("Cyrl", "ru"), ("Hani", "zh"), ("Beng", "bn"), ("Grek", "el")],
)
def test_a_script_means_its_likeliest_language(script, language):
    assert language_for_script(script) == language


@pytest.mark.parametrize(
    ("tag", "name"),
    [("ur", "اردو"), ("ur-PK", "اردو"), ("ur_IN", "اردو"), ("en", "English"),
     ("en-GB", "British English"), ("es", "español"), ("sd", "سنڌي"), ("pa", "ਪੰਜਾਬੀ"),
     ("pa-Arab", "پنجابی"), ("xx", "xx"), ("not a tag", "not a tag")],
)  # fmt: skip
def test_a_language_is_named_in_itself(tag, name):
    assert native_language_name(tag) == name


@pytest.mark.parametrize(
    "tag",
    ["ur-PK", "ur_PK", "es-419", "sd-Deva-IN", "zh-Hant-TW", "pa-Arab", "en-gb", "EN", "iw",
     "de-CH-1996", "en-US-x-twain", "ur-Latn"],
)  # fmt: skip
def test_a_plain_tag_is_named_as_langcodes_reads_it(tag, monkeypatch):
    """A plain tag's region is read without langcodes (slow to load at start-up); the
    name is the one langcodes' parse gives."""
    named = native_language_name(tag)
    monkeypatch.setattr(tags, "_PLAIN_TAG", re.compile(r"(?!)"))  # langcodes for every tag
    assert native_language_name(tag) == named
