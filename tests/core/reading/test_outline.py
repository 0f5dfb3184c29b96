import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles.rendering import markdown_to_html
from reader.core.reading.outline import anchor_position, outline_of

pytestmark = pytest.mark.usefixtures("qapp")

ARTICLE = """
# One

Intro paragraph.

## One point one

- item a
- item b

## One point two

Text.[^n]

# Two

Last paragraph.

[^n]: A note.
"""


@pytest.fixture
def document() -> QTextDocument:
    document = QTextDocument()
    document.setHtml(markdown_to_html(ARTICLE))
    return document


def test_headings_are_found_with_levels_and_positions(document):
    outline = outline_of(document)
    assert [(h.level, h.text) for h in outline.headings] == [
        (1, "One"), (2, "One point one"), (2, "One point two"), (1, "Two"),
    ]  # fmt: skip
    text = document.toRawText()
    for heading in outline.headings:
        assert text[heading.position :].startswith(heading.text)


def test_next_previous_and_current_heading(document):
    outline = outline_of(document)
    _, one_one, one_two, two = outline.headings
    assert outline.next_heading(0) == one_one
    assert outline.next_heading(one_two.position) == two
    assert outline.next_heading(two.position) is None
    assert outline.previous_heading(two.position) == one_two
    assert outline.previous_heading(0) is None
    assert outline.heading_at(one_one.position + 3) == one_one
    assert outline.heading_at(document.characterCount() - 1) == two


def test_paragraphs_include_list_items(document):
    outline = outline_of(document)
    text = document.toRawText()
    starts = [text[p : p + 6] for p in outline.paragraph_starts]
    assert starts[:4] == ["One\u2029In", "Intro ", "One po", "item a"]
    second = outline.paragraph_starts[1]
    assert outline.next_paragraph(second) == outline.paragraph_starts[2]
    assert outline.previous_paragraph(second) == outline.paragraph_starts[0]
    assert outline.previous_paragraph(0) is None
    assert outline.next_paragraph(outline.paragraph_starts[-1]) is None


def test_tree_nests_by_level(document):
    tree = outline_of(document).tree()
    assert [node.heading.text for node in tree] == ["One", "Two"]
    assert [node.heading.text for node in tree[0].children] == ["One point one", "One point two"]


def test_anchor_positions(document):
    text = document.toRawText()
    assert text[anchor_position(document, "one-point-two") :].startswith("One point two")
    assert text[anchor_position(document, "fn:n") :].startswith("A note.")
    assert anchor_position(document, "nowhere") is None
