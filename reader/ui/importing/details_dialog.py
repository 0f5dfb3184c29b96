"""The Edit Article Details dialog: an article's title, author, source, language, summary
and content note, as one form."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.articles.article import ArticleMeta
from reader.ui.widgets.form import labelled


class DetailsDialog(QDialog):
    """Edits `meta`'s details; changes() gives the fields to write (see change_details)."""

    def __init__(self, meta: ArticleMeta, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Article Details"))
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        rows = (
            ("title", self.tr("&Title:"), meta.title, ""),
            ("author", self.tr("&Author:"), "" if meta.author == "Unknown" else meta.author, ""),
            ("source", self.tr("&Source:"), meta.source, self.tr("Where the text comes from")),
            (
                "language",
                self.tr("&Language:"),
                meta.language,
                self.tr("A language tag, such as en for English or ur for Urdu"),
            ),
            ("summary", self.tr("Su&mmary:"), meta.summary, ""),
            (
                "content_note",
                self.tr("&Content note:"),
                meta.content_note,
                self.tr("Said before the article opens, such as the hard subjects it covers"),
            ),
        )
        for name, label, value, description in rows:
            if name in ("summary", "content_note"):
                field = QPlainTextEdit(value)
                field.setTabChangesFocus(True)
                field.setFixedHeight(field.fontMetrics().lineSpacing() * 4)
            else:
                field = QLineEdit(value)
            self.fields[name] = field
            form.addRow(labelled(label, field, description), field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str]:
        """Each field's text, by front matter name."""
        return {
            name: field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
            for name, field in self.fields.items()
        }
