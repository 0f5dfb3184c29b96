"""Find in an article: every match of a query in the document's text."""

import re
from dataclasses import dataclass

from reader.core.marks.anchoring import DocumentPositions


@dataclass(frozen=True)
class Match:
    start: int
    end: int


def find_all(text: str, query: str, *, match_case: bool = False) -> list[Match]:
    """Non-overlapping matches of `query`, literally, in Qt document positions (UTF-16)."""
    if not query:
        return []
    flags = 0 if match_case else re.IGNORECASE
    positions = DocumentPositions(text)
    return [
        Match(positions.to_document(m.start()), positions.to_document(m.end()))
        for m in re.finditer(re.escape(query), text, flags)
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
