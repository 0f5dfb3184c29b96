"""Hyphenation in the real view: justified narrow lines break inside words with a hyphen
drawn, and turning it on or off keeps the reader's place and text (issue 12)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core.articles.article import read_article
from reader.core.articles.rendering import render_article
from reader.core.display.appearance import Appearance
from reader.core.marks.anchoring import SOFT_HYPHEN
from reader.core.reading.find import find_all
from reader.ui.display.preferences_dialog import PreferencesDialog
from reader.ui.reading.article_view import ArticleView
from tests.conftest import article_text

BODY = (
    "Hyphenation distributes justified paragraphs evenly across narrow columns, "
    "especially when the reader chooses extraordinarily large text for comfortable "
    "reading. Representation, responsibility and international cooperation matter.\n\n"
    "Les établissements gouvernementaux publient régulièrement leurs recommandations "
    "officielles concernant la responsabilité environnementale.\n{lang=fr}\n\n"
    "پاکستان میں خواتین نے اپنی کہانیاں سنائیں اور معاشرے میں تبدیلی کا مطالبہ کیا۔\n{lang=ur}\n"
)
NARROW = Appearance(justify=True, text_scale=2.0, column_characters=30)


@pytest.fixture
def view(qtbot, tmp_path):
    path = tmp_path / "article.md"
    path.write_text(article_text("Words", BODY), encoding="utf-8")
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    view.apply_appearance(NARROW)
    view.show_article(render_article(read_article(path, "article")))
    return view


def lines(view: ArticleView, starting: str) -> list[tuple[str, float, float]]:
    """The laid-out lines of the block starting with `starting`: (text, natural width, the
    width of its letters without soft hyphens)."""
    document = view.document()
    block = document.begin()
    while not block.text().replace(SOFT_HYPHEN, "").startswith(starting):
        block = block.next()
    document.documentLayout().blockBoundingRect(block)  # lays the block out
    metrics = QFontMetricsF(block.charFormat().font())
    layout, found = block.layout(), []
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        text = block.text()[line.textStart() : line.textStart() + line.textLength()]
        letters = text.rstrip().replace(SOFT_HYPHEN, "")
        found.append((text, line.naturalTextWidth(), metrics.horizontalAdvance(letters)))
    return found


def broken_in_words(found: list[tuple[str, float, float]]) -> list[str]:
    return [text for text, _, _ in found if text.rstrip().endswith(SOFT_HYPHEN)]


@pytest.mark.parametrize("starting", ["Hyphenation distributes", "Les établissements"])
def test_justified_narrow_lines_break_inside_words_only_with_hyphenation(view, starting):
    assert broken_in_words(lines(view, starting)) == []
    assert SOFT_HYPHEN not in view.document().toRawText()
    view.apply_appearance(NARROW.changed(hyphenate=True))
    found = lines(view, starting)
    broken = broken_in_words(found)
    assert broken, [text for text, _, _ in found]
    hyphen = QFontMetricsF(view.document().defaultFont()).horizontalAdvance("-")
    for text, natural, letters in found:
        if text in broken:  # the hyphen is drawn: the line is wider than its letters
            assert natural > letters + hyphen / 2
        else:  # elsewhere a soft hyphen takes no room
            assert natural < letters + hyphen / 2


def test_urdu_lines_never_break_inside_words(view):
    view.apply_appearance(NARROW.changed(hyphenate=True))
    found = lines(view, "پاکستان")
    assert len(found) > 1
    assert broken_in_words(found) == []


def test_turning_it_on_and_off_keeps_the_caret_on_its_letter_and_the_text(view, qtbot):
    text = view.plain_text()
    at = text.index("cooperation") + 5  # inside a word that is hyphenated
    view.move_caret_to(view.document_positions().to_document(at))
    for on in (True, False, True):
        with qtbot.waitSignal(view.positionsChanged):
            view.apply_appearance(NARROW.changed(hyphenate=on))
        assert (SOFT_HYPHEN in view.document().toRawText()) == on
        assert view.plain_text() == text
        assert view.document_positions().to_text(view.caret_position()) == at


def test_copying_gives_no_soft_hyphens(view):
    view.apply_appearance(NARROW.changed(hyphenate=True))
    view.selectAll()
    copied = view.createMimeDataFromSelection()
    assert SOFT_HYPHEN not in copied.text()
    assert SOFT_HYPHEN not in copied.html()
    assert "Representation, responsibility and international cooperation" in copied.text()


def test_a_find_match_is_selected_whole_across_hyphenation_points(view):
    view.apply_appearance(NARROW.changed(hyphenate=True))
    (match,) = find_all(view.document_text(), "extraordinarily")
    view.select_range(match.start, match.end)
    selected = view.textCursor().selectedText()
    assert SOFT_HYPHEN in selected
    assert selected.replace(SOFT_HYPHEN, "") == "extraordinarily"


def selected(view: ArticleView, start: int, end: int) -> str:
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace(SOFT_HYPHEN, "")


def test_in_the_window_marks_back_and_the_place_keep_their_text_when_it_is_turned_on(window):
    view = window.view
    text = view.plain_text()
    quote = "sexual harassment"
    start = text.index(quote)
    to_document = view.document_positions().to_document
    view.select_range(to_document(start), to_document(start + len(quote)))
    view._shown_range = None  # as if the reader selected it
    mark = window.marks.highlight_selection()
    assert mark is not None and mark.anchor.quote == quote
    view.move_caret_to(to_document(text.rindex("women")))
    window.navigator.record_jump()  # a jump away from here
    view.move_caret_to(to_document(text.rindex("Pakistan")))
    window.appearance.hyphenate_action.trigger()  # View, Hyphenate Words
    assert window.appearance.appearance.hyphenate
    assert SOFT_HYPHEN in view.document_text()
    assert selected(view, *window.marks.document_range(mark)) == quote
    caret = view.document_positions().to_text(view.caret_position())
    assert text[caret:].startswith("Pakistan")
    window.navigator.go_back()
    back = view.document_positions().to_text(view.caret_position())
    assert text[back:].startswith("women")


def test_the_preferences_dialog_turns_it_on_by_its_own_key(window, qtbot):
    dialog = PreferencesDialog(window.appearance.appearance, window)
    dialog.appearanceChanged.connect(window.appearance.apply)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert not dialog.hyphenate.isChecked()
    assert dialog.hyphenate.accessibleDescription()
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # brea&k
    qtbot.waitUntil(dialog.hyphenate.isChecked)  # a mnemonic clicks after a moment
    assert window.view.appearance.hyphenate
    assert SOFT_HYPHEN in window.view.document_text()
    assert window.appearance.hyphenate_action.isChecked()  # the View menu says so too


@pytest.mark.parametrize(
    "query",
    ["rectify", "sexual harassment", "Pakistan", "accountability"],
)
def test_the_find_bar_selects_its_match_with_hyphenation_on(window, qtbot, query):
    """The find bar matched the text without soft hyphens but selected those indices as
    document positions: with hyphenation on, "rectify" selected "cial m" (found by a fresh
    tester). Each match must select its own words, wherever it is after hyphenated text."""
    window.appearance.hyphenate_action.trigger()  # View, Hyphenate Words
    assert SOFT_HYPHEN in window.view.document_text()
    text = window.view.plain_text()
    assert query.casefold() in text.casefold()
    window.actions_by_name["find"].trigger()
    qtbot.keyClicks(window.find_bar.query, query)
    window.finder.refresh()
    chosen = window.view.textCursor().selectedText().replace(SOFT_HYPHEN, "")
    assert chosen.casefold() == query.casefold()
    # And the matches marked on the page are the query's words too.
    for span in window.view.selection_layer("find"):
        assert selected(window.view, span.start, span.end).casefold() == query.casefold()
