"""A small dialog for writing, changing or deleting the note on a highlight."""

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.ui.widgets.form import labelled

QUOTE_SHOWN = 300  # characters of the highlighted text shown above the note


class NoteDialog(QDialog):
    """The note is edited as plain text; an empty note deletes it."""

    def __init__(self, quote: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        shown = quote if len(quote) <= QUOTE_SHOWN else quote[:QUOTE_SHOWN] + "…"
        self.quote = QLabel(self.tr("On: “{quote}”").format(quote=shown))
        self.quote.setWordWrap(True)
        self.editor = QPlainTextEdit(note)
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        # Enter starts a new line of the note; Ctrl+Enter saves, as in mail programs.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(
            labelled(
                self.tr("&Note:"),
                self.editor,
                self.tr(
                    "Your note on the highlighted text; Ctrl+Enter saves it. "
                    "Leave it empty to delete the note."
                ),
            )
        )
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.editor.setFocus()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def note(self) -> str:
        return self.editor.toPlainText().strip()
