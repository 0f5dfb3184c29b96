"""The article's structure for screen readers, beside Qt's own text interface.

Decision (issue 18), measured with PySide6 6.11.3 and the AT-SPI bridge under Xvfb:
- Qt's interface for the view (QAccessibleTextEdit: role "label" with a text interface that
  reads by line, word and character and follows the caret) is kept. Replacing it with a
  Python interface loses that reading: PySide6 does not bind QAccessibleTextInterface's
  pure virtual attributes() and selection() (out-parameters), so a text interface written
  in Python has no text attributes and no selection. (Measured again: with interface_cast
  as below it does not crash; the bridge's calls to those two return nothing and offsets
  that mean nothing.)
- The structure is added beside it: the view's viewport (a child widget that Qt exposes as
  an empty "filler") gets, through a QAccessible factory, an interface of role Document
  whose children are the nodes of reader.core.reading.structure: headings with their level
  (QAccessibleAttributesInterface, attribute Level, which the bridge sends as "level"),
  paragraphs, block quotes, lists and items, tables with rows and cells
  (QAccessibleTableCellInterface: row and column), links with a "press" action that
  follows them, images named by their alt text. A node's text is its name; headings and
  block quotes also have a read-only text interface of those words (TEXT_KINDS). Nodes
  have on-screen extents computed from the layout.
- PySide6 does not bind QAccessibleTableInterface, so a table is a Table with Row children,
  not an AT-SPI table with coordinates of its own; each cell knows its row and column.
- Nodes get focus (a Focus event, which Orca and NVDA speak) when a structural key lands
  on them (H, P, Tab to a link, a move into another table row); plain caret moves keep
  Qt's caret events only, so reading by line is unchanged. Measured with Orca 43: after a
  node's focus, Orca ignored the text's caret moves (the bridge had told it the text lost
  focus), so the next key that is not Tab gives focus back to the text first
  (return_focus_to_text); Orca then says the view's name once and reads lines again.
- Orca 43 (./dev.sh screen-reader-test) says "Common threads heading level 2", the link's
  name and "link", and each table row with all its cells. Orca 48 (--chroot) says links
  and rows alike, and a heading's words only from its text interface, never from its
  name (speech_generator._generate_heading): without one it said "heading 2" alone.
- Not tried: a compiled accessibility plugin; it would add a C++ build to every package,
  and the factory written in Python survives the bridge.
- interface_cast must return shiboken6.VoidPtr: VoidPtr(0) for "none" (None, 0 or the
  Python object crash the bridge, which asks every node for a text interface), and for an
  interface the C++ object of that base (PySide6 makes one C++ object per base class).
Language of parts and highlights (issue 18), measured with the same PySide6, Orca 43.1
(Debian 12) and Orca 48.1 (Debian 13):
- Orca takes a language only from a text object's attribute run ("language" in
  getAttributeRun: script_utilities.getLanguageAndDialectFromTextAttributes), and neither
  version switches voice with it: speech_generator.voice() logs "voice requested with
  language=..." and returns the default voice (Orca 48: "The code needed to actually switch
  voices does not yet exist", check_voices_for_language = False). No application can make
  Orca 43 or 48 speak a part in another voice.
- Qt's text interface (QAccessibleTextWidget::attributes) gives no language: at an Urdu
  paragraph the bus has direction, family-name, justification, size, style and
  vertical-align, nothing else. A text interface of our own cannot give attributes
  (above); a compiled one needs Qt 6.11's headers, which the PySide6 wheel lacks (Debian 12
  has Qt 6.4).
- What works, and is what the platforms define for it: QAccessible.Attribute.Locale
  (Qt 6.10+), which the AT-SPI bridge sends as the object's locale (Accessible.Locale,
  atspi_accessible_get_object_locale) and Windows' bridge as UI Automation's culture. Each
  node carries its language (reader.core.reading.structure); the view's locale is the
  article's, which Qt's own interface for the view reports. An Urdu paragraph says "ur_PK".
- Highlights are drawn as extra selections, not in the text's formats, so Qt's text
  attributes cannot show them. Each highlight is a node (role Section, a child of the block
  where it starts) named by its text and described by its category ("Highlight: Important
  (yellow)"; the category names its colour). An attribute naming it does not reach the bus:
  QAccessible.Attribute.Custom must be a QHash<QString, QString>, and PySide6 sends a dict
  as a QVariantMap, which the bridge reads as nothing.
"""

from collections.abc import Callable
from functools import cache, partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleTableCellInterface,
    QAccessibleTextInterface,
    QTextCursor,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextEdit, QWidget

