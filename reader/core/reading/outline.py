"""The structure of a laid-out article: headings and paragraphs by position.

Qt exposes its rich-text view to screen readers as one flat text, so Reader
offers the structure itself; this module finds it in the QTextDocument (a
model, not a widget) and answers "what is next, what is here".
"""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from PySide6.QtGui import QTextDocument

from reader.core.articles.images import OBJECT_REPLACEMENT
from reader.core.marks.anchoring import without_soft_hyphens


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    position: int


@dataclass
class HeadingNode:
    heading: Heading
    children: list["HeadingNode"] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentOutline:
    headings: tuple[Heading, ...]
    paragraph_starts: tuple[int, ...]

    @cached_property
    def _heading_positions(self) -> list[int]:
        return [heading.position for heading in self.headings]

    def heading_at(self, position: int) -> Heading | None:
        """The heading of the section that contains `position`."""
        index = bisect_right(self._heading_positions, position)
        return self.headings[index - 1] if index else None

    def section_texts(self, positions: list[int]) -> list[str]:
        """The heading text of the section containing each position ("" before the first
        heading): heading_at for the marks of an article, a C call each."""
        starts = self._heading_positions
        texts = ("", *(heading.text for heading in self.headings))
        return [texts[bisect_right(starts, position)] for position in positions]

    def next_heading(self, position: int) -> Heading | None:
        return next((h for h in self.headings if h.position > position), None)

    def previous_heading(self, position: int) -> Heading | None:
        return next((h for h in reversed(self.headings) if h.position < position), None)

    def next_paragraph(self, position: int) -> int | None:
        index = bisect_right(self.paragraph_starts, position)
        return self.paragraph_starts[index] if index < len(self.paragraph_starts) else None

    def previous_paragraph(self, position: int) -> int | None:
        index = bisect_left(self.paragraph_starts, position)
        return self.paragraph_starts[index - 1] if index else None

    def paragraph_index(self, position: int) -> int:
        """Which of paragraph_starts the block at `position` is (0 before the first; the
        blank blocks after a paragraph belong to it). Raises ValueError with no paragraph."""
        if not self.paragraph_starts:
            raise ValueError("the document has no paragraphs")
        return max(bisect_right(self.paragraph_starts, position) - 1, 0)

    def tree(self) -> list[HeadingNode]:
        """Headings nested by level, for a table of contents."""
        roots: list[HeadingNode] = []
        stack: list[HeadingNode] = []
        for heading in self.headings:
            node = HeadingNode(heading)
            while stack and stack[-1].heading.level >= heading.level:
                stack.pop()
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
        return roots


def outline_of(document: QTextDocument) -> DocumentOutline:
    headings: list[Heading] = []
    paragraphs: list[int] = []
    block = document.begin()
    while block.isValid():
        text = without_soft_hyphens(block.text()).replace(OBJECT_REPLACEMENT, "").strip()
        if text:
            level = block.blockFormat().headingLevel()
            if level:
                headings.append(Heading(level, " ".join(text.split()), block.position()))
            paragraphs.append(block.position())
        block = block.next()
    return DocumentOutline(tuple(headings), tuple(paragraphs))


def anchor_position(document: QTextDocument, name: str) -> int | None:
    """Where the element with id or name `name` starts, if the document has one."""
    block = document.begin()
    while block.isValid():
        for fragment in block.textFormats():
            if name in fragment.format.anchorNames():
                return block.position() + fragment.start
        block = block.next()
    return None
