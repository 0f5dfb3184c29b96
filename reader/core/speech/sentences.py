"""Sentence boundaries for read-aloud, which speaks and highlights one sentence at a time.

One regular expression finds candidate terminator runs: ". ! ? …" and the Urdu, Devanagari
and CJK stops, in runs ("?!", "...") with the closing quotes and brackets that belong to the
sentence. It is linear: the runs are possessive and must start after a non-terminator, so no
input makes it backtrack. A few predicates then decide whether a candidate ends a sentence:

- Urdu "۔ ؟", the danda "।" and CJK "。！？" always do, with or without a space after them.
- Other terminators need whitespace after them. A line break there always ends the sentence;
  otherwise the next character must plausibly start one: anything but a lowercase letter or
  punctuation that continues a sentence (, ; : dashes, closing brackets). In languages
  written without letter case (Urdu, Arabic, Hindi, ...) whitespace alone is enough.
- A single "." after a known abbreviation of the passage's language (Mr, e.g, Fig, Rs,
  Govt, ...: reader.core.language.abbreviations), a capital initial ("J.",
  "U.S.") or "No" before a number never ends one. "etc." and "a.m." follow the general rule:
  they end a sentence before a capitalised word, not before a lowercase one.

Text with no whitespace after a "." (decimals, versions, URLs, e-mail addresses) is never
split. A passage with no terminator at all is a single sentence, and a last "sentence" with
no letter or digit in it (a footnote's back-link) is joined to the one before.
"""

import re
import unicodedata

from reader.core.language.abbreviations import abbreviations
from reader.core.language.tags import language_script, primary_language

# Terminators that end a sentence whatever follows them: no space is needed (or, in Urdu,
# reliably typed) after them, and they never appear inside numbers or addresses.
_STANDALONE_TERMINATORS = "۔؟।॥。！？"
_TERMINATORS = ".!?…‼⁇⁈⁉" + _STANDALONE_TERMINATORS
# Closing quotes and brackets belong to the sentence they close; so do the invisible
# direction and zero-width marks Urdu text often carries after its full stop.
_CLOSERS = "\"'”’)]»›」』）】\u200b\u200e\u200f\u2060\u061c\u202c"
_STANDALONE_SET = frozenset(_STANDALONE_TERMINATORS)
# A run either has whitespace after it or contains a standalone terminator; the lookbehind
# makes a run start only where it really starts, so no position is tried twice.
_TERMINATOR_RUN = re.compile(
    r"(?<![{t}])(?:[{t}]++[{c}]*+(?=\s)|[{t}]*?[{s}][{t}]*+[{c}]*+)".format(
        t=re.escape(_TERMINATORS), c=re.escape(_CLOSERS), s=_STANDALONE_TERMINATORS
    )
)
_WHITESPACE = re.compile(r"\s*+")
_LINE_BREAKS = frozenset("\n\r\v\f\x85\u2028\u2029")
# After a terminator and a space, these carry the same sentence on.
_CONTINUING_PUNCTUATION = frozenset(",;:-–—)]}”’»›،؛")
_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_WORD_BEFORE = re.compile(r"[\w.]*\Z")
_LONGEST_ABBREVIATION = 12
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# Languages whose scripts have no letter case, so "the next word is capitalised" cannot
# help; a script subtag ("ur-Latn", Roman Urdu) overrides the language.
_CASELESS_LANGUAGES = frozenset(
    {"ar", "bal", "brh", "ckb", "fa", "khw", "ks", "pnb", "ps", "sd", "skr", "ug", "ur", "dv",
     "he", "yi", "hi", "mr", "ne", "bn", "pa", "gu", "ta", "te", "kn", "ml", "si", "th", "lo",
     "km", "my", "zh", "ja", "ko", "am"}
)  # fmt: skip
_CASED_SCRIPTS = frozenset({"latn", "cyrl", "grek", "armn", "copt", "glag"})
# Clause punctuation where a too-long sentence may be split, after the mark.
_CLAUSE_BREAKS = frozenset(",;:—–،؛")


