"""Where a mark sits in an article's text, found again after the article is edited.

A mark keeps its range, the exact text it covers (the quote) and some text on either
side (the context), in the article's plain text as the view holds it
(`QTextDocument.toRawText()`, indexed as a Python str). When the text changes, the mark
is found again by its quote (`relocate`): at its old place; else near it, word for word
or approximately (a word changed inside it), where its context agrees; else at the copy
anywhere whose context matches best; else approximately where its context is now found.
Otherwise it is orphaned, which the caller keeps and shows, never drops. An approximate
match counts only where the context on one side agrees: a similar phrase among other
words is another passage, and the mark is not moved there. The quote and context are
what the reader marked: finding a mark again changes only its range, never them.
Approximate matching is rapidfuzz's (C++ edit distances), imported where it is first
needed: most marks are found at their place, and the app starts without it.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from reader.core.articles.images import OBJECT_REPLACEMENT
from reader.core.storage.digests import blake2b_hex

CONTEXT_LENGTH = 32
POINT_QUOTE_LENGTH = 48  # what a bookmark or a reading position remembers of the text at it
PARAGRAPH_SEPARATOR = "\u2029"
# Approximate matching: a quote this short matches too much by chance, one this long costs
# too much; a region must share this part of its characters with the quote.
FUZZY_SHORTEST = 8
FUZZY_LONGEST = 4000
FUZZY_MINIMUM_RATIO = 0.75
# The context on at least one side of an approximate match must be this much like the
# context remembered there. Two unrelated 32-character stretches of the bundled #MeToo
# article score 0.63 at the 99.9th percentile and 0.81 at most (20,000 random pairs).
CONTEXT_MINIMUM_RATIO = 0.8
FUZZY_WINDOW = 2000  # characters searched on either side of a likely place
FUZZY_PLACES = 3  # likely places from each side's context
CONTEXT_PROBE = 16  # how much of the context is looked for to find likely places
SMALLEST_EDGE_BLOCK = 3  # the shortest first or last piece of a quote looked for at an edge
SMALLEST_SLACK = 16  # characters a short quote may grow by, a word or two
EDGE_LENGTH = 24  # how much of the quote's start and end is looked for to cut a region

# Characters beyond the Basic Multilingual Plane (most emoji, some CJK): Qt counts each
# as two positions (UTF-16), Python as one.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
SOFT_HYPHEN = "\u00ad"  # reader.core.display.hyphenation's break points
_SOFT_HYPHEN = re.compile(SOFT_HYPHEN)
_OBJECT_REPLACEMENT = re.compile(OBJECT_REPLACEMENT)


def without_soft_hyphens(text: str) -> str:
    """`text` without the layout's soft hyphens: what the reader reads, copies and hears.
    The same as DocumentPositions(text).text, for text whose positions are not needed."""
    return text.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in text else text


def with_pictures(text: str, words: Sequence[str]) -> str:
    """`text` with its Nth object replacement character (U+FFFC) replaced by words[N], and
    left out beyond them: what a picture's character becomes where text leaves Reader."""
    if OBJECT_REPLACEMENT not in text:
        return text
    first, *rest = text.split(OBJECT_REPLACEMENT)
    pieces = [first]
    for index, piece in enumerate(rest):
        pieces.extend((words[index] if index < len(words) else "", piece))
    return "".join(pieces)


