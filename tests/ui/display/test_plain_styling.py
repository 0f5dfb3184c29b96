"""Plain styling: bold, italic and underline shown as plain text; links keep their underline
(read back from the real view's laid-out document)."""

import pytest
from PySide6.QtGui import QFont, QTextCursor

from reader.core.articles.article import read_article
from reader.core.articles.rendering import render_article
from reader.core.display.appearance import Appearance
from reader.ui.reading.article_view import ArticleView
from tests.conftest import article_text

BODY = (
    "Plain **strongword** and *emphword* and <u>underword</u> and "
    "[linkword](https://example.org/) and __boldword__ and _italword_.\n\n"
    "## Headingword\n\nالفاظ **اردولفظ** اور *ترچھا*."
)


@pytest.fixture
def view(qtbot, tmp_path):
    path = tmp_path / "article.md"
    path.write_text(article_text("T", BODY), encoding="utf-8")
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show_article(render_article(read_article(path, "article")))
    return view


def format_of(view: ArticleView, word: str):
    position = view.document().toPlainText().index(word) + 2
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return cursor.charFormat()


def emphasis(view: ArticleView, word: str) -> tuple[bool, bool, bool]:
    char = format_of(view, word)
    return (char.fontWeight() > QFont.Weight.Normal, char.fontItalic(), char.fontUnderline())


STYLED = {
    "strongword": (True, False, False),
    "boldword": (True, False, False),
    "emphword": (False, True, False),
    "italword": (False, True, False),
    "underword": (False, False, True),
    "اردولفظ": (True, False, False),
    "ترچھا": (False, True, False),
}


def test_by_default_emphasis_shows(view):
    for word, styled in STYLED.items():
        assert emphasis(view, word) == styled, word


def test_plain_styling_turns_bold_italic_and_underline_off_and_links_keep_theirs(view):
    view.apply_appearance(Appearance(plain_styling=True))
    for word in STYLED:
        assert emphasis(view, word) == (False, False, False), word
    assert format_of(view, "linkword").fontUnderline()
    assert format_of(view, "linkword").isAnchor()
    # Headings keep their weight: it is structure, not emphasis.
    assert format_of(view, "Headingword").fontWeight() > QFont.Weight.Normal
    view.apply_appearance(Appearance())
    assert emphasis(view, "strongword") == (True, False, False)
