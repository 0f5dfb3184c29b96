"""The content note screen: an article's note, shown in place of its text until the reader
chooses to open it, with "Open the Article" first and "Back to the Library" beside it."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from reader.ui.widgets.fitting import WrappingLabel, scrolling, wrapping_check_box
from reader.ui.widgets.flow import FlowLayout


class ContentNotePage(QWidget):
    """Shows one article's content note. `openRequested(remember)` when the reader opens
    the article (`remember`: do not show this note again), `libraryRequested` for Back to
    the Library, `helpRequested` for the help article's link."""

    openRequested = Signal(bool)  # noqa: N815
    libraryRequested = Signal()  # noqa: N815
    helpRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Content note"))
        # Wrapped labels as tall as their lines, buttons that wrap: at 300 % on 800×600 the
        # note was cut off and the buttons' row widened the window.
        self.heading = WrappingLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = WrappingLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # front matter is text, not HTML
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.open_button = QPushButton(self.tr("&Open the Article"))
        self.open_button.setDefault(True)
        self.open_button.setAutoDefault(True)
        self.library_button = QPushButton(self.tr("&Back to the Library"))
        self.library_button.setAutoDefault(True)
        self.help_button = QPushButton()
        self.help_button.setAutoDefault(True)
        self._remember_row, self.remember = wrapping_check_box(
            self.tr("&Don't show this again for this article"),
            self.tr("Don't show this again for this article"),
        )
        buttons = QWidget()
        row = FlowLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.add_widget(self.open_button)
        row.add_widget(self.library_button)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addSpacing(12)
        layout.addWidget(buttons)
        layout.addWidget(self._remember_row)
        layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        # The page scrolls when the window is shorter than it (300 % on 800×600): it must
        # not make the window larger.
        area = scrolling(content, keep_width=True)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(area)
        # Tab order: the buttons first, as the issue asks "Open the Article" to be first.
        QWidget.setTabOrder(self.open_button, self.library_button)
        QWidget.setTabOrder(self.library_button, self.remember)
        QWidget.setTabOrder(self.remember, self.help_button)
        QWidget.setTabOrder(self.help_button, self.note)
        self.open_button.clicked.connect(self._open)
        self.library_button.clicked.connect(self.libraryRequested)
        self.help_button.clicked.connect(self.helpRequested)

    def show_note(
        self, title: str, note: str, *, can_remember: bool, help_title: str | None
    ) -> str:
        """Fill the page for an article; answers what to announce (and read aloud)."""
        self.heading.setText(self.tr("Content note: {title}").format(title=title))
        self.note.setText(note)
        self.note.setAccessibleName(note)
        self.remember.setChecked(False)
        self._remember_row.setVisible(can_remember)  # in private mode nothing is remembered
        self.help_button.setVisible(help_title is not None)
        if help_title is not None:
            self.help_button.setText(
                self.tr("&Where to get help: {title}").format(title=help_title)
            )
        self.open_button.setAccessibleDescription(note)
        return self.tr("Content note for {title}: {note}").format(title=title, note=note)

    def focus_first(self) -> None:
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self) -> None:
        self.openRequested.emit(self.remember.isVisible() and self.remember.isChecked())
