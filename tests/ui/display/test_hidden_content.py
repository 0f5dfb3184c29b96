"""Footnotes and pictures hidden as the reader chooses: nothing of the text moves, so
marks, the reading position, find and read-aloud keep their places."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from reader.core.articles.article import ArticleMeta
from reader.core.articles.images import OBJECT_REPLACEMENT, alt_text
from reader.core.articles.rendering import _page, markdown_to_html
from reader.core.display.appearance import Appearance
from reader.core.display.hidden_content import HIDDEN_PICTURE_SCHEME, footnote_blocks
from reader.core.reading.structure import Kind, structure_of
from reader.ui.reading.article_view import ArticleView

BODY = """# Rivers

The Indus floods every summer.[^flood] Its delta is wide.[^delta]

![A map of the Indus from Tibet to the sea](map.png)

The river feeds the plains of Sindh.

![دریائے سندھ کا نقشہ](urdu-map.png)

![](no-description.png)

## After

The end of the story.

[^flood]: Floods come with the monsoon.
[^delta]: The delta is in Sindh; see the second map.
"""


@pytest.fixture
def view(qtbot, tmp_path: Path) -> ArticleView:
    for name in ("map.png", "urdu-map.png", "no-description.png"):
        image = QImage(800, 600, QImage.Format.Format_RGB32)
        image.fill(QColor("#3060c0"))
        image.save(str(tmp_path / name))
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    meta = ArticleMeta("rivers", tmp_path / "rivers.md", "Rivers")
    view.apply_appearance(Appearance())
    view.show_article(_page(meta, markdown_to_html(BODY)))
    view.settle_spacing()
    return view


def pictures(view):
    found, cursor = [], view.document().find(OBJECT_REPLACEMENT)
    while not cursor.isNull():
        if cursor.charFormat().isImageFormat():
            found.append(cursor.charFormat().toImageFormat())
        cursor = view.document().find(OBJECT_REPLACEMENT, cursor)
    return found


def test_hidden_footnotes_take_no_room_and_leave_the_text_as_it_was(view):
    text, height = view.plain_text(), view.document().size().height()
    notes = footnote_blocks(view.document())
    shown = " ".join(block.text() for block in notes)
    assert "Floods come with the monsoon." in shown and "see the second map" in shown
    assert "The end of the story." not in shown
    view.apply_appearance(Appearance(show_footnotes=False))
    assert view.plain_text() == text  # every position of marks, find and speech is kept
    hidden_height = view.document().size().height()
    assert hidden_height < height
    assert not any(block.isVisible() for block in footnote_blocks(view.document()))
    kinds = [node.kind for node in structure_of(view.document()).root.walk()]
    assert Kind.FOOTNOTE_REFERENCE not in kinds
    words = [node.text for node in structure_of(view.document()).root.walk()]
    assert not any("monsoon" in word for word in words)

    view.apply_appearance(Appearance())
    assert view.plain_text() == text
    assert all(block.isVisible() for block in footnote_blocks(view.document()))
    assert view.document().size().height() > hidden_height


def test_hidden_pictures_are_drawn_as_their_descriptions(view):
    text = view.plain_text()
    before = pictures(view)
    assert len(before) == 3 and all(p.height() == 0 or p.height() > 100 for p in before)
    view.apply_appearance(Appearance(show_pictures=False))
    assert view.plain_text() == text
    hidden = pictures(view)
    assert [p.toolTip() for p in hidden] == [
        "[Picture: \u2068A map of the Indus from Tibet to the sea\u2069]",
        "[Picture: \u2068دریائے سندھ کا نقشہ\u2069]",
        "[Picture]",
    ]
    assert all(p.name().startswith(HIDDEN_PICTURE_SCHEME) for p in hidden)
    assert [alt_text(p) for p in hidden] == [
        "A map of the Indus from Tibet to the sea",
        "دریائے سندھ کا نقشہ",
        "",
    ]
    # A line of text, not a picture's bulk.
    assert all(p.height() < 3 * view.fontMetrics().height() for p in hidden)
    images = [node for node in structure_of(view.document()).root.walk() if node.kind is Kind.IMAGE]
    assert images[0].text == "A map of the Indus from Tibet to the sea"

    view.apply_appearance(Appearance())
    assert [p.name() for p in pictures(view)] == ["map.png", "urdu-map.png", "no-description.png"]


def test_a_hidden_picture_is_drawn_in_the_text_colour(view, qtbot):
    view.apply_appearance(Appearance(show_pictures=False, theme="Dark", theme_chosen=True))
    [first, *_] = pictures(view)
    image = view.document().resource(view.document().ResourceType.ImageResource, first.name())
    colours = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert Appearance(theme="Dark").theme_colours().text in colours


def test_caret_and_selection_keep_their_places_when_footnotes_are_hidden(view, qtbot):
    start = view.plain_text().index("Its delta")
    view.move_caret_to(start)
    view.apply_appearance(Appearance(show_footnotes=False, show_pictures=False))
    assert view.caret_position() == start
    assert view.textCursor().block().text().startswith("The Indus floods")
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.caret_position() == len(view.plain_text())
