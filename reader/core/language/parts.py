"""Language of parts: which stretches of an article are in another language.

An article names its language in front matter; a block or an inline element in
another language carries `{lang=ur}` in the Markdown (Python-Markdown's
attribute lists), which becomes a `lang` attribute in the HTML. Qt's rich-text
document drops `lang`, so before the HTML reaches it, each language change is
written as an empty span whose id names the language: Qt keeps ids as anchor
names on the next character, where reader.core.speech.passages reads them back to
choose a voice.

Each block in another language than the one around it also gets that language's
direction (`dir`) and a class naming its typography (TYPOGRAPHY_CLASSES), which
reader.core.display.page_style gives a face and a line height; an inline phrase gets the
class (Qt lays out an inline phrase's direction by the Unicode bidi algorithm). Latin
words inside Nastaliq text get the plain class: the Nastaliq face's Latin letters are
not meant for reading.
"""

import html
from functools import lru_cache

from reader.core.articles.sanitise import TYPOGRAPHY_CLASSES, HtmlRewriter, start_tag
from reader.core.language.bidi import LEFT_TO_RIGHT_MARK
from reader.core.language.scripts import script_runs
from reader.core.language.tags import is_right_to_left, likely_script, primary_language

MARKER_PREFIX = "reader-lang-"
# Languages whose Arabic script is set in Nastaliq (a typographic tradition, not in any
# locale data): Urdu and Pakistan's and Kashmir's languages that write like it, Punjabi
# in Shahmukhi among them.
NASTALIQ_LANGUAGES = frozenset({"ur", "ks", "skr", "pa", "pnb", "lah", "hnd", "khw", "bal", "brh"})
# The typography classes (see typography_of). NASTALIQ_ITEM is a list item of Nastaliq
# text: Qt draws its bullet a space's width from the text and a third of a line high, both
# in the item's own face (QTextDocumentLayout's drawListItem), and the Nastaliq face's
# space is so narrow (2.2 px at 17 px) that the bullet touches the first letter, with a
# bullet twice the size. So the item's face is the plain one, its text wrapped in NASTALIQ.
NASTALIQ, RIGHT_TO_LEFT, PLAIN, NASTALIQ_ITEM = TYPOGRAPHY_CLASSES
# Elements that start a new line of text in Qt's document: each states its language.
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "pre",
           "figcaption", "caption"}  # fmt: skip
# Elements around blocks whose direction sets the side of indents, bullets and columns.
_CONTAINERS = {"blockquote", "ul", "ol", "dl", "table", "thead", "tbody", "tr", "div"}
_VOID = {"br", "hr", "img"}
# A hashtag's # and a handle's @ have no direction of their own: between a right-to-left
# word and a Latin one, the bidi algorithm (UAX #9, rule N1/N2) gives them the paragraph's,
# and "#MeToo" shows as "MeToo#". A left-to-right mark before them binds them to the word.
_LATIN_PREFIXES = "#@"


def uses_nastaliq(language: str) -> bool:
    """Urdu and its neighbours when written in Arabic script ("ur", "pa-PK"; not "ur-Latn"
    or "pa", which is Gurmukhi)."""
    return primary_language(language) in NASTALIQ_LANGUAGES and likely_script(language) == "Arab"


@lru_cache(maxsize=256)
def typography_of(language: str) -> str:
    """The class of a language's typography: NASTALIQ, RIGHT_TO_LEFT (other right-to-left
    scripts: Arabic, Persian, Hebrew) or PLAIN."""
    if uses_nastaliq(language):
        return NASTALIQ
    return RIGHT_TO_LEFT if is_right_to_left(language) else PLAIN


def language_of_marker(anchor_name: str) -> str | None:
    """The language a marker names, or None when the name is not a language marker."""
    if anchor_name.startswith(MARKER_PREFIX):
        return anchor_name.removeprefix(MARKER_PREFIX) or None
    return None


def mark_language_parts(page_html: str, language: str) -> str:
    """The page with a marker wherever the language differs from the one before it, and
    each part's direction and typography where they differ from those around it.

    Every block in another language than the article's starts with a marker, and an
    inline element in another language is followed by one naming the language around it.
    """
    return _LanguageMarker(language).rewrite(page_html)


def _marker(language: str) -> str:
    return f'<span id="{html.escape(MARKER_PREFIX + language)}"></span>'


