from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reader.core.articles.export import ExportForm
from reader.ui.reading.exporting import export_to
from tests.ui.conftest import answer_next_message_box

CONTROL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def export(window, path, form):
    return export_to(window, path, window.article, window.view, window.announcer, form)


def test_the_whole_article_as_text_and_as_a_web_page(window, tmp_path):
    assert export(window, tmp_path / "metoo", ExportForm.TEXT)
    text = (tmp_path / "metoo.txt").read_text(encoding="utf-8")
    assert text.startswith("What #MeToo Means for Pakistan’s Most Marginalised\n\nAuthor unknown")
    assert "\n\nStigma, the police and the courts\n\n" in text
    assert "\u2029" not in text and "\ufffc" not in text
    assert window.announcer.last_message == f"The article is exported to {tmp_path / 'metoo.txt'}."

    assert export(window, tmp_path / "metoo.html", ExportForm.HTML)
    page = (tmp_path / "metoo.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')
    assert "<h2" in page and "<script" not in page


def test_a_selection_is_exported_with_the_line_naming_its_article(window, qtbot, tmp_path):
    qtbot.keyClick(window.view, Qt.Key.Key_H)
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Right, CONTROL_SHIFT)
    assert export(window, tmp_path / "passage.txt", ExportForm.TEXT)
    assert (tmp_path / "passage.txt").read_text(encoding="utf-8") == (
        "From “What #MeToo Means for Pakistan’s Most Marginalised” (2018).\n\nGenerally, cases\n"
    )
    assert export(window, tmp_path / "passage.html", ExportForm.HTML)
    assert "<p>Generally, cases</p>" in (tmp_path / "passage.html").read_text(encoding="utf-8")


def test_an_export_that_cannot_be_written_says_why(window, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    assert not export(window, blocked / "inside.txt", ExportForm.TEXT)
    assert seen and seen[0].startswith("Cannot write")
    assert window.announcer.last_message == seen[0]


def test_the_article_and_a_selection_as_epub_books(window, qtbot, tmp_path):
    import zipfile

    assert export(window, tmp_path / "metoo", ExportForm.EPUB)
    with zipfile.ZipFile(tmp_path / "metoo.epub") as book:
        chapter = book.read("EPUB/article.xhtml").decode("utf-8")
    assert "Stigma, the police and the courts" in chapter
    qtbot.keyClick(window.view, Qt.Key.Key_H)
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    qtbot.keyClick(window.view, Qt.Key.Key_Right, CONTROL_SHIFT)
    assert export(window, tmp_path / "passage.epub", ExportForm.EPUB)
    with zipfile.ZipFile(tmp_path / "passage.epub") as book:
        chapter = book.read("EPUB/article.xhtml").decode("utf-8")
    assert "<p>Generally</p>" in chapter and "Stigma" not in chapter