from reader.core.marks.mark import Category, category_label
from reader.core.reading.structure import ArticleStructure, Kind, Node, structure_of

# The highlights as (start, end, category, note), made when asked (see set_highlights).
Highlights = Callable[[], list[tuple[int, int, str, str]]]
ROLES = {
    Kind.HEADING: QAccessible.Role.Heading,
    Kind.PARAGRAPH: QAccessible.Role.Paragraph,
    Kind.QUOTE: QAccessible.Role.BlockQuote,
    Kind.CODE: QAccessible.Role.Section,
    Kind.LIST: QAccessible.Role.List,
    Kind.ITEM: QAccessible.Role.ListItem,
    Kind.TABLE: QAccessible.Role.Table,
    Kind.ROW: QAccessible.Role.Row,
    Kind.CELL: QAccessible.Role.Cell,
    Kind.LINK: QAccessible.Role.Link,
    Kind.FOOTNOTE_REFERENCE: QAccessible.Role.Link,
    Kind.IMAGE: QAccessible.Role.Graphic,
    Kind.HIGHLIGHT: QAccessible.Role.Section,
    Kind.NOTE: QAccessible.Role.Note,
}
VIEWPORT_NAME = "qt_scrollarea_viewport"  # Qt's name for a scroll area's viewport widget


class ArticleStructureAccess(QObject):
    """The structure of the article in one QTextEdit, as accessible interfaces.

    The view calls invalidate() whenever its document is replaced; the structure is read
    again only when a screen reader asks for it (nothing is built while none listens).
    """

    def __init__(self, view: QTextEdit, follow_link: Callable[[str], None]) -> None:
        super().__init__(view)
        self._view = view
        self._follow_link = follow_link  # called with a link's target (str)
        self._structure: ArticleStructure | None = None
        self._language = ""  # the article's (BCP 47)
        self._highlights: Highlights = list  # see set_highlights
        self._interfaces: dict[int, NodeInterface] = {}  # id(node) → its interface
        self._ids: list[int] = []
        self.document_interface: DocumentInterface | None = None
        self.focused: Node | None = None
        install_factory()
        view.structure_access = self
        if QAccessible.isActive():
            # Built while a screen reader listens, QTextEdit's viewport already has Qt's
            # interface (a "filler"), which Qt keeps: drop it so that ours is made.
            made = QAccessible.queryAccessibleInterface(view.viewport())
            if made is not None and not isinstance(made, DocumentInterface):
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))
        # Qt's cache owns registered interfaces and deletes any left at exit, after Python
        # has deleted them: unregister them with the view (the list, not self, which is
        # going too), so that C++ deletes them first.
        view.destroyed.connect(partial(_unregister, self._ids))

    @property
    def structure(self) -> ArticleStructure:
        if self._structure is None:
            self._structure = structure_of(self._view.document(), self._language)
            self._structure.set_highlights(self._view.document(), self._highlights())
        return self._structure

    def invalidate(self, language: str) -> None:
        """Forget the nodes of the previous document (their interfaces are unregistered);
        `language` is the new article's (BCP 47), which becomes the view's locale: Qt's
        interface for the view reports its widget's locale (QAccessible.Attribute.Locale),
        so a screen reader learns the language of the whole text."""
        self._language = language
        locale = locale_of(language)
        if locale is None:
            self._view.unsetLocale()
        else:
            self._view.setLocale(locale)
        self._structure = None
        self.focused = None
        _unregister(self._ids)
        self._interfaces.clear()
        if self.document_interface is not None and QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.document_interface, QAccessible.Event.ObjectReorder)
            )

    def set_highlights(self, highlights: Highlights) -> None:
        """The reader's highlights as nodes: `highlights` gives them, each (start, end,
        category, note): document positions, a reader.core.marks.mark.Category value and
        the note's words ("" for none: a note is a node of its own under its highlight).
        It is called only when the nodes are made: at once if a screen reader has read the
        structure, else when one first does (an article opened with a thousand highlights
        makes no list of them for nobody). They outlive a new layout of the same article
        (call again with one giving [] for another)."""
        self._highlights = highlights
        if self._structure is None:
            return  # read with the structure, when a screen reader asks for it
        removed = self._structure.set_highlights(self._view.document(), highlights())
        self.focused = None if self.focused in removed else self.focused
        for node in removed:
            found = self._interfaces.pop(id(node), None)
            if found is not None:
                unique_id = QAccessible.uniqueId(found)
                self._ids.remove(unique_id)
                QAccessible.deleteAccessibleInterface(unique_id)
        if self.document_interface is not None and QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.document_interface, QAccessible.Event.ObjectReorder)
            )

    def interface(self, node: Node) -> "QAccessibleInterface":
        if node.kind == Kind.DOCUMENT:
            return self.document_interface
        found = self._interfaces.get(id(node))
        if found is None:
            found = NodeInterface(self, node)
            self._interfaces[id(node)] = found
            self._ids.append(QAccessible.registerAccessibleInterface(found))
        return found

    def focus_node_at(self, position: int) -> Node | None:
        """Give focus to the node holding `position`, if a screen reader listens; the node,
        or None when none got focus."""
        if not QAccessible.isActive():
            return None
        node = self.structure.node_at(position)
        if node is not None:
            self.focus(node)
        return node

    def caret_moved(self, position: int) -> None:
        """Entering another table row gives the row focus, so that a screen reader reads the
        whole row (Qt's text reads only the caret's cell as its line); elsewhere the caret's
        own events are enough."""
        if not QAccessible.isActive():
            return
        node = self.structure.node_at(position)
        row = node.parent if node is not None and node.kind == Kind.CELL else None
        focused_row = self.focused if self.focused and self.focused.kind == Kind.ROW else None
        if row is not None and row is not focused_row:
            self.focus(row)

    def return_focus_to_text(self) -> None:
        """Before a key moves the caret: give focus back to the view's text if a node has it.

        Orca takes a focused node's "focused" state change as the text losing focus, and
        then ignores the text's caret moves (measured with Orca 43: Down after H was
        silent); focus back on the text first, and the caret's line is read again.
        """
        if self.focused is None or not QAccessible.isActive():
            return
        self.focused = None
        QAccessible.updateAccessibility(QAccessibleEvent(self._view, QAccessible.Event.Focus))

    def focus(self, node: Node) -> None:
        if not QAccessible.isActive():
            return
        if self.document_interface is None:  # the factory makes it, on the first request
            QAccessible.queryAccessibleInterface(self._view.viewport())
        self.focused = node
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.interface(node), QAccessible.Event.Focus)
        )

    def follow(self, node: Node) -> None:
        """Follow a link after the screen reader's call returns: following may open a
        dialog (a web address asks first), which would hold the call's reply."""
        QTimer.singleShot(0, partial(self._follow_link, node.target))

    def rect(self, node: Node) -> QRect:
        """The node's extents on screen (global coordinates)."""
        view = self._view
        document = view.document()
        if node.kind in (
            Kind.LINK,
            Kind.FOOTNOTE_REFERENCE,
            Kind.IMAGE,
            Kind.HIGHLIGHT,
            Kind.NOTE,
        ):
            cursor = QTextCursor(document)
            cursor.setPosition(node.start)
            first = view.cursorRect(cursor)
            cursor.setPosition(node.end)
            last = view.cursorRect(cursor)
            local = first.united(last) if last.top() == first.top() else first
            if node.kind == Kind.IMAGE:
                local.setLeft(first.left())
        else:
            layout = document.documentLayout()
            local = QRect()
            block = document.findBlock(max(node.start, 0))
            while block.isValid() and block.position() <= node.end:
                local = local.united(layout.blockBoundingRect(block).toAlignedRect())
                block = block.next()
            local.translate(-view.horizontalScrollBar().value(), -view.verticalScrollBar().value())
        viewport = view.viewport()
        return QRect(viewport.mapToGlobal(local.topLeft()), local.size())


