"""What read-aloud speaks: an article's passages and sentences, in reading order.

Built from the laid-out QTextDocument (a model, not a widget), so every sentence
carries its range in the document the reader sees, ready to be highlighted.
Each sentence is spoken as one or more parts: a part is one language (a voice)
and at most MAX_PART_LENGTH characters, since the engine fails on long inputs.
"""

import time
from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from reader.core.language.parts import language_of_marker
from reader.core.marks.anchoring import DocumentPositions
from reader.core.speech.sentences import split_long_sentence, split_sentences

MAX_PART_LENGTH = 1000
# Same-length replacements only: indices into the text stay document positions.
_SILENT = str.maketrans({"\ufffc": " ", "\u2028": " "})


class PassageKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list item"
    TABLE_CELL = "table cell"


# Silence after a passage, in milliseconds: a heading or an item is heard as one.
PAUSE_AFTER = {
    PassageKind.HEADING: 600,
    PassageKind.PARAGRAPH: 150,
    PassageKind.LIST_ITEM: 350,
    PassageKind.TABLE_CELL: 250,
}


@dataclass(frozen=True)
class SpokenPart:
    text: str
    language: str
    start: int  # document position of the part's first character


@dataclass(frozen=True)
class Sentence:
    start: int  # document positions (UTF-16 code units, as Qt counts)
    end: int
    passage: int  # index into SpokenArticle.passages
    parts: tuple[SpokenPart, ...]

    @property
    def text(self) -> str:
        return "".join(part.text for part in self.parts)


@dataclass(frozen=True)
class Passage:
    kind: PassageKind
    start: int
    end: int
    first_sentence: int
    last_sentence: int  # inclusive

    @property
    def pause_after_ms(self) -> int:
        return PAUSE_AFTER[self.kind]


@dataclass(frozen=True)
class SpokenArticle:
    passages: tuple[Passage, ...]
    sentences: tuple[Sentence, ...]

    @cached_property
    def _starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, position: int) -> int | None:
        """The sentence holding `position`, else the first one after it; None past the end."""
        index = bisect_right(self._starts, position) - 1
        if index >= 0 and position < self.sentences[index].end:
            return index
        return index + 1 if index + 1 < len(self.sentences) else None

    def sentences_between(self, start: int, end: int) -> list[Sentence]:
        """The sentences a selection touches, cut to the selection."""
        chosen = []
        for sentence in self.sentences:
            if sentence.end <= start or sentence.start >= end:
                continue
            if start <= sentence.start and sentence.end <= end:
                chosen.append(sentence)
            else:
                chosen.append(_cut(sentence, max(start, sentence.start), min(end, sentence.end)))
        return chosen

    def next_passage_sentence(self, index: int) -> int | None:
        following = self.sentences[index].passage + 1
        return self.passages[following].first_sentence if following < len(self.passages) else None

    def previous_passage_sentence(self, index: int) -> int:
        """The start of this passage, or of the one before when already at its start."""
        passage = self.passages[self.sentences[index].passage]
        if index > passage.first_sentence or passage is self.passages[0]:
            return passage.first_sentence
        return self.passages[self.sentences[index].passage - 1].first_sentence

    def is_last_of_passage(self, index: int) -> bool:
        return self.passages[self.sentences[index].passage].last_sentence == index


def spoken_article(document: QTextDocument, language: str) -> SpokenArticle:
    """The article's passages and sentences, all found at once."""
    return SpokenArticleBuilder(document, language).finish()


