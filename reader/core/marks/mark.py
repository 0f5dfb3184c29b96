"""Bookmarks and highlights (with their notes): what a mark is, and its colours per theme."""

import time
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reader.core.articles.images import OBJECT_REPLACEMENT, picture_label
from reader.core.display.themes import BODY_TEXT_RATIO, Theme, best_extreme, contrast_ratio
from reader.core.marks.anchoring import Anchor, relocate
from reader.core.marks.notes import NoteFormat, note_text

translate = QCoreApplication.translate
NAME_WORDS = 6  # of the text at a bookmark, in its default name


class MarkKind(StrEnum):
    BOOKMARK = "bookmark"
    HIGHLIGHT = "highlight"


class Category(StrEnum):
    """What a highlight means to the reader; each has its own colour in every theme."""

    IMPORTANT = "important"
    IDEA = "idea"
    QUESTION = "question"
    DISAGREE = "disagree"


_CATEGORY_LABELS = {
    Category.IMPORTANT: QT_TRANSLATE_NOOP("marks", "Important (yellow)"),
    Category.IDEA: QT_TRANSLATE_NOOP("marks", "Idea (green)"),
    Category.QUESTION: QT_TRANSLATE_NOOP("marks", "Question (blue)"),
    Category.DISAGREE: QT_TRANSLATE_NOOP("marks", "Disagree (pink)"),
}
# Pale on light pages, deep on dark ones, so that the page's own text stays readable.
_LIGHT_BACKGROUNDS = {
    Category.IMPORTANT: "#ffd84d",
    Category.IDEA: "#8fdc8f",
    Category.QUESTION: "#8fc8ff",
    Category.DISAGREE: "#ffa3cc",
}
_DARK_BACKGROUNDS = {
    Category.IMPORTANT: "#5c4a00",
    Category.IDEA: "#1d5530",
    Category.QUESTION: "#1c4778",
    Category.DISAGREE: "#6e2450",
}


def category_label(category: Category) -> str:
    return translate("marks", _CATEGORY_LABELS[category])


@dataclass(frozen=True)
class HighlightColours:
    background: str
    text: str


def highlight_colours(theme: Theme) -> dict[Category, HighlightColours]:
    """Each category's colours in `theme`: its text keeps the theme's colour where that has
    the page's 7:1 on the highlight, else black or white, whichever contrasts more (at
    least 8.6:1 on every category's background)."""
    backgrounds = _DARK_BACKGROUNDS if theme.is_dark else _LIGHT_BACKGROUNDS
    colours = {}
    for category, background in backgrounds.items():
        text = theme.text
        if contrast_ratio(text, background) < BODY_TEXT_RATIO:
            text = best_extreme(background)
        colours[category] = HighlightColours(background, text)
    return colours


class Mark(NamedTuple):
    """A bookmark or a highlight in one article. `id` is a UUID, stable across copies of the
    store and exported files; `text_fingerprint` names the text the anchor was made for.
    (A named tuple: an article's thousand marks load in a third of a frozen dataclass's time.)"""

    id: str
    article_id: str
    kind: MarkKind
    anchor: Anchor
    text_fingerprint: str
    category: Category | None = None  # highlights only
    name: str = ""  # bookmarks only
    note: str = ""
    section: str = ""  # the heading it was under when made, for exports
    orphaned: bool = False
    created_at: float = 0.0  # seconds since 1970, UTC, to the millisecond
    updated_at: float = 0.0
    # How `note` is written: Markdown since notes have formatting; PLAIN for older notes.
    note_format: NoteFormat = NoteFormat.PLAIN

    def note_words(self) -> str:
        """The note without its markup (lines kept), as it is read aloud."""
        return note_text(self.note, self.note_format)


def now() -> float:
    """Milliseconds are all a mark keeps: the exported ISO time then reads back exactly."""
    return round(time.time(), 3)


def new_mark(
    article_id: str,
    kind: MarkKind,
    anchor: Anchor,
    text_fingerprint: str,
    *,
    category: Category | None = None,
    name: str = "",
    note: str = "",
    section: str = "",
) -> Mark:
    import uuid  # here: with platform, 4 ms of a start that makes no mark

    moment = now()
    return Mark(
        id=str(uuid.uuid4()),
        article_id=article_id,
        kind=kind,
        anchor=anchor,
        text_fingerprint=text_fingerprint,
        category=category if kind is MarkKind.HIGHLIGHT else None,
        name=name,
        note=note,
        section=section,
        created_at=moment,
        updated_at=moment,
        note_format=NoteFormat.MARKDOWN,
    )


