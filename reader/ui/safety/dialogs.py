"""Privacy and Safety settings, and Clear My Data: two small dialogs."""

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.articles.library import Library
from reader.core.safety.clearing import DataKind, kind_label
from reader.core.safety.settings import AfterQuickExit, SafetySettings
from reader.ui.widgets.form import labelled


class SafetyDialog(QDialog):
    """The reader's safety choices; `chosen()` once accepted."""

    def __init__(self, settings: SafetySettings, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy and Safety"))
        self._settings = settings
        self.private_mode = QCheckBox(
            self.tr("&Private mode: keep no record of what I read (for a shared computer)")
        )
        self.private_mode.setChecked(settings.private_mode)
        self.private_mode.setToolTip(
            self.tr(
                "No reading positions, last article, history or rendered articles are saved; "
                "marks last until Reader closes. Takes effect at once."
            )
        )
        self.neutral_title = QCheckBox(self.tr("Call the window just “Reader”, &not the article"))
        self.neutral_title.setChecked(settings.neutral_title)
        self.quit = QRadioButton(self.tr("Quick exit &closes Reader"))
        self.hide = QRadioButton(
            self.tr("Quick exit &hides Reader; starting Reader again shows a neutral article")
        )
        group = QButtonGroup(self)
        group.addButton(self.quit)
        group.addButton(self.hide)
        (self.hide if settings.after_quick_exit == AfterQuickExit.HIDE else self.quit).setChecked(
            True
        )
        self.neutral_article = QComboBox()
        self.neutral_article.addItem(self.tr("How to Use Reader (the guide)"), "")
        for meta in library.articles:
            self.neutral_article.addItem(meta.title, meta.id)
        index = self.neutral_article.findData(settings.neutral_article)
        self.neutral_article.setCurrentIndex(max(index, 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.private_mode)
        layout.addWidget(self.neutral_title)
        keys = QLabel(
            self.tr(
                "Quick exit: Shift+Escape, Escape three times quickly, or the Quick Exit button. "
                "Every Reader window disappears and reading aloud stops."
            )
        )
        keys.setWordWrap(True)
        layout.addWidget(keys)
        layout.addWidget(self.quit)
        layout.addWidget(self.hide)
        layout.addWidget(
            labelled(self.tr("&Article shown after a hidden quick exit:"), self.neutral_article)
        )
        layout.addWidget(self.neutral_article)
        layout.addWidget(buttons)

    def chosen(self) -> SafetySettings:
        return replace(
            self._settings,
            private_mode=self.private_mode.isChecked(),
            neutral_title=self.neutral_title.isChecked(),
            after_quick_exit=AfterQuickExit.HIDE if self.hide.isChecked() else AfterQuickExit.QUIT,
            neutral_article=self.neutral_article.currentData() or "",
            asked=True,
        )


class ClearDataDialog(QDialog):
    """A check box for each kind of data; `kinds()` once accepted. Nothing is checked at
    first: the reader chooses what goes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clear My Data"))
        intro = QLabel(
            self.tr(
                "Choose what Reader should remove from this computer. What you remove cannot "
                "be brought back. Your articles are not touched."
            )
        )
        intro.setWordWrap(True)
        self.boxes = {kind: QCheckBox(kind_label(kind)) for kind in DataKind}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove = self.buttons.addButton(
            self.tr("&Remove"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for box in self.boxes.values():
            layout.addWidget(box)
            box.toggled.connect(self._update)
        layout.addWidget(self.buttons)

    def kinds(self) -> set[DataKind]:
        return {kind for kind, box in self.boxes.items() if box.isChecked()}

    def _update(self) -> None:
        self.remove.setEnabled(bool(self.kinds()))
