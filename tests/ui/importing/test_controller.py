"""Add Articles, dropped files, Edit Article Details and Remove Article, in a real window."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.articles.article import read_article
from reader.ui.importing.details_dialog import DetailsDialog
from tests.support import documents
from tests.ui.conftest import answer_next_message_box


def wait_for_import(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.importing.worker is None, timeout=60_000)


def test_adding_two_files_adds_both_opens_the_last_and_reports(qtbot, window, tmp_path):
    book = documents.epub_book(tmp_path)
    scan = documents.scanned_pdf(tmp_path)
    page = documents.web_page(tmp_path)
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    window.importing.import_paths([book, scan, page])
    wait_for_import(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert window.article.meta.title == "Water for Every Village"
    assert window.library.find("stories-of-the-river") is not None
    report = seen[0]
    assert report.startswith("2 articles added.\n1 file skipped.")
    assert "book.epub: added as “Stories of the River”, in English." in report
    assert "scan.pdf: skipped: the PDF has no text in it" in report


def drop(window, paths: list[Path]) -> bool:
    """Send the window the drag-enter and drop events a file manager's drag ends with."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = QPointF(window.width() / 2, window.height() / 2)
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(window, QDropEvent(point, actions, mime, buttons, modifiers))
    return True


def test_dropped_files_are_imported(qtbot, window, tmp_path):
    urdu = tmp_path / "urdu.txt"
    urdu.write_bytes(documents.URDU_TEXT.encode("utf-16"))
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    assert drop(window, [urdu, documents.word_document(tmp_path)])
    wait_for_import(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert window.article.meta.title == "Clean Water Report"
    assert window.library.find("پاکستان-میں-پانی-کی-کمی").language == "ur"
    assert "The language was found from the text" in seen[0]


def test_a_drag_of_other_things_is_not_taken(window, tmp_path):
    odd = tmp_path / "notes.odt"
    odd.write_bytes(b"x")
    assert not drop(window, [odd])


def fill_details_dialog(values: dict[str, str]) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DetailsDialog):
            for name, value in values.items():
                dialog.fields[name].setText(value) if name in ("title", "language") else (
                    dialog.fields[name].setPlainText(value)
                )
            dialog.accept()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_editing_details_rewrites_the_front_matter_only(qtbot, make_window, write_article):
    path = write_article("mine.md", body="Body text.\n\nSecond paragraph.")
    body = path.read_bytes().split(b"---", 2)[2]
    window = make_window()
    assert window.open_article_by_id("mine")
    fill_details_dialog({"title": "My Own Title", "summary": "About mine."})
    window.importing.edit_details()
    assert path.read_bytes().endswith(body)
    assert read_article(path).meta.title == "My Own Title"
    assert window.article.meta.title == "My Own Title"
    assert window.library.find("mine").summary == "About mine."


def test_bundled_articles_are_read_only(qtbot, window):
    path = window.article.meta.path
    before = path.read_bytes()
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    window.importing.edit_details()
    assert "cannot be changed here" in seen[0]
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    window.importing.remove_article()
    assert "cannot be changed here" in seen[1]
    assert path.read_bytes() == before


def test_removing_moves_to_the_trash_after_asking_and_keeps_the_marks(
    qtbot, make_window, write_article, tmp_path, monkeypatch
):
    # Qt makes the trash inside the data home folder, which must exist (as ~/.local/share).
    (tmp_path / "xdg").mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = write_article("gone.md", title="To Be Removed")
    window = make_window()
    assert window.open_article_by_id("gone")
    window.marks.add_bookmark()
    marks = window.store.marks_for_article("gone")
    assert marks
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Cancel, seen)
    window.importing.remove_article()
    assert path.exists()
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    window.importing.remove_article()
    assert "Move “To Be Removed” to the trash?" in seen[1]
    assert not path.exists()
    assert (tmp_path / "xdg" / "Trash" / "files" / "gone.md").exists()
    assert window.library.find("gone") is None
    assert window.store.marks_for_article("gone") == marks


def test_cancel_stops_before_the_next_file_and_the_report_says_so(qtbot, window, tmp_path):
    files = [documents.word_document(tmp_path, f"report{number}.docx") for number in range(3)]
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    window.importing.import_paths(files)
    window.importing.worker.cancel()  # as the progress dialog's Cancel does
    wait_for_import(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    done = len(window.importing.outcomes)
    assert done < 3
    not_imported = 3 - done
    files = "file" if not_imported == 1 else "files"
    assert f"Cancelled: {not_imported} {files} not imported." in seen[0]
    assert len(list(window.paths.articles.glob("*.md"))) == done