def default_bookmark_name(section: str, text: str) -> str:
    """ "Section: the first words…" from the heading and the text at the bookmark."""
    words = " ".join(text.split()).split(" ")
    snippet = " ".join(words[:NAME_WORDS])
    if len(words) > NAME_WORDS:
        snippet += "…"
    if section and snippet:
        return f"{section}: {snippet}"
    return section or snippet or translate("marks", "Bookmark")


def display_text(text: str) -> str:
    """A quote on one line: paragraph breaks and runs of spaces become single spaces, and a
    picture's character (U+FFFC), whose description the quote does not keep, "[Picture]"."""
    return " ".join(text.replace(OBJECT_REPLACEMENT, picture_label("")).split())


def highlights_overlapping(marks: Iterable[Mark], start: int, end: int) -> list[Mark]:
    """The placed (not orphaned) highlights among `marks` that share at least one character
    with text[start:end] (text indices, end exclusive; touching is not sharing), in the
    order given. A new highlight over them would be drawn over theirs, and listed twice."""
    return [
        mark
        for mark in marks
        if mark.kind is MarkKind.HIGHLIGHT
        and not mark.orphaned
        and mark.anchor.start < end
        and start < mark.anchor.end
    ]


def reanchored(marks: list[Mark], text: str, text_fingerprint: str) -> list[Mark]:
    """The marks made for another version of the text, or whose range does not hold their
    quote in `text` (an imported mark placed past the end), found again (or orphaned).

    A mark found again takes its new place (and, found word for word, the context there);
    its quote is never replaced: found approximately, it keeps the words the reader marked.
    An orphaned one keeps everything it had, so that it can be shown with its own words,
    attached again by hand, or found again if the text changes back.
    """
    moved = []
    length, holds = len(text), text.startswith  # bound once: runs per mark at every opening
    for mark in marks:
        start, end, quote, _, _ = mark.anchor
        if mark.text_fingerprint == text_fingerprint and (
            mark.orphaned or (end <= length and end - start == len(quote) and holds(quote, start))
        ):
            continue
        found = relocate(mark.anchor, text)
        if found is None:
            moved.append(mark._replace(orphaned=True, text_fingerprint=text_fingerprint))
        else:
            moved.append(
                mark._replace(anchor=found, orphaned=False, text_fingerprint=text_fingerprint)
            )
    return moved


def notes_to_read(marks: list[Mark]) -> list[str]:
    """What reading notes aloud says, one text per noted highlight in document order:
    "Note 1 of 2, on “the words marked”: the note." (a single note without its number)."""
    noted = [mark for mark in marks if mark.kind is MarkKind.HIGHLIGHT and mark.note.strip()]
    texts = []
    for number, mark in enumerate(noted, start=1):
        quote, note = display_text(mark.anchor.quote), display_text(mark.note_words())
        if len(noted) == 1:
            texts.append(
                translate("marks", "Note on “{text}”: {note}").format(text=quote, note=note)
            )
        else:
            texts.append(
                translate("marks", "Note {number} of {count}, on “{text}”: {note}").format(
                    number=number, count=len(noted), text=quote, note=note
                )
            )
    return texts


class MarkEntry(NamedTuple):
    """A mark as a panel lists it: with the heading it is under in the article now."""

    mark: Mark
    section: str
    words: str = ""  # its words as the article reads them now: pictures as their descriptions
    before: str = ""  # the same for the context before it (the anchor's prefix)
    after: str = ""  # and after it (its suffix)

    def quote_text(self) -> str:
        """The marked words on one line (display_text): `words` where known, else the quote."""
        return self.words or display_text(self.mark.anchor.quote)

    def context_before(self) -> str:
        """The words before the mark on one line: `before` where known, else its prefix."""
        return self.before or display_text(self.mark.anchor.prefix)

    def context_after(self) -> str:
        """The words after the mark on one line: `after` where known, else its suffix."""
        return self.after or display_text(self.mark.anchor.suffix)