def split_sentences(text: str, language: str = "en") -> list[tuple[int, int]]:
    """(start, end) index pairs into `text`, one per sentence, in order, covering every
    non-space character exactly once; leading/trailing whitespace of each sentence excluded.
    `language` is a BCP 47 tag of the passage ("en", "en-GB", "ur", "ur-Arab-PK", ...)."""
    start = len(text) - len(text.lstrip())
    text_end = len(text.rstrip())
    if start >= text_end:
        return []
    caseless = _is_caseless(language)
    known = abbreviations(language)
    sentences = []
    for run in _TERMINATOR_RUN.finditer(text, start, text_end):
        next_start = _WHITESPACE.match(text, run.end()).end()
        if next_start >= text_end:
            break
        if _ends_sentence(text, run, next_start, caseless, known):
            sentences.append((start, run.end()))
            start = next_start
    if sentences and not _LETTER_OR_DIGIT.search(text, start, text_end):
        # Nothing to say on its own (a footnote's back-link "↩", an image): join the last one.
        start = sentences.pop()[0]
    sentences.append((start, text_end))
    return sentences


def split_long_sentence(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Split one sentence longer than `limit` characters at the best break (clause punctuation
    , ; : — –, then spaces) into pieces of at most `limit` characters (a hard cut only if there
    is no space at all). The speech engine crashes on very long inputs."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    start = _WHITESPACE.match(text, start, end).end()
    pieces = []
    while end - start > limit:
        piece_end = _best_break(text, start, limit)
        pieces.append((start, _strip_end(text, start, piece_end)))
        start = _WHITESPACE.match(text, piece_end, end).end()
    end = _strip_end(text, start, end)
    if start < end:
        pieces.append((start, end))
    return pieces


def _ends_sentence(
    text: str, run: re.Match[str], next_start: int, caseless: bool, known: frozenset[str]
) -> bool:
    # Cheapest tests first: text dense with candidates must still be fast.
    terminators = run.group().rstrip(_CLOSERS)
    if not _STANDALONE_SET.isdisjoint(terminators):
        return True
    if not _LINE_BREAKS.isdisjoint(text[run.end() : next_start]):
        return True
    next_character = text[next_start]
    if not caseless and not _may_start_sentence(next_character):
        return False
    if terminators != ".":
        return True
    window_start = max(0, run.start() - _LONGEST_ABBREVIATION)
    word = _WORD_BEFORE.search(text, window_start, run.start()).group().lstrip(".")
    return not _is_abbreviation(word, next_character, known)


def _is_abbreviation(word: str, next_character: str, known: frozenset[str]) -> bool:
    """Whether "word." is an abbreviation, a name's initial or "No." before a number."""
    if word.lower() in known:
        return True
    if word == "No":
        return next_character.isdigit()
    # "I" is left out: as a pronoun it often ends a sentence ("So did I.").
    if len(word) == 1 and word.isupper() and word != "I":
        return True
    return _DOTTED_CAPITALS.fullmatch(word) is not None


def _may_start_sentence(character: str) -> bool:
    if character.isalpha():
        return not character.islower()  # capitals, and letters of scripts without case
    return character not in _CONTINUING_PUNCTUATION


def _is_caseless(language: str) -> bool:
    script = language_script(language.replace("_", "-"))
    if script is not None:
        return script not in _CASED_SCRIPTS
    return primary_language(language) in _CASELESS_LANGUAGES


def _best_break(text: str, start: int, limit: int) -> int:
    """Where to end a piece that starts at `start`: at most `limit` characters on."""
    window = text[start : start + limit + 1]  # one more: a space just past the limit will do
    clause_end = max(
        (index + 1 for index in range(limit) if window[index] in _CLAUSE_BREAKS), default=0
    )
    space = max((index for index, character in enumerate(window) if character.isspace()), default=0)
    if clause_end > limit // 2 or (clause_end and not space):
        return start + clause_end
    if space:
        return start + space
    cut = start + limit
    # Never cut a mark (an Urdu vowel sign, a Devanagari matra, an accent) off its letter.
    while cut > start + 1 and unicodedata.category(text[cut]).startswith("M"):
        cut -= 1
    return cut


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
