"""What the engine is given for a piece of the document, and where each spoken character
came from, so that the word being heard is highlighted on the document's own characters.

The document keeps its characters; only the text handed to the engine changes:

- Compatibility characters become what they stand for (Unicode NFKC, UAX #15): ligatures
  ("ﬁ" → "fi"), full-width forms ("Ｈｉ" → "Hi"), superscripts ("²" → "2"), circled numbers
  ("①" → "1"). espeak-ng otherwise spells full-width letters out by their code points and
  says nothing for circled numbers.
- Digits of every script (Urdu "۲۰۱۸", Arabic-Indic, Devanagari, Bengali, ...) become ASCII
  digits, and the Arabic decimal and thousands separators "." and ",": espeak-ng's Urdu
  voice says nothing at all for Urdu digits, and the other voices read ASCII digits in
  their own language (measured with espeak-ng 1.51: the Hindi, Bengali, Arabic and Persian
  voices make the same audio for their digits and for ASCII ones).
- Ranges the caller chooses (a footnote's reference, its back-link) are replaced, by
  nothing or by words.

Each character is normalised with the combining marks that follow it, so a change never
reaches across two letters and positions stay exact to the letter.
"""

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

# Arabic decimal separator, thousands separator and percent sign (U+066B, U+066C, U+066A):
# NFKC keeps them, and the Urdu voice reads none of them as a number's part.
_ARABIC_NUMBER_SIGNS = {"\u066b": ".", "\u066c": ",", "\u066a": "%"}
# A decimal digit of a script other than ASCII's (Python's \d is Unicode's Nd), or one
# of the Arabic signs above.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d|[\u066a-\u066c]")


@dataclass(frozen=True)
class Replacement:
    """Say `spoken` instead of source[start:end] ("" for silence)."""

    start: int
    end: int
    spoken: str


@dataclass(frozen=True)
class SpokenText:
    """`text` is said for `source`; `changes` are the ranges of different lengths on the
    two sides, in order, as (spoken start, spoken end, source start, source end) index
    tuples. Elsewhere the two texts correspond character for character."""

    text: str
    source: str
    changes: tuple[tuple[int, int, int, int], ...] = ()

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """The source range that text[start:end] stands for, widened to whole changes."""
        return self._map(start, end, here=0)

    def spoken_range(self, start: int, end: int) -> tuple[int, int]:
        """The spoken range that stands for source[start:end], widened to whole changes."""
        return self._map(start, end, here=2)

    def cut(self, start: int, end: int) -> tuple[int, "SpokenText"]:
        """What is said for source[start:end] (a selection's part of a sentence), as the
        index in the source where it starts (`start`, or before it when `start` falls inside
        a change) and the spoken text."""
        spoken_start, spoken_end = self.spoken_range(start, end)
        source_start, source_end = self.source_range(spoken_start, spoken_end)
        changes = tuple(
            (a - spoken_start, b - spoken_start, c - source_start, d - source_start)
            for a, b, c, d in self.changes
            if spoken_start <= a and b <= spoken_end and source_start <= c and d <= source_end
        )
        text = self.text[spoken_start:spoken_end]
        return source_start, SpokenText(text, self.source[source_start:source_end], changes)

    def _map(self, start: int, end: int, *, here: int) -> tuple[int, int]:
        """From one side's range to the other's; `here` is 0 from the spoken side, 2 from
        the source side (the column of `changes` the indices are in)."""
        there = 2 - here
        starts = [change[here] for change in self.changes]
        # A start falls in the last change starting at or before it; an end, in the last
        # change starting before it. Past a change's end both sides move together again.
        found = bisect_right(starts, start) - 1
        low = start
        if found >= 0:
            change = self.changes[found]
            inside = start < change[here + 1]
            low = change[there] if inside else change[there + 1] + start - change[here + 1]
        found = bisect_left(starts, end) - 1
        high = end
        if found >= 0:
            change = self.changes[found]
            high = change[there + 1] + max(0, end - change[here + 1])
        return low, max(low, high)


def spoken_text(source: str, replacements: Sequence[Replacement] = ()) -> SpokenText:
    """What to say for `source`, with `replacements` (in order, not overlapping) applied."""
    if not replacements and source.isascii():
        return SpokenText(source, source)
    if not replacements and unicodedata.is_normalized("NFKC", source):
        return SpokenText(_OTHER_DIGIT.sub(_ascii_digit, source), source)  # most Urdu text
    pieces: list[str] = []
    changes: list[tuple[int, int, int, int]] = []
    spoken_length = 0

    def say(said: str, start: int, end: int) -> None:
        nonlocal spoken_length
        if len(said) != end - start:
            changes.append((spoken_length, spoken_length + len(said), start, end))
        pieces.append(said)
        spoken_length += len(said)

    index = 0
    for replacement in (*replacements, Replacement(len(source), len(source), "")):
        stretch = source[index : replacement.start]
        if unicodedata.is_normalized("NFKC", stretch):
            say(stretch, index, replacement.start)  # the common case: nothing to normalise
        else:
            for start, end in _clusters(source, index, replacement.start):
                say(unicodedata.normalize("NFKC", source[start:end]), start, end)
        say(replacement.spoken, replacement.start, replacement.end)
        index = replacement.end
    # Digits keep their number of characters: the map of positions stays as it is.
    text = _OTHER_DIGIT.sub(_ascii_digit, "".join(pieces))
    return SpokenText(text, source, tuple(changes))


def _clusters(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Each letter of text[start:end] with the combining marks that follow it."""
    while start < end:
        next_start = start + 1
        while next_start < end and unicodedata.combining(text[next_start]):
            next_start += 1
        yield start, next_start
        start = next_start


def _ascii_digit(found: re.Match[str]) -> str:
    character = found.group()
    return _ARABIC_NUMBER_SIGNS.get(character) or str(unicodedata.decimal(character))
