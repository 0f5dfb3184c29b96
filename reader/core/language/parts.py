"""Language of parts: which stretches of an article are in another language.

An article names its language in front matter; a block or an inline element in
another language carries `{lang=ur}` in the Markdown (Python-Markdown's
attribute lists), which becomes a `lang` attribute in the HTML. Qt's rich-text
document drops `lang`, so before the HTML reaches it, each language change is
written as an empty span whose id names the language: Qt keeps ids as anchor
names on the next character, where reader.core.speech.passages reads them back to
choose a voice.
"""

import html

from reader.core.articles.sanitise import HtmlRewriter, start_tag

MARKER_PREFIX = "reader-lang-"
# Elements that start a new line of text in Qt's document: each states its language.
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "pre",
           "figcaption", "caption"}  # fmt: skip
_VOID = {"br", "hr", "img"}


def language_of_marker(anchor_name: str) -> str | None:
    """The language a marker names, or None when the name is not a language marker."""
    if anchor_name.startswith(MARKER_PREFIX):
        return anchor_name.removeprefix(MARKER_PREFIX) or None
    return None


def mark_language_parts(page_html: str, language: str) -> str:
    """The page with a marker wherever the language differs from the one before it.

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
        super().handle_starttag(tag, attrs)
        if tag in _VOID:
            return
        outer = self._language
        inner = (dict(attrs).get("lang") or outer).strip() or outer
        self._open.append((tag, inner, inner != outer))
        if tag in _BLOCKS:
            if inner != self._article_language:
                self.output.append(_marker(inner))
        elif inner != outer:
            self.output.append(_marker(inner))

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
        if changed and tag not in _BLOCKS:
            self.output.append(_marker(self._language))
