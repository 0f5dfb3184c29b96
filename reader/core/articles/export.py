"""An article, or a passage of it, as a file for other devices and for braille production:
plain text (UTF-8) or a standalone HTML page.

The whole article's HTML is the safe HTML Reader shows (sanitised, with its title, byline
and language marks); a passage is its text, paragraph by paragraph, under a line naming
the article it is from. Plain text keeps paragraphs apart with a blank line, which braille
translators (liblouis, Duxbury) read as paragraph breaks.
"""

import html

from PySide6.QtCore import QCoreApplication

from reader.core.articles.article import ArticleMeta

translate = QCoreApplication.translate
# What QTextDocument's raw text holds besides letters: paragraph and line separators, and
# the object replacement character where a picture is.
_PARAGRAPH, _LINE, _OBJECT = "\u2029", "\u2028", "\ufffc"


def paragraphs_of(text: str) -> list[str]:
    """The non-empty paragraphs of a view's raw text (pictures left out), each stripped."""
    text = text.replace(_OBJECT, "").replace("\r\n", "\n")
    chunks = text.replace(_PARAGRAPH, "\n\n").split("\n\n")
    return [chunk.replace(_LINE, "\n").strip() for chunk in chunks if chunk.strip()]


def source_line(meta: ArticleMeta) -> str:
    """ "From “Title”, by Author (2018)." naming the article a passage comes from."""
    parts = translate("export", "From “{title}”, by {author}").format(
        title=meta.title, author=meta.author
    )
    if meta.published:
        parts += f" ({meta.published})"
    return parts + "."


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


def passage_html(meta: ArticleMeta, text: str) -> str:
    """A passage (a view's raw text) as a standalone HTML page: the line naming its article,
    then its paragraphs, every character escaped."""
    paragraphs = [html.escape(p).replace("\n", "<br>") for p in paragraphs_of(text)]
    body = f"<p><i>{html.escape(source_line(meta))}</i></p>\n" + "\n".join(
        f"<p>{paragraph}</p>" for paragraph in paragraphs
    )
    return html_page(meta, body)
