"""Text taken out of the article view has each picture's description, never U+FFFC (the
character a QTextDocument holds for a picture): copied by Ctrl+C or dragged (plain text and
HTML), cited, exported, and the words of a highlight."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from reader.core.articles.export import ExportForm
from reader.core.reading.citation import CitationStyle
from reader.ui.display.language import install_language
from reader.ui.marks.mark_list import snippet
from reader.ui.reading.exporting import export_to
from tests.core.articles.test_images import png_bytes

CONTROL = Qt.KeyboardModifier.ControlModifier
OBJECT = "\ufffc"
MAP = "[Picture: \u2068A map of the Indus\u2069]"
FLOODS = "[Picture: \u2068سیلاب کا نقشہ\u2069]"
BODY = """
Before ![A map of the Indus](map.png) between ![](plain.png) after.

![سیلاب کا نقشہ](floods.png)

دریا کے کنارے ![سیلاب کا نقشہ](floods.png) گاؤں۔

Last words.
"""


@pytest.fixture
def urdu_interface(qapp):
    install_language(qapp, "ur")
    yield
    install_language(qapp, "en")


@pytest.fixture
def window(make_window, write_article, data_paths):
    for name, colour in (("map.png", "red"), ("plain.png", "green"), ("floods.png", "blue")):
        (data_paths.articles / name).write_bytes(png_bytes(colour))
    path = write_article("pictures.md", "Pictures", BODY)
    window = make_window()
    assert window.open_path(path)
    window.focus_article()
    assert window.view.document_text().count(OBJECT) == 4  # each picture shown
    return window


def select(window, first: str, last: str) -> None:
    """Select from the start of `first` to the end of `last` in the article."""
    view = window.view
    start = view.document().find(first).selectionStart()
    end = view.document().find(last).selectionEnd()
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        # The fresh tester's case: one picture, with an English description.
        ("Before", "between", f"Before {MAP} between"),
        # Two pictures in one selection, the second without a description.
        ("Before", "after.", f"Before {MAP} between [Picture] after."),
        # Urdu, a picture alone in its paragraph and one within a sentence.
        ("after.", "دریا", f"after.\n{FLOODS}\nدریا"),
        ("کنارے", "گاؤں", f"کنارے {FLOODS} گاؤں"),
        # No picture: as before.
        ("Last", "words", "Last words"),
    ],
)
def test_ctrl_c_copies_each_picture_as_its_description(window, qtbot, first, last, text):
    select(window, first, last)
    qtbot.keyClick(window.view, Qt.Key.Key_C, CONTROL)
    copied = QGuiApplication.clipboard().mimeData()
    assert copied.text() == text
    assert OBJECT not in copied.html() and "<img" not in copied.html()
    for label in (MAP, FLOODS, "[Picture]"):
        assert (label in copied.html()) == (label in text)


def test_a_dragged_selection_carries_the_descriptions_too(window):
    """Dragging takes its data where Ctrl+C does (createMimeDataFromSelection)."""
    select(window, "Before", "گاؤں")
    dragged = window.view.createMimeDataFromSelection()
    assert dragged.text() == (
        f"Before {MAP} between [Picture] after.\n{FLOODS}\nدریا کے کنارے {FLOODS} گاؤں"
    )
    assert dragged.html().count("[Picture") == 4


def test_descriptions_are_copied_when_pictures_are_hidden(window, qtbot):
    window.appearance.show_pictures(False)
    qtbot.waitUntil(lambda: "reader-hidden-picture" in window.view.document().toHtml())
    select(window, "Before", "after.")
    qtbot.keyClick(window.view, Qt.Key.Key_C, CONTROL)
    assert QGuiApplication.clipboard().text() == f"Before {MAP} between [Picture] after."


def test_a_citation_quotes_the_descriptions(window):
    select(window, "Before", "after.")
    cited = window.copy_citation(CitationStyle.MLA)
    assert cited.startswith(f"“Before {MAP} between [Picture] after.”\n")
    assert QGuiApplication.clipboard().text() == cited
    select(window, "دریا", "گاؤں")
    assert window.copy_citation(CitationStyle.APA).startswith(f"“دریا کے کنارے {FLOODS} گاؤں”\n")


def test_an_exported_passage_and_article_keep_the_descriptions(window, tmp_path):
    select(window, "Before", "دریا")
    assert export_to(
        window,
        tmp_path / "passage",
        window.article,
        window.view,
        window.announcer,
        ExportForm.TEXT,
    )
    passage = (tmp_path / "passage.txt").read_text(encoding="utf-8")
    assert passage.endswith(f"Before {MAP} between [Picture] after.\n\n{FLOODS}\n\nدریا\n")
    window.view.moveCursor(QTextCursor.MoveOperation.Start)
    assert export_to(
        window,
        tmp_path / "whole",
        window.article,
        window.view,
        window.announcer,
        ExportForm.TEXT,
    )
    whole = (tmp_path / "whole.txt").read_text(encoding="utf-8")
    assert f"\n\n{FLOODS}\n\nدریا کے کنارے {FLOODS} گاؤں۔\n\n" in whole
    assert OBJECT not in whole


def test_a_highlight_over_pictures_is_announced_and_listed_with_their_descriptions(window):
    select(window, "Before", "after.")
    mark = window.marks.highlight_selection()
    assert mark is not None and mark.anchor.quote.count(OBJECT) == 2  # stored as in the text
    said = f"Before {MAP} between [Picture] after."
    assert window.announcer.last_message.endswith(f": {said}")
    listing = window.marks.listing()
    (entry,) = map(listing.entry_of, listing.marks)
    assert snippet(entry, "") == said
    select(window, "دریا", "گاؤں")
    window.marks.highlight_selection()
    assert window.announcer.last_message.endswith(f": دریا کے کنارے {FLOODS} گاؤں")


@pytest.mark.parametrize(
    ("first", "last", "shown"),
    [
        # The picture in the words before, after, and marked (a fresh tester saw "[Picture]").
        ("between", "after.", f"Before {MAP} <b>between [Picture] after.</b>"),
        ("Before", "Before", f"<b>Before</b> {MAP} between [Picture] after."),
        ("کنارے", "کنارے", f"<b>کنارے</b> {FLOODS} گاؤں"),
        ("Last", "words.", f"{FLOODS} دریا کے کنارے {FLOODS} گاؤں۔ <b>Last words.</b>"),
    ],
)
def test_the_highlights_panel_shows_pictures_in_context_with_their_descriptions(
    window, first, last, shown
):
    select(window, first, last)
    mark = window.marks.highlight_selection()
    assert mark is not None
    window.notes_dock.show()
    panel = window.notes_panel
    panel.list.setCurrentIndex(panel.model.index(panel.model.row_of(mark.id), 0))
    html = panel.preview.toHtml()
    plain = panel.preview.toPlainText()
    assert shown.replace("<b>", "").replace("</b>", "") in plain, plain
    bold = shown[shown.index("<b>") + 3 : shown.index("</b>")]
    assert bold in html  # the marked words, in bold
    assert "[Picture]" not in plain.replace("between [Picture] after", "")


def test_in_the_urdu_interface_pictures_are_copied_in_urdu(urdu_interface, window, qtbot):
    """The same words as a hidden picture shows, in the interface's language."""
    select(window, "Before", "گاؤں")
    qtbot.keyClick(window.view, Qt.Key.Key_C, CONTROL)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(
        "Before [تصویر: \u2068A map of the Indus\u2069] between [تصویر] after."
    )
    assert copied.endswith("کنارے [تصویر: \u2068سیلاب کا نقشہ\u2069] گاؤں")


@pytest.mark.parametrize(("first", "last"), [("Before", "between"), ("کنارے", "گاؤں")])
def test_find_is_not_seeded_with_a_picture_s_character(window, qtbot, first, last):
    window.find_bar.query.setText("earlier")
    select(window, first, last)
    window.finder.open()
    assert window.find_bar.query.text() == "earlier"
    select(window, "Last", "words")  # words alone seed it, as before
    window.finder.open()
    assert window.find_bar.query.text() == "Last words"
