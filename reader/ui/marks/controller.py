"""Bookmarks, highlights and notes of the open article: made, drawn, listed, kept.

The controller owns the article's marks while it is open: it finds them again when the
article has changed since they were made, draws the highlights as the view's "marks"
layer, hands the panels their entries, and writes every change to the store at once.
"""

import time
from functools import lru_cache, partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QTextCharFormat
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.core.articles.library import Library
from reader.core.display.themes import Theme
from reader.core.marks.anchoring import (
    Anchor,
    DocumentPositions,
    anchor_at_point,
    fingerprint,
    past_spaces,
    relocate,
    selection_anchor,
    trimmed_selection,
)
from reader.core.marks.mark import (
    Category,
    Mark,
    MarkEntry,
    MarkKind,
    category_label,
    default_bookmark_name,
    display_text,
    highlight_colours,
    highlights_overlapping,
    new_mark,
    notes_to_read,
    now,
    reanchored,
)
from reader.core.marks.notes import NoteFormat, editable_source
from reader.core.reading.outline import DocumentOutline
from reader.core.storage.store import ReadingPosition, Store, StoreError
from reader.ui.accessibility.announcer import Announcer
from reader.ui.marks.mark_list import Listing
from reader.ui.marks.note_dialog import NoteDialog
from reader.ui.reading.article_view import ArticleView, TextSpan
from reader.ui.widgets import messages

MARKS_LAYER = "marks"