def locale_of(language: str) -> QLocale | None:
    """The QLocale of a BCP 47 tag, or None for "" and for a language missing from Qt's
    locale data (pnb, skr: QLocale would be "C", which names no language)."""
    locale = QLocale(language)
    return None if not language or locale.language() == QLocale.Language.C else locale


def _unregister(ids: list[int]) -> None:
    """Delete registered interfaces through Qt (their Python wrappers become invalid)."""
    for unique_id in ids:
        QAccessible.deleteAccessibleInterface(unique_id)
    ids.clear()


@cache
def install_factory() -> None:
    """Qt asks installed factories before its own: ours answers only for the viewport of
    a view that has an ArticleStructureAccess, and leaves everything else to Qt."""
    QAccessible.installFactory(_factory)


def _factory(classname: str, obj: QObject) -> QAccessibleInterface | None:
    if classname != "QWidget" or not isinstance(obj, QWidget):
        return None
    if obj.objectName() != VIEWPORT_NAME:
        return None
    access = getattr(obj.parent(), "structure_access", None)
    if not isinstance(access, ArticleStructureAccess):
        return None
    interface = DocumentInterface(obj, access)
    access.document_interface = interface
    return interface


class DocumentInterface(QAccessibleWidget):
    """The viewport as the article's document: its children are the top-level nodes."""

    def __init__(self, viewport: QWidget, access: ArticleStructureAccess) -> None:
        super().__init__(viewport, QAccessible.Role.Document)
        self._access = access

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._access._view.documentTitle()
        return ""

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return len(self._access.structure.root.children)

    def child(self, index: int) -> QAccessibleInterface | None:
        children = self._access.structure.root.children
        return self._access.interface(children[index]) if 0 <= index < len(children) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        if isinstance(child, NodeInterface) and child.node.parent is not None:
            return _index_in(child.node)
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        point = QPoint(x, y)
        for node in self._access.structure.root.children:
            if self._access.rect(node).contains(point):
                return self._access.interface(node)
        return None


