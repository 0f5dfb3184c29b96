import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles.rendering import markdown_to_html
from reader.core.language.parts import mark_language_parts
from reader.core.reading.structure import Kind, structure_of

pytestmark = pytest.mark.usefixtures("qapp")

ARTICLE = """# Title

Para with [a link](https://example.org) and ![A boat at dawn](pic.png) and a note[^n].

## Section

> quoted text

```
code line 1
code line 2
```

1. one
2. two
    - nested a
    - nested b
3. three

| Key | Moves to |
| --- | --- |
| H | the next heading |
| P | the next paragraph |

اردو کا پیرا [ربط](https://example.org/ur)

[^n]: The note.
"""


def structure(markdown: str):
    document = QTextDocument()
    document.setHtml(markdown_to_html(markdown))
    return document, structure_of(document)


def shape(node, depth=0):
    """(depth, kind, text) for every node below the root, in document order."""
    rows = [] if depth == 0 else [(depth, node.kind, node.text)]
    for child in node.children:
        rows += shape(child, depth + 1)
    return rows


@pytest.fixture
def article():
    return structure(ARTICLE)


def test_headings_carry_their_levels(article):
    _, tree = article
    headings = [(n.level, n.text) for n in tree.root.walk() if n.kind == Kind.HEADING]
    assert headings == [(1, "Title"), (2, "Section")]


def test_blocks_become_nodes_in_document_order(article):
    _, tree = article
    top = [(n.kind, n.text) for n in tree.root.children]
    assert top[:5] == [
        (Kind.HEADING, "Title"),
        (Kind.PARAGRAPH, "Para with a link and and a note1."),
        (Kind.HEADING, "Section"),
        (Kind.QUOTE, "quoted text"),
        (Kind.CODE, "code line 1\ncode line 2"),  # one node, not a node per line
    ]
    assert [n.kind for n in tree.root.children[5:]] == [
        Kind.LIST,
        Kind.TABLE,
        Kind.PARAGRAPH,
        Kind.LIST,  # the footnotes
    ]


def test_list_items_have_their_number_or_bullet_and_place_and_lists_nest(article):
    _, tree = article
    numbered = tree.root.children[5]
    assert (numbered.level, numbered.count) == (1, 3)
    assert [(item.text, item.index) for item in numbered.children] == [
        ("1. one", 1),
        ("2. two", 2),
        ("3. three", 3),
    ]
    nested = numbered.children[1].children[0]
    assert nested.kind == Kind.LIST and nested.level == 2 and nested.count == 2
    assert [item.text for item in nested.children] == ["• nested a", "• nested b"]


def test_tables_have_rows_columns_headers_and_cells(article):
    _, tree = article
    table = tree.root.children[6]
    assert (table.rows, table.columns) == (3, 2)
    cells = [(c.row, c.column, c.header, c.text) for row in table.children for c in row.children]
    assert cells == [
        (0, 0, True, "Key"),
        (0, 1, True, "Moves to"),
        (1, 0, False, "H"),
        (1, 1, False, "the next heading"),
        (2, 0, False, "P"),
        (2, 1, False, "the next paragraph"),
    ]
    assert table.children[1].text == "H, the next heading"


def test_links_images_and_footnote_references_are_nodes_of_their_paragraph(article):
    document, tree = article
    paragraph = tree.root.children[1]
    inline = [(n.kind, n.text, n.target) for n in paragraph.children]
    assert inline == [
        (Kind.LINK, "a link", "https://example.org"),
        (Kind.IMAGE, "A boat at dawn", ""),  # named by its alt text
        (Kind.FOOTNOTE_REFERENCE, "1", "#fn:n"),
    ]
    link = paragraph.children[0]
    assert document.toRawText()[link.start : link.end] == "a link"
    urdu_link = tree.root.children[7].children[0]
    assert (urdu_link.kind, urdu_link.text) == (Kind.LINK, "ربط")


def test_the_node_at_a_position_is_the_innermost_block_holding_it(article):
    document, tree = article
    text = document.toRawText()
    for words, expected in (
        ("Title", "Title"),
        ("a link", "Para with a link and and a note1."),
        ("nested b", "• nested b"),
        ("the next heading", "the next heading"),
        ("پیرا", "اردو کا پیرا ربط"),
    ):
        node = tree.node_at(text.index(words) + 1)
        assert node is not None and node.text == expected, words


def test_links_after_and_before_the_caret(article):
    document, tree = article
    text = document.toRawText()
    caret = text.index("quoted")
    assert tree.next_link(caret).text == "ربط"
    assert tree.previous_link(caret).text == "1"
    assert tree.next_link(0).text == "a link"
    inside_first = tree.links[0].start + 1
    assert tree.previous_link(inside_first) is None  # not the link the caret is in
    assert tree.next_link(tree.links[-1].start) is None