class MarksController(QObject):
    # The panels' Listing (MarksController.listing): a hidden panel only keeps it.
    marksChanged = Signal(object)  # noqa: N815 - Qt signal naming
    jumpRequested = Signal(int)  # noqa: N815 - a document position
    markReached = Signal(int)  # noqa: N815 - a document position reached by next/previous
    speakRequested = Signal(str)  # noqa: N815 - a note's text, to be read aloud
    saveFailed = Signal(str)  # noqa: N815

    def __init__(
        self,
        store: Store,
        library: Library,
        view: ArticleView,
        announcer: Announcer,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._store = store
        self._library = library
        self._view = view
        self._announcer = announcer
        self._window = window  # the parent of dialogs
        self._article_id = ""
        self._text = ""
        self._positions = DocumentPositions("")
        self._fingerprint = fingerprint("")  # of self._text, worked out again when it changes
        self._outline = DocumentOutline((), ())
        self._marks: list[Mark] = []
        self._deleted: Mark | None = None  # the last mark deleted, for Undo
        self._highlights_visible = True
        self.category = Category.IMPORTANT
        self.category_group = QActionGroup(self)
        for category in Category:
            action = QAction(category_label(category), self.category_group)
            action.setCheckable(True)
            action.setChecked(category is self.category)
            action.setData(category.value)
        self.category_group.triggered.connect(self._highlight_in_category)

    # The open article -------------------------------------------------------------------

    def use_store(self, store: Store) -> None:
        """Write to `store` from now on (private mode's store in memory)."""
        self._store = store

    def set_article(self, article_id: str, outline: DocumentOutline) -> None:
        """Call once the view shows a new article: its marks are found, drawn and listed."""
        self._article_id = article_id
        # The view's, kept until its text changes: the same again (marks imported, the
        # article opened again) needs no copy of the text, nor its fingerprint again.
        positions = self._view.document_positions()
        if positions is not self._positions:
            self._positions = positions
            if positions.text != self._text:  # not only soft hyphens come or gone
                self._text = positions.text
                self._fingerprint = fingerprint(self._text)
        self._outline = outline
        self._deleted = None
        self._marks = self._store.marks_for_article(article_id)
        moved = reanchored(self._marks, self._text, self._fingerprint)
        if moved:
            self._save_anchors(moved)
            by_id = {mark.id: mark for mark in moved}
            self._marks = sorted(
                (by_id.get(mark.id, mark) for mark in self._marks), key=_document_order
            )
        self._refresh()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def _marked_words(self, anchor: Anchor) -> str:
        return _readable(self._positions, anchor.start, anchor.quote) or display_text(anchor.quote)

    def document_range(self, mark: Mark) -> tuple[int, int]:
        return (
            self._positions.to_document(mark.anchor.start),
            self._positions.to_document(mark.anchor.end),
        )

    def listing(self) -> Listing:
        """What the panels list: the marks as they are now, each one's section and words
        worked out (for the rows shown) in this layout of the article."""
        return Listing(tuple(self._marks), partial(_entry_of, self._outline, self._positions))

    # Reading position ----------------------------------------------------------------------

    def reading_anchor(self, position: int) -> tuple[Anchor, str]:
        """The words at a document position, and the text's fingerprint, for saving."""
        return anchor_at_point(self._text, self._positions.to_text(position)), self._fingerprint

    def restored_position(self, saved: ReadingPosition) -> int:
        """Where a saved reading position is in the article now: the same words if the
        article was edited since, else the saved position."""
        if saved.anchor is None or saved.text_fingerprint == self._fingerprint:
            return saved.position
        found = relocate(saved.anchor, self._text)
        return saved.position if found is None else self._positions.to_document(found.start)

    # Making marks ---------------------------------------------------------------------------

    def add_bookmark(self) -> None:
        """Bookmark the caret; with a selection, the word at the caret's end of it (a space
        there is passed over), and nothing when only spaces are selected."""
        if not self._article_id:
            return
        start = self._positions.to_text(self._view.caret_position())
        if self._view.textCursor().hasSelection():
            if self._selection_anchor() is None:
                return
            start = past_spaces(self._text, start)
        anchor = anchor_at_point(self._text, start)
        there = next(
            (
                mark
                for mark in self._marks
                if mark.kind is MarkKind.BOOKMARK
                and not mark.orphaned
                and mark.anchor.start == anchor.start
            ),
            None,
        )
        if there is not None:  # Ctrl+D twice: one bookmark, and the reader is told
            self._announcer.announce(
                self.tr("A bookmark is already here: {name}.").format(name=there.name)
            )
            return
        section = self._section_at(self._positions.to_document(start))
        name = default_bookmark_name(section, anchor.quote)
        mark = new_mark(
            self._article_id,
            MarkKind.BOOKMARK,
            anchor,
            self._fingerprint,
            name=name,
            section=section,
        )
        if self._add(mark):
            self._announcer.announce(self.tr("Bookmark added: {name}.").format(name=name))

    def highlight_selection(self) -> Mark | None:
        """Highlight the selected text in the current category; says why when it cannot.

        Highlights never overlap (one would be drawn over the other, the words listed
        twice), as in e-book readers: a selection inside a highlight leaves it as it is,
        said so, and answers it; one that runs on past a highlight extends it (its note
        and category kept); one over several highlights is refused, said why."""
        cursor = self._view.textCursor()
        if not self._article_id or not cursor.hasSelection():
            self._announcer.announce(self.tr("Select some text to highlight first."))
            return None
        anchor = self._selection_anchor()
        if anchor is None:
            return None
        overlapped = highlights_overlapping(self._marks, anchor.start, anchor.end)
        if len(overlapped) > 1:
            self._announcer.announce(
                self.tr(
                    "The selection covers parts of more than one highlight. Select text "
                    "inside one highlight to change it, or outside them to add one."
                )
            )
            return None
        if overlapped:
            return self._extend(overlapped[0], anchor)
        mark = new_mark(
            self._article_id,
            MarkKind.HIGHLIGHT,
            anchor,
            self._fingerprint,
            category=self.category,
            section=self._section_at(self._positions.to_document(anchor.start)),
        )
        if not self._add(mark):
            return None
        self._announcer.announce(
            self.tr("Highlighted as {category}: {text}").format(
                category=category_label(self.category), text=self._marked_words(mark.anchor)
            )
        )
        return mark

    def _extend(self, existing: Mark, selected: Anchor) -> Mark | None:
        """`existing` over the union of its words and the `selected` ones (overlapping)."""
        old = existing.anchor
        if old.start <= selected.start and selected.end <= old.end:
            self._announcer.announce(
                self.tr("This passage is already highlighted as {category}: {text}").format(
                    category=category_label(existing.category or Category.IMPORTANT),
                    text=self._marked_words(old),
                )
            )
            return existing
        anchor = selection_anchor(
            self._text, min(old.start, selected.start), max(old.end, selected.end)
        )
        if anchor is None:  # cannot be: both hold words
            return None
        extended = existing._replace(
            anchor=anchor, text_fingerprint=self._fingerprint, updated_at=now()
        )
        try:
            self._store.attach_mark(extended)  # its whole anchor and the time of the change
        except StoreError as error:
            self.saveFailed.emit(str(error))
            return None
        self._marks = sorted(
            (extended if mark.id == existing.id else mark for mark in self._marks),
            key=_document_order,
        )
        self._refresh()
        self._announcer.announce(
            self.tr("Highlight extended: {text}").format(text=self._marked_words(anchor))
        )
        return extended

    def _highlight_in_category(self, action: QAction) -> None:
        """Highlight As: the caret (or selection) in a highlight changes that highlight's
        category; otherwise the selection is highlighted in the category chosen."""
        self.category = Category(action.data())
        existing = self._highlight_at_caret()
        if existing is None:
            self.highlight_selection()
            return
        if existing.category is self.category:
            self._announcer.announce(
                self.tr("This highlight is {category} already.").format(
                    category=category_label(self.category)
                )
            )
            return
        if self._update(existing._replace(category=self.category, updated_at=now())):
            self._announcer.announce(
                self.tr("Highlight changed to {category}: {text}").format(
                    category=category_label(self.category),
                    text=self._marked_words(existing.anchor),
                )
            )

    def add_note(self) -> None:
        """A note on the highlight at the caret, or on the selection (highlighting it)."""
        mark = self._highlight_at_caret()
        if mark is None and self._view.textCursor().hasSelection():
            mark = self.highlight_selection()
            if mark is None:
                return  # it said why: only spaces selected, or the store failed
        if mark is None:
            self._announcer.announce(
                self.tr("Select some text, or move into a highlight, to add a note.")
            )
            return
        self.edit_note(mark.id)

    def edit_note(self, mark_id: str) -> None:
        mark = self._find(mark_id)
        if mark is None:
            return
        source = editable_source(mark.note, mark.note_format)
        dialog = NoteDialog(self._marked_words(mark.anchor), source, self._window)
        if not dialog.exec():
            return
        note = dialog.note()
        if note == source:
            return
        # Saved as Markdown: a plain note was opened escaped, so it says the same.
        edited = mark._replace(note=note, note_format=NoteFormat.MARKDOWN, updated_at=now())
        if self._update(edited):
            self._announcer.announce(self.tr("Note saved.") if note else self.tr("Note deleted."))

    def remove_highlight_at_caret(self) -> None:
        mark = self._highlight_at_caret()
        if mark is None:
            self._announcer.announce(self.tr("The caret is not in a highlight."))
            return
        self.delete(mark.id)

    def _selection_anchor(self) -> Anchor | None:
        """The anchor of the selected words without the spaces at their ends (Ctrl+Shift+Right
        selects a word with the space after it); None, the reader told, when only spaces are
        selected."""
        cursor = self._view.textCursor()
        start = self._positions.to_text(cursor.selectionStart())
        anchor = selection_anchor(self._text, start, self._positions.to_text(cursor.selectionEnd()))
        if anchor is None:
            self._announcer.announce(
                self.tr("Only spaces are selected, so there is nothing to mark: select a word.")
            )
        return anchor

    def _highlight_at_caret(self) -> Mark | None:
        """The highlight holding the caret, or the selected words (spaces at the selection's
        ends left out, as a new highlight leaves them)."""
        cursor = self._view.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        words = trimmed_selection(
            self._text, self._positions.to_text(start), self._positions.to_text(end)
        )
        if words is not None:
            start, end = (self._positions.to_document(index) for index in words)
        for mark in self._marks:
            if mark.kind is MarkKind.HIGHLIGHT and not mark.orphaned:
                first, last = self.document_range(mark)
                if first <= start and end <= last:
                    return mark
        return None

    # Changing and removing ------------------------------------------------------------------

    def rename(self, mark_id: str, name: str) -> None:
        mark = self._find(mark_id)
        name = " ".join(name.split())
        if mark is None or not name or name == mark.name:
            self._refresh()  # an empty name puts the old one back in the list
            return
        if self._update(mark._replace(name=name, updated_at=now())):
            self._announcer.announce(self.tr("Bookmark renamed: {name}.").format(name=name))

    def delete(self, mark_id: str) -> None:
        mark = self._find(mark_id)
        if mark is None:
            return
        try:
            self._store.delete_mark(mark.id)
        except StoreError as error:
            self.saveFailed.emit(str(error))
            return
        self._deleted = mark
        self._marks.remove(mark)
        self._refresh()
        self._announcer.announce(
            self.tr("Bookmark deleted: {name}. Ctrl+Z in the panel undoes it.").format(
                name=mark.name
            )
            if mark.kind is MarkKind.BOOKMARK
            else self.tr("Highlight deleted. Ctrl+Z in the panel undoes it.")
        )

    def undo_delete(self) -> None:
        mark = self._deleted
        if mark is None:
            self._announcer.announce(self.tr("Nothing to undo."))
            return
        if mark.article_id != self._article_id or not self._add(mark):
            return
        self._deleted = None
        self._announcer.announce(self.tr("Deletion undone."))

    def attach_here(self, mark_id: str) -> None:
        """Attach an orphaned mark by hand: a highlight to the selected text, a bookmark to
        the caret. Its quote becomes the text attached to, as the reader chose."""
        mark = self._find(mark_id)
        if mark is None:
            return
        if not mark.orphaned:
            self._announcer.announce(
                self.tr("This mark is in the article already; only an orphaned one is attached.")
            )
            return
        cursor = self._view.textCursor()
        start = self._positions.to_text(cursor.selectionStart())
        if mark.kind is MarkKind.BOOKMARK:
            anchor = anchor_at_point(self._text, start)
        elif cursor.hasSelection():
            anchor = self._selection_anchor()
            if anchor is None:
                return
        else:
            self._announcer.announce(
                self.tr("Select the text in the article first, then attach the highlight to it.")
            )
            return
        attached = mark._replace(
            anchor=anchor, orphaned=False, text_fingerprint=self._fingerprint, updated_at=now()
        )
        try:
            self._store.attach_mark(attached)
        except StoreError as error:
            self.saveFailed.emit(str(error))
            return
        self._marks = sorted(
            (attached if old.id == mark.id else old for old in self._marks), key=_document_order
        )
        self._refresh()
        self._announcer.announce(
            self.tr("Attached here: {text}").format(text=self._marked_words(anchor))
        )

    def jump_to(self, mark_id: str) -> None:
        mark = self._find(mark_id)
        if mark is None:
            return
        if mark.orphaned:
            self._announcer.announce(
                self.tr("This mark's text is no longer in the article: {quote}").format(
                    quote=display_text(mark.anchor.quote)
                )
            )
            return
        self.jumpRequested.emit(self.document_range(mark)[0])

    # Moving from mark to mark in the article ------------------------------------------------

    def next_bookmark(self) -> None:
        self.go_to_next(MarkKind.BOOKMARK)

    def previous_bookmark(self) -> None:
        self.go_to_next(MarkKind.BOOKMARK, forward=False)

    def next_highlight(self) -> None:
        self.go_to_next(MarkKind.HIGHLIGHT)

    def previous_highlight(self) -> None:
        self.go_to_next(MarkKind.HIGHLIGHT, forward=False)

    def next_note(self) -> None:
        self.go_to_next(MarkKind.HIGHLIGHT, notes_only=True)

    def previous_note(self) -> None:
        self.go_to_next(MarkKind.HIGHLIGHT, notes_only=True, forward=False)

    def go_to_next(self, kind: MarkKind, *, notes_only: bool = False, forward: bool = True) -> None:
        """Move the caret to the next (or previous) bookmark, highlight or note after (or
        before) the caret, without a panel, and say what is there; at the last one say so.
        Orphaned marks have no place in the text and are skipped."""
        caret = self._view.caret_position()
        places = [
            (self.document_range(mark)[0], mark)
            for mark in self._marks
            if mark.kind is kind and not mark.orphaned and (mark.note or not notes_only)
        ]
        if forward:
            found = next(((at, mark) for at, mark in places if at > caret), None)
        else:
            found = next(((at, mark) for at, mark in reversed(places) if at < caret), None)
        if found is None:
            self._announcer.announce(_none_left(kind, notes_only, forward, bool(places)))
            return
        at, mark = found
        self.markReached.emit(at)
        self._announcer.announce(_describe(mark, self._marked_words(mark.anchor), notes_only))

    # Drawing ---------------------------------------------------------------------------------

    def set_highlights_visible(self, visible: bool) -> None:
        self._highlights_visible = visible
        self.draw()
        self._announcer.announce(
            self.tr("Highlights shown.") if visible else self.tr("Highlights hidden.")
        )

    def read_note(self) -> None:
        """Read aloud the note of the highlight at the caret."""
        mark = self._highlight_at_caret()
        if mark is None or not mark.note.strip():
            self._announcer.announce(self.tr("The caret is not in a highlight with a note."))
            return
        self.speakRequested.emit(notes_to_read([mark])[0])

    def read_all_notes(self) -> None:
        """Read aloud every note of the article, in reading order."""
        texts = notes_to_read([mark for mark in self._marks if not mark.orphaned])
        if not texts:
            self._announcer.announce(self.tr("This article has no notes."))
            return
        self.speakRequested.emit("\n\n".join(texts))

    def draw(self) -> None:
        """Draw the highlights in the current theme's colours (also after a theme change, and
        when note markers are shown or hidden)."""
        spans = []
        # Note markers are a display preference (View, Show Note Markers), kept with the rest.
        note_markers = self._view.appearance.show_note_markers
        if self._highlights_visible:
            formats, noted = _formats(self._view.appearance.theme_colours(), note_markers)
            values = _CATEGORY_VALUES
            # Runs for every highlight of every article opened: positions converted at once,
            # and a tuple per highlight, made as TextSpan(...) makes it without its call in
            # Python.
            new = tuple.__new__
            highlight = MarkKind.HIGHLIGHT
            marks = [m for m in self._marks if m.kind is highlight and not m.orphaned]
            to_documents = self._positions.to_documents
            starts = to_documents([mark.anchor.start for mark in marks])
            ends = to_documents([mark.anchor.end for mark in marks])
            spans = [
                new(
                    TextSpan,
                    (
                        start,
                        end,
                        noted[mark.category],
                        values[mark.category],
                        # Hidden markers hide the note from screen readers too (View menu).
                        mark.note_words() if note_markers else "",
                    ),
                )
                if mark.note
                else new(TextSpan, (start, end, formats[mark.category], values[mark.category], ""))
                for mark, start, end in zip(marks, starts, ends, strict=True)
            ]
        self._view.set_selection_layer(MARKS_LAYER, spans)

    # Files ------------------------------------------------------------------------------------

    def export_all(self) -> None:
        self._export(self._store.all_marks())

    def export_article(self) -> None:
        self._export(self.marks())

    def _export(self, marks: list[Mark]) -> None:
        json_filter = self.tr("Reader marks, to import again (*.json)")
        markdown_filter = self.tr("Markdown, to read or print (*.md)")
        name, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Marks"),
            str(Path.home() / "reader-marks.json"),
            f"{json_filter};;{markdown_filter}",
        )
        if name:
            self.export_to(Path(name), marks, markdown=chosen == markdown_filter)

    def export_to(self, path: Path, marks: list[Mark], *, markdown: bool) -> None:
        """Write `marks` to `path`; any failure is announced and shown, never silent."""
        # Marks files load when first used: with uuid and platform, 7 ms of a start.
        from reader.core.marks.transfer import (
            MarksExportError,
            write_marks_json,
            write_marks_markdown,
        )

        if markdown and path.suffix.lower() not in (".md", ".markdown"):
            path = path.with_suffix(".md")
        try:
            if markdown:
                write_marks_markdown(path, marks, self._titles(marks), time.time())
            else:
                write_marks_json(path, marks, time.time())
        except OSError as error:
            self._export_failed(
                self.tr("Cannot write {path}: {reason}.").format(
                    path=path, reason=error.strerror or error
                )
            )
            return
        except MarksExportError as error:
            self._export_failed(self.tr("Nothing was exported. {reason}").format(reason=error))
            return
        self._announcer.announce(
            self.tr("Exported %n mark(s) to {path}.", None, len(marks)).format(path=path)
        )

    def _export_failed(self, message: str) -> None:
        self._announcer.announce(message)
        messages.warn(self._window, self.tr("Export Marks"), message)

    def _titles(self, marks: list[Mark]) -> dict[str, str]:
        titles = {}
        for article_id in {mark.article_id for mark in marks}:
            meta = self._library.find(article_id)
            titles[article_id] = meta.title if meta else Path(article_id).name
        return titles

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import Marks"),
            str(Path.home()),
            self.tr("Reader marks (*.json)"),
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        """Merge a marks file, then tell the reader what was added and what was skipped."""
        from reader.core.marks.transfer import MarksFileError, import_marks

        try:
            report = import_marks(self._store, path)
        except (MarksFileError, StoreError) as error:
            message = self.tr("Nothing was imported. {reason}").format(reason=error)
            self._announcer.announce(message)
            messages.warn(self._window, self.tr("Import Marks"), message)
            return
        if self._article_id:
            self.set_article(self._article_id, self._outline)
        self._announcer.announce(report.summary())
        messages.inform(self._window, self.tr("Import Marks"), report.summary())

    # Keeping the store, the list and the drawing in step -----------------------------------

    def _find(self, mark_id: str) -> Mark | None:
        return next((mark for mark in self._marks if mark.id == mark_id), None)

    def _section_at(self, position: int) -> str:
        heading = self._outline.heading_at(position)
        return heading.text if heading else ""

    def _add(self, mark: Mark) -> bool:
        try:
            self._store.add_mark(mark)
        except StoreError as error:
            self.saveFailed.emit(str(error))
            return False
        self._marks.append(mark)
        self._marks.sort(key=_document_order)
        self._refresh()
        return True

    def _update(self, mark: Mark) -> bool:
        try:
            self._store.update_mark(mark)
        except StoreError as error:
            self.saveFailed.emit(str(error))
            return False
        self._marks = [mark if old.id == mark.id else old for old in self._marks]
        self._refresh()
        return True

    def _save_anchors(self, marks: list[Mark]) -> None:
        # Not saving only means they are found again next time: nothing is lost.
        try:
            self._store.save_anchors(marks)
        except StoreError as error:
            self.saveFailed.emit(str(error))

    def _refresh(self) -> None:
        self.draw()
        self.marksChanged.emit(self.listing())


