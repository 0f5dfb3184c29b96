"""One rule for what a reader's query matches: used by find in the article and library search.

Text and query are both folded, character by character, and compared exactly:

- Compatibility and canonical equivalence: each character is decomposed (NFKD), so a
  precomposed letter equals its letter plus marks, and ligatures, full-width forms and
  Arabic presentation forms (common in text copied from PDFs) equal the letters they
  stand for. Combining marks that are kept are put in canonical order (Unicode §3.11).
- Case: `str.casefold` (Unicode default caseless matching), unless case must match.
- Optional marks (a setting, on by default): the marks in OPTIONAL_MARK_RANGES are left
  out. These are the Arabic-script vowel and reading marks (zer, zabar, pesh, jazm,
  shadda, tanween, khari zabar, hamza and madda above or below a letter, Quranic marks),
  Hebrew points and the Latin, Greek and Cyrillic accents. Unicode decomposes أ إ آ ؤ ئ ۂ ۓ
  into a letter and such a mark, so with marks ignored they match ا و ی ہ ے.
- Letter variants readers type interchangeably in Urdu and Arabic (LETTER_VARIANTS): Arabic
  yeh and alef maksura are Urdu (Farsi) yeh, Arabic kaf is keheh, Arabic heh, ae and the teh
  marbutas are heh goal. Sources: Google Nisaba's Urdu "reading normalization" (FARSI YEH,
  TEH MARBUTA GOAL; github.com/google-research/nisaba) and UrduHack's normalisation of
  Arabic code points to Urdu ones (github.com/urduhack/urduhack). Do-chashmi heh (ھ), yeh
  barree (ے) and noon ghunna (ں) are letters of their own in Urdu and stay apart.
- Digits of every script are their value (۲۰۱۸ = ٢٠١٨ = 2018).
- Typographic quotes, apostrophes and dashes are the keyboard's (TYPOGRAPHIC); invisible
  joiners, soft hyphens and the kashida (tatweel) are left out.

Matches are mapped back to the original text (`FoldedText.span`): positions are exact,
and a match ending on a letter also covers the marks left out after it.
"""

import unicodedata
from itertools import accumulate, chain, repeat
from typing import NamedTuple


class Folding(NamedTuple):
    """How text is compared: whether optional marks are ignored and whether case matters."""

    ignore_marks: bool = True
    match_case: bool = False


DEFAULT_FOLDING = Folding()

# (first, last) code points; within them only non-spacing marks (category Mn) are optional.
OPTIONAL_MARK_RANGES = (
    (0x0300, 0x036F),  # combining diacritical marks: Latin, Greek, Cyrillic accents
    (0x1AB0, 0x1AFF),  # combining diacritical marks extended
    (0x1DC0, 0x1DFF),  # combining diacritical marks supplement
    (0xFE20, 0xFE2F),  # combining half marks
    (0x0591, 0x05C7),  # Hebrew points and cantillation
    (0x0610, 0x061A),  # Arabic honorific and Quranic signs above letters
    (0x064B, 0x065F),  # Arabic harakat: tanween, fatha (zabar), damma (pesh), kasra (zer),
    # shadda, sukun (jazm), maddah, hamza above and below, Urdu's inverted damma
    (0x0670, 0x0670),  # superscript alef (khari zabar)
    (0x06D6, 0x06ED),  # Quranic annotation marks
    (0x08D3, 0x08FF),  # Arabic extended marks
)
# Alefs that differ from ا only by a sign Unicode does not decompose.
MARKED_ALEFS = {"\u0671": "\u0627", "\u0672": "\u0627", "\u0673": "\u0627", "\u0675": "\u0627"}
LETTER_VARIANTS = {
    "\u064a": "\u06cc",  # ARABIC LETTER YEH -> FARSI YEH (Urdu choti ye)
    "\u0649": "\u06cc",  # ALEF MAKSURA -> FARSI YEH
    "\u0643": "\u06a9",  # ARABIC LETTER KAF -> KEHEH (Urdu kaaf)
    "\u0647": "\u06c1",  # ARABIC LETTER HEH -> HEH GOAL (Urdu gol he)
    "\u06d5": "\u06c1",  # AE -> HEH GOAL
    "\u0629": "\u06c1",  # TEH MARBUTA -> HEH GOAL
    "\u06c3": "\u06c1",  # TEH MARBUTA GOAL -> HEH GOAL
}
TYPOGRAPHIC = {
    "\u2018": "'",  # left single quotation mark
    "\u2019": "'",  # right single quotation mark, the typographic apostrophe
    "\u201a": "'",  # single low-9 quotation mark
    "\u201b": "'",  # single high-reversed-9 quotation mark
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2032": "'",  # prime
    "\u00b4": "'",  # acute accent typed as an apostrophe
    "\u201c": '"',  # left double quotation mark
    "\u201d": '"',  # right double quotation mark
    "\u201e": '"',  # double low-9 quotation mark
    "\u201f": '"',  # double high-reversed-9 quotation mark
    "\u2033": '"',  # double prime
    "\u2010": "-",  # hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2015": "-",  # horizontal bar
    "\u2212": "-",  # minus sign
}
# Invisible in the text and typed or not at random: left out of both sides.
IGNORABLE = frozenset("\u00ad\u0640\u200b\u200c\u200d\u2060\ufeff")

# Per rule: each character's folding, keyed by the character and (for str.translate) by its code.
_tables: dict[Folding, tuple[dict[str, str], dict[int, str]]] = {}


