"""File, Export Article: the article, or the selection, as plain text or an HTML page
(reader.core.articles.export), written atomically; a failure is said and shown."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.core.articles.article import RenderedArticle
from reader.core.articles.export import html_page, passage_html, plain_text
from reader.core.storage.files import write_atomically
from reader.ui.accessibility.announcer import Announcer
from reader.ui.reading.article_view import ArticleView
from reader.ui.widgets import messages

translate = QCoreApplication.translate


def choose_and_export(
    parent: QWidget, article: RenderedArticle, view: ArticleView, announcer: Announcer
) -> None:
    """Ask where to save and in which form, then export (the selection, if there is one)."""
    text_filter = translate("export", "Plain text, for braille or any device (*.txt)")
    html_filter = translate("export", "Web page (*.html)")
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("export", "Export Article"),
        str(Path.home() / f"{article.meta.path.stem}.txt"),
        f"{text_filter};;{html_filter}",
    )
    if name:
        export_to(parent, Path(name), article, view, announcer, as_html=chosen == html_filter)


def export_to(
    parent: QWidget,
    path: Path,
    article: RenderedArticle,
    view: ArticleView,
    announcer: Announcer,
    *,
    as_html: bool,
) -> bool:
    """Write the selection (or the whole article) to `path`; True when written."""
    suffixes = (".html", ".htm") if as_html else (".txt",)
    if path.suffix.lower() not in suffixes:
        path = path.with_suffix(suffixes[0])
    cursor = view.textCursor()
    passage = cursor.hasSelection()
    text = cursor.selectedText() if passage else view.plain_text()
    if as_html:
        content = (
            passage_html(article.meta, text) if passage else html_page(article.meta, article.html)
        )
    else:
        content = plain_text(article.meta, text, passage=passage)
    try:
        write_atomically(path, content.encode("utf-8"))
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