_CATEGORY_VALUES: dict[Category | None, str] = {c: c.value for c in Category} | {
    None: Category.IMPORTANT.value
}
Formats = dict[Category | None, QTextCharFormat]


@lru_cache(maxsize=8)
def _formats(theme: Theme, note_markers: bool) -> tuple[Formats, Formats]:
    """Each category's format in `theme`, plain and with a note (the same when markers are
    hidden): made once per theme, not at each drawing."""
    formats: Formats = {}
    for category, colours in highlight_colours(theme).items():
        text_format = QTextCharFormat()
        text_format.setBackground(QColor(colours.background))
        text_format.setForeground(QColor(colours.text))
        formats[category] = text_format
    formats[None] = formats[Category.IMPORTANT]
    if not note_markers:
        return formats, formats
    # The dashed underline worked out once per category, not once per note; the note
    # itself is the span's, which the view shows as its tooltip (ArticleView.note_at).
    return formats, {category: _noted(text_format) for category, text_format in formats.items()}


def _noted(text_format: QTextCharFormat) -> QTextCharFormat:
    """A highlight with a note: underlined with dashes in the text's colour (seen without
    colour vision)."""
    noted = QTextCharFormat(text_format)
    noted.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    noted.setUnderlineColor(text_format.foreground().color())
    return noted


