"""EPUB books: ebooklib reads the package; each chapter, in reading order, becomes a
section of one article, under the book's title.

ebooklib was chosen as the maintained EPUB 2 and 3 reader for Python (spine, metadata,
navigation); the chapters' XHTML then becomes Markdown. Pictures inside the book are
kept as their alt text.
"""

import re
import warnings
import zipfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.importing.document import ImportedText, ImportRefusedError, check_zip
from reader.core.importing.markdown_from_html import html_to_markdown

translate = QCoreApplication.translate
_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)


def import_epub(path: Path) -> ImportedText:
    """The book as one article: its chapters in spine order, each chapter's headings one
    level down so that the book's title stays the only top heading.

    Raises ImportRefusedError for a damaged book, a zip bomb or a book without text."""
    from ebooklib import ITEM_DOCUMENT, epub

    check_zip(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib warns of its own future defaults
            book = epub.read_epub(str(path), options={"ignore_ncx": True})
    except (epub.EpubException, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise ImportRefusedError(
            translate("importing", "the EPUB book is damaged ({error}).").format(error=error)
        ) from error
    chapters = []
    for item_id, *_ in book.spine:
        item = book.get_item_with_id(item_id)
        if item is None or item.get_type() != ITEM_DOCUMENT:
            continue
        text, _ = html_to_markdown(item.get_content().decode("utf-8", errors="replace"))
        if text.strip():
            chapters.append(_HEADING.sub(r"#\1 ", text).strip())
    if not chapters:
        raise ImportRefusedError(translate("importing", "the EPUB book has no text."))

    def first(name: str) -> str:
        values = book.get_metadata("DC", name)
        return " ".join(str(values[0][0]).split()) if values and values[0][0] else ""

    return ImportedText(
        body="\n\n".join(chapters) + "\n",
        title=first("title"),
        author=first("creator"),
        published=first("date")[:10],
        language=first("language"),
        summary=first("description"),
    )