def _is_optional_mark(character: str) -> bool:
    code = ord(character)
    return unicodedata.category(character) == "Mn" and any(
        first <= code <= last for first, last in OPTIONAL_MARK_RANGES
    )


def _fold_character(character: str, folding: Folding) -> str:
    """What one character of the text becomes under `folding` (possibly nothing)."""
    if character in TYPOGRAPHIC:
        return TYPOGRAPHIC[character]
    folded = []
    for part in unicodedata.normalize("NFKD", character):
        cased = part if folding.match_case else unicodedata.normalize("NFKD", part.casefold())
        for piece in cased:
            piece = TYPOGRAPHIC.get(piece, piece)
            if piece in IGNORABLE or (folding.ignore_marks and _is_optional_mark(piece)):
                continue
            if folding.ignore_marks:
                piece = MARKED_ALEFS.get(piece, piece)
            piece = LETTER_VARIANTS.get(piece, piece)
            digit = unicodedata.decimal(piece, None)
            folded.append(piece if digit is None else str(digit))
    return "".join(folded)


def _table(text: str, folding: Folding) -> tuple[dict[str, str], dict[int, str]]:
    """The folding of every character of `text`, worked out once per character and rule."""
    by_character, by_code = _tables.setdefault(folding, ({}, {}))
    for character in set(text).difference(by_character):
        by_character[character] = by_code[ord(character)] = _fold_character(character, folding)
    return by_character, by_code


def fold(text: str, folding: Folding = DEFAULT_FOLDING) -> str:
    """`text` as it is compared under `folding`: a str, possibly of another length."""
    folded = text.translate(_table(text, folding)[1])
    return folded if folding.ignore_marks else _canonical_order(folded, None)[0]


class FoldedText:
    """A text folded for matching, with the way back from folded indices to the text's.

    `folded` is the text as compared; `span(start, end)` turns a range of `folded` into the
    range of the original text (str indices) that produced it.
    """

    def __init__(self, text: str, folding: Folding = DEFAULT_FOLDING) -> None:
        self.text = text
        self.folding = folding
        table = _table(text, folding)[0]
        pieces = [table[character] for character in text]
        lengths = list(map(len, pieces))
        folded = "".join(pieces)
        # None when each character folds to exactly one: the indices are the same.
        origins: list[int] | None = None
        if lengths.count(1) != len(lengths):
            origins = list(
                chain.from_iterable(repeat(index, n) for index, n in enumerate(lengths) if n)
            )
        if not folding.ignore_marks:
            folded, origins = _canonical_order(folded, origins)
        self.folded = folded
        self._origins = origins
        # Original characters that fold to nothing and belong to the letter before them.
        self._dropped_marks = folding.ignore_marks and lengths.count(0) > 0
        self._ends = list(accumulate(lengths)) if self._dropped_marks else []

    def origin(self, index: int) -> int:
        """The index in the text of the character that produced folded[index]."""
        return index if self._origins is None else self._origins[index]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The text's (start, end) for folded[start:end]; end also covers marks left out
        right after its last letter, so that a highlight never splits a letter from them."""
        if self._origins is None:
            first, last = start, end
        else:
            # Marks put in canonical order may come from anywhere in their run.
            first = min(self._origins[start:end])
            last = max(self._origins[start:end]) + 1
        while last < len(self.text) and self._left_out_mark(last):
            last += 1
        return first, last

    def _left_out_mark(self, index: int) -> bool:
        return (
            self._dropped_marks
            and self._ends[index] == (self._ends[index - 1] if index else 0)
            and unicodedata.category(self.text[index]).startswith("M")
        )

    def find_all(self, query: str) -> list[tuple[int, int]]:
        """Non-overlapping matches of `query` as (start, end) str indices of the text."""
        needle = fold(query, self.folding)
        if not needle:
            return []
        found = []
        haystack = self.folded
        start = haystack.find(needle)
        while start >= 0:
            end = start + len(needle)
            # With marks kept, "e" is not the start of "é": a match may not end on a letter
            # whose marks follow.
            if self.folding.ignore_marks or not _starts_with_mark(haystack, end):
                found.append(self.span(start, end))
                start = haystack.find(needle, end)
            else:
                start = haystack.find(needle, start + 1)
        return found


def contains_words(query: str, *folded_texts: str, folding: Folding = DEFAULT_FOLDING) -> bool:
    """Whether every word of `query` is in one of the already folded texts."""
    words = fold(query, folding).split()
    return all(any(word in text for text in folded_texts) for word in words)


def _starts_with_mark(text: str, index: int) -> bool:
    return index < len(text) and unicodedata.combining(text[index]) != 0


def _canonical_order(folded: str, origins: list[int] | None) -> tuple[str, list[int] | None]:
    """Runs of combining marks sorted by combining class (the canonical ordering of
    Unicode §3.11), so that shadda-then-zabar equals zabar-then-shadda."""
    classes = [unicodedata.combining(character) for character in folded]
    if not any(classes):
        return folded, origins
    characters = list(folded)
    indices = list(range(len(folded))) if origins is None else list(origins)
    changed = False
    run_start = 0
    for index in range(len(classes) + 1):
        if index < len(classes) and classes[index]:
            continue
        if index - run_start > 1:
            order = sorted(range(run_start, index), key=classes.__getitem__)
            if order != list(range(run_start, index)):
                changed = True
                characters[run_start:index] = [characters[i] for i in order]
                indices[run_start:index] = [indices[i] for i in order]
        run_start = index + 1
    if not changed:
        return folded, origins
    return "".join(characters), indices