def _describe(mark: Mark, quote: str, note: bool) -> str:
    """What is said on reaching a mark by next/previous; `quote` is its words."""
    translate = QCoreApplication.translate
    if mark.kind is MarkKind.BOOKMARK:
        return translate("marks", "Bookmark: {name}.").format(name=mark.name)
    label = category_label(mark.category or Category.IMPORTANT)
    if note:
        return translate("marks", "Note on “{text}”: {note}").format(
            text=quote, note=display_text(mark.note_words())
        )
    return translate("marks", "Highlight, {category}: {text}").format(category=label, text=quote)


def _none_left(kind: MarkKind, notes: bool, forward: bool, any_at_all: bool) -> str:
    translate = QCoreApplication.translate
    if kind is MarkKind.BOOKMARK:
        if not any_at_all:
            return translate("marks", "This article has no bookmarks.")
        if forward:
            return translate("marks", "No more bookmarks after the caret.")
        return translate("marks", "No more bookmarks before the caret.")
    if notes:
        if not any_at_all:
            return translate("marks", "This article has no notes.")
        if forward:
            return translate("marks", "No more notes after the caret.")
        return translate("marks", "No more notes before the caret.")
    if not any_at_all:
        return translate("marks", "This article has no highlights.")
    if forward:
        return translate("marks", "No more highlights after the caret.")
    return translate("marks", "No more highlights before the caret.")


def _entry_of(outline: DocumentOutline, positions: DocumentPositions, mark: Mark) -> MarkEntry:
    """A mark with the heading text it is under in this layout ("" for an orphaned one,
    which has no place) and its words as the article reads them now."""
    if mark.orphaned:
        return MarkEntry(mark, "", display_text(mark.anchor.quote))
    section = outline.section_texts([positions.to_document(mark.anchor.start)])[0]
    anchor = mark.anchor
    return MarkEntry(
        mark,
        section,
        _readable(positions, anchor.start, anchor.quote),
        _readable(positions, anchor.start - len(anchor.prefix), anchor.prefix),
        _readable(positions, anchor.end, anchor.suffix),
    )


def _readable(positions: DocumentPositions, start: int, remembered: str) -> str:
    """The text from `start` that a mark remembers (its quote, prefix or suffix) on one
    line, as the reader reads it: a picture in it as "[Picture: its description]" (which
    the mark does not keep); "" when the text there is no longer what it remembers."""
    if start < 0 or positions.text[start : start + len(remembered)] != remembered:
        return ""
    return display_text(positions.readable(start, start + len(remembered)))


def _document_order(mark: Mark) -> tuple[int, int, float]:
    return mark.anchor.start, mark.anchor.end, mark.created_at
