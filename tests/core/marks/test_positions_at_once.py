"""The marks of an article are converted to document positions and given their sections at
once (issue 16, goal 4): the same answers as one at a time."""

import pytest

from reader.core.marks.anchoring import DocumentPositions
from reader.core.reading.outline import DocumentOutline, Heading

# Qt counts a character beyond the BMP as two positions; each of these texts has some.
TEXTS = {
    "emoji": "Smile 😀 and again 😀😀 at the end",
    "CJK beyond the BMP": "𠀀 at the start, 𠀁 inside, and 𠀂",
    "Urdu with an emoji": "اردو کا متن 🙂 اور مزید الفاظ 🙂",
    "no astral character": "Plain text, ordinary words",
    # Soft hyphens (hyphenation on) are in the document but not in the text Reader stores.
    "soft hyphens": "hy\u00adphen\u00adation of ex\u00adtra\u00adordi\u00adnary words",
    "soft hyphens and an emoji": "ha\u00adrass\u00adment 😀 re\u00adport\u00aded",
    "French soft hyphens": "{lang=fr} in\u00adter\u00adna\u00adtio\u00adnale",
}


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_to_documents_is_to_document_of_each_index(text):
    positions = DocumentPositions(text)
    indices = list(range(len(positions.text) + 1))
    assert positions.to_documents(indices) == [positions.to_document(i) for i in indices]
    assert positions.to_documents([]) == []


OUTLINE = DocumentOutline(
    (Heading(1, "Title", 0), Heading(2, "پہلا حصہ", 40), Heading(2, "Second", 90)),
    (),
)
NO_HEADING_AT_START = DocumentOutline((Heading(2, "Later", 10),), ())


@pytest.mark.parametrize(
    ("outline", "positions"),
    [
        (OUTLINE, [0, 1, 39, 40, 41, 89, 90, 500]),
        (NO_HEADING_AT_START, [0, 9, 10, 11]),  # before the first heading: no section
        (DocumentOutline((), ()), [0, 5]),
        (OUTLINE, [90, 3, 40]),  # out of order: each on its own
    ],
)
def test_section_texts_is_heading_at_for_each_position(outline, positions):
    expected = [
        heading.text if (heading := outline.heading_at(position)) else "" for position in positions
    ]
    assert outline.section_texts(positions) == expected