class DocumentPositions:
    """Converts between indices of a document's text as Reader reads it (`text`, a str) and
    Qt document positions.

    Made from the document's own text (`QTextDocument.toRawText()`, or a block's text). Two
    things make them differ: characters beyond the BMP, which Qt counts twice (UTF-16), and
    soft hyphens (reader.core.display.hyphenation), which are in the document only for its
    layout: `text` has none, so marks, find, read-aloud and copying see the same text and
    indices with hyphenation on or off. A position at a soft hyphen is the index of the
    letter after it; an index maps to the position after any soft hyphen before its letter.

    A picture is one character in both, U+FFFC, so that marks and positions do not move
    when a description changes or is translated; `pictures` (document position of each
    picture: the words that stand for it, see reader.core.articles.images.picture_labels)
    gives what `readable` writes in its place, where text leaves Reader (copied, cited,
    exported), instead of a character that shows as a box or nothing.
    """

    def __init__(self, document_text: str, pictures: Mapping[int, str] | None = None) -> None:
        # Most articles have no astral character: their UTF-16 length, worked out in a
        # tenth of the time the search takes, says so without searching.
        utf16 = len(document_text.encode("utf-16-le", "surrogatepass"))
        has_astral = utf16 > 2 * len(document_text)
        self._astral = (
            [found.start() for found in _ASTRAL.finditer(document_text)] if has_astral else []
        )
        # The document position of each astral character: each one before it counts twice.
        self._astral_positions = [index + count for count, index in enumerate(self._astral)]
        # Each soft hyphen's index in the document's text, and the index in `text` of the
        # letter after it.
        self._soft = (
            [found.start() for found in _SOFT_HYPHEN.finditer(document_text)]
            if SOFT_HYPHEN in document_text
            else []
        )
        self._soft_before = [index - count for count, index in enumerate(self._soft)]
        self.text = without_soft_hyphens(document_text)
        self._pictures = {
            self.to_text(position): words for position, words in (pictures or {}).items()
        }

    def readable(self, start: int, end: int) -> str:
        """text[start:end] as the reader takes it away (copied, cited, exported): each
        picture as its words, any other object character left out."""
        return with_pictures(self.text[start:end], self.picture_words(start, end))

    def picture_words(self, start: int, end: int) -> list[str]:
        """What stands for each U+FFFC of text[start:end], in order: a picture's words, or
        "" for a character that is no picture."""
        if not self._pictures:
            return []
        return [
            self._pictures.get(found.start(), "")
            for found in _OBJECT_REPLACEMENT.finditer(self.text, start, end)
        ]

    def to_document(self, index: int) -> int:
        """The Qt position of the character at `index` of `text`."""
        raw = index + bisect_right(self._soft_before, index)
        return raw + bisect_left(self._astral, raw)

    def to_documents(self, indices: list[int]) -> list[int]:
        """to_document of each index: for the marks of an article, drawn or listed at each
        opening, in one pass (the indices themselves when the text has no astral character
        and no soft hyphen)."""
        if not self._astral and not self._soft:
            return indices
        to_document = self.to_document
        return [to_document(index) for index in indices]

    def to_text(self, position: int) -> int:
        """The index in `text` of the character at `position`; the middle of a pair counts
        as its start, a soft hyphen as the letter after it."""
        raw = position - bisect_left(self._astral_positions, position)
        return raw - bisect_left(self._soft, raw)

    def soft_hyphens_within(self, start: int, end: int) -> tuple[int, ...]:
        """The letters of text[start:end] after its first that a soft hyphen stands before,
        as indices from `start`."""
        first, last = bisect_right(self._soft_before, start), bisect_left(self._soft_before, end)
        return tuple(index - start for index in self._soft_before[first:last])


class Anchor(NamedTuple):
    """A range of an article's text, with what it covered and what surrounded it."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def fingerprint(text: str) -> str:
    """Identifies a version of an article's text: equal fingerprints need no re-anchoring."""
    return blake2b_hex(text.encode("utf-8", "surrogatepass"), digest_size=16)


def anchor_at(text: str, start: int, end: int) -> Anchor:
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return Anchor(
        start,
        end,
        text[start:end],
        text[max(0, start - CONTEXT_LENGTH) : start],
        text[end : end + CONTEXT_LENGTH],
    )


