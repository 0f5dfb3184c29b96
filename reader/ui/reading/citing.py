"""Copy a citation of the selected passage to the clipboard (reader.core.reading.citation)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from reader.core.articles.article import ArticleMeta
from reader.core.reading.citation import CitationStyle, citation
from reader.core.reading.outline import DocumentOutline
from reader.ui.accessibility.announcer import Announcer
from reader.ui.reading.article_view import ArticleView

translate = QCoreApplication.translate


def copy_citation(
    view: ArticleView,
    meta: ArticleMeta | None,
    outline: DocumentOutline,
    style: CitationStyle,
    announcer: Announcer,
) -> str:
    """Put the citation of the view's selection on the clipboard and say so; the text
    copied, or "" when nothing is selected (then the reader is told what to do)."""
    cursor = view.textCursor()
    if meta is None or not cursor.hasSelection():
        announcer.announce(translate("citing", "Select the passage to cite first."))
        return ""
    heading = outline.heading_at(cursor.selectionStart())
    selected = view.readable_text(cursor.selectionStart(), cursor.selectionEnd())
    text = citation(meta, selected, heading.text if heading else "", style)
    QGuiApplication.clipboard().setText(text)
    announcer.announce(translate("citing", "Citation copied: {text}").format(text=text))
    return text
