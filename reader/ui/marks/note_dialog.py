"""A small dialog for writing, changing or deleting the note on a highlight.

The note is edited as its Markdown source in a plain-text editor, not in a rich editor
(QTextEdit's setMarkdown/toMarkdown): a screen reader reads exactly the characters typed
(formatting is heard as its stars, not hidden in text attributes Orca reads only on
request), and toMarkdown rewrites what the reader typed (escapes, wrapping, list markers).
Ctrl+B and Ctrl+I put ** or * around the selection (or take them away), and a new line in
a list starts the next item; the label's description says so.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.marks.notes import continued_list_item
from reader.ui.widgets.form import labelled

QUOTE_SHOWN = 300  # characters of the highlighted text shown above the note


class NoteEditor(QPlainTextEdit):
    """Plain text with Markdown helpers: Enter in a list item starts the next one (Enter
    on an empty item ends the list); Ctrl+B / Ctrl+I toggle bold / italic markers."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        plain_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        )
        cursor = self.textCursor()
        if plain_enter and not cursor.hasSelection() and cursor.atBlockEnd():
            line = cursor.block().text()
            following = continued_list_item(line)
            if following == "":
                # An empty item ends the list: its marker becomes the blank line Markdown
                # needs after a list, and the caret goes to the line below.
                cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.insertText("\n")
                self.setTextCursor(cursor)
                return
            if following is not None:
                cursor.insertText("\n" + following)
                return
        super().keyPressEvent(event)

    def toggle_markers(self, marker: str) -> bool:
        """Put `marker` around the selection, or take it away when the selection (or the
        text just around it) has it; with no selection, a pair with the caret inside.
        True when the markers were put, False when taken away."""
        cursor = self.textCursor()
        text, start, end = self.toPlainText(), cursor.selectionStart(), cursor.selectionEnd()
        size = len(marker)
        selected = text[start:end]
        cursor.beginEditBlock()
        try:
            if (
                len(selected) >= 2 * size
                and selected.startswith(marker)
                and selected.endswith(marker)
            ):
                cursor.insertText(selected[size:-size])
                self._select(start, end - 2 * size)
                return False
            if text[max(0, start - size) : start] == marker and text[end : end + size] == marker:
                cursor.setPosition(start - size)
                cursor.setPosition(end + size, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(selected)
                self._select(start - size, end - size)
                return False
            cursor.insertText(marker + selected + marker)
            self._select(start + size, end + size)
            return True
        finally:
            cursor.endEditBlock()

    def _select(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)


class NoteDialog(QDialog):
    """The note is edited as Markdown source; an empty note deletes it."""

    def __init__(self, quote: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        shown = quote if len(quote) <= QUOTE_SHOWN else quote[:QUOTE_SHOWN] + "…"
        self.quote = QLabel(self.tr("On: “{quote}”").format(quote=shown))
        self.quote.setWordWrap(True)
        self.editor = NoteEditor(note)
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        # Enter starts a new line of the note; Ctrl+Enter saves, as in mail programs.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+B"), self).activated.connect(self.toggle_bold)
        QShortcut(QKeySequence("Ctrl+I"), self).activated.connect(self.toggle_italic)
        buttons.rejected.connect(self.reject)
        self.hint = QLabel(
            self.tr(
                "Ctrl+B: **bold**. Ctrl+I: *italic*. Start a line with “- ” or “1. ” for a list."
            )
        )
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(
            labelled(
                self.tr("&Note:"),
                self.editor,
                self.tr(
                    "Your note on the highlighted text; Ctrl+Enter saves it. "
                    "Leave it empty to delete the note. Ctrl+B makes the selected words "
                    "bold and Ctrl+I italic, written as stars around them; a line "
                    "starting with a dash or a number begins a list."
                ),
            )
        )
        layout.addWidget(self.editor)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.last_message = ""
        self.editor.setFocus()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def toggle_bold(self) -> None:
        put = self.editor.toggle_markers("**")
        self._announce(self.tr("Bold.") if put else self.tr("Bold removed."))

    def toggle_italic(self) -> None:
        put = self.editor.toggle_markers("*")
        self._announce(self.tr("Italic.") if put else self.tr("Italic removed."))

    def _announce(self, message: str) -> None:
        # Said as well as heard in the stars the editor now holds (Orca 45+, NVDA).
        self.last_message = message
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.editor, message))

    def note(self) -> str:
        return self.editor.toPlainText().strip()
