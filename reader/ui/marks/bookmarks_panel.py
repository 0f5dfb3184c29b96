"""The bookmarks of the open article, in document order: name, section and the text there."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from reader.core.marks.mark import MarkEntry, MarkKind
from reader.ui.marks.mark_list import Column, Listing, MarkList, MarksModel, snippet


class BookmarksPanel(QWidget):
    markActivated = Signal(str)  # noqa: N815 - Qt signal naming; a mark id
    renameRequested = Signal(str, str)  # noqa: N815 - mark id, new name
    deleteRequested = Signal(str)  # noqa: N815
    undoRequested = Signal()  # noqa: N815
    attachRequested = Signal(str)  # noqa: N815 - an orphaned mark's id
    leaveRequested = Signal()  # noqa: N815 - Escape: back to the article

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        orphaned = self.tr("(orphaned)")
        self.model = MarksModel(
            [
                Column(self.tr("Name"), _name, editable=True),
                Column(self.tr("Section"), _section),
                Column(self.tr("Text"), lambda entry: snippet(entry, orphaned)),
            ],
            self,
        )
        self.list = MarkList(self.model, MarkKind.BOOKMARK)
        self.list.setAccessibleName(self.tr("Bookmarks"))
        self.list.setAccessibleDescription(
            self.tr(
                "Bookmarks of the article in reading order. Enter jumps to one, F2 renames it, "
                "Delete deletes it and Ctrl+Z brings it back. Ctrl+Shift+A attaches an orphaned "
                "one to the text selected in the article. Escape goes back to the article."
            )
        )
        self.list.markActivated.connect(self.markActivated)
        self.list.deleteRequested.connect(self.deleteRequested)
        self.list.undoRequested.connect(self.undoRequested)
        self.list.attachRequested.connect(self.attachRequested)
        self.list.leaveRequested.connect(self.leaveRequested)
        self.list.editRequested.connect(self._rename)
        self.model.renameRequested.connect(self.renameRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)

    def set_entries(self, listing: Listing) -> None:
        self.list.set_listing(listing)

    def _rename(self, mark_id: str) -> None:
        row = self.model.row_of(mark_id)
        if row is not None:
            self.list.edit(self.model.index(row, 0))


def _name(entry: MarkEntry) -> str:
    return entry.mark.name


def _section(entry: MarkEntry) -> str:
    return entry.section or entry.mark.section
