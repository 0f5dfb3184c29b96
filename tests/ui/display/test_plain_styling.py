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


CAPITALS = "THE FLOODS CAME EVERY SPRING. The NGO met.\n\nاردو متن"


@pytest.fixture
def capitals(qtbot, tmp_path):
    path = tmp_path / "capitals.md"
    path.write_text(article_text("T", CAPITALS), encoding="utf-8")
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show_article(render_article(read_article(path, "capitals")))
    return view


def capitalisation(view: ArticleView, word: str, offset: int = 1) -> QFont.Capitalization:
    position = view.document().toPlainText().index(word) + offset
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)  # the format of the character before the position
    return cursor.charFormat().fontCapitalization()


def test_sentence_case_shows_capital_passages_in_lower_case_and_keeps_the_text(capitals):
    text = capitals.plain_text()
    capitals.apply_appearance(Appearance(sentence_case=True))
    assert capitals.plain_text() == text  # find, marks, copying and speech see the original
    lower = QFont.Capitalization.AllLowercase
    assert capitalisation(capitals, "THE FLOODS", 0) != lower  # the sentence's first letter
    assert capitalisation(capitals, "THE FLOODS", 1) == lower
    assert capitalisation(capitals, "SPRING") == lower
    assert capitalisation(capitals, "NGO") != lower  # an acronym alone keeps its capitals
    capitals.apply_appearance(Appearance())
    assert capitalisation(capitals, "SPRING") != lower
