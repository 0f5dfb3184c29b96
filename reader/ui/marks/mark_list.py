"""A list of marks for the panels: a table model over the marks and a keyboard-driven view.

A model rather than a widget per row: an article with a thousand marks lists them at once,
and the view asks only for the rows it shows; a row's entry (the mark with the heading it
is under now) is made only when the view asks for it.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from reader.core.marks.mark import Mark, MarkEntry, MarkKind

Index = QModelIndex | QPersistentModelIndex
EntryOf = Callable[[Mark], MarkEntry]  # a mark with its section and words, as they are now
SNIPPET_LENGTH = 80
ATTACH_KEYS = "Ctrl+Shift+A"


class Listing(NamedTuple):
    """What the panels list: the open article's marks in document order, and how to make
    each one's entry (the section it is under, its words), made only for the rows shown."""

    marks: Sequence[Mark]
    entry_of: EntryOf


def plain_entry(mark: Mark) -> MarkEntry:
    """A mark's entry with no section, its words those of its quote."""
    return MarkEntry(mark, "")


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[MarkEntry], str]
    editable: bool = False


def snippet(entry: MarkEntry, orphaned_label: str) -> str:
    text = entry.quote_text()
    if len(text) > SNIPPET_LENGTH:
        text = text[:SNIPPET_LENGTH] + "…"
    return f"{orphaned_label} {text}" if entry.mark.orphaned else text