class _LanguageMarker(HtmlRewriter):
    def __init__(self, language: str) -> None:
        super().__init__()
        self._article_language = language
        # (tag, language inside it, whether it changed the language) for each open element
        self._open: list[tuple[str, str, bool]] = []

    @property
    def _language(self) -> str:
        return self._open[-1][1] if self._open else self._article_language

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            super().handle_starttag(tag, attrs)
            return
        outer = self._language
        inner = (dict(attrs).get("lang") or outer).strip() or outer
        super().handle_starttag(tag, _laid_out(tag, attrs, self._article_language, outer, inner))
        self._open.append((tag, inner, inner != outer))
        if tag in _BLOCKS:
            if inner != self._article_language:
                self.output.append(_marker(inner))
        elif inner != outer and tag not in _CONTAINERS:  # its blocks state their own
            self.output.append(_marker(inner))

    def handle_data(self, data: str) -> None:
        if is_right_to_left(self._language):
            data = _bind_latin_prefixes(data)
        if typography_of(self._language) != NASTALIQ or data.isspace():
            super().handle_data(data)
            return
        in_item = any(tag == "li" for tag, _, _ in self._open)
        if in_item:  # the item's own face is the plain one: see _laid_out
            self.output.append(f'<span class="{NASTALIQ}">')
        last = 0
        for start, end in script_runs(data, "Latn"):
            # With the spaces around it: the Nastaliq face's space is a third of Latin's
            # (2.2 px at 17 px), too narrow beside a Latin word.
            start -= start > last and data[start - 1].isspace()
            end += end < len(data) and data[end].isspace()
            super().handle_data(data[last:start])
            self.output.append(f'<span class="{PLAIN}">')
            super().handle_data(data[start:end])
            self.output.append("</span>")
            last = end
        super().handle_data(data[last:])
        if in_item:
            self.output.append("</span>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.output.append(start_tag(tag, attrs))  # opens nothing: no language to follow

    def handle_endtag(self, tag: str) -> None:
        super().handle_endtag(tag)
        if tag in _VOID:
            return
        while self._open:  # sanitised HTML is well formed; this only guards the stack
            open_tag, _, changed = self._open.pop()
            if open_tag == tag:
                break
        if changed and tag not in _BLOCKS and tag not in _CONTAINERS:
            self.output.append(_marker(self._language))


def _bind_latin_prefixes(data: str) -> str:
    """Right-to-left text with a left-to-right mark before each # or @ that opens a Latin
    word ("پاکستان میں #MeToo" keeps "#MeToo" in its order); marks already there stay single."""
    pieces, last = [], 0
    for start, _ in script_runs(data, "Latn"):
        prefix = start
        while prefix > last and data[prefix - 1] in _LATIN_PREFIXES:
            prefix -= 1
        if prefix < start and (prefix == 0 or data[prefix - 1] != LEFT_TO_RIGHT_MARK):
            pieces += [data[last:prefix], LEFT_TO_RIGHT_MARK]
            last = prefix
    return "".join([*pieces, data[last:]])


def _laid_out(
    tag: str, attrs: list[tuple[str, str | None]], article: str, outer: str, inner: str
) -> list[tuple[str, str | None]]:
    """The element's attributes, with its language's direction and typography where they
    differ from the surrounding language's; a block (paragraph, item, heading, cell) also
    states them where they differ from the article's, since Qt does not pass line height
    from a container to the blocks inside it."""
    right_to_left = is_right_to_left(inner)
    if tag in _BLOCKS:
        around = [outer, article]
    elif tag in _CONTAINERS:
        around = [outer]
    else:  # inline: Qt orders its letters by the bidi algorithm; only the face changes
        around = []
    if any(is_right_to_left(language) != right_to_left for language in around):
        attrs = [
            *(pair for pair in attrs if pair[0] != "dir"),
            ("dir", "rtl" if right_to_left else "ltr"),
        ]
    typography = typography_of(inner)
    item = tag == "li" and typography == NASTALIQ  # the article's own items too
    if item or any(typography_of(language) != typography for language in [outer, *around]):
        typography = NASTALIQ_ITEM if item else typography
        classes = " ".join(filter(None, [dict(attrs).get("class"), typography]))
        attrs = [*(pair for pair in attrs if pair[0] != "class"), ("class", classes)]
    return attrs
