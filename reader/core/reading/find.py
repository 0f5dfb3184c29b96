"""Find in an article: every match of a query in the document's text, by the matching rule
of reader.core.reading.matching (the one library search uses too)."""

from dataclasses import dataclass
from typing import ClassVar

from reader.core.marks.anchoring import DocumentPositions
from reader.core.reading.matching import FoldedText, Folding


@dataclass(frozen=True)
class Match:
    start: int
    end: int


class _Folded:
    """The last text searched, folded once: typing a query searches the same text again and
    again, and folding a long article costs about as much as a hundred searches."""

    text: ClassVar[str | None] = None
    folded: ClassVar[dict[Folding, tuple[FoldedText, DocumentPositions]]] = {}

    @classmethod
    def of(cls, text: str, folding: Folding) -> tuple[FoldedText, DocumentPositions]:
        if text is not cls.text and text != cls.text:
            cls.text, cls.folded = text, {}
        if folding not in cls.folded:
            positions = DocumentPositions(text)
            cls.folded[folding] = (FoldedText(positions.text, folding), positions)
        return cls.folded[folding]


def find_all(
    text: str, query: str, *, match_case: bool = False, ignore_marks: bool = True
) -> list[Match]:
    """Non-overlapping matches of `query` in Qt document positions (UTF-16) of the document
    whose text (`QTextDocument.toRawText()`) is `text`, matched on the text as the reader reads
    it (without soft hyphens, so a word matches across a hyphenation point): case, optional
    marks, letter variants and typographic quotes as `matching` says."""
    if not query:
        return []
    folded, positions = _Folded.of(text, Folding(ignore_marks=ignore_marks, match_case=match_case))
    return [
        Match(positions.to_document(start), positions.to_document(end))
        for start, end in folded.find_all(query)
    ]


def match_after(matches: list[Match], position: int) -> int | None:
    """Index of the first match starting at or after `position`, wrapping to the first."""
    if not matches:
        return None
    for index, match in enumerate(matches):
        if match.start >= position:
            return index
    return 0


def match_before(matches: list[Match], position: int) -> int | None:
    """Index of the last match starting before `position`, wrapping to the last."""
    if not matches:
        return None
    for index in range(len(matches) - 1, -1, -1):
        if matches[index].start < position:
            return index
    return len(matches) - 1