def _index_in(node: Node) -> int:
    return next(i for i, sibling in enumerate(node.parent.children) if sibling is node)


# The position of each interface among NodeInterface's bases (see interface_cast).
_BASES = {
    QAccessible.InterfaceType.AttributesInterface: 1,
    QAccessible.InterfaceType.ActionInterface: 2,
    QAccessible.InterfaceType.TableCellInterface: 3,
    QAccessible.InterfaceType.TextInterface: 4,
}
# Nodes with a text interface (their words): Orca 48 reads a heading's and a block
# quote's words only from it (speech_generator._generate_heading, _generate_block_quote),
# not from the name; a paragraph, item or cell it reads by name, and would read twice.
TEXT_KINDS = frozenset({Kind.HEADING, Kind.QUOTE})


class NodeInterface(
    QAccessibleInterface,
    QAccessibleAttributesInterface,
    QAccessibleActionInterface,
    QAccessibleTableCellInterface,
    QAccessibleTextInterface,
):
    """One node: role, name, extents, level (headings), action (links), row and column
    (cells), and for TEXT_KINDS a read-only text interface whose text is the name."""

    def __init__(self, access: ArticleStructureAccess, node: Node) -> None:
        QAccessibleInterface.__init__(self)
        QAccessibleAttributesInterface.__init__(self)
        QAccessibleActionInterface.__init__(self)
        QAccessibleTableCellInterface.__init__(self)
        QAccessibleTextInterface.__init__(self)
        self._access = access
        self.node = node

    # QAccessibleInterface ------------------------------------------------------------
    def isValid(self) -> bool:  # noqa: N802 - Qt override
        return True

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self._access._view.window().windowHandle()

    def parent(self) -> QAccessibleInterface | None:
        return self._access.interface(self.node.parent) if self.node.parent else None

    def child(self, index: int) -> QAccessibleInterface | None:
        children = self.node.children
        return self._access.interface(children[index]) if 0 <= index < len(children) else None

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return len(self.node.children)

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        if isinstance(child, NodeInterface) and child.node.parent is self.node:
            return _index_in(child.node)
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        point = QPoint(x, y)
        for node in self.node.children:
            if self._access.rect(node).contains(point):
                return self._access.interface(node)
        return None

    def text(self, kind: QAccessible.Text | int, end: int | None = None) -> str:
        """QAccessibleInterface.text(kind), or QAccessibleTextInterface.text(start, end)
        (one Python method serves both C++ overrides): the name's characters from start
        to end (-1: to the end)."""
        node = self.node
        if end is not None:
            return node.text[kind : len(node.text) if end < 0 else end]
        if kind == QAccessible.Text.Name:
            if node.kind == Kind.FOOTNOTE_REFERENCE:
                footnote = QCoreApplication.translate("ArticleStructure", "Footnote {number}")
                return footnote.format(number=node.text)
            return node.text
        if kind == QAccessible.Text.Description:
            if node.kind == Kind.CODE:
                return QCoreApplication.translate("ArticleStructure", "Code")
            if node.kind == Kind.NOTE:
                return QCoreApplication.translate("ArticleStructure", "Note")
            if node.kind == Kind.HIGHLIGHT:
                label = category_label(Category(node.category))
                described = QCoreApplication.translate("ArticleStructure", "Highlight: {category}")
                return described.format(category=label)
            if node.kind == Kind.LINK:
                return node.target
        if kind == QAccessible.Text.Value and node.kind in (Kind.LINK, Kind.FOOTNOTE_REFERENCE):
            return node.target
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802
        return None  # the article is read-only

    def rect(self) -> QRect:
        return self._access.rect(self.node)

    def role(self) -> QAccessible.Role:
        if self.node.kind == Kind.CELL and self.node.header:
            return QAccessible.Role.ColumnHeader
        return ROLES[self.node.kind]

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        state.focusable = bool(self.text(QAccessible.Text.Name))
        state.focused = self._access.focused is self.node
        if self.node.kind in (Kind.LINK, Kind.FOOTNOTE_REFERENCE):
            state.linked = True
        viewport = self._access._view.viewport()
        visible = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
        state.offscreen = not visible.intersects(self.rect())
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        """The C++ object of the asked interface, or a null pointer.

        PySide6 gives each C++ base of this class its own C++ object (getCppPointer lists
        them in the order of the bases); the bridge casts the pointer to the interface it
        asked for, so it must be that base's object. None, 0 or the Python object itself
        crash the process when C++ asks (Qt asks every node for a text interface).
        """
        base = _BASES.get(kind)
        if base is None or not self._offers(kind):
            return shiboken6.VoidPtr(0)
        return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[base])

    def _offers(self, kind: QAccessible.InterfaceType) -> bool:
        if kind == QAccessible.InterfaceType.ActionInterface:
            return self.node.kind in (Kind.LINK, Kind.FOOTNOTE_REFERENCE)
        if kind == QAccessible.InterfaceType.TableCellInterface:
            return self.node.kind == Kind.CELL
        if kind == QAccessible.InterfaceType.TextInterface:
            return self.node.kind in TEXT_KINDS
        return True

    # QAccessibleAttributesInterface -----------------------------------------------------
    def attributeKeys(self) -> list:  # noqa: N802 - Qt override
        keys = [QAccessible.Attribute.Level] if self.node.level else []
        return [*keys, QAccessible.Attribute.Locale] if locale_of(self.node.language) else keys

    def attributeValue(self, key: QAccessible.Attribute) -> int | QLocale | None:  # noqa: N802
        """A heading's level; the node's language as a QLocale, which the AT-SPI bridge
        sends as the node's locale and UI Automation as its culture."""
        if key == QAccessible.Attribute.Level and self.node.level:
            return self.node.level
        if key == QAccessible.Attribute.Locale:
            return locale_of(self.node.language)
        return None

    # QAccessibleActionInterface ----------------------------------------------------------
    def actionNames(self) -> list[str]:  # noqa: N802 - Qt override
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt override
        if name == QAccessibleActionInterface.pressAction():
            self._access.follow(self.node)

    def keyBindingsForAction(self, name: str) -> list[str]:  # noqa: N802 - Qt override
        return []

    # QAccessibleTextInterface (read-only, no caret, no selection) ---------------------------
    # Its attributes() and selection() are not bound in PySide6: measured, the bridge's
    # calls to them return no attributes and offsets that mean nothing (no crash).
    def characterCount(self) -> int:  # noqa: N802 - Qt override
        return len(self.node.text)

    def characterRect(self, offset: int) -> QRect:  # noqa: N802 - Qt override
        return QRect()

    def offsetAtPoint(self, point: QPoint) -> int:  # noqa: N802 - Qt override
        return -1

    def cursorPosition(self) -> int:  # noqa: N802 - Qt override
        return 0

    def setCursorPosition(self, position: int) -> None:  # noqa: N802 - Qt override
        return None

    def selectionCount(self) -> int:  # noqa: N802 - Qt override
        return 0

    def addSelection(self, start: int, end: int) -> None:  # noqa: N802 - Qt override
        return None

    def removeSelection(self, index: int) -> None:  # noqa: N802 - Qt override
        return None

    def setSelection(self, index: int, start: int, end: int) -> None:  # noqa: N802
        return None

    def scrollToSubstring(self, start: int, end: int) -> None:  # noqa: N802 - Qt override
        return None

    # QAccessibleTableCellInterface -------------------------------------------------------
    def rowIndex(self) -> int:  # noqa: N802 - Qt override
        return self.node.row

    def columnIndex(self) -> int:  # noqa: N802 - Qt override
        return self.node.column

    def rowExtent(self) -> int:  # noqa: N802 - Qt override
        return 1

    def columnExtent(self) -> int:  # noqa: N802 - Qt override
        return 1

    def isSelected(self) -> bool:  # noqa: N802 - Qt override
        return False

    def columnHeaderCells(self) -> list:  # noqa: N802 - Qt override
        row = self.node.parent
        table = row.parent if row is not None else None
        if table is None or self.node.header:
            return []
        return [
            self._access.interface(cell)
            for header_row in table.children
            for cell in header_row.children
            if cell.header and cell.column == self.node.column
        ]

    def rowHeaderCells(self) -> list:  # noqa: N802 - Qt override
        return []

    def table(self) -> QAccessibleInterface | None:
        row = self.node.parent
        return self.parent() if row is None else self._access.interface(row.parent)
