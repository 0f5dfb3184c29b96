"""A citation of a passage of an article: the words quoted, then where they are from.

Two styles, after the MLA Handbook (9th edition, "works in a container": author. "title."
container, date.) and the APA Publication Manual (7th edition, "webpage": author. (year).
title. site.), with the article's section added, since an article in Reader has no page
numbers to point with. A field the front matter leaves out is left out of the citation.
"""

from enum import Enum

from PySide6.QtCore import QCoreApplication

from reader.core.articles.article import ArticleMeta
from reader.core.articles.facts import published_key

translate = QCoreApplication.translate
UNKNOWN_AUTHOR = "Unknown"  # what the front matter model holds for no author


class CitationStyle(Enum):
    MLA = "mla"
    APA = "apa"


def citation(meta: ArticleMeta, quote: str, section: str, style: CitationStyle) -> str:
    """The quoted passage on its first line (in typographic quotes, on one line), then the
    reference in `style`. `section` is the heading the passage is under ("" for none)."""
    passage = " ".join(quote.replace("\u2029", " ").split())
    author = "" if meta.author in ("", UNKNOWN_AUTHOR) else meta.author.rstrip(".")
    if style is CitationStyle.MLA:
        parts = [f"{author}." if author else "", f"“{meta.title.rstrip('.')}.”"]
        if section:
            parts.append(translate("citation", "Section “{section}”.").format(section=section))
        where = ", ".join(part for part in (meta.source, meta.published) if part)
        if where:
            parts.append(f"{where}.")
    else:
        date = published_key(meta.published)
        year = f"({date[0]})." if date else translate("citation", "(n.d.).")
        title = f"{meta.title.rstrip('.')}."
        # APA puts the title first when there is no author.
        parts = [f"{author}.", year, title] if author else [title, year]
        if section:
            parts.append(translate("citation", "Section “{section}”.").format(section=section))
        if meta.source:
            parts.append(f"{meta.source.rstrip('.')}.")
    reference = " ".join(part for part in parts if part)
    return f"“{passage}”\n{reference}"
