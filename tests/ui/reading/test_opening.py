"""Opening an article converts it off the GUI thread: hostile Markdown cannot freeze the window."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.articles.layout_breaks import LONG_WORD_CHARACTERS, ZERO_WIDTH_SPACE
from reader.ui.reading.opening import ArticleConverter
from tests.ui.conftest import answer_next_message_box

# Inputs on which Python-Markdown takes quadratic time (issue 17), 20 KB each: each
# would take from seconds to minutes to convert.
HOSTILE = {
    "brackets": "[" * 20_000,
    "links": "[a](" * 5_000,
    "images": "![" * 10_000,
    "urdu-links": "[ب](" * 5_000,
}


def ticks_while(action) -> tuple[object, int]:
    """What `action` returns, and how often a GUI-thread timer fired while it ran."""
    ticks = [0]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    try:
        result = action()
    finally:
        timer.stop()
    return result, ticks[0]


def test_hostile_markdown_is_shown_as_plain_text_while_the_window_keeps_working(
    make_window, write_article
):
    window = make_window()
    # A budget far below what these inputs take, so that the test is quick.
    window.converter = ArticleConverter(window, budget=lambda characters: 0.3)
    for name, body in HOSTILE.items():
        path = write_article(f"{name}.md", title=name, body=body)
        opened, ticks = ticks_while(lambda path=path: window.open_path(path))
        assert opened, name
        assert ticks > 0, name  # the event loop ran while the conversion did
        assert "plain text" in window.article.notice, name
        assert "plain text" in window.statusBar().currentMessage(), name
        text = window.view.plain_text()
        assert "plain text" in text  # the notice is on the page
        assert body[:50] in text.replace(ZERO_WIDTH_SPACE, "")


def test_a_degraded_article_opens_the_same_way_again_from_the_cache(make_window, write_article):
    window = make_window()
    window.converter = ArticleConverter(window, budget=lambda characters: 0.3)
    path = write_article("brackets.md", title="Brackets", body=HOSTILE["brackets"])
    assert window.open_path(path)
    first_text, first_notice = window.view.plain_text(), window.article.notice
    assert window.open_article_by_id("how-to-use-reader")
    assert window.open_path(path)  # served by the render cache: no conversion at all
    assert window.view.plain_text() == first_text
    assert window.article.notice == first_notice


def test_ordinary_articles_are_converted_in_full(make_window, write_article):
    window = make_window()
    path = write_article(
        "prose.md", title="Prose", body="# A heading\n\n" + "Some *prose*. " * 2000
    )
    assert window.open_path(path)
    assert window.article.notice == ""
    assert "<h1" in window.article.html and "<em>prose</em>" in window.article.html


def test_cancel_stops_the_conversion_and_keeps_the_current_article(make_window, write_article):
    window = make_window()
    assert window.open_article_by_id("how-to-use-reader")
    shown = window.view.plain_text()
    path = write_article("brackets.md", title="Brackets", body=HOSTILE["brackets"])

    def cancel_when_shown() -> None:
        dialog = window.converter.dialog
        if dialog is not None and dialog.isVisible():
            QTest.keyClick(dialog, Qt.Key.Key_Escape)  # as a keyboard user cancels
        else:
            QTimer.singleShot(20, cancel_when_shown)

    QTimer.singleShot(0, cancel_when_shown)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_next_message_box(QMessageBox.StandardButton.Ok, seen))
    assert not window.open_path(path)
    assert "cancelled" in seen[0]
    assert window.article.meta.id == "how-to-use-reader"
    assert window.view.plain_text() == shown
    QApplication.processEvents()


def test_an_overlong_word_and_a_megabyte_line_are_laid_out(make_window, write_article):
    window = make_window()
    for name, body in {"word": "a" * 500_000, "line": "word " * 200_000}.items():
        path = write_article(f"{name}.md", title=name, body=body)
        assert window.open_path(path)
        window.view.document().documentLayout().documentSize()  # the whole layout, now
        text = window.view.plain_text()
        unbroken = max(len(run) for run in text.replace(ZERO_WIDTH_SPACE, " ").split())
        assert unbroken <= LONG_WORD_CHARACTERS, name
        assert window.view.document().blockCount() > 20, name  # split into paragraphs
        letters = body.count("a")
        assert text.count("a") - window.article.meta.title.count("a") == letters, name
