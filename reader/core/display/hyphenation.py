"""Hyphenation: where a word may be broken at a line's end, shown as soft hyphens (U+00AD).

Qt has no hyphenation of its own: PySide6 6.11's QTextOption has no hyphenation flag (its
flags are about showing tabs, separators and the document terminator), and QTextDocument,
QTextCharFormat and QFont have no such setting either. What Qt's line breaking does honour
is the soft hyphen, U+00AD (UAX #14 class BA): a line may break after it, and the text
engine draws it as a hyphen at a line's end and not at all elsewhere. So words are
hyphenated by pyphen (LibreOffice's hyphenation patterns, offline) and a soft hyphen is put
at each point, in the HTML before Qt reads it.

The soft hyphens are in the document and so count in its positions; nothing else in Reader
sees them. reader.core.marks.anchoring.DocumentPositions is the one mapping between the
document's positions and the text Reader reads, stores and says (its `text`, without soft
hyphens): marks, the reading position, find, read-aloud's sentences and copying go through
it, so their text and stored indices are the same with hyphenation on or off. Positions that
are only the document's (the caret, Back and Forward within a session) are taken again when
the setting changes (see reader.ui.reading.article_view).

It applies whether or not the text is justified: justified text gains most (smaller gaps
between words), but narrow columns and large text sizes also have fewer short lines with it.

The screen reader: Reader's own nodes (headings, paragraphs, links: reader.core.reading.
structure) have no soft hyphens. Qt's accessible text of the view itself (its text
interface, which Orca reads by line through AT-SPI) is the document's text, so a line that
breaks inside a word ends with U+00AD there. It is a default-ignorable format character;
espeak-ng says a word with it exactly as without (the same phonemes from `espeak-ng --ipa`),
so speech is unchanged; a braille display may show it.

What is hyphenated: words of at least MINIMUM_WORD letters, in a language pyphen has
patterns for (each element's `lang`, else the article's), broken no nearer than LEFT
letters to a word's start and RIGHT to its end. Never hyphenated: Arabic-script text
(cursive letters join; Nastaliq is not hyphenated), text in a language without patterns,
headings, links, code, abbreviations, words with digits or inner capitals (numbers, names
like "iPhone", acronyms) and anything in a token that looks like an address (://, www., @,
/).
"""

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.core.articles.sanitise import HtmlRewriter
from reader.core.language.tags import is_right_to_left
from reader.core.marks.anchoring import SOFT_HYPHEN

if TYPE_CHECKING:
    import pyphen

# TeX's \lefthyphenmin 2 and \righthyphenmin 3 for English, which LibreOffice's hyph_en_US.dic
# also sets (LEFTHYPHENMIN 2, RIGHTHYPHENMIN 3); CSS Text 4's hyphenate-limit-chars "auto"
# asks for words of at least 5 characters.
LEFT = 2
RIGHT = 3
MINIMUM_WORD = 5
# Elements whose text is never hyphenated: headings are read as wholes, links and code are
# copied and typed as they are, an abbreviation is a unit.
_KEPT_WHOLE = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "kbd", "samp", "var", "abbr", "tt"}
)
_VOID = frozenset({"br", "hr", "img", "wbr"})
# A token that looks like an address (kept whole), else a word long enough to hyphenate.
_ADDRESS_OR_WORD = re.compile(
    r"(?P<address>[^\s/@\\]*(?:://|www\.|[@/\\])\S*)"
    rf"|(?<!\w)(?P<word>[^\W\d_]{{{MINIMUM_WORD},}})(?!\w)"
)
# Arabic script (Arabic, its Supplement and Extended-A, presentation forms A and B).
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


@lru_cache(maxsize=64)
def _dictionary(language: str) -> "pyphen.Pyphen | None":
    """pyphen's patterns for a BCP 47 tag ("en", "en-GB", "fr-CA"), or None for a language
    it has none for or one written right to left."""
    if not language or is_right_to_left(language):
        return None
    import pyphen  # here: hyphenation is off unless chosen, and pyphen costs a start 3 ms

    found = pyphen.language_fallback(language.replace("-", "_"))
    return None if found is None else pyphen.Pyphen(lang=found, left=LEFT, right=RIGHT)


@lru_cache(maxsize=65536)  # words repeat: 1 MB of the #MeToo text took 1.1 s without, 0.2 s with
def hyphenated_word(word: str, language: str) -> str:
    """`word` with a soft hyphen at each point it may break, or as it is when it must not be
    (see the module's rules)."""
    dictionary = _dictionary(language)
    if (
        dictionary is None
        or len(word) < MINIMUM_WORD
        or not word[1:].islower()
        or _ARABIC.search(word)
    ):
        return word
    return dictionary.inserted(word, hyphen=SOFT_HYPHEN)


def hyphenated_text(text: str, language: str) -> str:
    """Running text with its words hyphenated; tokens that look like addresses stay whole."""
    if _dictionary(language) is None:
        return text
    return _ADDRESS_OR_WORD.sub(
        lambda found: found.group(0) if found["address"] else hyphenated_word(found[0], language),
        text,
    )


def hyphenated_html(page_html: str, language: str) -> str:
    """The page with soft hyphens in its words; `language` is the article's, for text in no
    element with a `lang` of its own. Markup is written out as sanitise's rewriter does."""
    return _Hyphenator(language).rewrite(page_html)


class _Hyphenator(HtmlRewriter):
    def __init__(self, language: str) -> None:
        super().__init__()
        # (tag, its language, whether its text stays whole) for each open element
        self._open: list[tuple[str, str, bool]] = [("", language, False)]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        super().handle_starttag(tag, attrs)
        if tag in _VOID:
            return
        _, outer, whole = self._open[-1]
        language = (dict(attrs).get("lang") or "").strip() or outer
        self._open.append((tag, language, whole or tag in _KEPT_WHOLE))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        super().handle_endtag(tag)
        if tag in _VOID:
            return
        while len(self._open) > 1:  # sanitised HTML is well formed; this only guards the stack
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        _, language, whole = self._open[-1]
        super().handle_data(data if whole else hyphenated_text(data, language))