def test_bundled_article_keeps_its_table_and_lists():
    from tests.conftest import BUNDLED_ARTICLES

    text = (BUNDLED_ARTICLES / "how-to-use-reader.md").read_text(encoding="utf-8")
    _, tree = structure(text.split("---", 2)[2])
    kinds = {node.kind for node in tree.root.walk()}
    assert {Kind.HEADING, Kind.LIST, Kind.ITEM, Kind.TABLE, Kind.CELL} <= kinds
    table = next(n for n in tree.root.walk() if n.kind == Kind.TABLE)
    assert table.children[0].text == "Key, Moves to"


@pytest.mark.parametrize(
    "markdown, alt",
    [
        ("![A boat at dawn](boat.png)", "A boat at dawn"),
        ("![کشتی صبح کے وقت](boat.png)", "کشتی صبح کے وقت"),
        ("[![Map of Lahore](map.png)](https://example.org/map)", "Map of Lahore"),
    ],
)
def test_an_image_alone_is_a_node_of_its_own_not_an_empty_paragraph(markdown, alt):
    _, tree = structure(f"Before.\n\n{markdown}\n\nAfter.")
    kinds = [(node.kind, node.text) for node in tree.root.children]
    assert kinds[0] == (Kind.PARAGRAPH, "Before.") and kinds[-1] == (Kind.PARAGRAPH, "After.")
    assert (Kind.IMAGE, alt) in kinds
    assert (Kind.PARAGRAPH, "") not in kinds


def test_a_right_to_left_list_item_has_its_number_in_reading_order():
    """Qt gives a right-to-left item's number in display order (".1"); a screen reader
    and read-aloud both need "1." (reader.core.reading.structure.item_number)."""
    document = QTextDocument()
    items = markdown_to_html("1. پہلا\n2. دوسرا")
    document.setHtml(f'<div dir="rtl">{items}</div>')
    texts = [text for _, kind, text in shape(structure_of(document).root) if kind == Kind.ITEM]
    assert texts == ["1. پہلا", "2. دوسرا"]


def marked(markdown: str, language: str = "en"):
    """The structure of an article in `language` whose {lang=..} parts are marked, as the
    app renders them (reader.core.language.parts)."""
    document = QTextDocument()
    page = f'<div lang="{language}">{markdown_to_html(markdown)}</div>'
    document.setHtml(mark_language_parts(page, language))
    return structure_of(document, language)


def languages(tree) -> list[tuple[Kind, str, str]]:
    return [(node.kind, node.text, node.language) for node in tree.root.walk()][1:]


@pytest.mark.parametrize(
    "markdown, language, part, part_language",
    [
        ("Intro.\n\nیہ اردو کا پیرا ہے۔\n{lang=ur}\n\nEnd.", "en", "یہ اردو کا پیرا ہے۔", "ur"),
        ("Intro.\n\nयह हिंदी है।\n{lang=hi}\n\nEnd.", "en", "यह हिंदी है।", "hi"),
        ("تعارف۔\n\nThis part is English.\n{lang=en}\n\nآخر۔", "ur", "This part is English.", "en"),
        ("Intro.\n\n## اردو سرخی {lang=ur}\n\nEnd.", "en", "اردو سرخی", "ur"),
    ],
)
def test_a_block_in_another_language_carries_it_and_its_neighbours_the_articles(
    markdown, language, part, part_language
):
    """Issue 18: a screen reader learns each node's language (to switch voice)."""
    nodes = languages(marked(markdown, language))
    assert [(text, tag) for _, text, tag in nodes] == [
        (nodes[0][1], language),
        (part, part_language),
        (nodes[2][1], language),
    ]


@pytest.mark.parametrize(
    "markdown, link, link_language",
    [
        ("She read [پاکستان کا نقشہ](#map){lang=ur} twice.", "پاکستان کا نقشہ", "ur"),
        ("She read [भारत का नक्शा](#map){lang=hi} twice.", "भारत का नक्शा", "hi"),
        ("She said *شکریہ*{lang=ur} and read [the map](#map).", "the map", "en"),
    ],
)
def test_a_link_keeps_its_whole_name_and_its_own_language(markdown, link, link_language):
    """A link in another language is opened by a language marker (an empty span), after
    which Qt no longer counts its letters as an anchor: its name once kept one letter."""
    nodes = languages(marked(markdown))
    assert nodes[0][0] == Kind.PARAGRAPH and nodes[0][2] == "en"  # mostly English
    assert nodes[1] == (Kind.LINK, link, link_language)


def test_a_list_row_or_table_is_in_its_childrens_language_when_they_share_one():
    tree = marked(
        "- پہلا\n{lang=ur}\n- دوسرا\n{lang=ur}\n\nBetween.\n\n- one\n- دو\n{lang=ur}\n\n"
        "| Name | City |\n|---|---|\n| Amna | Lahore |\n"
    )
    kinds = (Kind.DOCUMENT, Kind.LIST, Kind.TABLE, Kind.ROW)
    containers = [(n.kind, n.language) for n in tree.root.walk() if n.kind in kinds]
    assert containers == [
        (Kind.DOCUMENT, "en"),
        (Kind.LIST, "ur"),
        (Kind.LIST, "en"),  # mixed: the article's
        (Kind.TABLE, "en"),
        (Kind.ROW, "en"),
        (Kind.ROW, "en"),
    ]


