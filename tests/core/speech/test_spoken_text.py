"""What the engine is given, and the way back to the document's characters."""

import pytest

from reader.core.speech.spoken_text import Replacement, spoken_text


@pytest.mark.parametrize(
    ("source", "said"),
    [
        ("پاکستان میں ۲۰۱۸ میں تحریک شروع ہوئی۔", "پاکستان میں 2018 میں تحریک شروع ہوئی۔"),
        ("عام ٢٠١٨ كان", "عام 2018 كان"),  # Arabic-Indic
        ("वर्ष २०१८ में", "वर्ष 2018 में"),  # Devanagari
        ("বছর ২০১৮ সালে", "বছর 2018 সালে"),  # Bengali
        ("ਸਾਲ ੨੦੧੮", "ਸਾਲ 2018"),  # Gurmukhi
        ("ஆண்டு ௨௦௧௮", "ஆண்டு 2018"),  # Tamil
        ("Rs. ۱٬۵۰۰ اور ۲٫۵ فیصد", "Rs. 1,500 اور 2.5 فیصد"),  # Arabic separators
    ],
)
def test_digits_of_every_script_are_said_as_ascii_digits(source, said):
    assert spoken_text(source).text == said


@pytest.mark.parametrize(
    ("source", "said"),
    [
        ("the ﬁrst ﬂoor", "the first floor"),  # ligatures
        ("Ｒｅａｄｅｒ ２０２６", "Reader 2026"),  # full-width forms
        ("E = mc² and H₂O", "E = mc2 and H2O"),  # superscript and subscript
        ("step ① then ②", "step 1 then 2"),  # circled numbers
        ("ﾃｽﾄ", "テスト"),  # half-width katakana
        ("ﻻ", "لا"),  # an Arabic presentation form
        ("№ 5", "No 5"),
    ],
)
def test_compatibility_characters_are_said_as_what_they_stand_for(source, said):
    assert spoken_text(source).text == said


def test_plain_text_is_said_as_it_is():
    for source in ("Plain English.", "یہ اردو ہے۔", "हिन्दी पाठ", "café crème", "😀 emoji"):
        assert spoken_text(source).text == source


def test_each_spoken_word_maps_back_to_the_documents_characters():
    source = "the ﬁle has Ｒｓ ١٢ and Ｈｉ"
    spoken = spoken_text(source)
    assert spoken.text == "the file has Rs 12 and Hi"
    for word, original in (("file", "ﬁle"), ("Rs", "Ｒｓ"), ("12", "١٢"), ("Hi", "Ｈｉ")):
        start = spoken.text.index(word)
        low, high = spoken.source_range(start, start + len(word))
        assert source[low:high] == original
        assert spoken.spoken_range(low, high) == (start, start + len(word))


def test_a_replaced_range_is_silent_or_said_and_the_rest_keeps_its_place():
    source = "women1 in the US, it.12 Then"
    first = source.index("1")
    second = source.index("12")
    silent = spoken_text(
        source, [Replacement(first, first + 1, ""), Replacement(second, second + 2, "")]
    )
    assert silent.text == "women in the US, it. Then"
    then = silent.text.index("Then")
    assert source[slice(*silent.source_range(then, then + 4))] == "Then"
    said = spoken_text(source, [Replacement(first, first + 1, " (note 1) ")])
    assert said.text == "women (note 1)  in the US, it.12 Then"
    note = said.text.index("note")
    assert said.source_range(note, note + 4) == (first, first + 1)


def test_a_cut_says_the_part_of_the_source_it_covers():
    source = "Ｈｉ ۲۰۱۸ ﬁne"
    start, cut = spoken_text(source).cut(source.index("۲"), len(source))
    assert (start, cut.text, cut.source) == (3, "2018 fine", "۲۰۱۸ ﬁne")
    # A cut inside a ligature takes the whole of it.
    start, cut = spoken_text(source).cut(source.index("ﬁ"), source.index("ﬁ") + 1)
    assert cut.text == "fi"
