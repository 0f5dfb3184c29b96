"""File, Export Article: the article, or the selection, as plain text, an HTML page or an
EPUB book (reader.core.articles.export), written atomically; a failure is said and shown."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.core.articles.article import RenderedArticle
from reader.core.articles.export import ExportForm, exported
from reader.core.storage.files import write_atomically
from reader.ui.accessibility.announcer import Announcer
from reader.ui.reading.article_view import ArticleView
from reader.ui.widgets import messages

translate = QCoreApplication.translate


def choose_and_export(
    parent: QWidget, article: RenderedArticle, view: ArticleView, announcer: Announcer
) -> None:
    """Ask where to save and in which form, then export (the selection, if there is one)."""
    filters = {
        translate("export", "Plain text, for braille or any device (*.txt)"): ExportForm.TEXT,
        translate("export", "Web page (*.html)"): ExportForm.HTML,
        translate("export", "EPUB book, for e-readers (*.epub)"): ExportForm.EPUB,
    }
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("export", "Export Article"),
        str(Path.home() / f"{article.meta.path.stem}.txt"),
        ";;".join(filters),
    )
    if name:
        form = filters.get(chosen, ExportForm.TEXT)
        export_to(parent, Path(name), article, view, announcer, form)


def export_to(
    parent: QWidget,
    path: Path,
    article: RenderedArticle,
    view: ArticleView,
    announcer: Announcer,
    form: ExportForm,
) -> bool:
    """Write the selection (or the whole article) to `path` in `form` (its suffix added if
    missing); True when written."""
    if path.suffix.lower() != form.value and not (
        form is ExportForm.HTML and path.suffix.lower() == ".htm"
    ):
        path = path.with_name(path.name + form.value)
    cursor = view.textCursor()
    passage = cursor.hasSelection()
    # Pictures as "[Picture: description]": paragraphs_of would leave their character out.
    if passage:
        text = view.readable_text(cursor.selectionStart(), cursor.selectionEnd())
    else:
        text = view.readable_text(0, view.document().characterCount())
    try:
        write_atomically(
            path, exported(article.meta, form, text, None if passage else article.html)
        )
    except OSError as error:
        message = translate("export", "Cannot write {path}: {reason}.").format(
            path=path, reason=error.strerror or error
        )
        announcer.announce(message)
        messages.warn(parent, translate("export", "Export Article"), message)
        return False
    done = (
        translate("export", "The selection is exported to {path}.")
        if passage
        else translate("export", "The article is exported to {path}.")
    )
    announcer.announce(done.format(path=path))
    return True
