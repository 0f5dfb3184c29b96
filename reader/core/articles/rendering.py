"""Markdown to safe HTML for Qt's rich-text view.

The `markdown` package turns the article into HTML, then reader.core.articles.sanitise
keeps only what is safe to show; the front matter becomes the page's header.
"""

import html
import re
from dataclasses import replace

import markdown
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.def_list import DefListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.md_in_html import MarkdownInHtmlExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension, slugify_unicode
from PySide6.QtCore import QCoreApplication

from reader.core.articles.article import Article, ArticleError, ArticleMeta, RenderedArticle
from reader.core.articles.layout_breaks import break_for_layout
from reader.core.articles.sanitise import sanitise_html
from reader.core.language.parts import mark_language_parts

translate = QCoreApplication.translate


def render_article(article: Article) -> RenderedArticle:
    """The article as HTML; raises ArticleError for Markdown too deeply nested to convert."""
    try:
        body = markdown_to_html(article.body)
    except RecursionError as error:
        raise ArticleError(
            article.meta.path,
            translate(
                "rendering", "the text is nested too deeply (lists or quotes within each other)."
            ),
        ) from error
    return _page(article.meta, body)


def render_plain(article: Article, notice: str = "") -> RenderedArticle:
    """The article's text as it is written, without Markdown: the way shown when converting
    takes too long. Paragraphs are separated by blank lines; other line breaks are kept.
    `notice` (why it is shown so) opens the text and is kept in the result. Linear in the
    text's length, whatever it holds."""
    paragraphs = re.split(r"\n[ \t]*\n", article.body.strip())
    body = "".join(
        f"<p>{html.escape(paragraph, quote=False).replace(chr(10), '<br>')}</p>"
        for paragraph in paragraphs
        if paragraph.strip()
    )
    if notice:  # on the page too, where a sighted reader sees it and a screen reader reads it
        body = f'<p class="content-note">{html.escape(notice, quote=False)}</p>{body}'
    return replace(_page(article.meta, body), notice=notice)


def plain_text_notice() -> str:
    """What render_plain's page says when Markdown took too long to convert."""
    return translate(
        "rendering",
        "Converting this article's formatting took too long, so it is shown as plain text,"
        " without headings, links or pictures.",
    )


def _page(meta: ArticleMeta, body: str) -> RenderedArticle:
    root_direction = "rtl" if meta.is_right_to_left else "ltr"
    page = (
        f'<div lang="{html.escape(meta.language)}" dir="{root_direction}">'
        f"{_header_html(meta)}{body}</div>"
    )
    return RenderedArticle(
        meta=meta, html=mark_language_parts(break_for_layout(page), meta.language)
    )


def markdown_to_html(text: str) -> str:
    converter = markdown.Markdown(extensions=markdown_extensions())
    return sanitise_html(converter.convert(text))


def markdown_extensions() -> list[markdown.Extension]:
    """Python-Markdown's "extra" set, sane lists and heading ids that keep Urdu letters.

    Built from the classes, not by name: looking names up scans every installed
    package's entry points, which cost 50 ms of each start-up.
    """
    return [
        AbbrExtension(),
        AttrListExtension(),
        DefListExtension(),
        FencedCodeExtension(),
        FootnoteExtension(),
        MarkdownInHtmlExtension(),
        TableExtension(),
        SaneListExtension(),
        TocExtension(slugify=slugify_unicode, permalink=False),
    ]


_URL = re.compile(r"https?://[^\s<>\"']+")


def _linkify(text: str) -> str:
    pieces, last = [], 0
    for match in _URL.finditer(text):
        pieces.append(html.escape(text[last : match.start()]))
        url = html.escape(match.group(0))
        pieces.append(f'<a href="{url}">{url}</a>')
        last = match.end()
    pieces.append(html.escape(text[last:]))
    return "".join(pieces)


def _header_html(meta: ArticleMeta) -> str:
    """Title, byline, source and content note; whole phrases are translated, not words."""
    if meta.author:
        byline = [translate("rendering", "By {author}").format(author=html.escape(meta.author))]
    else:  # in the reader's language, not a placeholder name in English
        byline = [translate("rendering", "Author unknown")]
    if meta.published:
        published = translate("rendering", "Published {date}")
        byline.append(published.format(date=html.escape(meta.published)))
    parts = [
        f'<h1 id="top">{html.escape(meta.title)}</h1>',
        f'<p class="byline">{" · ".join(byline)}</p>',
    ]
    if meta.source:
        source = translate("rendering", "Source: {source}").format(source=_linkify(meta.source))
        parts.append(f'<p class="byline">{source}</p>')
    if meta.content_note:
        note = translate("rendering", "<b>Content note:</b> {note}")
        parts.append(
            f'<p class="content-note">{note.format(note=html.escape(meta.content_note))}</p>'
        )
    editorial_note = meta.extra.get("editorial_note")
    if editorial_note:
        parts.append(f'<p class="byline"><i>{html.escape(editorial_note)}</i></p>')
    parts.append("<hr>")
    return "".join(parts)
