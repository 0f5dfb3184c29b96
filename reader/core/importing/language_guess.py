"""Which language an imported text is in, from its script and a few of its words.

Only what Reader needs to choose a voice and a typeface is told apart: the script's
likely language from CLDR (Devanagari -> Hindi), English among Latin-script texts, and,
within the Arabic script, Urdu, Persian and Arabic, which share most letters. Those three
are told apart by the letters each alone uses (Unicode charts; the Urdu alphabet's
ٹ ڈ ڑ ں ے ھ ہ, Arabic's ة and ى) and by their most frequent short words, which differ
even where letters are shared (Urdu کہ and Persian که). A small scorer rather than a
library: the offline detectors with Urdu (lingua, fastText's model) are tens to hundreds
of megabytes, and langdetect mistakes short Urdu texts for Persian or Arabic.
"""

import re
from collections import Counter

from reader.core.language.scripts import character_script
from reader.core.language.tags import language_for_script

# Characters looked at: enough for a sure guess, few enough to stay fast on a book.
SAMPLE_CHARACTERS = 20_000
URDU_LETTERS = frozenset("ٹڈڑںےۓھہۃ")
ARABIC_LETTERS = frozenset("ةى")
PERSIAN_OR_URDU_LETTERS = frozenset("پچژگیک")
URDU_WORDS = frozenset(
    [
        "کے",
        "کی",
        "ہے",
        "ہیں",
        "میں",
        "اور",
        "کہ",
        "یہ",
        "سے",
        "کو",
        "نے",
        "کا",
        "بھی",
        "تھا",
        "تھی",
        "گیا",
    ]
)
PERSIAN_WORDS = frozenset(
    ["است", "این", "را", "که", "از", "به", "می", "های", "شده", "برای", "آن", "با", "هم", "بود"]
)
ARABIC_WORDS = frozenset(
    [
        "في",
        "من",
        "على",
        "إلى",
        "التي",
        "الذي",
        "عن",
        "أن",
        "هذا",
        "هذه",
        "كان",
        "قد",
        "لا",
        "ما",
        "مع",
    ]
)
ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "with",
        "was",
        "it",
        "on",
        "as",
        "are",
        "this",
    ]
)
_WORD = re.compile(r"\w+")


def guess_language(text: str) -> str | None:
    """A BCP 47 language tag for `text` ("ur", "fa", "ar", "en", "hi", ...), or None when
    its letters or words do not say (a Latin-script text in another language than
    English, or no letters at all)."""
    sample = text[:SAMPLE_CHARACTERS]
    scripts = Counter(script for script in map(character_script, sample) if script is not None)
    if not scripts:
        return None
    script = scripts.most_common(1)[0][0]
    words = _WORD.findall(sample.casefold())
    if script == "Arab":
        return _arabic_script_language(sample, words)
    if script == "Latn":
        english = sum(word in ENGLISH_WORDS for word in words)
        return "en" if words and english >= max(1, len(words) // 20) else None
    return language_for_script(script)


def _arabic_script_language(sample: str, words: list[str]) -> str:
    """Urdu, Persian or Arabic: letters only one of them uses count once, each of its
    frequent words three times; Arabic when nothing decides, as CLDR would say."""
    letters = Counter(character for character in sample if character in _ALL_LETTERS)
    scores = {
        "ur": sum(letters[letter] for letter in URDU_LETTERS)
        + 3 * sum(word in URDU_WORDS for word in words),
        "fa": 3 * sum(word in PERSIAN_WORDS for word in words),
        "ar": sum(letters[letter] for letter in ARABIC_LETTERS)
        + 3 * sum(word in ARABIC_WORDS for word in words),
    }
    if scores["ur"] == 0 and any(letters[letter] for letter in PERSIAN_OR_URDU_LETTERS):
        scores["fa"] += sum(letters[letter] for letter in PERSIAN_OR_URDU_LETTERS)
    best = max(scores, key=lambda language: scores[language])
    return best if scores[best] > 0 else "ar"


_ALL_LETTERS = URDU_LETTERS | ARABIC_LETTERS | PERSIAN_OR_URDU_LETTERS