def trimmed_selection(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The reader's selection text[start:end] without the whitespace at either end, as
    (start, end) indices of `text`; None when it holds nothing else (nothing to mark).

    Selecting by keys takes spaces along: Ctrl+Shift+Right selects a word with the space
    after it, Shift+Down a paragraph with its end (U+2029). Whitespace is Python's
    `str.isspace` (Unicode's White_Space: spaces, no-break spaces, line and paragraph
    separators), so the words of any script, Urdu's zero-width non-joiner inside them
    included, are kept whole. Indices are clamped to the text as `anchor_at` does.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def past_spaces(text: str, index: int) -> int:
    """The index of the first character from `index` on that is not whitespace (as
    `trimmed_selection` counts it); `index` itself when only whitespace follows it."""
    index = max(0, min(index, len(text)))
    following = len(text) - len(text[index:].lstrip())
    return following if following < len(text) else index


def selection_anchor(text: str, start: int, end: int) -> Anchor | None:
    """The anchor of a mark made from the selection text[start:end]: its words, without the
    whitespace at its ends (`trimmed_selection`); None when only whitespace is selected."""
    trimmed = trimmed_selection(text, start, end)
    return None if trimmed is None else anchor_at(text, *trimmed)


def anchor_at_point(text: str, index: int) -> Anchor:
    """An anchor for a place rather than a range: the words from there to the paragraph's end
    (at most POINT_QUOTE_LENGTH characters), or, at the very end, the words before it."""
    index = max(0, min(index, len(text)))
    following = text[index : index + POINT_QUOTE_LENGTH]
    within_paragraph = following.split(PARAGRAPH_SEPARATOR, 1)[0]
    if within_paragraph.strip():
        return anchor_at(text, index, index + len(within_paragraph))
    if following.strip():
        return anchor_at(text, index, index + len(following))
    return anchor_at(text, max(0, index - POINT_QUOTE_LENGTH), index)


def relocate(anchor: Anchor, text: str) -> Anchor | None:
    """The anchor in `text`; None when the quote is nowhere to be found.

    Looked for near its old place first (FUZZY_WINDOW on either side), word for word, then
    approximately; then anywhere, word for word, then approximately near where its context
    is now. Near its old place and approximately, the context must agree. Found word for
    word, it takes the context around its new place; found approximately, only its range
    changes: the quote and context stay those the reader marked.
    """
    quote = anchor.quote
    if not quote:
        return None
    if text[anchor.start : anchor.end] == quote and _context_score(anchor, text, anchor.start) == (
        len(anchor.prefix) + len(anchor.suffix)
    ):
        return anchor_at(text, anchor.start, anchor.end)
    near = _window_at(anchor, text, anchor.start)
    agreeing = [
        start
        for start in _occurrences(text, quote, *near)
        if _surroundings_agree(anchor, text, start, start + len(quote))
    ]
    if agreeing:
        best = _best_occurrence(anchor, text, agreeing)
        return anchor_at(text, best, best + len(quote))
    region = _between_context(anchor, text, *near) or _approximate(anchor, text, [near])
    if region is None:
        best = _best_copy(anchor, text)
        if best is not None:
            return anchor_at(text, best, best + len(quote))
        region = _approximate(anchor, text, _windows(anchor, text))
    return anchor._replace(start=region[0], end=region[1]) if region else None


def _best_occurrence(anchor: Anchor, text: str, occurrences: list[int]) -> int:
    """The occurrence with the most of the context around it, else the nearest."""
    return max(
        occurrences,
        key=lambda start: (_context_score(anchor, text, start), -abs(start - anchor.start)),
    )


def _best_copy(anchor: Anchor, text: str) -> int | None:
    """Of the quote's copies anywhere, the one with the most of the context around it, else
    the nearest; None when there is none. Only copies with a character of context beside
    them can score, so only those are scored: a short quote may have thousands of copies."""
    quote = anchor.quote
    scoring = set()
    if anchor.prefix:
        scoring.update(found + 1 for found in _occurrences(text, anchor.prefix[-1] + quote))
    if anchor.suffix:
        scoring.update(_occurrences(text, quote + anchor.suffix[0]))
    if scoring:
        return _best_occurrence(anchor, text, sorted(scoring))
    before = text.rfind(quote, 0, anchor.start + len(quote))
    after = text.find(quote, anchor.start + 1)
    nearest = [found for found in (before, after) if found >= 0]
    return _best_occurrence(anchor, text, nearest) if nearest else None


def _occurrences(text: str, quote: str, low: int = 0, high: int | None = None) -> list[int]:
    """Where `quote` starts in text[low:high], as indices of `text`."""
    high = len(text) if high is None else high
    found = []
    start = text.find(quote, low, high)
    while start >= 0:
        found.append(start)
        start = text.find(quote, start + 1, high)
    return found


def _context_score(anchor: Anchor, text: str, start: int) -> int:
    """How many characters of the remembered context surround `start` in `text`."""
    from rapidfuzz.distance import Postfix, Prefix

    before = text[max(0, start - len(anchor.prefix)) : start]
    end = start + len(anchor.quote)
    after = text[end : end + len(anchor.suffix)]
    return Postfix.similarity(anchor.prefix, before) + Prefix.similarity(anchor.suffix, after)


def _approximate(
    anchor: Anchor, text: str, windows: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The region most like the quote in the windows (start, end of text), if one is like
    it enough and its surroundings agree with the remembered context."""
    if not FUZZY_SHORTEST <= len(anchor.quote) <= FUZZY_LONGEST:
        return None
    best: tuple[float, int, int] | None = None
    for low, high in windows:
        found = _best_region(text, low, high, anchor.quote)
        if (
            found is not None
            and found[0] >= FUZZY_MINIMUM_RATIO
            and (best is None or found[0] > best[0])
            and _surroundings_agree(anchor, text, found[1], found[2])
        ):
            best = found
    return None if best is None else _whole_words(anchor, text, best[1], best[2])


def _whole_words(anchor: Anchor, text: str, start: int, end: int) -> tuple[int, int]:
    """A region cut inside a word, for a quote that began or ended with a whole word, takes
    the whole word: the reader marked words, not pieces of them."""
    if anchor.quote[0].isalnum() and not anchor.prefix[-1:].isalnum():
        while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
    if anchor.quote[-1].isalnum() and not anchor.suffix[:1].isalnum():
        while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
    return start, end


def _between_context(anchor: Anchor, text: str, low: int, high: int) -> tuple[int, int] | None:
    """The usual edit, a word changed inside a mark: the text between its context, found
    word for word in text[low:high], if it is like the quote enough. Cheaper than any
    approximate search, and as sure: the context on both sides agrees."""
    from rapidfuzz import fuzz

    before, after = anchor.prefix[-CONTEXT_PROBE:], anchor.suffix[:CONTEXT_PROBE]
    if len(before) < CONTEXT_PROBE or len(after) < CONTEXT_PROBE:
        return None
    longest = len(anchor.quote) + max(len(anchor.quote) // 4, SMALLEST_SLACK)
    best: tuple[float, int, int] | None = None
    for found in _occurrences(text, before, low, high):
        start = found + len(before)
        end = text.find(after, start, start + longest + len(after))
        if end < 0:
            continue
        ratio = fuzz.ratio(text[start:end], anchor.quote) / 100
        if ratio >= FUZZY_MINIMUM_RATIO and (best is None or ratio > best[0]):
            best = (ratio, start, end)
    return None if best is None else (best[1], best[2])


def _surroundings_agree(anchor: Anchor, text: str, start: int, end: int) -> bool:
    """Whether the text before or after the region is (almost) the remembered context."""
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    return _agrees(anchor.prefix, before) or _agrees(anchor.suffix, after)


def _agrees(remembered: str, found: str) -> bool:
    from rapidfuzz import fuzz

    if not remembered:  # the mark was at the text's start or end: so must the region be
        return not found
    return fuzz.ratio(remembered, found) >= 100 * CONTEXT_MINIMUM_RATIO


def _windows(anchor: Anchor, text: str) -> list[tuple[int, int]]:
    """The stretches of text searched: around each likely place, overlapping ones merged."""
    windows: list[tuple[int, int]] = []
    for place in sorted(_likely_places(anchor, text)):
        low, high = _window_at(anchor, text, place)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    return windows


def _window_at(anchor: Anchor, text: str, place: int) -> tuple[int, int]:
    """FUZZY_WINDOW characters on either side of the quote, were it to start at `place`."""
    return max(0, place - FUZZY_WINDOW), min(len(text), place + len(anchor.quote) + FUZZY_WINDOW)


def _likely_places(anchor: Anchor, text: str) -> list[int]:
    """The old start, and where the context before or after the quote is found now."""
    places = [min(anchor.start, len(text))]  # a mark placed past the end is looked for there
    probes = (
        (anchor.prefix[-CONTEXT_PROBE:], len(anchor.prefix[-CONTEXT_PROBE:])),
        (anchor.suffix[:CONTEXT_PROBE], -len(anchor.quote)),
    )
    for probe, offset in probes:
        if len(probe) < CONTEXT_PROBE // 2:
            continue
        found = text.find(probe)
        for _ in range(FUZZY_PLACES):
            if found < 0:
                break
            places.append(found + offset)
            found = text.find(probe, found + 1)
    return places


def _best_region(text: str, low: int, high: int, quote: str) -> tuple[float, int, int] | None:
    """In text[low:high]: the stretch of the quote's length most like it (rapidfuzz's
    partial_ratio_alignment), then its start and end moved, within a quarter of the quote
    (or SMALLEST_SLACK) for words added or removed, to where the quote's first and last
    words are most alike. Returns (similarity 0-1, start, end)."""
    from rapidfuzz import fuzz

    window = text[low:high]
    aligned = fuzz.partial_ratio_alignment(quote, window)
    if aligned is None or aligned.score == 0:
        return None
    slack = max(len(quote) // 4, SMALLEST_SLACK)
    edge = min(EDGE_LENGTH, max(SMALLEST_EDGE_BLOCK, len(quote) // 3))
    head, tail = quote[:edge], quote[-edge:]
    start = _most_alike(
        head,
        window,
        aligned.dest_start,
        range(
            max(0, aligned.dest_start - slack),
            min(len(window) - edge, aligned.dest_start + slack) + 1,
        ),
        0,
    )
    if start is None:
        return None
    end = _most_alike(
        tail,
        window,
        aligned.dest_end,
        range(
            max(start + edge, aligned.dest_end - slack),
            min(len(window), aligned.dest_end + slack) + 1,
        ),
        edge,
    )
    if end is None:
        return None
    if end <= start:
        return None
    return fuzz.ratio(window[start:end], quote) / 100, low + start, low + end


def _most_alike(piece: str, window: str, estimate: int, places: range, before: int) -> int | None:
    """The place whose piece of text (starting `before` characters before it) is most like
    `piece`, letter by letter in place (Levenshtein: a piece one letter off counts as a
    letter changed at each end, where Indel would see the same letters); of equals, the
    one nearest `estimate`. None when there is no place."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    if not places:
        return None
    if estimate in places and window.startswith(piece, estimate - before):
        return estimate  # the usual case, a word changed inside: nothing is nearer or better
    ordered = sorted(places, key=lambda at: abs(at - estimate))
    width = len(piece)
    _, _, best = process.extractOne(
        piece,
        [window[at - before : at - before + width] for at in ordered],
        scorer=Levenshtein.normalized_similarity,
    )
    return ordered[best]
