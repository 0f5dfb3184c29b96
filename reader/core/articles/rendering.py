"""Markdown to safe HTML for Qt's rich-text view.

The `markdown` package turns the article into HTML, then reader.core.articles.sanitise
keeps only what is safe to show; the front matter becomes the page's header.
"""

import html
import re
from bisect import bisect_right
from dataclasses import replace
from typing import NamedTuple

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
    return sanitise_html(converter.convert(nested_lists_indented(text)))


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


# A list item's line: its indent, marker and the spaces after it, then its text.
# Python-Markdown's markers: no "1)".
_LIST_ITEM = re.compile(r"( *)([*+-]|\d{1,9}\.)( +)(.*)")
_RULE = re.compile(r" {0,3}([-*_])(?: *\1){2,} *")  # "* * *" is a rule, not an item
_FENCE = re.compile(r"(`{3,}|~{3,})")  # fenced_code's: at the start of a line only
_QUOTE = re.compile(r" {0,3}> ?")
_PYTHON_MARKDOWN_INDENT = 4  # its tab_length: the indent of each level of a nested list
_NESTED = 2  # an item at least this much further in than an open item's marker is within it
# Quotes within quotes whose lists are read: each level reads its lines again, so a hostile
# text of a thousand ">" a line would take a thousand passes.
_QUOTE_LEVELS = 8
# The first characters of a line that can start a list, a quote, code or a rule; or a blank.
_MAY_START_BLOCK = frozenset(" \t>*+-_`~0123456789") | {""}


class _Item(NamedTuple):
    """An open list item: its marker's column and its text's, as written; its level."""

    indent: int
    content: int
    level: int

    @property
    def moved(self) -> bool:
        """Whether its marker is written elsewhere than Python-Markdown's column for it."""
        return self.indent != _PYTHON_MARKDOWN_INDENT * self.level


def nested_lists_indented(text: str) -> str:
    """The Markdown with nested lists indented by 4 spaces a level, as Python-Markdown needs.

    Most Markdown written today (CommonMark, GitHub, what editors and converters paste)
    nests an item under the one before it by 2 or 3 spaces (the width of "1. "), which
    Python-Markdown reads as an item of the same list: the level is lost. An item at least
    _NESTED columns further in than an open item's marker is within it (CommonMark nests at
    the marker's text column, 2 or 3; accepting 2 for "1. " too is what readers expect), and
    is moved to 4 spaces a level; the lines of its text and its blocks (paragraphs, code)
    move with it, keeping how far in past its text they are. Lists already indented by 4
    are left as they are, as are fenced code at a line's start (whose text is never read
    as Markdown here), indented code outside lists and each line not in a list. Block
    quotes are read the same way inside their ">". Linear in the text's length.

    Two more of CommonMark's rules that Python-Markdown reads otherwise: fenced code within
    a list item (which fenced_code finds only at a line's start, so its lines showed as
    one paragraph) becomes indented code in the item, its fences blank lines (the language
    named after the opening fence is not kept: indented code has none); and an item right
    after a paragraph's line (an item's later paragraph, or a bullet or "1." item after
    prose) starts a list item, not the paragraph's next line: a blank line is added before
    it. Otherwise one line in gives one line out.
    (Python-Markdown has no setting for this: its indent is also its code blocks'; the
    mdx_truly_sane_lists extension sets one fixed width for every level, which breaks lists
    indented by 4 or by 3, and changes paragraphs within items.)
    """
    lines = text.split("\n")
    return "\n".join(_lists_indented(lines, 0))


