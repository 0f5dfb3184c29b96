"""A note's text: plain (notes made before formatting) or a small Markdown subset.

A note is written as Markdown source (bold **…**, italic *…*, "- " and "1. " lists): the
source is what the note editor and a screen reader show, what the marks files keep, and
what the Markdown export prints. It is shown formatted (`note_html`) and spoken without
its markup (`note_text`). Notes saved before this version are `NoteFormat.PLAIN`, so a
literal asterisk in them stays an asterisk; once edited they are saved as Markdown with
such characters escaped (`editable_source`), so they still say the same.

A note is untrusted when imported from a marks file: its HTML is reduced to the
formatting tags below (no links, no pictures, no raw HTML, no attributes).
"""

import html
import re
from enum import StrEnum
from functools import lru_cache
from html.parser import HTMLParser

import nh3


class NoteFormat(StrEnum):
    PLAIN = "plain"  # notes made before Reader knew formatting: every character literal
    MARKDOWN = "markdown"


NOTE_TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li"}
NOTE_ATTRIBUTES = {"ol": {"start"}}
# Dropped with what they hold; every other tag outside NOTE_TAGS leaves its text (a link's
# words without the link).
_DROPPED_WITH_CONTENT = {"script", "style", "template", "noscript", "iframe", "object", "embed"}
# Characters Python-Markdown treats as markup (its backslash escapes), and line starts
# that begin a list, a heading or a quote.
_MARKUP_CHARACTERS = re.compile(r"([\\`*_\[\]{}()#!>])")
_BLOCK_START = re.compile(r"^(\s*)([-+]|\d+\.)(\s)", re.MULTILINE)
_LIST_ITEM = re.compile(r"^(\s*)([-+*]|\d+\.)\s+")
# What can make Markdown of a note's words: a note with none of it reads as its own lines,
# without the Markdown parser (0.8 ms a note: 500 noted highlights took 0.4 s to draw).
_MAY_BE_MARKUP = re.compile(
    r"[*_`\\\[\]!<>&#|~]|^[ \t]*(?:[-+]|\d+[.)])(?:\s|$)|^(?: {4}|\t)|^[ \t]*=+[ \t]*$",
    re.MULTILINE,
)


def escape_markdown(text: str) -> str:
    """`text` as Markdown that shows exactly `text` (each markup character escaped)."""
    escaped = _MARKUP_CHARACTERS.sub(r"\\\1", text)
    return _BLOCK_START.sub(lambda found: found[1] + _escape_marker(found[2]) + found[3], escaped)


def _escape_marker(marker: str) -> str:
    return marker[:-1] + "\\." if marker.endswith(".") else "\\" + marker


def editable_source(note: str, note_format: NoteFormat) -> str:
    """The Markdown the note editor starts from: a plain note escaped, so that saving it
    unchanged keeps what it says."""
    return note if note_format is NoteFormat.MARKDOWN else escape_markdown(note)


def markdown_source(note: str, note_format: NoteFormat) -> str:
    """The note as Markdown, for the Markdown export (a plain note escaped)."""
    return editable_source(note, note_format)


def note_html(note: str, note_format: NoteFormat) -> str:
    """The note as safe HTML: paragraphs, line breaks, bold, italic and lists only."""
    if note_format is NoteFormat.PLAIN:
        return "<p>" + html.escape(note).replace("\n", "<br>") + "</p>"
    # "<" escaped first: raw HTML in a note shows as typed (nh3 below is the second guard).
    source = note.replace("&", "&amp;").replace("<", "&lt;")
    # Imported here: most articles open with no formatted note, and Python-Markdown is
    # 20 ms and 0.7 MiB of a start (python -X importtime, /proc/self/status).
    import markdown

    rendered = markdown.markdown(_lists_apart(source), extensions=["nl2br", "sane_lists"])
    return nh3.clean(
        rendered,
        tags=NOTE_TAGS,
        attributes=NOTE_ATTRIBUTES,
        clean_content_tags=_DROPPED_WITH_CONTENT,
        url_schemes=set(),
        link_rel=None,
    )


def _lists_apart(source: str) -> str:
    """A blank line before a list that follows a line of text: Markdown wants one, a
    reader typing "Buy:" and then "- milk" does not know it."""
    lines, previous = [], ""
    for line in source.split("\n"):
        if _LIST_ITEM.match(line) and previous.strip() and not _LIST_ITEM.match(previous):
            lines.append("")
        lines.append(line)
        previous = line
    return "\n".join(lines)


@lru_cache(maxsize=4096)
def note_text(note: str, note_format: NoteFormat) -> str:
    """The note's words without markup, lines kept: for reading aloud, the lists and
    tooltips. A numbered item keeps its number ("2. …"); a bullet is dropped. (Cached:
    every drawing of the highlights asks for the words of each note.)"""
    if note_format is NoteFormat.PLAIN:
        return note
    if not _MAY_BE_MARKUP.search(note):
        return "\n".join(line.strip() for line in note.split("\n") if line.strip())
    return _markdown_text(note)


def _markdown_text(note: str) -> str:
    """note_text of a Markdown note, rendered."""
    reader = _TextOfHtml()
    reader.feed(note_html(note, NoteFormat.MARKDOWN))
    reader.close()
    return "\n".join(line.strip() for line in "".join(reader.parts).split("\n") if line.strip())


class _TextOfHtml(HTMLParser):
    """The text of a note's HTML: a line per paragraph, line break and list item."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._numbers: list[int | None] = []  # per open list: the next number, None: bullets

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "ol":
            start = dict(attrs).get("start") or "1"
            self._numbers.append(int(start) if start.isdigit() else 1)
        elif tag == "ul":
            self._numbers.append(None)
        elif tag == "li":
            self.parts.append("\n")
            if self._numbers and self._numbers[-1] is not None:
                self.parts.append(f"{self._numbers[-1]}. ")
                self._numbers[-1] += 1
        elif tag in ("p", "br"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ol", "ul") and self._numbers:
            self._numbers.pop()
        if tag in ("p", "li", "ol", "ul"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        # Inside a paragraph, Markdown's own line breaks within the source are spaces.
        self.parts.append(data.replace("\n", "\n" if data.strip() else ""))


def continued_list_item(line: str) -> str | None:
    """What a new line after `line` starts with, when `line` is a list item: "- " again,
    or the next number ("3. " after "2. …"); None when it is no list item. An empty item
    (the marker alone) ends the list: "" is returned."""
    found = _LIST_ITEM.match(line)
    if found is None:
        return None
    if not line[found.end() :].strip():
        return ""
    indent, marker = found[1], found[2]
    if marker.endswith("."):
        return f"{indent}{int(marker[:-1]) + 1}. "
    return f"{indent}{marker} "
