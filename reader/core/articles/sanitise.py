"""Safe HTML for Qt's rich-text view, from HTML no one vouches for.

ammonia (nh3) keeps only an allow-list of tags, attributes, classes and link
schemes, so raw HTML in an article (or a tampered cache) cannot hide text with
styles or point anywhere but the web and the article itself; a last pass turns
images that are not files in the article's folder into their alt text, so
nothing is fetched.
"""

import html
import re
from html.parser import HTMLParser

import nh3
from PySide6.QtCore import QCoreApplication

from reader.core.articles.links import EXTERNAL_LINK_SCHEMES, is_local_reference

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
# Classes Reader's own pass gives parts in another language (reader.core.language.parts),
# which the page style gives a face and line height: Nastaliq, other right-to-left, plain,
# and a list item of Nastaliq text. Allowed on every tag, since the render cache's HTML
# is sanitised again; in an author's hands they change only a face and a line height.
TYPOGRAPHY_CLASSES = ("lang-nastaliq", "lang-rtl", "lang-plain", "lang-nastaliq-item")
# The page header's own classes, styled by article.css; nothing else may set a class.
ALLOWED_CLASSES = {
    tag: {"byline", "content-note"} if tag == "p" else {"image-alt"} if tag == "span" else set()
    for tag in ALLOWED_TAGS
}
for _classes in ALLOWED_CLASSES.values():
    _classes.update(TYPOGRAPHY_CLASSES)


def sanitise_html(raw_html: str) -> str:
    """HTML reduced to the allow-list, with non-local images replaced by their alt text.

    Safe to run again on its own output: the render cache does so on every load.
    """
    cleaned = nh3_clean(raw_html)
    quick = _without_pictures(cleaned)
    return quick if quick is not None else _OfflineImageRewriter().rewrite(cleaned)


def nh3_clean(raw_html: str) -> str:
    """The allow-list alone (ammonia's serialisation: tags in lower case, attribute values
    in double quotes)."""
    return nh3.clean(
        raw_html,
        tags=ALLOWED_TAGS,
        clean_content_tags=CLEAN_CONTENT_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(EXTERNAL_LINK_SCHEMES),
        filter_style_properties=ALLOWED_STYLE_PROPERTIES,
        allowed_classes=ALLOWED_CLASSES,
        link_rel=None,
    )


# An attribute value as nh3 writes it (always in double quotes, a quote inside as &quot;)
# holding a character Python's html.escape writes differently.
_ATTRIBUTE_ESCAPED_OTHERWISE = re.compile(r'="[^"]*[\'<>][^"]*"')


def _without_pictures(cleaned: str) -> str | None:
    """What _OfflineImageRewriter makes of nh3's output when it has no picture, without
    parsing it again (Python's HTML parser takes about 0.2 s a megabyte: most of a large
    article's opening from the render cache); None when it must parse.

    The two write HTML alike but for a no-break space (nh3 writes "&nbsp;", the rewriter
    the character) and, in attribute values, ', < and > (escaped by the rewriter alone).
    nh3 writes tags in lower case, so "<img" finds every picture.
    """
    if "<img" in cleaned or _ATTRIBUTE_ESCAPED_OTHERWISE.search(cleaned):
        return None
    return cleaned.replace("&nbsp;", "\N{NO-BREAK SPACE}")


class HtmlRewriter(HTMLParser):
    """Writes out the HTML it reads, tag by tag; subclasses change what they must."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.output: list[str] = []

    def rewrite(self, page_html: str) -> str:
        self.feed(page_html)
        self.close()
        return "".join(self.output)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.output.append(start_tag(tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.output.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.output.append(html.escape(data, quote=False))


class _OfflineImageRewriter(HtmlRewriter):
    """Puts alt text where an image is not a local file."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self._image(dict(attrs))
        else:
            super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag != "img":
            super().handle_endtag(tag)

    def _image(self, attrs: dict[str, str | None]) -> None:
        source = attrs.get("src") or ""
        alt = (attrs.get("alt") or "").strip()
        if source and is_local_reference(source):
            self.output.append(start_tag("img", list(attrs.items())))
            return
        label = QCoreApplication.translate("sanitise", "Image")
        text = f"[{label}: {alt}]" if alt else f"[{label}]"
        self.output.append(f'<span class="image-alt">{html.escape(text, quote=False)}</span>')


def start_tag(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    rendered = "".join(f' {name}="{html.escape(value or "", quote=True)}"' for name, value in attrs)
    return f"<{tag}{rendered}>"