def _lists_indented(lines: list[str], quote_level: int) -> list[str]:
    written: list[str] = []  # a line may hold a "\n": a blank line added before it
    items: list[_Item] = []  # the open items, outermost first
    fences = _Fences(lines)
    after_blank = True
    in_paragraph = False  # the last line is a paragraph's that a list item did not start
    block_indent: int | None = None  # where the block (lines since a blank one) starts
    block_start = True
    index = 0
    while index < len(lines):
        line = lines[index]
        if not items and line[:1] not in _MAY_START_BLOCK:
            written.append(line)  # most lines of prose: no list, quote or code starts here
            after_blank = False
            in_paragraph = True
            index += 1
            continue
        if not line.strip():
            written.append(line)
            after_blank = True
            in_paragraph = False
            block_indent = None
            block_start = True
            index += 1
            continue
        if block_start:  # the first line of a block: how far in Python-Markdown will read it
            block_indent = _block_indent(line, items)
            block_start = False
        fenced = fences.block_at(index)
        if fenced:  # code wherever it stands: fenced_code takes it out before lists are read
            written.extend(lines[index : index + fenced])
            items.clear()
            index += fenced
            after_blank = in_paragraph = False
            block_indent = None  # fenced_code's code is a block of its own
            block_start = True
            continue
        # Tabs as Python-Markdown reads them.
        spaces = line.expandtabs(_PYTHON_MARKDOWN_INDENT) if "\t" in line else line
        width = len(spaces) - len(spaces.lstrip(" "))
        item = _LIST_ITEM.fullmatch(spaces)
        if _RULE.fullmatch(spaces) or (not items and width >= _PYTHON_MARKDOWN_INDENT):
            item = None  # a rule; or code (or a paragraph's line), not a list, outside lists
        if item is not None and in_paragraph and not _starts_item(item, items, width):
            item = None  # CommonMark: only a bullet or "1." starts a list within a paragraph
        # Which open item the line belongs to: the innermost it is far enough in for; a line
        # of the same paragraph (no blank line before it) belongs to the innermost.
        while items and (item is not None or after_blank) and width < items[-1].indent + _NESTED:
            items.pop()
        if item is not None:
            marker_indent, marker, gap, rest = item.groups()
            level = len(items)
            items.append(_Item(len(marker_indent), width + len(marker) + len(gap), level))
            moved = " " * (_PYTHON_MARKDOWN_INDENT * level) + marker + gap + rest
            # After a paragraph's line Python-Markdown would read it as that line's next; in
            # a block begun further in (an item's later paragraph or list), as that block's.
            outdented = block_indent is not None and _PYTHON_MARKDOWN_INDENT * level < block_indent
            if not after_blank and (in_paragraph or outdented):
                moved = "\n" + moved
                block_indent = _PYTHON_MARKDOWN_INDENT * level
            written.append(moved)
            in_paragraph = False
        elif items and (fenced := _fenced_in_item(lines, index, spaces, width)):
            written.extend(_as_indented_code(items[-1], lines[index : index + fenced], width))
            index += fenced
            after_blank = True  # its closing fence is written as a blank line
            in_paragraph = False
            block_indent, block_start = None, True
            continue
        elif items:
            written.append(_moved_with(items[-1], line, width, after_blank))
            in_paragraph = not (after_blank and width >= _text_column(items[-1]) + 4) and (
                in_paragraph or after_blank
            )
        else:
            taken = _outside_lists(lines, index, quote_level)
            written.extend(taken)
            index += len(taken)
            after_blank = False
            in_paragraph = not _QUOTE.match(line) and not _FENCE.match(line)
            continue
        after_blank = False
        index += 1
    return written


def _block_indent(line: str, items: list[_Item]) -> int:
    """Roughly how far in the first line of a block will be written: the innermost open
    item's text column for a line far enough in for it, else its own indent."""
    spaces = line.expandtabs(_PYTHON_MARKDOWN_INDENT)
    width = len(spaces) - len(spaces.lstrip(" "))
    if items and width >= items[-1].indent + _NESTED:
        return _text_column(items[-1])
    return width


def _starts_item(item: re.Match[str], items: list[_Item], width: int) -> bool:
    """Whether a list item's line right after a paragraph's line starts an item: always
    when it is outside the innermost open item's text (that item's paragraph ends with
    it); within a paragraph, for a bullet or an item numbered 1 (CommonMark's rule, so that
    "in 1990. That year" wrapped onto a line of its own stays prose)."""
    if items and width < items[-1].content:
        return True
    marker = item.group(2)
    return not marker[0].isdigit() or int(marker[:-1]) == 1


