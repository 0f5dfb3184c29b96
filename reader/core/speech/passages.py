"""What read-aloud speaks: an article's passages and sentences, in reading order.

Built from the laid-out QTextDocument (a model, not a widget), so every sentence
carries its range in the document the reader sees, ready to be highlighted.
Each sentence is spoken as one or more parts: a part is one language (a voice)
and at most MAX_PART_LENGTH characters, since the engine fails on long inputs.

What a part says is what a listener needs to hear (reader.core.speech.spoken_text): digits
of any script and compatibility characters as what they stand for, and footnotes as a
reader of the page meets them. A footnote's reference (the superscript "1") is not read
inside its sentence, or is read as "note 1" when asked; it never joins two sentences into
one. The back-link at the end of a note ("↩") is silent. The notes themselves are read
where they are, at the end, or skipped when asked (DAISY's read-aloud guidance RA-20: the
reader chooses what read-aloud skips). A numbered list item's number is said before it,
as the page shows it ("1.") or as "item 1" when asked (a bullet is never said: the pause
after an item already tells items apart, and "bullet" before each would only slow them);
code blocks are read line by line, or skipped, silently, when asked; and a picture is
said where it stands as "Picture: " and its description (its alt text), unless pictures
are skipped; a picture with no description is silent.
"""

import time
from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from reader.core.articles.images import OBJECT_REPLACEMENT, alt_text
from reader.core.language.tags import primary_language
from reader.core.marks.anchoring import SOFT_HYPHEN, DocumentPositions
from reader.core.reading.structure import (
    is_code_line,
    item_number,
    language_at,
    language_changes,
    starts_code_block,
)
from reader.core.speech.sentences import split_long_sentence, split_sentences
from reader.core.speech.spoken_text import Replacement, SpokenText, spoken_text

MAX_PART_LENGTH = 1000
# A picture's description is cut to this (with "…"): with its word, well within a part.
MAX_DESCRIPTION = 600
# Same-length replacements only: indices into the text stay document positions.
_SILENT = str.maketrans({OBJECT_REPLACEMENT: " ", "\u2028": " "})
# Footnotes as Markdown's footnote extension (python-markdown) links them: a reference
# links to "#fn:NAME", a back-link to "#fnref:NAME", and each note's first letter carries
# the anchor "fn:NAME". The extension puts the notes after everything else.
_REFERENCE_HREF = "#fn:"
_BACKLINK_HREF = "#fnref:"
_NOTE_ANCHOR = "fn:"
# To the sentence splitter a reference is like a closing quote: part of the sentence before.
_AS_CLOSER = "\u200b"
# "note" in the languages whose voices say it; elsewhere a reference is read as its number.
NOTE_WORD = {
    "en": "note", "ur": "حاشیہ", "hi": "टिप्पणी", "bn": "টীকা", "ar": "حاشية", "fa": "پانویس",
    "de": "Anmerkung", "fr": "note", "es": "nota",
}  # fmt: skip
# The word that introduces a picture's description, in the languages whose voices say it;
# elsewhere the description is read alone.
PICTURE_WORD = {
    "en": "Picture", "ur": "تصویر", "hi": "चित्र", "bn": "ছবি", "ar": "صورة", "fa": "تصویر",
    "de": "Bild", "fr": "Image", "es": "Imagen",
}  # fmt: skip
# The word before a list item's number when numbers are said as "item 1", in the languages
# whose voices say it; elsewhere the number is said as the page shows it ("1."). Urdu says
# "نمبر" ("number"), as a list is counted aloud in Urdu ("نمبر ایک"), where the loan word
# "آئٹم" is heard mostly in shops and software, and espeak-ng's Urdu voice says it plainly.
ITEM_WORD = {
    "en": "item", "ur": "نمبر", "hi": "क्रमांक", "bn": "ক্রমিক", "ar": "البند", "fa": "مورد",
    "de": "Punkt", "fr": "élément", "es": "elemento",
}  # fmt: skip


class PassageKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list item"
    TABLE_CELL = "table cell"


# Silence after a passage, in milliseconds: a heading or an item is heard as one. The
# reader may change the first three (SpeechSettings; plan.pauses).
PAUSE_AFTER = {
    PassageKind.HEADING: 600,
    PassageKind.PARAGRAPH: 150,
    PassageKind.LIST_ITEM: 350,
    PassageKind.TABLE_CELL: 250,
}


@dataclass(frozen=True)
class SpokenPart:
    spoken: SpokenText  # what the engine is given, and the document text it stands for
    language: str
    start: int  # document position of the part's first character
    # Indices into spoken.source of the letters a soft hyphen stands before in the document
    # (reader.core.display.hyphenation): the document has them, what is said does not.
    soft_hyphens: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        """What the engine is given."""
        return self.spoken.text

    def positions(self) -> DocumentPositions:
        """Between indices of spoken.source and document positions from `start`."""
        source, pieces, last = self.spoken.source, [], 0
        for index in self.soft_hyphens:
            pieces += [source[last:index], SOFT_HYPHEN]
            last = index
        return DocumentPositions("".join([*pieces, source[last:]]))

    def document_range(self, start: int, end: int) -> tuple[int, int]:
        """Document positions of what text[start:end] (a word the engine timed) stands for."""
        low, high = self.spoken.source_range(start, end)
        positions = self.positions()
        return self.start + positions.to_document(low), self.start + positions.to_document(high)


@dataclass(frozen=True)
class Sentence:
    start: int  # document positions (UTF-16 code units, as Qt counts)
    end: int
    passage: int  # index into SpokenArticle.passages
    parts: tuple[SpokenPart, ...]

    @property
    def text(self) -> str:
        """What the engine is given for the sentence."""
        return "".join(part.text for part in self.parts)

    def part_at(self, start: int) -> SpokenPart | None:
        """The part that starts at document position `start`."""
        return next((part for part in self.parts if part.start == start), None)


@dataclass(frozen=True)
class Passage:
    kind: PassageKind
    start: int
    end: int
    first_sentence: int
    last_sentence: int  # inclusive
    # Where the table or code block the passage is part of starts (a document position),
    # None for a passage on its own: Next Paragraph leaves such a whole at once.
    whole: int | None = None


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
        """The first sentence of the next passage; from a table or a code block, of the first
        passage after it (issue 18, item 4: Next Sentence still moves within one)."""
        current = self.sentences[index].passage
        whole = self.passages[current].whole
        following = current + 1
        while (
            whole is not None
            and following < len(self.passages)
            and self.passages[following].whole == whole
        ):
            following += 1
        return self.passages[following].first_sentence if following < len(self.passages) else None

    def previous_passage_sentence(self, index: int) -> int:
        """The start of this passage (of its table or code block), or of the one before when
        already at its start (the start of the table or code block before)."""
        number = self._first_of_whole(self.sentences[index].passage)
        passage = self.passages[number]
        if index > passage.first_sentence or number == 0:
            return passage.first_sentence
        return self.passages[self._first_of_whole(number - 1)].first_sentence

    def _first_of_whole(self, number: int) -> int:
        """The first passage of the table or code block passage `number` is part of."""
        whole = self.passages[number].whole
        while whole is not None and number > 0 and self.passages[number - 1].whole == whole:
            number -= 1
        return number

    def is_last_of_passage(self, index: int) -> bool:
        return self.passages[self.sentences[index].passage].last_sentence == index


