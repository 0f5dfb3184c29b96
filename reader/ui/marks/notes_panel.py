"""Highlights and notes of the open article, in document order, each previewed in its
context below the list, without moving the reading position."""

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from reader.core.marks.mark import Category, MarkEntry, MarkKind, category_label, display_text
from reader.core.marks.notes import note_html
from reader.ui.marks.mark_list import Column, Listing, MarkList, MarksModel, snippet


class NotesPanel(QWidget):
    markActivated = Signal(str)  # noqa: N815 - Qt signal naming; a mark id
    noteEditRequested = Signal(str)  # noqa: N815
    deleteRequested = Signal(str)  # noqa: N815
    undoRequested = Signal()  # noqa: N815
    attachRequested = Signal(str)  # noqa: N815 - an orphaned mark's id
    leaveRequested = Signal()  # noqa: N815 - Escape: back to the article

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        orphaned = self.tr("(orphaned)")
        self.model = MarksModel(
            [
                Column(self.tr("Category"), _category),
                Column(self.tr("Text"), lambda entry: snippet(entry, orphaned)),
                Column(self.tr("Note"), _note),
            ],
            self,
        )
        self.list = MarkList(self.model, MarkKind.HIGHLIGHT)
        self.list.setAccessibleName(self.tr("Highlights and notes"))
        self.list.setAccessibleDescription(
            self.tr(
                "Highlights of the article in reading order, shown in context below. Enter "
                "jumps to one, F2 edits its note, Delete deletes it and Ctrl+Z brings it back. "
                "Ctrl+Shift+A attaches an orphaned one to the text selected in the article. "
                "Escape goes back to the article."
            )
        )
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Highlight in context"))
        self.preview.setOpenLinks(False)
        self.list.markActivated.connect(self.markActivated)
        self.list.editRequested.connect(self.noteEditRequested)
        self.list.deleteRequested.connect(self.deleteRequested)
        self.list.undoRequested.connect(self.undoRequested)
        self.list.attachRequested.connect(self.attachRequested)
        self.list.leaveRequested.connect(self.leaveRequested)
        self.list.currentMarkChanged.connect(self._show_preview)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setFocusProxy(self.list)

    def set_entries(self, listing: Listing) -> None:
        self.list.set_listing(listing)

    def _show_preview(self, mark_id: str) -> None:
        row = self.model.row_of(mark_id) if mark_id else None
        if row is None:
            self.preview.clear()
            return
        entry = self.model.entry(row)
        parts = [
            f"<p>…{escape(entry.context_before())} "
            f"<b>{escape(entry.quote_text())}</b> "
            f"{escape(entry.context_after())}…</p>"
        ]
        # Each text whole and then escaped: lupdate does not read calls inside f-strings.
        if entry.mark.orphaned:
            orphaned = self.tr("(orphaned)")
            parts.insert(0, f"<p><i>{escape(orphaned)}</i></p>")
        if entry.section or entry.mark.section:
            section = self.tr("Section: {section}").format(
                section=entry.section or entry.mark.section
            )
            parts.insert(0, f"<p>{escape(section)}</p>")
        if entry.mark.note:
            label = self.tr("Note:")
            parts.append(f"<p><b>{escape(label)}</b></p>")
            parts.append(note_html(entry.mark.note, entry.mark.note_format))
        self.preview.setHtml("".join(parts))


def _category(entry: MarkEntry) -> str:
    return category_label(entry.mark.category or Category.IMPORTANT)


def _note(entry: MarkEntry) -> str:
    return display_text(entry.mark.note_words())
