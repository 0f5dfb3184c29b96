"""The article view's links by keyboard, and its structure as accessible interfaces."""

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible, QColor, QTextCharFormat
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from reader.core.articles.article import ArticleMeta, RenderedArticle
from reader.core.articles.rendering import markdown_to_html
from reader.core.language.parts import mark_language_parts
from reader.ui.reading.article_view import ArticleView, TextSpan

ARTICLE = """# Links

Before [one](https://example.org/1) middle [two](https://example.org/2).

## Later

A long paragraph after the links, with [three](#later) in it.

| A | B |
| --- | --- |
| ربط | [چار](https://example.org/4) |
"""


@pytest.fixture
def view(qtbot):
    holder = QWidget()
    layout = QVBoxLayout(holder)
    view = ArticleView()
    after = QLineEdit()  # where Tab goes past the last link
    layout.addWidget(view)
    layout.addWidget(after)
    qtbot.addWidget(holder)
    holder.resize(700, 500)
    holder.show()
    meta = ArticleMeta("links", Path("/nonexistent/links.md"), "Links")
    view.show_article(RenderedArticle(meta, markdown_to_html(ARTICLE)))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.after = after
    yield view
    holder.close()  # the holder lives as long as the test


def selected(view: ArticleView) -> str:
    return view.textCursor().selectedText()


def test_tab_goes_to_the_next_link_after_the_caret_not_from_the_top(view, qtbot):
    view.move_caret_to(view.plain_text().index("middle"))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert selected(view) == "two"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert selected(view) == "three"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert selected(view) == "چار"  # in a table cell, in another script


def test_shift_tab_goes_to_the_previous_link_before_the_caret(view, qtbot):
    view.move_caret_to(view.plain_text().index("A long"))
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert selected(view) == "two"
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert selected(view) == "one"


def test_past_the_last_link_tab_leaves_the_article(view, qtbot):
    view.move_caret_to(view.document().characterCount() - 1)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(view.after.hasFocus)


def test_enter_follows_the_link_tab_reached(view, qtbot):
    view.move_caret_to(0)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    with qtbot.waitSignal(view.externalLinkRequested) as followed:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert followed.args[0].toString() == "https://example.org/1"


def test_the_viewport_is_a_document_of_nodes_with_roles_levels_and_actions(view):
    QAccessible.setActive(True)
    document = QAccessible.queryAccessibleInterface(view.viewport())
    assert document.role() == QAccessible.Role.Document
    children = [document.child(i) for i in range(document.childCount())]
    roles = [(child.role(), child.text(QAccessible.Text.Name)) for child in children]
    assert roles[0] == (QAccessible.Role.Heading, "Links")
    heading = children[0].attributesInterface()
    assert heading.attributeValue(QAccessible.Attribute.Level) == 1
    words = children[0].textInterface()  # a heading's words, where Orca 48 reads them
    assert (words.text(0, -1), words.text(1, 3), words.characterCount()) == ("Links", "in", 5)
    assert children[1].textInterface() is None  # a paragraph is read by its name
    paragraph = children[1]
    link = paragraph.child(0)
    assert (link.role(), link.text(QAccessible.Text.Name)) == (QAccessible.Role.Link, "one")
    assert link.actionInterface().actionNames() == ["Press"]
    assert paragraph.indexOfChild(paragraph.child(1)) == 1
    table = next(child for child in children if child.role() == QAccessible.Role.Table)
    cell = table.child(1).child(1)
    assert cell.text(QAccessible.Text.Name) == "چار"
    position = cell.tableCellInterface()
    assert (position.rowIndex(), position.columnIndex()) == (1, 1)
    assert document.rect().contains(children[0].rect())


@pytest.mark.parametrize(
    "language, markdown, expected",
    [
        ("ur", "اردو کا پیرا۔\n\nEnglish inside.\n{lang=en}", ["ur_PK", "ur_PK", "en_US"]),
        ("en", "An English paragraph.\n\nयह हिंदी है।\n{lang=hi}", ["en_US", "en_US", "hi_IN"]),
        ("pa-PK", "پنجابی۔\n\nاردو۔\n{lang=ur}", ["pa_PK", "pa_PK", "ur_PK"]),
        ("pnb", "پنجابی۔\n\nاردو۔\n{lang=ur}", [None, None, "ur_PK"]),  # unknown to QLocale
    ],
)
def test_the_view_and_each_node_tell_their_language_as_a_locale(
    qtbot, language, markdown, expected
):
    """Issue 18: the language of the text reaches a screen reader (as the AT-SPI locale of
    Qt's text object and of each node; see tests/e2e/test_article_structure.py)."""
    QAccessible.setActive(True)
    view = ArticleView()
    qtbot.addWidget(view)
    view.show()
    meta = ArticleMeta("lang", Path("/nonexistent/lang.md"), "Language", language=language)
    page = f'<div lang="{language}">{markdown_to_html(markdown)}</div>'
    view.show_article(RenderedArticle(meta, mark_language_parts(page, language)))

    def locale(interface) -> str | None:
        attributes = interface.attributesInterface()
        value = attributes.attributeValue(QAccessible.Attribute.Locale) if attributes else None
        return value.name() if value is not None else None

    text = QAccessible.queryAccessibleInterface(view)
    document = QAccessible.queryAccessibleInterface(view.viewport())
    nodes = [document.child(i) for i in range(document.childCount())]
    unknown = QLocale().name()  # the interface's own answer: the application's locale
    assert [locale(text)] + [locale(node) for node in nodes[-2:]] == [
        unknown if name is None else name for name in expected[:1]
    ] + expected[1:]