class SpokenArticleBuilder:
    """Finds an article's passages and sentences a few blocks at a time, so that a long
    article (a 5 MB one takes seconds) never holds up the window that shows it.

    The document must not change while it is being read; start a new builder if it does.
    """

    def __init__(self, document: QTextDocument, language: str) -> None:
        self._language = language
        self._block = document.begin()
        self._passages: list[Passage] = []
        self._sentences: list[Sentence] = []

    @property
    def done(self) -> bool:
        return not self._block.isValid()

    def advance(self, seconds: float) -> bool:
        """Read blocks for about `seconds` (at least one); whether the whole article is read."""
        deadline = time.perf_counter() + seconds
        while self._block.isValid():
            self._read(self._block)
            self._block = self._block.next()
            if time.perf_counter() >= deadline:
                break
        return self.done

    def finish(self) -> SpokenArticle:
        """Read what is left; the article's passages and sentences."""
        while self._block.isValid():
            self._read(self._block)
            self._block = self._block.next()
        return SpokenArticle(tuple(self._passages), tuple(self._sentences))

    def _read(self, block: QTextBlock) -> None:
        passages, sentences = self._passages, self._sentences
        text = block.text().translate(_SILENT)
        if not text.strip():
            return
        kind = _kind_of(block)
        first = len(sentences)
        base, positions = block.position(), DocumentPositions(text)
        changes = _language_changes(block, positions, self._language)
        for start, end in split_sentences(text, changes[0][1]):
            parts = tuple(_parts(text, start, end, changes, base, positions))
            sentence_start = base + positions.to_document(start)
            sentence_end = base + positions.to_document(end)
            sentences.append(Sentence(sentence_start, sentence_end, len(passages), parts))
        if len(sentences) > first:
            end = base + positions.to_document(len(text))
            passages.append(Passage(kind, base, end, first, len(sentences) - 1))


def _kind_of(block: QTextBlock) -> PassageKind:
    if block.blockFormat().headingLevel():
        return PassageKind.HEADING
    if block.textList() is not None:
        return PassageKind.LIST_ITEM
    if QTextCursor(block).currentTable() is not None:
        return PassageKind.TABLE_CELL
    return PassageKind.PARAGRAPH


def _language_changes(
    block: QTextBlock, positions: DocumentPositions, language: str
) -> list[tuple[int, str]]:
    """(index in the block's text, language from there), starting at index 0."""
    changes = [(0, language)]
    for text_format in block.textFormats():
        for name in text_format.format.anchorNames():
            marked = language_of_marker(name)
            if marked is None:
                continue
            # Qt counts in UTF-16 units: an emoji before the marker counts twice.
            index = positions.to_text(text_format.start)
            if index == 0:
                changes[0] = (0, marked)
            else:
                changes.append((index, marked))
    return changes


def _parts(
    text: str,
    start: int,
    end: int,
    changes: list[tuple[int, str]],
    base: int,
    positions: DocumentPositions,
) -> list[SpokenPart]:
    parts = []
    for index, (change_start, part_language) in enumerate(changes):
        change_end = changes[index + 1][0] if index + 1 < len(changes) else len(text)
        low, high = max(start, change_start), min(end, change_end)
        if low >= high or not text[low:high].strip():
            continue
        for piece_start, piece_end in split_long_sentence(text, low, high, MAX_PART_LENGTH):
            piece = text[piece_start:piece_end]
            piece_position = base + positions.to_document(piece_start)
            parts.append(SpokenPart(piece, part_language, piece_position))
    return parts


def _cut(sentence: Sentence, start: int, end: int) -> Sentence:
    """Part of a sentence, as a selection covers it; its parts cut alike."""
    parts = []
    for part in sentence.parts:
        part_end = part.start + utf16_length(part.text)
        low, high = max(start, part.start), min(end, part_end)
        if low < high:
            text = _utf16_slice(part.text, low - part.start, high - part.start)
            if text.strip():
                parts.append(SpokenPart(text, part.language, low))
    return Sentence(start, end, sentence.passage, tuple(parts))


def utf16_length(text: str) -> int:
    """Qt's document positions count characters beyond the BMP twice, as UTF-16 does."""
    return len(text.encode("utf-16-le")) // 2


def _utf16_slice(text: str, start: int, end: int) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[start * 2 : end * 2].decode("utf-16-le", errors="ignore")