def test_without_the_articles_language_nodes_have_none():
    _, tree = structure("Intro.\n\n- one")
    assert {node.language for node in tree.root.walk()} == {""}


@pytest.mark.parametrize(
    "markdown, language, codes",
    [
        ("Run:\n\n```\n$ make\n```\n\n```\nok\n```\n\nAfter.", "en", ["$ make", "ok"]),
        (
            "```\none = 1\n```\n\n```\ntwo = 2\n\nstill two\n```\n\n    three = 3\n",
            "en",
            ["one = 1", "two = 2\nstill two", "three = 3"],
        ),
        ("- item\n\n```\nafter the list\n```\n\n```\nnext\n```", "en", ["after the list", "next"]),
        ("چلائیں:\n\n```\n$ make\n```\n\n```\nok\n```\n\nآخر۔", "ur", ["$ make", "ok"]),
        ("```\n\nafter an empty line\n```\n\n```\nb\n```", "en", ["after an empty line", "b"]),
    ],
)
def test_code_blocks_in_a_row_are_separate_nodes(markdown, language, codes):
    """Issue 18: Qt merges adjacent <pre> blocks into one run of lines; the space above a
    code block's first line (structure.starts_code_block, read-aloud's rule too) parts them."""
    tree = marked(markdown, language)
    assert [node.text for node in tree.root.walk() if node.kind == Kind.CODE] == codes


def test_highlights_are_nodes_in_the_block_where_they_start_among_its_links():
    document, tree = structure(
        "Read [the map](#map) and the key.\n\nیہ اردو کا پیرا ہے۔\n\n"
        "| Name | City |\n|---|---|\n| Amna | Lahore |\n"
    )
    text = document.toPlainText()
    at = text.index
    removed = tree.set_highlights(
        document,
        [
            (at("the key"), at("the key") + len("the key"), "idea", ""),
            (at("Read"), at("Read") + 4, "important", ""),
            (at("اردو"), at("اردو") + len("اردو کا"), "question", ""),
            (at("Lahore"), at("Lahore") + len("Lahore"), "disagree", ""),
        ],
    )
    assert removed == []
    paragraph = tree.root.children[0]
    assert [(n.kind, n.text, n.category) for n in paragraph.children] == [
        (Kind.HIGHLIGHT, "Read", "important"),
        (Kind.LINK, "the map", ""),
        (Kind.HIGHLIGHT, "the key", "idea"),
    ]
    urdu = tree.root.children[1].children[0]
    assert (urdu.kind, urdu.text, urdu.category) == (Kind.HIGHLIGHT, "اردو کا", "question")
    cell = tree.node_at(at("Lahore"))
    assert [(n.kind, n.text) for n in cell.children] == [(Kind.HIGHLIGHT, "Lahore")]
    # Replaced: the old nodes leave the tree.
    old = list(tree.highlights)
    assert tree.set_highlights(document, [(0, 4, "idea", "")]) == old
    kinds = [node.kind for node in tree.root.walk()]
    assert kinds.count(Kind.HIGHLIGHT) == 1 and tree.highlights[0].parent is paragraph


def test_a_note_is_a_node_of_its_own_under_its_highlight():
    """Issue 18: a note marker is a node a screen reader can reach and read; in any
    script, its words as the reader wrote them (runs of space as one)."""
    document, tree = structure("Read the key.\n\nیہ اردو کا پیرا ہے۔\n\n- first\n- second\n")
    text = document.toPlainText()
    at = text.index
    notes = {
        "key": "Check   this\nagain",
        "اردو": "یہ نوٹ اردو میں ہے",
        "second": "A **note** in a list",
    }
    tree.set_highlights(
        document,
        [(at(word), at(word) + len(word), "idea", note) for word, note in notes.items()]
        + [(at("Read"), at("Read") + 4, "important", "")],
    )
    found = {
        node.text: [(child.kind, child.text, child.start, child.end) for child in node.children]
        for node in tree.highlights
    }
    assert found == {
        "Read": [],
        "key": [(Kind.NOTE, "Check this again", at("key"), at("key") + 3)],
        "اردو": [(Kind.NOTE, "یہ نوٹ اردو میں ہے", at("اردو"), at("اردو") + 4)],
        "second": [(Kind.NOTE, "A **note** in a list", at("second"), at("second") + 6)],
    }
    notes_before = [child for node in tree.highlights for child in node.children]
    removed = tree.set_highlights(document, [])
    assert all(note in removed for note in notes_before)
    assert Kind.NOTE not in [node.kind for node in tree.root.walk()]
