"""Markdown to safe HTML for Qt's rich-text view.

Three steps: the `markdown` package turns the article into HTML; ammonia (nh3)
keeps only an allow-list of tags, attributes and link schemes, so raw HTML in
an article cannot run scripts, hide text with styles or reach the network;
a last pass turns images that are not local files into their alt text.
"""

import html
import re
from html.parser import HTMLParser

import markdown
import nh3
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

from reader.core.articles import Article, ArticleMeta, RenderedArticle
from reader.core.links import EXTERNAL_LINK_SCHEMES, is_local_reference

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl",
    "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong",
    "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"id", "lang", "dir", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "th": {"style", "colspan", "rowspan"},
    "td": {"style", "colspan", "rowspan"},
    "ol": {"start"},
}
# Tables keep their column alignment; no other style survives (nothing can hide text).
ALLOWED_STYLE_PROPERTIES = {"text-align"}
CLEAN_CONTENT_TAGS = {"script", "style", "template", "noscript", "iframe", "object", "embed"}


def render_article(article: Article) -> RenderedArticle:
    body = markdown_to_html(article.body)
    root_direction = "rtl" if article.meta.is_right_to_left else "ltr"
    page = (
        f'<div lang="{html.escape(article.meta.language)}" dir="{root_direction}">'
        f"{_header_html(article.meta)}{body}</div>"
    )
    return RenderedArticle(meta=article.meta, html=page)


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


def sanitise_html(raw_html: str) -> str:
    cleaned = nh3.clean(
        raw_html,
        tags=ALLOWED_TAGS,
        clean_content_tags=CLEAN_CONTENT_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(EXTERNAL_LINK_SCHEMES),
        filter_style_properties=ALLOWED_STYLE_PROPERTIES,
        link_rel=None,
    )
    rewriter = _OfflineImageRewriter()
    rewriter.feed(cleaned)
    rewriter.close()
    return "".join(rewriter.output)


class _OfflineImageRewriter(HTMLParser):
    """Re-emits sanitised HTML, putting alt text where an image is not a local file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.output: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self._image(dict(attrs))
            return
        self.output.append(_start_tag(tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag != "img":
            self.output.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.output.append(html.escape(data, quote=False))

    def _image(self, attrs: dict[str, str | None]) -> None:
        source = attrs.get("src") or ""
        alt = (attrs.get("alt") or "").strip()
        if source and is_local_reference(source):
            self.output.append(_start_tag("img", list(attrs.items())))
            return
        label = QCoreApplication.translate("rendering", "Image")
        text = f"[{label}: {alt}]" if alt else f"[{label}]"
        self.output.append(f'<span class="image-alt">{html.escape(text, quote=False)}</span>')


def _start_tag(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    rendered = "".join(f' {name}="{html.escape(value or "", quote=True)}"' for name, value in attrs)
    return f"<{tag}{rendered}>"


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
    def tr(text: str) -> str:
        return QCoreApplication.translate("rendering", text)

    byline = [f"{tr('By')} {html.escape(meta.author)}"]
    if meta.published:
        byline.append(f"{tr('Published')} {html.escape(meta.published)}")
    parts = [
        f'<h1 id="top">{html.escape(meta.title)}</h1>',
        f'<p class="byline">{" · ".join(byline)}</p>',
    ]
    if meta.source:
        parts.append(f'<p class="byline">{tr("Source:")} {_linkify(meta.source)}</p>')
    if meta.content_note:
        parts.append(
            f'<p class="content-note"><b>{tr("Content note:")}</b> '
            f"{html.escape(meta.content_note)}</p>"
        )
    editorial_note = meta.extra.get("editorial_note")
    if editorial_note:
        parts.append(f'<p class="byline"><i>{html.escape(editorial_note)}</i></p>')
    parts.append("<hr>")
    return "".join(parts)
