"""An article, or a passage of it, as a file for other devices and for braille production:
plain text (UTF-8), a standalone HTML page, or an EPUB 3 book.

The whole article's HTML is the safe HTML Reader shows (sanitised, with its title, byline
and language marks); a passage is its text, paragraph by paragraph, under a line naming
the article it is from. Plain text keeps paragraphs apart with a blank line, which braille
translators (liblouis, Duxbury) read as paragraph breaks.
"""

import html
import io
import re
from enum import Enum

from PySide6.QtCore import QCoreApplication

from reader.core.articles.article import ArticleMeta
from reader.core.articles.images import OBJECT_REPLACEMENT

translate = QCoreApplication.translate
# What QTextDocument's raw text holds besides letters: paragraph and line separators, and
# the object replacement character where a picture is (images.OBJECT_REPLACEMENT).
_PARAGRAPH, _LINE = "\u2029", "\u2028"


class ExportForm(Enum):
    TEXT = ".txt"
    HTML = ".html"
    EPUB = ".epub"


def paragraphs_of(text: str) -> list[str]:
    """The non-empty paragraphs of a view's raw text (pictures left out), each stripped."""
    text = text.replace(OBJECT_REPLACEMENT, "").replace("\r\n", "\n")
    chunks = text.replace(_PARAGRAPH, "\n\n").split("\n\n")
    return [chunk.replace(_LINE, "\n").strip() for chunk in chunks if chunk.strip()]


def source_line(meta: ArticleMeta) -> str:
    """ "From “Title”, by Author (2018)." naming the article a passage comes from; the
    author and the date are left out when the front matter has none. Whole sentences, so
    that each translates as one."""
    if meta.author and meta.published:
        line = translate("export", "From “{title}”, by {author} ({published}).")
    elif meta.author:
        line = translate("export", "From “{title}”, by {author}.")
    elif meta.published:
        line = translate("export", "From “{title}” ({published}).")
    else:
        line = translate("export", "From “{title}”.")
    return line.format(title=meta.title, author=meta.author, published=meta.published)


def plain_text(meta: ArticleMeta, text: str, *, passage: bool) -> str:
    """The text (a view's raw text) as plain text: paragraphs separated by a blank line,
    ending in a newline. A passage starts with the line naming its article (the whole
    article's text has its title and byline already)."""
    paragraphs = paragraphs_of(text)
    if passage:
        paragraphs.insert(0, source_line(meta))
    return "\n\n".join(paragraphs) + "\n"


def html_page(meta: ArticleMeta, body_html: str) -> str:
    """A standalone HTML5 page around already safe HTML (the rendered article), with its
    language, direction, title and author for the device that opens it."""
    language = html.escape(meta.language)
    direction = "rtl" if meta.is_right_to_left else "ltr"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(meta.title)}</title>\n"
        f'<meta name="author" content="{html.escape(meta.author)}">\n'
        '<meta name="generator" content="Reader">\n</head>\n'
        f"<body>\n{body_html}\n</body>\n</html>\n"
    )


def passage_body(meta: ArticleMeta, text: str) -> str:
    """A passage (a view's raw text) as HTML: the line naming its article, then its
    paragraphs, every character escaped."""
    paragraphs = [html.escape(p).replace("\n", "<br>") for p in paragraphs_of(text)]
    return f"<p><i>{html.escape(source_line(meta))}</i></p>\n" + "\n".join(
        f"<p>{paragraph}</p>" for paragraph in paragraphs
    )


def passage_html(meta: ArticleMeta, text: str) -> str:
    """A passage (a view's raw text) as a standalone HTML page (passage_body)."""
    return html_page(meta, passage_body(meta, text))


def exported(meta: ArticleMeta, form: ExportForm, text: str, body_html: str | None) -> bytes:
    """The file's bytes: of a passage (`text`, a view's raw text) when `body_html` is None,
    else of the whole article (`text` its raw text, `body_html` its rendered safe HTML)."""
    passage = body_html is None
    if form is ExportForm.TEXT:
        return plain_text(meta, text, passage=passage).encode("utf-8")
    body = passage_body(meta, text) if body_html is None else body_html
    if form is ExportForm.HTML:
        return html_page(meta, body).encode("utf-8")
    return epub_book(meta, body)


# A picture's address points into the article's folder, which the book does not hold: in
# the book it becomes its alt text, as a screen reader would say it.
_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def _image_as_alt(match: re.Match[str]) -> str:
    alt = _ALT.search(match.group(0))
    text = (alt.group(1) or alt.group(2) or "") if alt else ""
    return f"<span>{text}</span>" if text else ""


def epub_book(meta: ArticleMeta, body_html: str) -> bytes:
    """The article (its safe rendered HTML) as an EPUB 3 book of one chapter, with its
    title, author, language and direction. Written with EbookLib, which makes the package
    document, navigation and XHTML that EPUB readers and epubcheck expect."""
    # Imported here: only an export needs it, and it brings lxml with it.
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier(f"reader-{meta.id}")
    book.set_title(meta.title)
    book.set_language(meta.language)
    book.set_direction("rtl" if meta.is_right_to_left else "ltr")
    if meta.author:
        book.add_author(meta.author)
    if meta.published:
        book.add_metadata("DC", "date", meta.published)
    chapter = epub.EpubHtml(
        title=meta.title,
        file_name="article.xhtml",
        lang=meta.language,
        direction="rtl" if meta.is_right_to_left else "ltr",
    )
    chapter.content = _IMAGE.sub(_image_as_alt, body_html)
    book.add_item(chapter)
    book.toc = [epub.Link("article.xhtml", meta.title, "article")]
    book.spine = ["nav", chapter]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    out = io.BytesIO()
    epub.write_epub(out, book)
    return out.getvalue()
