"""Find in the article: a bar under the page, and the logic that drives the view."""

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.core.articles.images import OBJECT_REPLACEMENT
from reader.core.marks.anchoring import without_soft_hyphens
from reader.core.reading.find import Match, find_all, match_after, match_before
from reader.ui.reading.article_view import ArticleView
from reader.ui.widgets.flow import FlowLayout
from reader.ui.widgets.form import clear_button_once_typed, labelled
from reader.ui.widgets.timers import single_shot_timer

PARAGRAPH_SEPARATOR = "\u2029"  # how Qt separates paragraphs in selected text
TYPING_PAUSE_MS = 150
MARKED_MATCHES_AROUND_CURRENT = 500  # marking more costs seconds and shows nothing more
# The find field asks for room for a phrase of three or four words, in its own font's
# average characters: the other controls wrap below it. Only a bar narrower than that
# (two side panels, a 300 % interface, a small window) narrows it, not the window wider.
QUERY_CHARACTERS = 24
WIDEST_COUNT = "000 of 000 matches"  # the count's room, so that it does not jump as it changes


class QueryField(QLineEdit):
    """A line edit whose size hint is QUERY_CHARACTERS of its font's average characters;
    its minimum stays QLineEdit's own (a few characters)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        width = (
            QUERY_CHARACTERS * self.fontMetrics().averageCharWidth()
            + super().minimumSizeHint().width()  # its frame and padding
        )
        return QSize(width, hint.height())


class FindBar(QWidget):
    queryChanged = Signal()  # noqa: N815 - Qt signal naming
    nextRequested = Signal()  # noqa: N815
    previousRequested = Signal()  # noqa: N815
    closeRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QueryField()
        clear_button_once_typed(self.query)
        self.match_case = QCheckBox(self.tr("Match &case"))
        # On by default: readers seldom type the optional vowel marks (zer, zabar, pesh)
        # or accents that a text may carry.
        self.ignore_marks = QCheckBox(self.tr("&Ignore vowel marks and accents"))
        self.ignore_marks.setChecked(True)
        self.ignore_marks.setAccessibleName(self.tr("Ignore vowel marks and accents"))
        self.ignore_marks.setToolTip(
            self.tr("When on, پاکستان finds پاکِستان and cafe finds café (Alt+I).")
        )
        self.previous_button = QToolButton()
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button = QToolButton()
        self.next_button.setText(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.next_button.setToolTip(self.tr("Next match (F3 or Enter)"))
        self.close_button = QToolButton()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.close_button.setToolTip(self.tr("Close (Escape)"))
        self.count = QLabel()
        # No accessible name: a label's name is its text, which is what a screen reader must read.
        self.count.setAccessibleDescription(self.tr("Matches"))
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        # The label and its field stay together, first; the other controls follow on the
        # same line while they fit, on further lines when they do not (two side panels at
        # a large interface size squeezed the field to a few letters).
        field = QWidget()
        field_layout = QHBoxLayout(field)
        field_layout.setContentsMargins(0, 0, 0, 0)
        field_layout.addWidget(
            labelled(self.tr("Fin&d:"), self.query, self.tr("Text to find in the article"))
        )
        field_layout.addWidget(self.query, 1)
        layout = FlowLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.add_widget(field, expanding=True)
        for control in (
            self.match_case,
            self.ignore_marks,
            self.previous_button,
            self.next_button,
            self.count,
            self.close_button,
        ):
            layout.add_widget(control)
        self._fit_to_font()
        self.query.installEventFilter(self)
        self.count.installEventFilter(self)
        self.setFocusProxy(self.query)
        self.setAccessibleName(self.tr("Find in the article"))

        # Typing waits for a pause before searching: each search marks every match, and
        # a first letter can match a hundred thousand times in a long article.
        self._typing_pause = single_shot_timer(self, TYPING_PAUSE_MS, self.queryChanged)
        self.query.textChanged.connect(self._typing_pause.start)
        self.match_case.toggled.connect(self.queryChanged)
        self.ignore_marks.toggled.connect(self.queryChanged)
        self.query.returnPressed.connect(self._on_return)
        self.next_button.clicked.connect(self.nextRequested)
        self.previous_button.clicked.connect(self.previousRequested)
        self.close_button.clicked.connect(self.closeRequested)

    def _fit_to_font(self) -> None:
        self.query.updateGeometry()  # its size hint follows its font
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(WIDEST_COUNT))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The interface size (Ctrl+Alt+=) changes the fonts, each widget's in turn: the room
        # kept follows the field's and the count's own.
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()
        return False

    def show_count(self, current: int | None, total: int) -> None:
        if not self.query.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        elif current is None:
            self.count.setText(self.tr("%n match(es)", None, total))
        else:
            self.count.setText(
                self.tr("{current} of %n match(es)", None, total).format(current=current + 1)
            )

    def search_now(self) -> None:
        """Search without waiting for a pause in the typing (Enter, or a test)."""
        if self._typing_pause.isActive():
            self._typing_pause.stop()
            self.queryChanged.emit()

    def _on_return(self) -> None:
        # Enter finds the next match, Shift+Enter the previous one, as in browsers.
        if self._typing_pause.isActive():
            self.search_now()
            return
        shift = QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        (self.previousRequested if shift else self.nextRequested).emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(event)


class ArticleFinder(QObject):
    """Keeps the matches of the find bar's query and shows them in the article view."""

    resultChanged = Signal(str)  # noqa: N815 - a message to announce
    # The caret is about to leave for a match: Back comes back here (issue 18, item 5).
    jumping = Signal()

    def __init__(self, bar: FindBar, view: ArticleView) -> None:
        super().__init__(bar)
        self._bar = bar
        self._view = view
        self._matches: list[Match] = []
        self._current: int | None = None
        self._announced = ""
        self._shown: tuple[int, int] | None = None  # the match last selected in the view
        bar.queryChanged.connect(self.refresh)
        bar.nextRequested.connect(self.find_next)
        bar.previousRequested.connect(self.find_previous)
        bar.closeRequested.connect(self.close)

    def open(self) -> None:
        """Show the bar, seeded with the selected text if it is on one line and holds no
        picture (whose character, U+FFFC, would be an unreadable box in the query)."""
        self._bar.show()
        selected = without_soft_hyphens(self._view.textCursor().selectedText())
        if selected and PARAGRAPH_SEPARATOR not in selected and OBJECT_REPLACEMENT not in selected:
            self._bar.query.setText(selected)
        self._bar.query.selectAll()
        self._bar.setFocus()
        self.refresh()

    def close(self) -> None:
        self._bar.hide()
        self.clear()
        self._shown = None  # the reader reads on from the match: a new search leaves it
        self._view.setFocus()

    def refresh(self, *, announce: bool = True, follow: bool = True) -> None:
        """Search again from the caret; with follow, select the next match and scroll to it."""
        if not self._bar.isVisible():
            self.clear()
            return
        query = self._bar.query.text()
        self._matches = find_all(  # document positions, from the document's own text
            self._view.document_text(),
            query,
            match_case=self._bar.match_case.isChecked(),
            ignore_marks=self._bar.ignore_marks.isChecked(),
        )
        start = self._view.textCursor().selectionStart()
        self._current = match_after(self._matches, start) if follow else None
        # Typing moves from match to match: only leaving the reading place is a jump (the
        # caret is elsewhere than the match last shown: the reader has moved it since).
        self._show(announce=announce, jump=self._selection() != self._shown)

    def find_next(self) -> None:
        if not self._bar.isVisible():
            self.open()
            return
        if not self._matches:
            self.refresh()
            return
        self._current = match_after(self._matches, self._view.textCursor().selectionStart() + 1)
        self._show(jump=True)

    def find_previous(self) -> None:
        if not self._bar.isVisible():
            self.open()
            return
        if not self._matches:
            self.refresh()
            return
        self._current = match_before(self._matches, self._view.textCursor().selectionStart())
        self._show(jump=True)

    def _selection(self) -> tuple[int, int]:
        cursor = self._view.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    def clear(self) -> None:
        self._matches = []
        self._current = None
        self._view.highlight_matches([], None)
        self._bar.show_count(None, 0)
        self._announced = ""

    def _show(self, *, announce: bool = True, jump: bool = False) -> None:
        first_marked = max(0, (self._current or 0) - MARKED_MATCHES_AROUND_CURRENT)
        marked = self._matches[first_marked : first_marked + 2 * MARKED_MATCHES_AROUND_CURRENT]
        current = None if self._current is None else self._current - first_marked
        self._view.highlight_matches(marked, current)
        self._bar.show_count(self._current, len(self._matches))
        if self._current is not None:
            match = self._matches[self._current]
            if jump and self._selection() != (match.start, match.end):
                self.jumping.emit()
            self._view.select_range(match.start, match.end)
            self._shown = (match.start, match.end)
        result = self._bar.count.text()
        # Typing repeats the same count often; say it only when it changes.
        if announce and self._bar.query.text() and result != self._announced:
            self._announced = result
            self.resultChanged.emit(result)