def spoken_article(
    document: QTextDocument,
    language: str,
    *,
    say_note_references: bool = False,
    read_notes: bool = True,
    describe_pictures: bool = True,
    say_item_word: bool = False,
    read_code: bool = True,
) -> SpokenArticle:
    """The passages and sentences of a laid-out article, in reading order, all found at
    once. A footnote's reference is silent, or read as "note 1" with
    `say_note_references`; the notes are left out unless `read_notes`; pictures are
    described unless not `describe_pictures`; a list item's number is said as "item 1"
    with `say_item_word`, else as "1."; code blocks are left out unless `read_code`."""
    return SpokenArticleBuilder(
        document,
        language,
        say_note_references=say_note_references,
        read_notes=read_notes,
        describe_pictures=describe_pictures,
        say_item_word=say_item_word,
        read_code=read_code,
    ).finish()


class SpokenArticleBuilder:
    """Finds an article's passages and sentences a few blocks at a time, so that a long
    article (a 5 MB one takes seconds) never holds up the window that shows it.

    The document must not change while it is being read; start a new builder if it does.
    The options are spoken_article's.
    """

    def __init__(
        self,
        document: QTextDocument,
        language: str,
        *,
        say_note_references: bool = False,
        read_notes: bool = True,
        describe_pictures: bool = True,
        say_item_word: bool = False,
        read_code: bool = True,
    ) -> None:
        self._language = language
        self._say_note_references = say_note_references
        self._read_notes = read_notes
        self._describe_pictures = describe_pictures
        self._say_item_word = say_item_word
        self._read_code = read_code
        self._block = document.begin()
        self._code_start: int | None = None  # where the code block being read starts
        self._notes_list: int | None = None  # where the list of footnotes starts
        self._passages: list[Passage] = []
        self._sentences: list[Sentence] = []

    @property
    def done(self) -> bool:
        return not self._block.isValid()

    def advance(self, seconds: float) -> bool:
        """Read blocks for about `seconds` (at least one); whether the whole article is read."""
        deadline = time.perf_counter() + seconds
        while self._block.isValid():
            self._step()
            if time.perf_counter() >= deadline:
                break
        return self.done

    def finish(self) -> SpokenArticle:
        """Read what is left; the article's passages and sentences."""
        while self._block.isValid():
            self._step()
        return SpokenArticle(tuple(self._passages), tuple(self._sentences))

    def _step(self) -> None:
        if self._read(self._block):
            self._block = self._block.next()
        else:
            self._block = QTextBlock()  # the notes come last: nothing after them is read

    def _read(self, block: QTextBlock) -> bool:
        """Add the block's passage and sentences; False when reading stops here."""
        passages, sentences = self._passages, self._sentences
        # Soft hyphens are the layout's (reader.core.display.hyphenation): never said.
        base, positions = block.position(), DocumentPositions(block.text())
        text = positions.text.translate(_SILENT)
        links = _footnote_links(block, text, positions)
        if links.starts_notes and not self._read_notes:
            return False
        if links.starts_notes and block.textList() is not None:
            self._notes_list = block.textList().item(0).position()
        whole = self._whole_of(block)  # every block, so that a code block is followed line by line
        if self._code_start is not None and not self._read_code:
            return True  # a code block's line, skipped as asked
        changes = _language_changes(block, positions, self._language)
        replacements = _replacements(text, links, changes, self._say_note_references)
        pictures = []
        if self._describe_pictures:  # never where a link already says something else
            pictures = [
                picture
                for picture in _pictures(block, positions, changes)
                if not any(r.start < picture.end and picture.start < r.end for r in replacements)
            ]
        if pictures:  # a described picture is something to say, also alone in its block
            starts = {picture.start for picture in pictures}
            text = "".join(
                OBJECT_REPLACEMENT if index in starts else character
                for index, character in enumerate(text)
            )
        if not text.strip():
            return True
        kind = _kind_of(block)
        first = len(sentences)
        number = "" if self._in_notes(block) else item_number(block)  # a listener hears it
        if number:  # said before the item's text (after any space), as it is seen before it
            at = len(text) - len(text.lstrip())
            replacements.append(Replacement(at, at, self._said_number(number, changes, at)))
        replacements = sorted(replacements + pictures, key=lambda r: (r.start, r.end))
        ranges = split_sentences(links.for_splitting(text), changes[0][1])
        for start, end in _apart_from_pictures(text, ranges, pictures):
            parts = tuple(_parts(text, start, end, changes, replacements, base, positions))
            if not parts:
                continue  # nothing to say: a back-link on its own
            sentence_start = base + positions.to_document(start)
            sentence_end = base + positions.to_document(end)
            sentences.append(Sentence(sentence_start, sentence_end, len(passages), parts))
        if len(sentences) > first:
            end = base + positions.to_document(len(text))
            passages.append(Passage(kind, base, end, first, len(sentences) - 1, whole))
        return True

    def _said_number(self, number: str, changes: list[tuple[int, str]], at: int) -> str:
        """What is said before an item for its number ("3." from structure.item_number):
        "3. ", or "item 3: " in the language where the item starts (ITEM_WORD)."""
        word = ITEM_WORD.get(primary_language(language_at(changes, at)))
        if not self._say_item_word or word is None:
            return f"{number} "
        return f"{word} {number.removesuffix('.')}: "  # the colon: a short pause, as "." makes

    def _in_notes(self, block: QTextBlock) -> bool:
        """Whether `block` is in the list of footnotes (whose numbers are the notes' own)."""
        text_list = block.textList()
        return text_list is not None and text_list.item(0).position() == self._notes_list

    def _whole_of(self, block: QTextBlock) -> int | None:
        """Where the table or code block holding `block` starts; None for neither. Call
        for every block in order. A code block (Markdown's fenced or indented code, a
        <pre>) is one block a line; Qt gives its first line the space above it, and ends
        it with an empty line, so two code blocks in a row are told apart by that space."""
        table = QTextCursor(block).currentTable()
        if table is not None or not is_code_line(block):
            self._code_start = None
            return table.firstPosition() if table is not None else None
        if self._code_start is None or starts_code_block(block):
            self._code_start = block.position()
        return self._code_start


