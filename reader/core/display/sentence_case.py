"""Sentence case for passages set in capitals: which letters to show in lower case.

Capitals slow reading and many low-vision and dyslexic readers find them hard (the BDA
Dyslexia Style Guide, 2023: "avoid text in uppercase/capital letters"). The text itself is
never changed (find, marks, copying and speech keep it); the view shows the letters these
ranges cover in lower case.

A passage is MIN_WORDS or more capital words in a row within one paragraph, so that an
acronym or two (NGO, UN HCR) keeps its capitals. In a passage, the first letter of each
sentence and the word "I" keep their capitals.
"""

import re

MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_WORD_CHARACTER = re.compile(r"\w")
_SENTENCE_END = re.compile(r"[.!?…؟।]['\"”’)\]]*\s*$")


def _is_capital(word: str) -> bool:
    return word == word.upper() and word != word.lower()


def lowercase_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) ranges of `text`, in Qt document positions (UTF-16 code units), whose
    letters are shown in lower case; [] when no passage is in capitals."""
    words = list(_WORD.finditer(text))
    ranges: list[tuple[int, int]] = []
    run: list[re.Match] = []
    # Words of one passage are in one paragraph (Qt separates blocks with U+2029) and line.
    for word in [*words, None]:
        joined = (
            word is not None
            and run
            and "\u2029" not in text[run[-1].end() : word.start()]
            and "\n" not in text[run[-1].end() : word.start()]
        )
        if word is not None and _is_capital(word.group()) and (joined or not run):
            run.append(word)
            continue
        if len(run) >= MIN_WORDS:
            ranges += _passage_ranges(text, run)
        run = [word] if word is not None and _is_capital(word.group()) else []
    return _to_document(text, ranges)


def _passage_ranges(text: str, run: list[re.Match]) -> list[tuple[int, int]]:
    ranges = []
    for word in run:
        start, end = word.span()
        if word.group() == "I":
            continue
        paragraph = max(text.rfind("\u2029", 0, start), text.rfind("\n", 0, start)) + 1
        before = text[paragraph:start]
        if not _WORD_CHARACTER.search(before) or _SENTENCE_END.search(before):
            start += 1  # a sentence's first letter keeps its capital
        if start < end:
            ranges.append((start, end))
    return ranges


def _to_document(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Python indices to UTF-16 positions, which count a character beyond the BMP twice."""
    if not ranges or all(ord(character) < 0x10000 for character in text):
        return ranges
    offsets = [0]
    for character in text:
        offsets.append(offsets[-1] + (2 if ord(character) >= 0x10000 else 1))
    return [(offsets[start], offsets[end]) for start, end in ranges]
