"""The table of contents: the article's headings as a tree."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from reader.core.reading.outline import DocumentOutline, Heading, HeadingNode

POSITION_ROLE = Qt.ItemDataRole.UserRole


class TocPanel(QWidget):
    headingActivated = Signal(int)  # noqa: N815 - Qt signal naming; a document position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setHeaderLabels([self.tr("Heading")])  # hidden, but read by screen readers
        self.tree.setAccessibleName(self.tr("Table of contents"))
        self.tree.setAccessibleDescription(self.tr("Headings of the article. Enter jumps to one."))
        self.tree.itemActivated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.setFocusProxy(self.tree)
        self._items: list[tuple[Heading, QTreeWidgetItem]] = []

    def set_outline(self, outline: DocumentOutline) -> None:
        self.tree.clear()
        self._items = []
        self._add_nodes(outline.tree(), self.tree.invisibleRootItem())
        # Only headings with subheadings open: expandAll() marks leaves "expanded" too, and
        # a screen reader says so of each.
        for _, item in self._items:
            item.setExpanded(item.childCount() > 0)

    def select_heading(self, heading: Heading | None) -> None:
        for candidate, item in self._items:
            if candidate == heading:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return
        if self._items:
            self.tree.setCurrentItem(self._items[0][1])

    def _add_nodes(self, nodes: list[HeadingNode], parent: QTreeWidgetItem) -> None:
        for node in nodes:
            item = QTreeWidgetItem(parent, [node.heading.text])
            item.setData(0, POSITION_ROLE, node.heading.position)
            item.setToolTip(0, node.heading.text)
            self._items.append((node.heading, item))
            self._add_nodes(node.children, item)

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        self.headingActivated.emit(int(item.data(0, POSITION_ROLE)))