def _apart_from_pictures(
    text: str, ranges: list[tuple[int, int]], pictures: list[Replacement]
) -> list[tuple[int, int]]:
    """Sentence ranges of `text` with each described picture a sentence of its own: heard
    apart from the words around it, highlighted as its own place, and its description
    never makes a part longer than MAX_PART_LENGTH."""
    cuts = sorted(picture.start for picture in pictures)
    apart = []
    for start, end in ranges:
        for cut in (cut for cut in cuts if start <= cut < end):
            apart += [(start, cut), (cut, cut + 1)]
            start = cut + 1
        apart.append((start, end))
    # Without the spaces the cuts leave at either end.
    trimmed = []
    for start, end in apart:
        piece = text[start:end]
        if piece.strip():
            trimmed.append(
                (start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip()))
            )
    return trimmed


@dataclass(frozen=True)
class _FootnoteLinks:
    """A block's footnote references and back-links, as (start, end, shown text) ranges of
    the block's text."""

    references: tuple[tuple[int, int, str], ...] = ()
    backlinks: tuple[tuple[int, int, str], ...] = ()
    starts_notes: bool = False  # the block is a note's first: the notes begin here

    def for_splitting(self, text: str) -> str:
        """`text` with each reference closing the sentence before it, as a quote does;
        the same length, so indices stay the same."""
        if not self.references:
            return text
        characters = list(text)
        for start, end, _ in self.references:
            characters[start:end] = _AS_CLOSER * (end - start)
        return "".join(characters)


def _footnote_links(block: QTextBlock, text: str, positions: DocumentPositions) -> _FootnoteLinks:
    references, backlinks, starts_notes = [], [], False
    for text_format in block.textFormats():
        href = text_format.format.anchorHref()
        if href.startswith((_REFERENCE_HREF, _BACKLINK_HREF)):
            # Qt counts in UTF-16 units, as for language markers.
            start = positions.to_text(text_format.start)
            end = positions.to_text(text_format.start + text_format.length)
            found = (start, end, text[start:end])
            (references if href.startswith(_REFERENCE_HREF) else backlinks).append(found)
        if any(name.startswith(_NOTE_ANCHOR) for name in text_format.format.anchorNames()):
            starts_notes = True
    return _FootnoteLinks(tuple(references), tuple(backlinks), starts_notes)


