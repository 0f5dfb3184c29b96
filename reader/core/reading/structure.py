"""The article as a tree of accessible nodes: headings, paragraphs, lists, tables, links.

Qt shows its rich-text view to screen readers as one flat text. Reader keeps that text
(Qt's own text interface reads by line, word and character and follows the caret) and
puts the structure beside it; this module finds the structure in a QTextDocument (a
model, no widget) and gives each node its document range, so that the widget side can
place it on screen and focus it as the caret reaches it. See
reader.ui.accessibility.article_structure for how the nodes reach a screen reader.
"""

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtGui import (
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
    QTextTable,
)

from reader.core.articles.images import OBJECT_REPLACEMENT, alt_text
from reader.core.language.parts import language_of_marker
from reader.core.marks.anchoring import without_soft_hyphens

LINE_SEPARATOR = "\u2028"
# Python-Markdown's footnotes extension links a reference to "#fn:NAME".
FOOTNOTE_PREFIX = "#fn:"
# Set (True) on text the reader chose not to see (reader.core.display.hidden_content): a
# hidden footnote's reference is left out of the structure, as its hidden note is.
HIDDEN_PROPERTY = QTextFormat.Property.UserProperty + 1
BULLET = "•"
_NUMBERED_STYLES = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


def item_number(block: QTextBlock) -> str:
    """A numbered list item's number as the page shows it ("3.", "c.", "iv."); "" for a
    bulleted item and for a block outside a list."""
    text_list = block.textList()
    if text_list is None or text_list.format().style() not in _NUMBERED_STYLES:
        return ""
    # Qt gives a right-to-left item's text in display order (".1"): the number alone.
    return f"{text_list.itemText(block).strip().strip('.')}."


def is_code_line(block: QTextBlock) -> bool:
    """Whether `block` is a line of a code block (a <pre>; Qt makes a block of each line).
    Qt marks such a line as not to be broken, but not under article.css's
    `white-space: pre-wrap`, which wraps it for large text; then only the monospace font
    of the block's own format (article.css's `pre`, not an inline `code`) tells."""
    if block.blockFormat().nonBreakableLines():
        return True
    return "monospace" in (block.charFormat().fontFamilies() or ())


def language_changes(block: QTextBlock, language: str) -> list[tuple[int, str]]:
    """(offset in the block, language from there), starting at offset 0 with `language`
    (the article's) unless the block starts in another. Offsets count UTF-16 units, as Qt
    does. The languages are the markers reader.core.language.parts writes where a
    `{lang=..}` part begins and ends (Qt keeps them as anchor names)."""
    changes = [(0, language)]
    for text_format in block.textFormats():
        for name in text_format.format.anchorNames():
            marked = language_of_marker(name)
            if marked is None:
                continue
            if text_format.start == 0:
                changes[0] = (0, marked)
            else:
                changes.append((text_format.start, marked))
    return changes


def language_at(changes: list[tuple[int, str]], offset: int) -> str:
    """The language at `offset`, from a list of (offset, language) changes such as
    language_changes gives (any unit, as long as both use the same)."""
    return next(language for start, language in reversed(changes) if start <= offset)


def starts_code_block(block: QTextBlock) -> bool:
    """Whether a line of code (a block with non-breakable lines: Markdown's fenced or
    indented code, a <pre>) is the first of its code block. Qt gives each code block's
    first line the space above it, and only that line: two code blocks in a row are told
    apart by it (Qt's HTML import merges adjacent <pre> blocks into one run of lines)."""
    return block.blockFormat().topMargin() > 0


class Kind(StrEnum):
    DOCUMENT = "document"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    CODE = "code"
    LIST = "list"
    ITEM = "item"
    TABLE = "table"
    ROW = "row"
    CELL = "cell"
    LINK = "link"
    FOOTNOTE_REFERENCE = "footnote reference"
    IMAGE = "image"
    HIGHLIGHT = "highlight"
    NOTE = "note"  # a reader's note on a highlight: a child of its highlight, named by it