class MarksModel(QAbstractTableModel):
    renameRequested = Signal(str, str)  # noqa: N815 - mark id, new text of the editable column

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._marks: list[Mark] = []
        self._entry_of: EntryOf = plain_entry
        # Asked for every row whenever the current row moves: worked out once, per column.
        selectable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        self._flags = [
            selectable | Qt.ItemFlag.ItemIsEditable if column.editable else selectable
            for column in columns
        ]

    def set_marks(self, marks: list[Mark], entry_of: EntryOf) -> None:
        """List `marks`, each as the entry `entry_of` makes (asked for the rows shown, when
        shown). The same marks in the same order (a rename, a note, a category
        changed) only update the rows: a reset would close an editor still finishing and
        take the keyboard focus out of the list with it (issue 12, item 7). Only the rows
        that changed are updated: the view asks each row updated for its flags and texts,
        and an article opened again with its panel open changed none of its 1,000 rows.
        (The same marks are under the same sections: a mark names the text it was placed
        in, and the text decides the headings.)"""
        old = self._marks
        self._entry_of = entry_of
        if marks == old:  # compared in C: an article opened again, most often
            self._marks = marks
            return
        if len(marks) == len(old):
            changed = [
                row for row, (new, was) in enumerate(zip(marks, old, strict=True)) if new != was
            ]
            if all(marks[row].id == old[row].id for row in changed):
                self._marks = marks
                if changed:
                    last = self.index(changed[-1], len(self._columns) - 1)
                    self.dataChanged.emit(self.index(changed[0], 0), last)
                return
        self.beginResetModel()
        self._marks = marks
        self.endResetModel()

    def entry(self, row: int) -> MarkEntry:
        """The mark listed at `row`, with its section (made when asked: only shown rows are)."""
        return self._entry_of(self._marks[row])

    def mark_id(self, row: int) -> str:
        return self._marks[row].id

    def row_of(self, mark_id: str) -> int | None:
        return next((row for row, mark in enumerate(self._marks) if mark.id == mark_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._marks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._columns[index.column()].text(self.entry(index.row()))
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self._flags[index.column()]

    def setData(  # noqa: N802 - Qt override
        self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._columns[index.column()].editable:
            return False
        self.renameRequested.emit(self._marks[index.row()].id, str(value))
        return True


class MarkList(QTreeView):
    """Enter or a double click activates a mark, Delete deletes it, Ctrl+Z undoes that,
    F2 edits it (its name, or its note, as the panel decides), Ctrl+Shift+A (or the context
    menu's Attach Here) attaches an orphaned one to the text selected in the article, and
    Escape goes back to the article."""

    markActivated = Signal(str)  # noqa: N815 - Qt signal naming; a mark id
    deleteRequested = Signal(str)  # noqa: N815
    undoRequested = Signal()  # noqa: N815
    editRequested = Signal(str)  # noqa: N815
    attachRequested = Signal(str)  # noqa: N815
    currentMarkChanged = Signal(str)  # noqa: N815 - "" when none is current
    leaveRequested = Signal()  # noqa: N815 - Escape: back to the article

    def __init__(self, model: MarksModel, kind: MarkKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self._kind = kind  # the marks listed: bookmarks or highlights
        self._pending: Listing | None = None  # marks not listed yet
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activated.connect(self._on_activated)
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)
        shortcuts = (
            (QKeySequence.StandardKey.Delete, Qt.ShortcutContext.WidgetShortcut, self._delete),
            ("F2", Qt.ShortcutContext.WidgetShortcut, self._edit),
            (QKeySequence.StandardKey.Undo, Qt.ShortcutContext.WidgetShortcut, self.undoRequested),
            # Only while the list itself has focus: Escape in a name's editor cancels the edit.
            ("Escape", Qt.ShortcutContext.WidgetShortcut, self.leaveRequested),
        )
        for keys, context, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        # An action, not only a shortcut: the context menu (and the Menu key) lists it.
        self.attach_action = QAction(self.tr("&Attach Here"), self)
        self.attach_action.setShortcut(QKeySequence(ATTACH_KEYS))
        self.attach_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.attach_action.triggered.connect(self._attach)
        self.addAction(self.attach_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def set_listing(self, listing: Listing) -> None:
        """List the marks of the list's kind among `listing`'s, keeping the current mark.
        A hidden list takes them only when shown, so that opening an article with a
        thousand marks fills no panel that nobody sees."""
        self._pending = listing
        if self.isVisible():
            self._show_pending()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._show_pending()
        super().showEvent(event)

    def _show_pending(self) -> None:
        if self._pending is None:
            return
        current = self.current_mark_id()
        had_focus = self.hasFocus()
        kind, listing = self._kind, self._pending
        self._model.set_marks([m for m in listing.marks if m.kind is kind], listing.entry_of)
        self._pending = None
        self.select_mark(current)
        if not self.currentIndex().isValid():  # none listed now: nothing stays previewed
            self.currentMarkChanged.emit("")
        if had_focus and not self.hasFocus():  # a reset (marks added or deleted) keeps it too
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_mark_id(self) -> str:
        index = self.currentIndex()
        return self._model.mark_id(index.row()) if index.isValid() else ""

    def select_mark(self, mark_id: str) -> None:
        """Make the mark current, or the first one if it is not listed."""
        row = self._model.row_of(mark_id) if mark_id else None
        if row is None and self._model.rowCount():
            row = 0
        if row is not None:
            self.setCurrentIndex(self._model.index(row, 0))

    def _on_activated(self, index: QModelIndex) -> None:
        self.markActivated.emit(self._model.mark_id(index.row()))

    def _on_current_changed(self, current: QModelIndex) -> None:
        self.currentMarkChanged.emit(
            self._model.mark_id(current.row()) if current.isValid() else ""
        )

    def _delete(self) -> None:
        mark_id = self.current_mark_id()
        if mark_id:
            row = self.currentIndex().row()
            self.deleteRequested.emit(mark_id)
            # Stay in place in the list: the next mark, or the last one.
            if self._model.rowCount():
                self.setCurrentIndex(self._model.index(min(row, self._model.rowCount() - 1), 0))

    def _edit(self) -> None:
        mark_id = self.current_mark_id()
        if mark_id:
            self.editRequested.emit(mark_id)

    def _attach(self) -> None:
        mark_id = self.current_mark_id()
        if mark_id:
            self.attachRequested.emit(mark_id)
