"""The one matching rule of find and library search (reader.core.reading.matching)."""

import pytest

from reader.core.reading.find import Match, find_all
from reader.core.reading.matching import DEFAULT_FOLDING, FoldedText, Folding, contains_words, fold

MARKS_KEPT = Folding(ignore_marks=False)


def found(text: str, query: str, folding: Folding = DEFAULT_FOLDING) -> list[str]:
    """The original text of every match, as highlighted."""
    return [text[start:end] for start, end in FoldedText(text, folding).find_all(query)]


def test_the_issue_case_an_optional_vowel_mark():
    text = "ہم پاکِستان میں رہتے ہیں۔"
    assert find_all(text, "پاکستان") == [Match(3, 11)]
    assert text[3:11] == "پاکِستان"
    # As a setting: with marks kept, the plain spelling is another word.
    assert find_all(text, "پاکستان", ignore_marks=False) == []
    assert find_all(text, "پاکِستان", ignore_marks=False) == [Match(3, 11)]


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("اُس نے کِتاب پڑھی", "کتاب", ["کِتاب"]),  # zer
        ("مُحَمَّد آئے", "محمد", ["مُحَمَّد"]),  # pesh, zabar, shadda
        ("عِلْم اور عمل", "علم", ["عِلْم"]),  # jazm (sukun)
        ("اللہ تعالیٰ", "تعالی", ["تعالیٰ"]),  # khari zabar (superscript alef)
        ("شُكْرًا جزيلاً", "شكرا", ["شُكْرًا"]),  # Arabic tanween
        ("Café au lait, CAFÉ", "cafe", ["Café", "CAFÉ"]),  # Latin accents, any case
        ("Crème brûlée", "creme brulee", ["Crème brûlée"]),
        ("שָׁלוֹם עולם", "שלום", ["שָׁלוֹם"]),  # Hebrew points
    ],
)
def test_optional_marks_are_ignored_by_default(text, query, expected):
    assert found(text, query) == expected


def test_a_match_covers_the_marks_after_its_last_letter():
    text = "پاکِستان"
    assert found(text, "پاک") == ["پاکِ"]  # never splits ک from its zer
    assert found("naïve", "nai") == ["naï"]


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("Café", "cafe\u0301", ["Café"]),  # precomposed é = e + combining acute
        ("Cafe\u0301", "café", ["Cafe\u0301"]),
        ("عَّلی", "ع\u0651\u064eلی", ["عَّلی"]),  # shadda and zabar in either order
        ("Ångström", "A\u030angstro\u0308m", ["Ångström"]),
    ],
)
def test_canonically_equivalent_text_matches_with_marks_kept(text, query, expected):
    assert found(text, query, MARKS_KEPT) == expected


def test_with_marks_kept_a_bare_letter_does_not_match_a_marked_one():
    assert found("café cafe", "cafe", MARKS_KEPT) == ["cafe"]
    assert found("کِتاب کتاب", "کتاب", MARKS_KEPT) == ["کتاب"]
    assert found("אָב אב", "אב", MARKS_KEPT) == ["אב"]


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("علي", "علی"),  # Arabic yeh, Urdu (Farsi) yeh
        ("مستشفى", "مستشفی"),  # alef maksura
        ("كتاب", "کتاب"),  # Arabic kaf, Urdu keheh
        ("الله", "اللہ"),  # Arabic heh, Urdu heh goal
        ("صلاة", "صلاہ"),  # teh marbuta
        ("زکوۃ", "زکوہ"),  # teh marbuta goal
        ("أحمد", "احمد"),  # hamza above alef is an optional mark
        ("إسلام", "اسلام"),  # hamza below
        ("آج", "اج"),  # madda
        ("ٱلرحمن", "الرحمن"),  # alef wasla
    ],
)
def test_letter_variants_readers_type_interchangeably(text, query):
    assert found(text, query) == [text]
    assert found(query, text) == [query]  # both ways round