def _replacements(
    text: str,
    links: _FootnoteLinks,
    changes: list[tuple[int, str]],
    say_note_references: bool,
) -> list[Replacement]:
    """What is said instead of the footnote links in a block's text, in order."""
    replacements = [Replacement(start, end, "") for start, end, _ in links.backlinks]
    for start, end, number in links.references:
        said = ""
        if say_note_references:
            language = language_at(changes, start)
            word = NOTE_WORD.get(primary_language(language))
            said = f"({word} {number.strip()})" if word else f"({number.strip()})"
            if start > 0 and not text[start - 1].isspace():
                said = " " + said
        replacements.append(Replacement(start, end, said))
    return sorted(replacements, key=lambda replacement: replacement.start)


def _pictures(
    block: QTextBlock, positions: DocumentPositions, changes: list[tuple[int, str]]
) -> list[Replacement]:
    """What is said for each picture in a block that has a description: "Picture: " and
    its alt text (at most MAX_DESCRIPTION characters), in the language of where it stands
    (PICTURE_WORD)."""
    said = []
    for text_format in block.textFormats():
        if not text_format.format.isImageFormat():
            continue
        description = " ".join(alt_text(text_format.format).split())
        if not description:
            continue
        if len(description) > MAX_DESCRIPTION:
            description = description[:MAX_DESCRIPTION].rsplit(" ", 1)[0] + "…"
        index = positions.to_text(text_format.start)
        language = language_at(changes, index)
        word = PICTURE_WORD.get(primary_language(language))
        spoken = f"{word}: {description}" if word else description
        if not spoken.endswith((".", "!", "?", "…", "۔", "؟")):
            spoken += "."  # heard as a sentence of its own, with its pause
        said.append(Replacement(index, index + 1, spoken))
    return said


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
    # Qt counts in UTF-16 units: an emoji before a change counts twice.
    return [(positions.to_text(start), tag) for start, tag in language_changes(block, language)]


def _parts(
    text: str,
    start: int,
    end: int,
    changes: list[tuple[int, str]],
    replacements: list[Replacement],
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
            inside = [
                Replacement(r.start - piece_start, r.end - piece_start, r.spoken)
                for r in replacements
                if piece_start <= r.start and r.end <= piece_end
            ]
            spoken = spoken_text(text[piece_start:piece_end], inside)
            said = spoken.text
            if not said.strip():
                continue
            offset = 0
            if said[0].isspace() or said[-1].isspace():
                # Without a silent back-link, the space before it would end what is said.
                offset, spoken = spoken.cut(
                    *spoken.source_range(len(said) - len(said.lstrip()), len(said.rstrip()))
                )
            first = piece_start + offset
            piece_position = base + positions.to_document(first)
            soft = positions.soft_hyphens_within(first, first + len(spoken.source))
            parts.append(SpokenPart(spoken, part_language, piece_position, soft))
    return parts


def _cut(sentence: Sentence, start: int, end: int) -> Sentence:
    """Part of a sentence, as a selection covers it; its parts cut alike."""
    parts = []
    for part in sentence.parts:
        positions = part.positions()
        part_end = part.start + positions.to_document(len(part.spoken.source))
        low, high = max(start, part.start), min(end, part_end)
        if low < high:
            first, last = positions.to_text(low - part.start), positions.to_text(high - part.start)
            index, spoken = part.spoken.cut(first, last)
            if spoken.text.strip():
                position = part.start + positions.to_document(index)
                soft = tuple(
                    i - index for i in part.soft_hyphens if index < i < index + len(spoken.source)
                )
                parts.append(SpokenPart(spoken, part.language, position, soft))
    return Sentence(start, end, sentence.passage, tuple(parts))
