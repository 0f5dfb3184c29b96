"""Where a mark sits in an article's text, found again after the article is edited.

A mark keeps its range, the exact text it covers (the quote) and some text on either
side (the context), in the article's plain text as the view holds it
(`QTextDocument.toRawText()`, indexed as a Python str). When the text changes, the mark
is found again by its quote: at its old place, else at the occurrence whose context
matches best, else approximately (a word changed inside it); otherwise it is orphaned,
which the caller keeps and shows, never drops.
"""

import hashlib
import re
from bisect import bisect_left
from difflib import SequenceMatcher
from typing import NamedTuple

CONTEXT_LENGTH = 32
POINT_QUOTE_LENGTH = 48  # what a bookmark or a reading position remembers of the text at it
PARAGRAPH_SEPARATOR = "\u2029"
# Approximate matching: a quote this short matches too much by chance, one this long costs
# too much; a region must share this part of its characters with the quote.
FUZZY_SHORTEST = 8
FUZZY_LONGEST = 4000
FUZZY_MINIMUM_RATIO = 0.75
FUZZY_WINDOW = 2000  # characters searched on either side of a likely place
FUZZY_PLACES = 3  # likely places from each side's context
CONTEXT_PROBE = 16  # how much of the context is looked for to find likely places
SMALLEST_EDGE_BLOCK = 3  # shorter common pieces at a region's edges are chance, not the quote

# Characters beyond the Basic Multilingual Plane (most emoji, some CJK): Qt counts each
# as two positions (UTF-16), Python as one.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class DocumentPositions:
    """Converts between indices of a document's text (a str) and Qt document positions."""

    def __init__(self, text: str) -> None:
        # Most articles have no astral character: their UTF-16 length, worked out in a
        # tenth of the time the search takes, says so without searching.
        has_astral = len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)
        self._astral = [found.start() for found in _ASTRAL.finditer(text)] if has_astral else []
        # The document position of each astral character: each one before it counts twice.
        self._astral_positions = [index + count for count, index in enumerate(self._astral)]

    def to_document(self, index: int) -> int:
        return index + bisect_left(self._astral, index)

    def to_text(self, position: int) -> int:
        """The index of the character at `position`; the middle of a pair counts as its start."""
        return position - bisect_left(self._astral_positions, position)


class Anchor(NamedTuple):
    """A range of an article's text, with what it covered and what surrounded it."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def fingerprint(text: str) -> str:
    """Identifies a version of an article's text: equal fingerprints need no re-anchoring."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


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
    """The anchor in `text`, with fresh context; None when the quote is nowhere to be found."""
    quote = anchor.quote
    if not quote:
        return None
    if text[anchor.start : anchor.end] == quote and _context_score(anchor, text, anchor.start) == (
        len(anchor.prefix) + len(anchor.suffix)
    ):
        return anchor_at(text, anchor.start, anchor.end)
    occurrences = _occurrences(text, quote)
    if occurrences:
        best = max(
            occurrences,
            key=lambda start: (_context_score(anchor, text, start), -abs(start - anchor.start)),
        )
        return anchor_at(text, best, best + len(quote))
    region = _approximate(anchor, text)
    return anchor_at(text, *region) if region else None


def _occurrences(text: str, quote: str) -> list[int]:
    found = []
    start = text.find(quote)
    while start >= 0:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


def _context_score(anchor: Anchor, text: str, start: int) -> int:
    """How many characters of the remembered context surround `start` in `text`."""
    before = text[max(0, start - len(anchor.prefix)) : start]
    end = start + len(anchor.quote)
    after = text[end : end + len(anchor.suffix)]
    return _common_suffix(anchor.prefix, before) + _common_prefix(anchor.suffix, after)


def _common_prefix(first: str, second: str) -> int:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length


def _common_suffix(first: str, second: str) -> int:
    return _common_prefix(first[::-1], second[::-1])


def _approximate(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """The region most like the quote near its likely places, if one is like it enough."""
    if not FUZZY_SHORTEST <= len(anchor.quote) <= FUZZY_LONGEST:
        return None
    best: tuple[float, int, int] | None = None
    for place in _likely_places(anchor, text):
        found = _best_region(text, place, anchor.quote)
        if found is None:
            continue
        ratio, start, end = found
        if best is None or ratio > best[0]:
            best = (ratio, start, end)
    if best is None or best[0] < FUZZY_MINIMUM_RATIO:
        return None
    return best[1], best[2]


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
        places += [found + offset for found in _occurrences(text, probe)[:FUZZY_PLACES]]
    return places


def _best_region(text: str, place: int, quote: str) -> tuple[float, int, int] | None:
    """Near `place`: align the quote on its longest piece found there, then trim the region
    to the pieces it shares with the quote. Returns (similarity, start, end)."""
    low = max(0, place - FUZZY_WINDOW)
    high = min(len(text), place + len(quote) + FUZZY_WINDOW)
    window = text[low:high]
    longest = SequenceMatcher(None, window, quote, autojunk=False).find_longest_match(
        0, len(window), 0, len(quote)
    )
    if longest.size == 0:
        return None
    slack = len(quote) // 4  # words added or removed inside the quote
    aligned = longest.a - longest.b
    near_start = max(0, aligned - slack)
    near_end = min(len(window), aligned + len(quote) + slack)
    near = window[near_start:near_end]
    blocks = [
        block
        for block in SequenceMatcher(None, near, quote, autojunk=False).get_matching_blocks()
        if block.size >= SMALLEST_EDGE_BLOCK
    ]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    start = max(0, first.a - first.b)
    end = min(len(near), last.a + last.size + (len(quote) - last.b - last.size))
    if end <= start:
        return None
    ratio = SequenceMatcher(None, near[start:end], quote, autojunk=False).ratio()
    offset = low + near_start
    return ratio, offset + start, offset + end