def test_a_highlight_is_a_node_described_by_its_category(view):
    """Issue 18: a highlight's category reaches a screen reader, as its description."""
    QAccessible.setActive(True)
    start = view.plain_text().index("middle")
    text_format = QTextCharFormat()
    text_format.setBackground(QColor("#8fdc8f"))
    view.set_selection_layer("marks", [TextSpan(start, start + 6, text_format, "idea")])
    document = QAccessible.queryAccessibleInterface(view.viewport())
    paragraph = document.child(1)
    highlight = next(
        child
        for child in (paragraph.child(i) for i in range(paragraph.childCount()))
        if child.role() == QAccessible.Role.Section
    )
    assert highlight.text(QAccessible.Text.Name) == "middle"
    assert highlight.text(QAccessible.Text.Description) == "Highlight: Idea (green)"
    view.set_selection_layer("marks", [])  # taken away: no node left
    paragraph = QAccessible.queryAccessibleInterface(view.viewport()).child(1)
    roles = [paragraph.child(i).role() for i in range(paragraph.childCount())]
    assert QAccessible.Role.Section not in roles


def test_a_note_is_a_node_under_its_highlight_named_by_its_words(view):
    """Issue 18: a note marker is a node of its own that a screen reader reaches and reads:
    role Note, named by the note, described as a note; gone with its highlight."""
    QAccessible.setActive(True)
    start = view.plain_text().index("middle")
    text_format = QTextCharFormat()
    text_format.setBackground(QColor("#8fdc8f"))
    span = TextSpan(start, start + 6, text_format, "idea", "Ask Amna about this")
    view.set_selection_layer("marks", [span])
    paragraph = QAccessible.queryAccessibleInterface(view.viewport()).child(1)
    highlight = next(
        child
        for child in (paragraph.child(i) for i in range(paragraph.childCount()))
        if child.role() == QAccessible.Role.Section
    )
    assert highlight.childCount() == 1
    note = highlight.child(0)
    assert note.role() == QAccessible.Role.Note
    assert note.text(QAccessible.Text.Name) == "Ask Amna about this"
    assert note.text(QAccessible.Text.Description) == "Note"
    assert note.parent().text(QAccessible.Text.Name) == "middle"
    assert note.rect().intersects(highlight.rect())
    view.set_selection_layer("marks", [TextSpan(start, start + 6, text_format, "idea")])
    paragraph = QAccessible.queryAccessibleInterface(view.viewport()).child(1)
    highlight = next(
        child
        for child in (paragraph.child(i) for i in range(paragraph.childCount()))
        if child.role() == QAccessible.Role.Section
    )
    assert highlight.childCount() == 0


def highlight_nodes(view: ArticleView) -> list:
    """Every highlight node a screen reader finds, depth first, as (name, description,
    the names of its notes)."""
    found = []

    def walk(interface) -> None:
        for index in range(interface.childCount()):
            child = interface.child(index)
            if child.role() == QAccessible.Role.Section and child.text(
                QAccessible.Text.Description
            ).startswith("Highlight"):
                notes = [
                    child.child(i).text(QAccessible.Text.Name) for i in range(child.childCount())
                ]
                found.append(
                    (
                        child.text(QAccessible.Text.Name),
                        child.text(QAccessible.Text.Description),
                        notes,
                    )
                )
            walk(child)

    walk(QAccessible.queryAccessibleInterface(view.viewport()))
    return found


def test_highlight_nodes_are_made_only_when_a_screen_reader_reads_them(view):
    """Drawing a marks layer makes no list of highlights for the nodes; reading the
    structure then makes each node with its own words, category and note, in any script."""
    QAccessible.setActive(True)
    text = view.plain_text()
    text_format = QTextCharFormat()
    text_format.setBackground(QColor("#8fdc8f"))
    places = [("middle", "idea", "Ask Amna"), ("ربط", "question", "یہ کیا ہے؟"), ("three", "", "")]
    spans = [
        TextSpan(text.index(word), text.index(word) + len(word), text_format, category, note)
        for word, category, note in places
    ]
    made: list[int] = []
    access = view.structure_access
    original = access.set_highlights

    def counting(highlights) -> None:
        def counted() -> list:
            made.append(1)
            return highlights()

        original(counted)

    access.set_highlights = counting
    view.set_selection_layer("marks", list(reversed(spans)))  # in any order
    assert made == [] and access._structure is None
    assert highlight_nodes(view) == [
        ("middle", "Highlight: Idea (green)", ["Ask Amna"]),
        ("ربط", "Highlight: Question (blue)", ["یہ کیا ہے؟"]),
    ]
    assert made == [1]
    view.set_selection_layer("marks", spans[1:])  # read already: placed at once
    assert made == [1, 1]
    assert highlight_nodes(view) == [("ربط", "Highlight: Question (blue)", ["یہ کیا ہے؟"])]
