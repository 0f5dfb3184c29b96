import pytest

from reader.core.display.sentence_case import lowercase_ranges


def shown(text: str) -> str:
    """The text as the view shows it (for BMP text, positions are Python indices)."""
    letters = list(text)
    for start, end in lowercase_ranges(text):
        for index in range(start, end):
            letters[index] = letters[index].lower()
    return "".join(letters)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THE FLOODS CAME EVERY SPRING. THEY LEFT THE FIELDS RICH.",
            "The floods came every spring. They left the fields rich.",
        ),
        ("WARNING: DO NOT ENTER THE SITE", "Warning: do not enter the site"),
        ("She said I WILL GO HOME NOW.", "She said I will go home now."),
        ("ÇA VA TRÈS BIEN, MERCI !", "Ça va très bien, merci !"),  # French, accents
        ("ΚΑΛΗ ΜΕΡΑ ΣΤΗΝ ΑΘΗΝΑ", "Καλη μερα στην αθηνα"),  # Greek
        ("ДОБРЫЙ ДЕНЬ ВСЕМ ЧИТАТЕЛЯМ", "Добрый день всем читателям"),  # Cyrillic
        ("IT'S NOT OVER YET", "It's not over yet"),
    ],
)
def test_passages_in_capitals_read_in_sentence_case(text, expected):
    assert shown(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The NGO and UN HCR met in Lahore.",  # two capital words in a row: acronyms
        "Ordinary text in sentence case.",
        "میں نے کتاب پڑھی۔",  # Urdu has no capitals
        "AB 12 CD",  # letters around digits: two words
        "",
    ],
)
def test_acronyms_and_text_without_capital_passages_are_left_alone(text):
    assert lowercase_ranges(text) == [] or shown(text) == text


def test_a_passage_stops_at_a_paragraph_break():
    text = "END OF ONE\u2029NEXT ONE HERE"  # U+2029: how Qt separates paragraphs
    assert shown(text) == "End of one\u2029Next one here"
    assert lowercase_ranges("ONE TWO\u2029THREE") == []  # two words each side: not a passage


def test_positions_count_characters_beyond_the_bmp_twice_as_qt_does():
    text = "😀 THESE ARE CAPITALS"
    # The emoji is one Python character but two Qt positions: "HESE" starts at 4, not 3;
    # nothing but the emoji before it, "THESE" begins the sentence and keeps its T.
    assert lowercase_ranges(text)[0] == (4, 8)
