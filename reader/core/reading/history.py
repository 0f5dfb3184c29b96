"""Back and forward through the places a reader jumped from and to."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """Where a reader was: the article, the caret's index in the article's text, and the
    index of the first line in view (the screen they saw), None when not known. Indices of
    the text as Reader reads it (reader.core.marks.anchoring.DocumentPositions' `text`),
    not document positions: hyphenation, turned on or off in between, moves those."""

    article_id: str
    position: int
    top: int | None = None


class NavigationHistory:
    """A browser-style history: a jump records where the reader was, Back returns there.

    Jumps are links, the contents, marks, the article's start and end, another article,
    H and P, and find's matches (issue 18, item 5). At most `limit` places are kept."""

    def __init__(self, limit: int = 200) -> None:
        self._back: list[Place] = []
        self._forward: list[Place] = []
        self._limit = limit

    def record_jump(self, origin: Place) -> None:
        """Call before jumping away from `origin`; a new jump clears the forward list."""
        if self._back and self._back[-1] == origin:
            return
        self._back.append(origin)
        del self._back[: -self._limit]
        self._forward.clear()

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self, current: Place) -> Place | None:
        if not self._back:
            return None
        self._forward.append(current)
        return self._back.pop()

    def forward(self, current: Place) -> Place | None:
        if not self._forward:
            return None
        self._back.append(current)
        return self._forward.pop()
