"""Break opportunities that keep Qt's layout linear in the text's length.

Qt lays out a word it cannot break in time quadratic in its length (issue 17: a
500,000-letter word took 17.7 s; here 80,000 letters take 0.5 s and 320,000 take 7.6 s,
against 0.05 s and 0.18 s with a break every 64 letters), and it lays out one paragraph
at a time: an 8 MB single line is laid out in one go before anything is painted.

So, in the HTML for the view, a zero-width space (U+200B) follows every
LONG_WORD_CHARACTERS characters of a word, and a paragraph longer than
MAX_PARAGRAPH_CHARACTERS is split into paragraphs at a space (or a zero-width space) on
its way. Text positions: each zero-width space is one more position in the document,
and each split turns one space into one paragraph break, also one position. Both are
made where the HTML is made, before the render cache stores it, so an article's
positions (marks, the reading position, read-aloud's sentences) are the same at its first
opening and every later one. No word of a natural language is this long; the words that
are (long addresses, encoded data, hostile files) can no longer be found whole by Find.
Text in <pre> is left alone: Qt does not wrap it, and lays it out in linear time.
"""

import html
import re

from reader.core.articles.sanitise import HtmlRewriter, start_tag

LONG_WORD_CHARACTERS = 100
MAX_PARAGRAPH_CHARACTERS = 20_000
ZERO_WIDTH_SPACE = "\u200b"
# Where a line may break anyway: whitespace, and the zero-width spaces already there.
_BREAKS = re.compile(r"([\s\u200b]+)")
_BLOCK_TAGS = frozenset(
    {"address", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure",
     "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "table", "tbody", "td",
     "tfoot", "th", "thead", "tr", "ul"}
)  # fmt: skip
_VOID_TAGS = frozenset({"br", "hr", "img"})
_BLOCK_TAG = re.compile(rf"</?(?:{'|'.join(sorted(_BLOCK_TAGS))})\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_LONG_RUN = re.compile(rf"[^\s\u200b]{{{LONG_WORD_CHARACTERS + 1},}}")


def break_for_layout(page_html: str) -> str:
    """`page_html` with zero-width spaces in overlong words and overlong paragraphs split.

    Idempotent in effect: words already broken are not broken again.
    """
    if not _may_need_breaks(page_html):
        return page_html  # nearly every article: a regular-expression scan, not a parse
    return _LayoutBreaker().rewrite(page_html)


def _may_need_breaks(page_html: str) -> bool:
    """False only when no paragraph and no word is overlong. It counts tags and entities
    as text, so it may answer True for a page that needs nothing, never the reverse."""
    for segment in _BLOCK_TAG.split(page_html):
        if len(segment) > MAX_PARAGRAPH_CHARACTERS or _LONG_RUN.search(_TAG.sub("", segment)):
            return True
    return False


def break_long_words(text: str, run: int = 0) -> tuple[str, int]:
    """Text with a zero-width space after every LONG_WORD_CHARACTERS of a word, and the
    length of the unbroken run at its end. `run` is the length of the unbroken run just
    before the text (a word may continue across tags, `a<b>b</b>`)."""
    pieces = _BREAKS.split(text)
    for index in range(0, len(pieces), 2):  # even indices are words, odd ones breaks
        if index:
            run = 0
        word = pieces[index]
        if run + len(word) <= LONG_WORD_CHARACTERS:
            run += len(word)
            continue
        first = LONG_WORD_CHARACTERS - run
        parts = [word[:first]]
        parts += [
            word[start : start + LONG_WORD_CHARACTERS]
            for start in range(first, len(word), LONG_WORD_CHARACTERS)
        ]
        pieces[index] = ZERO_WIDTH_SPACE.join(parts)
        run = len(parts[-1]) if len(parts) > 1 else run + len(word)
    return "".join(pieces), run


class _LayoutBreaker(HtmlRewriter):
    def __init__(self) -> None:
        super().__init__()
        self._open: list[tuple[str, list[tuple[str, str | None]]]] = []
        self._word_run = 0
        self._paragraph_length = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._at_tag(tag)
        if tag not in _VOID_TAGS:
            self._open.append((tag, attrs))
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self._at_tag(tag)
        for depth in range(len(self._open) - 1, -1, -1):
            if self._open[depth][0] == tag:
                del self._open[depth:]
                break
        super().handle_endtag(tag)

    def _at_tag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._word_run = 0
            self._paragraph_length = 0

    def handle_data(self, data: str) -> None:
        if any(tag == "pre" for tag, _ in self._open):
            super().handle_data(data)
            return
        data, self._word_run = break_long_words(data, self._word_run)
        if not self._open or self._open[-1][0] != "p":
            self._paragraph_length += len(data)
            super().handle_data(data)
            return
        self.output.append(self._split_paragraph(data))

    def _split_paragraph(self, data: str) -> str:
        """Escaped `data`, a paragraph break in place of one break character every
        MAX_PARAGRAPH_CHARACTERS (only where the text is directly in the <p>)."""
        attrs = [(name, value) for name, value in self._open[-1][1] if name != "id"]
        pieces, start = [], 0
        while len(data) - start + self._paragraph_length > MAX_PARAGRAPH_CHARACTERS:
            limit = start + max(0, MAX_PARAGRAPH_CHARACTERS - self._paragraph_length)
            match = _BREAKS.search(data, limit)
            if match is None:
                break
            pieces.append(html.escape(data[start : match.start()], quote=False))
            # One break character becomes the paragraph break; the rest stay in the text.
            start = match.start() + 1
            self._paragraph_length = 0
        pieces.append(html.escape(data[start:], quote=False))
        self._paragraph_length += len(data) - start
        return f"</p>{start_tag('p', attrs)}".join(pieces)
