"""An article and its translations in the window: "Also in", Ctrl+Shift+L, F1 in Urdu."""

import pytest
from PySide6.QtCore import QLocale, Qt

from tests.ui.conftest import ARTICLE_ID

URDU_ID = f"{ARTICLE_ID}.ur"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def interface_language():
    """Sets the default locale as the language preference does; puts it back after."""
    before = QLocale()

    def set_language(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield set_language
    QLocale.setDefault(before)


def paragraph_text(window) -> str:
    return window.view.textCursor().block().text()


def test_the_details_name_every_language_of_the_article_by_its_own_name(window):
    panel = window.library_panel
    assert panel.details.text().endswith("Also in: English / اردو")
    window.open_article_by_id(URDU_ID)
    assert panel.details.text().endswith("Also in: English / اردو")
    window.open_article_by_id("how-to-use-reader")
    assert panel.details.text().endswith("Also in: English / اردو")


def test_an_article_in_one_language_has_no_also_in(window, write_article):
    write_article("alone.md", "Alone", body="Only in English.")
    window.reload_library()
    window.open_article_by_id("alone")
    assert "Also in" not in window.library_panel.details.text()
    window.focus_article()
    window.actions_by_name["other_language"].trigger()
    assert window.article.meta.id == "alone"
    assert window.announcer.last_message == "This article is not in another language."


@pytest.mark.parametrize(
    ("english_start", "urdu_start"),
    [
        ("What #MeToo Means", "پاکستان کے سب سے پسماندہ"),  # the title
        ("Stigma, the police", "بدنامی، پولیس اور عدالتیں"),  # a heading
        ("In a country like Pakistan (ours)", "پاکستان جیسے (ہمارے) ملک"),  # the quotation
        ("Ex-CEO of Patari", "پٹاری کے سابق سی ای او"),
        ("Women: including Trans", "خواتین: بشمول ٹرانس"),  # the footnote, the last
    ],
)
def test_ctrl_shift_l_switches_language_at_the_same_paragraph_and_back(
    window, qtbot, english_start, urdu_start
):
    document = window.view.document()
    position = next(
        start
        for start in window.navigator.outline.paragraph_starts
        if document.findBlock(start).text().startswith(english_start)
    )
    # Within the paragraph, not at its start: the switch keeps the paragraph, not the letter.
    window.view.move_caret_to(position + 3)
    assert paragraph_text(window).startswith(english_start)
    qtbot.keyClick(window.view, Qt.Key.Key_L, CTRL_SHIFT)
    assert window.article.meta.id == URDU_ID
    assert paragraph_text(window).startswith(urdu_start)
    assert window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_L, CTRL_SHIFT)
    assert window.article.meta.id == ARTICLE_ID
    assert paragraph_text(window).startswith(english_start)


def test_the_translation_has_as_many_paragraphs_as_the_original(window):
    english = len(window.navigator.outline.paragraph_starts)
    window.open_article_by_id(URDU_ID)
    assert len(window.navigator.outline.paragraph_starts) == english


@pytest.mark.parametrize(
    ("language", "guide", "title"),
    [
        ("ur", "how-to-use-reader.ur", "Reader کیسے استعمال کریں"),
        ("ur_IN", "how-to-use-reader.ur", "Reader کیسے استعمال کریں"),
        ("en_GB", "how-to-use-reader", "How to Use Reader"),
        ("fr", "how-to-use-reader", "How to Use Reader"),  # no French guide
    ],
)
def test_f1_opens_the_guide_in_the_interface_language(
    window, qtbot, interface_language, language, guide, title
):
    interface_language(language)
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    assert window.article.meta.id == guide
    assert window.article.meta.title == title