# Nodes the caret can land in: the innermost of these holding the caret gets focus.
CARET_KINDS = frozenset({Kind.HEADING, Kind.PARAGRAPH, Kind.QUOTE, Kind.CODE, Kind.ITEM, Kind.CELL})
LINK_KINDS = frozenset({Kind.LINK, Kind.FOOTNOTE_REFERENCE})


@dataclass(eq=False)
class Node:
    """One accessible node of the article.

    start and end are document positions (end exclusive); text is what a screen reader
    reads as the node's name (a list item's text begins with its number or bullet; an
    image's is its alt text). level is a heading's level (1-6) or a list's nesting depth
    (1 = outermost); row and column count from 0 within a table; index and count place
    an item in its list (1-based); count is a list's number of items or a row's of cells;
    rows and columns are a table's. target is a link's address. language is the BCP 47
    tag of most of the node's text (a list, row or table: its children's, when they
    share one; else the article's), "" when the article's language is not known.
    category is a highlight's (a reader.core.marks.mark.Category value); a note's node
    has the highlight's range and the note's words as its text.
    """

    kind: Kind
    start: int
    end: int
    text: str = ""
    level: int = 0
    row: int = -1
    column: int = -1
    header: bool = False
    index: int = 0
    count: int = 0
    rows: int = 0
    columns: int = 0
    target: str = ""
    language: str = ""
    category: str = ""
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = field(default=None, repr=False)

    def add(self, child: "Node") -> "Node":
        child.parent = self
        self.children.append(child)
        return child

    def walk(self) -> Iterator["Node"]:
        """This node and all below it, in document order (depth first)."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class ArticleStructure:
    """The tree of an article, with look-ups by document position."""

    root: Node
    _caret_nodes: list[Node] = field(default_factory=list)
    _caret_starts: list[int] = field(default_factory=list)
    links: list[Node] = field(default_factory=list)
    highlights: list[Node] = field(default_factory=list)

    def __post_init__(self) -> None:
        for node in self.root.walk():
            if node.kind in CARET_KINDS and not any(
                child.kind in CARET_KINDS for child in node.children
            ):
                self._caret_nodes.append(node)
            elif node.kind in LINK_KINDS:
                self.links.append(node)
        self._caret_nodes.sort(key=lambda node: node.start)
        self._caret_starts = [node.start for node in self._caret_nodes]

    def node_at(self, position: int) -> Node | None:
        """The innermost heading, paragraph, item, cell, quote or code block holding
        `position` (a node's end position counts as inside it: the caret after a word)."""
        index = bisect_right(self._caret_starts, position) - 1
        if index < 0:
            return None
        node = self._caret_nodes[index]
        return node if position <= node.end else None

    def set_highlights(
        self, document: QTextDocument, highlights: list[tuple[int, int, str, str]]
    ) -> list[Node]:
        """Replace the highlight nodes with one per (start, end, category, note): each a
        child of the node where it starts (the document, outside any), among that node's
        links and pictures in document order, named by its text; a note (its words, "" for
        none) is a NOTE child of its highlight. The nodes taken away, notes included."""
        removed, self.highlights = self.highlights, []
        for node in removed:
            node.parent.children.remove(node)
        cursor = QTextCursor(document)
        for start, end, category, note in sorted(highlights):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            text = _readable(cursor.selectedText().replace("\u2029", " "))
            node = Node(Kind.HIGHLIGHT, start, end, text, category=category)
            parent = self.node_at(start) or self.root
            node.parent, node.language = parent, parent.language
            index = bisect_right(parent.children, start, key=lambda child: child.start)
            parent.children.insert(index, node)
            if note:
                # The note's language is not known (the reader's own words): none is claimed.
                node.add(Node(Kind.NOTE, start, end, " ".join(note.split())))
            self.highlights.append(node)
        return removed + [child for node in removed for child in node.children]

    def next_link(self, position: int) -> Node | None:
        """The first link starting after `position`, or None."""
        return next((link for link in self.links if link.start > position), None)

    def previous_link(self, position: int) -> Node | None:
        """The last link ending before `position` (not the one the caret is in), or None."""
        return next((link for link in reversed(self.links) if link.end < position), None)


def structure_of(document: QTextDocument, language: str = "") -> ArticleStructure:
    """The article's node tree (Kind.DOCUMENT at the root) from its QTextDocument;
    `language` is the article's (its parts in other languages carry their own)."""
    root = Node(Kind.DOCUMENT, 0, max(0, document.characterCount() - 1), language=language)
    builder = _Builder(root)
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            root.add(_table_node(document, table, language))
            block = document.findBlock(table.lastPosition() + 1)
            builder.end_list()
            continue
        builder.add_block(block)
        block = block.next()
    for node in reversed(list(root.walk())):  # children before their parents
        if node.kind in (Kind.LIST, Kind.ROW, Kind.TABLE):
            _take_childrens_language(node, language)
    return ArticleStructure(root)


class _Builder:
    """Turns blocks, in document order, into nodes: lists nest by their indent, and lines
    of a code block (one block each) join into one node."""

    def __init__(self, root: Node) -> None:
        self._root = root
        # The open lists, outermost first: (indent, first item's position, node).
        self._lists: list[tuple[int, int, Node]] = []
        self._code: Node | None = None

    def end_list(self) -> None:
        self._lists = []
        self._code = None

    def add_block(self, block: QTextBlock) -> None:
        text_format = block.blockFormat()
        text_list = block.textList()
        is_code = is_code_line(block) and text_list is None
        if is_code and starts_code_block(block):
            self._code = None  # even before an empty first line: a new code block begins
        text = block.text()
        if not text.strip() or not block.isVisible():  # hidden footnotes are not in it
            return
        if text_list is None:
            self._lists = []
        changes = language_changes(block, self._root.language)
        if is_code:
            if self._code is None:
                self._code = self._root.add(Node(Kind.CODE, block.position(), block.position()))
                self._code.text = text
                self._code.language = _main_language(changes, block.length() - 1)
            else:
                self._code.text += "\n" + text
            self._code.end = block.position() + block.length() - 1
            return
        self._code = None
        parent = self._root if text_list is None else self._list_item_parent(block)
        node = Node(Kind.PARAGRAPH, block.position(), block.position() + block.length() - 1)
        node.text = _readable(text)
        node.language = _main_language(changes, block.length() - 1)
        if text_format.headingLevel():
            node.kind, node.level = Kind.HEADING, text_format.headingLevel()
        elif text_list is not None:
            node.kind = Kind.ITEM
            marker = item_number(block) or BULLET
            node.index = text_list.itemNumber(block) + 1
            node.count = text_list.count()
            node.text = f"{marker} {node.text}"
        elif (text_format.property(QTextFormat.Property.BlockQuoteLevel) or 0) > 0:
            node.kind = Kind.QUOTE
        parent.add(node)
        _add_inline_nodes(block, node, changes)
        if node.kind == Kind.PARAGRAPH and not node.text:  # an image alone, not in a paragraph
            parent.children.remove(node)
            for child in node.children:
                parent.add(child)

    def _list_item_parent(self, block: QTextBlock) -> Node:
        text_list = block.textList()
        indent = text_list.format().indent()
        first_item = text_list.item(0).position()  # a list's identity
        end = block.position() + block.length() - 1
        while self._lists and self._lists[-1][0] > indent:
            self._lists.pop()
        if self._lists and self._lists[-1][0] == indent:
            if self._lists[-1][1] == first_item:  # the same list goes on
                list_node = self._lists[-1][2]
                list_node.count += 1
                _extend(list_node, end)
                return list_node
            self._lists.pop()
        owner = self._root
        if self._lists:  # nested: inside the last item of the enclosing list
            enclosing = self._lists[-1][2]
            owner = enclosing.children[-1] if enclosing.children else enclosing
        list_node = owner.add(Node(Kind.LIST, block.position(), end, count=1))
        list_node.level = len(self._lists) + 1
        _extend(owner, end)
        self._lists.append((indent, first_item, list_node))
        return list_node


def _extend(node: Node, end: int) -> None:
    """Make a node and its ancestors (below the document) reach at least to `end`."""
    while node is not None and node.kind != Kind.DOCUMENT:
        node.end = max(node.end, end)
        node = node.parent


def _readable(text: str) -> str:
    """A block's text as a name: Qt's line separators read as spaces, an image's object
    character is left out (the image is a node of its own), and so are soft hyphens."""
    text = without_soft_hyphens(text)
    return " ".join(text.replace(LINE_SEPARATOR, " ").replace(OBJECT_REPLACEMENT, " ").split())


def _main_language(changes: list[tuple[int, str]], length: int) -> str:
    """The language of most of a block's `length` UTF-16 units (the first, on a tie)."""
    covered: dict[str, int] = {}
    for index, (start, language) in enumerate(changes):
        end = changes[index + 1][0] if index + 1 < len(changes) else length
        covered[language] = covered.get(language, 0) + max(0, min(end, length) - start)
    return max(covered, key=lambda language: covered[language])


def _take_childrens_language(node: Node, language: str) -> None:
    """A list, row or table is in its children's language when they share one."""
    languages = {child.language for child in node.children}
    node.language = languages.pop() if len(languages) == 1 else language


def _add_inline_nodes(block: QTextBlock, node: Node, changes: list[tuple[int, str]]) -> None:
    """Links and images in a block, as children of its node; `changes` are the block's
    language_changes."""
    base = block.position()
    link: Node | None = None
    for iterator in block:
        fragment = iterator.fragment()
        if not fragment.isValid():
            continue
        char_format = fragment.charFormat()
        start, end = fragment.position(), fragment.position() + fragment.length()
        if char_format.isImageFormat():
            image = char_format.toImageFormat()
            alt = alt_text(image)
            title = image.property(QTextFormat.Property.ImageTitle) or ""
            language = language_at(changes, start - base)
            node.add(Node(Kind.IMAGE, start, end, text=str(alt or title), language=language))
            link = None
            continue
        # Not isAnchor(): Qt clears it after a link's first letter when an empty span
        # (a language marker) opens the link, though the letters keep the address.
        href = char_format.anchorHref()
        if not href or char_format.boolProperty(HIDDEN_PROPERTY):
            link = None
            continue
        if link is not None and link.target == href and link.end == start:
            link.end, link.text = end, link.text + fragment.text()  # one link, two formats
            continue
        kind = Kind.FOOTNOTE_REFERENCE if href.startswith(FOOTNOTE_PREFIX) else Kind.LINK
        language = language_at(changes, start - base)
        link = node.add(Node(kind, start, end, fragment.text(), target=href, language=language))
    for child in node.children:
        child.text = _readable(child.text) if child.kind != Kind.IMAGE else child.text


def _table_node(document: QTextDocument, table: QTextTable, language: str) -> Node:
    """A table's rows and cells; the header rows' cells are headers (Qt keeps <thead> as
    the table format's header row count)."""
    node = Node(Kind.TABLE, table.firstPosition(), table.lastPosition())
    node.rows, node.columns = table.rows(), table.columns()
    headers = table.format().headerRowCount()
    for row in range(table.rows()):
        row_node = Node(Kind.ROW, -1, -1, row=row, count=table.columns())
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue  # covered by a spanning cell
            cursor = QTextCursor(document)
            cursor.setPosition(cell.firstPosition())
            cursor.setPosition(cell.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            cell_node = Node(
                Kind.CELL,
                cell.firstPosition(),
                cell.lastPosition(),
                text=_readable(cursor.selectedText().replace("\u2029", " ")),
                row=row,
                column=column,
                header=row < headers,
            )
            row_node.add(cell_node)
            block = document.findBlock(cell.firstPosition())
            cell_node.language = _main_language(language_changes(block, language), block.length())
            while block.isValid() and block.position() <= cell.lastPosition():
                _add_inline_nodes(block, cell_node, language_changes(block, language))
                block = block.next()
        if row_node.children:
            row_node.start = row_node.children[0].start
            row_node.end = row_node.children[-1].end
            row_node.text = ", ".join(cell.text for cell in row_node.children)
        node.add(row_node)
    return node