def _text_column(item: _Item) -> int:
    """Python-Markdown's column for the text of `item` (4 spaces a level)."""
    return _PYTHON_MARKDOWN_INDENT * (item.level + 1)


def _fenced_in_item(lines: list[str], index: int, spaces: str, width: int) -> int:
    """How many lines the fenced code block opening at lines[index] (`spaces`: that line,
    tabs expanded; a fence `width` spaces in, within a list item) has, fences included: 0
    when none opens there or it is never closed (by the same fence alone on a line, as
    _Fences closes one)."""
    fence = _FENCE.match(spaces, width)
    if fence is None or width == 0:
        return 0
    for at in range(index + 1, len(lines)):
        if lines[at].strip(" ") == fence.group(1):
            return at - index + 1
    return 0


def _as_indented_code(item: _Item, block: list[str], width: int) -> list[str]:
    """A fenced code block within `item`, as code indented 4 past the item's text column
    (Python-Markdown's code in a list item), its fences blank lines: each code line less the
    fence's own indent (CommonMark's rule), its spaces and tabs past that kept."""
    column = " " * (_text_column(item) + _PYTHON_MARKDOWN_INDENT)
    code = []
    for line in block[1:-1]:
        spaces = line.expandtabs(_PYTHON_MARKDOWN_INDENT)
        cut = min(width, len(spaces) - len(spaces.lstrip(" ")))
        code.append(column + spaces[cut:] if spaces.strip() else "")
    return ["", *code, ""]


def _moved_with(item: _Item, line: str, width: int, after_blank: bool) -> str:
    """A line of an item's text or blocks, as far in past Python-Markdown's column for the
    item's text as it was past the item's text; unchanged where the item is not moved and
    the line is far enough in already, or goes on its paragraph."""
    text_column = _text_column(item)
    if not item.moved and (width >= text_column or not after_blank):
        return line
    spaces = line.expandtabs(_PYTHON_MARKDOWN_INDENT)
    return " " * (text_column + max(0, width - item.content)) + spaces[width:]


class _Fences:
    """The fenced code blocks of some lines (fenced_code's rule: a fence at the line's
    start, closed by the same fence alone on a line). Where each fence stands alone is
    found once, when a fence is first met: looking from each opening to the end would
    take quadratic time on a text of fences never closed."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._alone: dict[str, list[int]] | None = None

    def block_at(self, index: int) -> int:
        """How many lines the fenced code block starting at `index` has, fences included;
        0 when none starts there."""
        fence = _FENCE.match(self._lines[index])
        if fence is None:
            return 0
        if self._alone is None:
            self._alone = {}
            for at, line in enumerate(self._lines):
                if line[:1] in "`~" and _FENCE.fullmatch(alone := line.rstrip(" ")):
                    self._alone.setdefault(alone, []).append(at)
        closings = self._alone.get(fence.group(1), [])
        after = bisect_right(closings, index)
        return closings[after] - index + 1 if after < len(closings) else 0


def _outside_lists(lines: list[str], index: int, quote_level: int) -> list[str]:
    """The lines from `index` that no list holds, as they are to be written: a block
    quote's lines with their lists indented (within _QUOTE_LEVELS), or the one line."""
    end = index
    while end < len(lines) and _QUOTE.match(lines[end]):
        end += 1
    if end == index or quote_level >= _QUOTE_LEVELS:
        return lines[index : max(end, index + 1)]
    quoted = lines[index:end]
    prefixes = [_QUOTE.match(line).group(0) for line in quoted]  # type: ignore[union-attr]
    inner = _lists_indented(
        [line[len(prefix) :] for line, prefix in zip(quoted, prefixes, strict=True)],
        quote_level + 1,
    )
    return [
        "\n".join(prefix + part for part in line.split("\n"))  # a blank line added, quoted too
        for prefix, line in zip(prefixes, inner, strict=True)
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