def test_urdu_letters_of_their_own_stay_apart():
    assert found("بھائی", "بہائی") == []  # do-chashmi heh is not heh goal
    assert found("ہے", "ہی") == []  # yeh barree is not choti yeh
    assert found("میں", "مین") == []  # noon ghunna is not noon


def test_madda_counts_only_when_marks_are_ignored():
    assert found("آج", "اج", MARKS_KEPT) == []


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("Pakistan’s #MeToo", "Pakistan's", ["Pakistan’s"]),
        ("It’s a ‘start’", "it's a 'start'", ["It’s a ‘start’"]),
        ("He said “enough”.", 'said "enough"', ["said “enough”"]),
        ("Hawaiʼi", "hawai'i", ["Hawaiʼi"]),  # modifier letter apostrophe
        ("1947–1971", "1947-1971", ["1947–1971"]),  # en dash
        ("عورت’s حق", "عورت's", ["عورت’s"]),
        ("«Пушкин’s»", "пушкин's", ["Пушкин’s"]),
    ],
)
def test_typographic_quotes_apostrophes_and_dashes_are_the_keyboards(text, query, expected):
    assert found(text, query) == expected


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("PAKISTAN pakistan Pakistan", "pakistan", ["PAKISTAN", "pakistan", "Pakistan"]),
        ("STRASSE Straße", "strasse", ["STRASSE", "Straße"]),  # casefold, not lower
        ("ΣΟΦΊΑ σοφία", "σοφια", ["ΣΟΦΊΑ", "σοφία"]),  # Greek, accent too
        ("МОСКВА Москва", "москва", ["МОСКВА", "Москва"]),
    ],
)
def test_case_is_folded(text, query, expected):
    assert found(text, query) == expected


def test_match_case_keeps_case():
    assert found("Pakistan pakistan", "Pakistan", Folding(match_case=True)) == ["Pakistan"]


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("سن ۲۰۱۸ میں", "2018", ["۲۰۱۸"]),  # Urdu digits
        ("عام ٢٠١٨", "۲۰۱۸", ["٢٠١٨"]),  # Arabic-Indic and Urdu digits
        ("वर्ष २०१८", "2018", ["२०१८"]),  # Devanagari
        ("ﬁnance", "finance", ["ﬁnance"]),  # a ligature
        ("ＰＡＫＩＳＴＡＮ", "pakistan", ["ＰＡＫＩＳＴＡＮ"]),  # full-width forms
        ("ﻛﺘﺎﺏ", "کتاب", ["ﻛﺘﺎﺏ"]),  # Arabic presentation forms, from a PDF
        ("کتاـــب", "کتاب", ["کتاـــب"]),  # kashida
        ("می\u200cخواهم", "میخواهم", ["می\u200cخواهم"]),  # zero-width non-joiner
    ],
)
def test_digits_compatibility_forms_and_invisible_characters(text, query, expected):
    assert found(text, query) == expected


def test_positions_are_exact_after_characters_that_fold_to_several_or_none():
    text = "ﬁ ﬁ پاکِستان ﬁnd پاکِستان"
    matches = FoldedText(text).find_all("پاکستان")
    assert matches == [(4, 12), (17, 25)]
    assert [text[a:b] for a, b in matches] == ["پاکِستان", "پاکِستان"]
    assert FoldedText(text).find_all("find") == [(13, 16)]


def test_find_gives_qt_positions_after_emoji_and_folding():
    text = "😀 پاکِستان"
    assert find_all(text, "پاکستان") == [Match(3, 11)]  # the emoji counts twice in UTF-16


def test_contains_words_for_library_search():
    heading = fold("What #MeToo Means for Pakistan’s Most Marginalised")
    assert contains_words("pakistan's marginalised", heading)
    assert contains_words("پاکستان", fold("پاکِستان میں"))
    assert contains_words("علی كتاب", fold("علي"), fold("کتاب"))
    assert not contains_words("pakistan's nowhere", heading)
