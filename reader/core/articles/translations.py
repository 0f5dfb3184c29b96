"""Articles and their translations: which articles are one text in several languages, the
guide in the reader's language, and the place in one that matches a place in another.

A translation names its original in front matter (`translation_of: <the original's id>`);
the original names nothing. An original and every article translating it form a group;
translations of translations are not followed (a translator works from the original).
"""

from collections.abc import Iterable, Sequence
from html.parser import HTMLParser

from reader.core.articles.article import ArticleMeta
from reader.core.language.tags import language_distance

GUIDE_ARTICLE_ID = "how-to-use-reader"
# Blocks a reader moves through and a translator renders one for one (headings, paragraphs,
# list items, quotations, table cells); containers (ul, blockquote, table) hold them.
BLOCK_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "pre"})


def original_id(meta: ArticleMeta) -> str:
    """The id of the article that `meta` translates, or its own id when it is an original."""
    return meta.translation_of or meta.id


def language_versions(meta: ArticleMeta, articles: Iterable[ArticleMeta]) -> list[ArticleMeta]:
    """Every article of `meta`'s group (itself included): its original and each translation
    of that original, in the library's order. A group of one is `[meta]`."""
    root = original_id(meta)
    group = [other for other in articles if other.id == root or other.translation_of == root]
    return group if any(other.id == meta.id for other in group) else [meta, *group]


def other_version(meta: ArticleMeta, articles: Iterable[ArticleMeta]) -> ArticleMeta | None:
    """The version to switch to from `meta`: the next one in its group, after the last the
    first again; None when the article has no translation and translates nothing present."""
    group = language_versions(meta, articles)
    if len(group) < 2:
        return None
    index = next(i for i, other in enumerate(group) if other.id == meta.id)
    return group[(index + 1) % len(group)]


def article_for_language(
    language: str, article_id: str, articles: Iterable[ArticleMeta]
) -> str | None:
    """The id of the version of article `article_id` closest to the BCP 47 tag `language`
    (an interface language, "ur-PK"), by CLDR's language matching (tags.language_distance);
    the original itself when no version matches; None when the article is not present.

    Ties go to the original, then to the library's order.
    """
    articles = list(articles)
    group = [meta for meta in articles if original_id(meta) == article_id]
    original = next((meta for meta in group if meta.id == article_id), None)
    if original is None:
        return None
    ranked = [
        (distance, meta.id != article_id, index, meta.id)
        for index, meta in enumerate(group)
        if (distance := language_distance(language, meta.language)) is not None
    ]
    return min(ranked)[3] if ranked else original.id


def guide_for_language(language: str, articles: Iterable[ArticleMeta]) -> str | None:
    """The id of *How to Use Reader* in the interface language `language` (a BCP 47 tag),
    else in English (the original); None when the library has no guide."""
    return article_for_language(language, GUIDE_ARTICLE_ID, articles)


def corresponding_block(index: int, count: int, other_count: int) -> int:
    """The block of a translation (of `other_count` blocks) that matches block `index` of an
    article of `count` blocks: the same block when the counts agree, as a translation's
    blocks correspond one to one; else the block at the same fraction of the text.

    Raises ValueError when a count is not positive or `index` is not a block of `count`.
    """
    if count < 1 or other_count < 1:
        raise ValueError(f"block counts must be positive: {count}, {other_count}")
    if not 0 <= index < count:
        raise ValueError(f"block {index} is not one of {count}")
    if count == other_count:
        return index
    if count == 1:
        return 0
    return round(index * (other_count - 1) / (count - 1))


def content_blocks(page_html: str) -> list[tuple[str, str]]:
    """(tag, text) of each block of an article's HTML in reading order, as BLOCK_TAGS names
    them; a quotation's paragraphs are ("blockquote p", text). A block inside another (a
    paragraph in a list item) counts once, as the outer one."""
    parser = _BlockParser()
    parser.feed(page_html)
    parser.close()
    return parser.blocks


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._open: list[str] = []
        self._text: list[str] | None = None
        self._depth = 0  # of BLOCK_TAGS elements open inside the current block

    def handle_starttag(self, tag: str, attrs: Sequence[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            if self._text is None:
                kind = f"blockquote {tag}" if "blockquote" in self._open else tag
                self._open.append(tag)
                self._text, self._kind, self._depth = [], kind, 0
                return
            self._depth += 1
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open.pop() != tag:
                pass
        if tag not in BLOCK_TAGS or self._text is None:
            return
        if self._depth:
            self._depth -= 1
            return
        self.blocks.append((self._kind, " ".join("".join(self._text).split())))
        self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)
