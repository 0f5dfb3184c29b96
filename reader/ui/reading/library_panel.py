"""The library: every article with its summary, language, length and progress; search,
sort and filter."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.articles.article import ArticleMeta
from reader.core.articles.facts import reading_minutes
from reader.core.articles.library import (
    Library,
    LibraryProblem,
    ReadingState,
    SortOrder,
    filtered_articles,
    sorted_articles,
)
from reader.core.articles.translations import language_versions, original_id
from reader.core.language.bidi import strip_bidi_controls
from reader.core.language.tags import native_language_name
from reader.resources import resource_path
from reader.ui.reading.library_model import (
    LANGUAGE,
    LENGTH,
    READ,
    LibraryModel,
    fit_columns,
)
from reader.ui.widgets.fitting import scrolling
from reader.ui.widgets.form import clear_button_once_typed, labelled
from reader.ui.widgets.timers import single_shot_timer

SEARCH_DELAY_MS = 150
# The freedesktop.org icon naming specification's name, which QCommonStyle asks for too.
WARNING_ICON = "dialog-warning"


class LibraryPanel(QWidget):
    articleActivated = Signal(str)  # noqa: N815 - Qt signal naming; an article id
    problemActivated = Signal(Path, str)  # noqa: N815 - a file that cannot be opened, and why
    removeRequested = Signal(Path)  # noqa: N815 - Delete on a file added by reference
    leaveRequested = Signal()  # noqa: N815 - Escape in the list: back to the article
    searchFinished = Signal(int)  # noqa: N815 - how many articles the search found

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._progress: dict[str, float] = {}
        self._added: dict[str, float] = {}  # when each article was added, by id
        # Until every date is read (set_progress, set_added): one article's date by its id.
        self._added_time: Callable[[str], float | None] | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Title or text"))
        clear_button_once_typed(self.search)
        self.sort = QComboBox()
        self.sort.addItem(self.tr("Title"), SortOrder.TITLE)
        self.sort.addItem(self.tr("Language"), SortOrder.LANGUAGE)
        self.sort.addItem(self.tr("Reading progress"), SortOrder.PROGRESS)
        self.sort.addItem(self.tr("Date published, newest first"), SortOrder.PUBLISHED)
        self.sort.addItem(self.tr("Date added, newest first"), SortOrder.ADDED)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.state = QComboBox()
        self.state.addItem(self.tr("All articles"), ReadingState.ANY)
        self.state.addItem(self.tr("Unread"), ReadingState.UNREAD)
        self.state.addItem(self.tr("Started, not finished"), ReadingState.STARTED)
        self.state.addItem(self.tr("Finished"), ReadingState.FINISHED)
        self.list = QTreeView()
        self.model = LibraryModel(
            library.word_counts, self._minutes_text, self._warning_icon, self.list
        )
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAllColumnsShowFocus(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setAccessibleName(self.tr("Articles"))
        self.list.setAccessibleDescription(
            self.tr(
                "Enter opens the selected article. Delete takes a file added from elsewhere "
                "out of the library (the file stays). Escape goes back to the article."
            )
        )
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # summaries are text, never HTML
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleDescription(self.tr("About the selected article"))

        # A label goes above its field when the panel is too narrow for both on one line
        # (a 300 % interface): cut, neither could be read.
        controls = QFormLayout()
        controls.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        controls.addRow(
            labelled(self.tr("&Search:"), self.search, self.tr("Search titles and text")),
            self.search,
        )
        controls.addRow(labelled(self.tr("S&ort by:"), self.sort), self.sort)
        controls.addRow(labelled(self.tr("La&nguage:"), self.language), self.language)
        controls.addRow(labelled(self.tr("Sho&w:"), self.state), self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.list, 1)
        layout.addWidget(scrolling(self.details))  # a long summary scrolls; the list stays
        self.setFocusProxy(self.list)
        # Tab from the list (where the panel's focus lands) goes on to Search and Sort by, so
        # that they are found going forward, not only by Shift+Tab.
        QWidget.setTabOrder(self.list, self.search)
        QWidget.setTabOrder(self.search, self.sort)

        self._search_timer = single_shot_timer(self, SEARCH_DELAY_MS, self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._open_first_result)
        self.sort.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.state.currentIndexChanged.connect(self.refresh)
        self.list.activated.connect(self._on_activated)
        self.list.selectionModel().currentRowChanged.connect(lambda: self._show_details())
        for keys, slot in (("Delete", self._remove), ("Escape", self.leaveRequested)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def set_progress(
        self,
        progress: dict[str, float],
        added: dict[str, float] | Callable[[str], float | None] | None = None,
    ) -> None:
        """Show the saved progress (0.0 to 1.0) and, if given, when each article was added
        (seconds since 1970), both by article id. `added` may instead look up one article's
        date, read for the details shown until set_added gives them all (a start at 5,000
        articles reads the details of one before it reads 5,000 dates)."""
        self._progress = dict(progress)
        if callable(added):
            self._added, self._added_time = {}, added
        elif added is not None:
            self._added, self._added_time = dict(added), None
        self._fill_languages()
        self.refresh()

    def set_added(self, added: dict[str, float]) -> None:
        """When each article was added (seconds since 1970), by id; the list is sorted again
        if it is sorted by that date."""
        self._added, self._added_time = dict(added), None
        if self.sort.currentData() is SortOrder.ADDED:
            self.refresh()

    def set_article_progress(self, article_id: str, progress: float) -> None:
        self._progress[article_id] = progress
        self.model.set_progress(article_id, self._progress)

    def _fill_languages(self) -> None:
        """The languages of the articles in the library, keeping the one chosen."""
        chosen = self.language.currentData() or ""
        tags = sorted(self._library.languages(), key=str.casefold)
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("All languages"), "")
        for tag in tags:
            self.language.addItem(native_language_name(tag), tag)
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.language.blockSignals(False)

    def select_article(self, article_id: str) -> None:
        row = self.model.row_of(article_id)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def current_article_id(self) -> str:
        """The id of the article selected in the list; "" if none (or a problem) is."""
        entry = self._current_entry()
        return entry.id if isinstance(entry, ArticleMeta) else ""

    def current_title(self) -> str:
        """The selected row's first column as shown; "" if no row is selected."""
        index = self.list.currentIndex()
        return index.siblingAtColumn(0).data() if index.isValid() else ""

    def article_after(self, article_id: str) -> str | None:
        """The article after this one in the library's order as shown (search aside)."""
        ids = sorted_articles(
            self._library.articles, self.sort.currentData(), self._progress, self._added
        ).column("id")
        index = ids.index(article_id) + 1 if article_id in ids else len(ids)
        return ids[index] if index < len(ids) else None

    def refresh(self) -> None:
        """List the articles that the search, the language and the reading state let
        through, in the order chosen, then (without a search) the files that cannot be
        opened. The rows' texts are worked out as the view shows them."""
        current_id = self.current_article_id()
        found = filtered_articles(
            self._library.search(self.search.text()),
            self._progress,
            language=self.language.currentData() or "",
            state=self.state.currentData(),
        )
        listed = sorted_articles(found, self.sort.currentData(), self._progress, self._added)
        problems = [] if self.search.text().strip() else self._library.problems
        self.model.set_rows(listed, problems, self._progress)
        fit_columns(self.list, self.model, (LANGUAGE, READ, LENGTH))
        if current_id:
            self.select_article(current_id)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._show_details()
        if self.search.text().strip():
            self.searchFinished.emit(len(found))

    def _minutes_text(self, minutes: int) -> str:
        return self.tr("%n min", "reading time", max(minutes, 1))

    def _warning_icon(self) -> QIcon:
        # The desktop's warning icon, as Qt's styles use, else Reader's own: not asked of
        # the style, whose class's Qt enumerations cost about 15 ms before the first paint.
        return QIcon.fromTheme(WARNING_ICON, QIcon(str(resource_path("icons", "warning.svg"))))

    def _current_entry(self) -> ArticleMeta | LibraryProblem | None:
        index = self.list.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _show_details(self) -> None:
        entry = self._current_entry()
        if entry is None:
            count = len(self._library.articles)
            self._set_details(
                self.tr("No articles match.") if count else self.tr("No articles yet.")
            )
            return
        if isinstance(entry, ArticleMeta):
            self._set_details("\n\n".join(self._about(entry)))
        else:
            self._set_details(
                self.tr("{path} cannot be opened: {reason}").format(
                    path=entry.path, reason=entry.reason
                )
            )
        self.model.set_description(self.list.currentIndex().row(), self.details.text())

    def _set_details(self, text: str) -> None:
        # The same text again (a list refilled around the same article) is not laid out
        # again: a wrapped label's layout is most of a refresh's time.
        if text != self.details.text():
            self.details.setText(text)

    def _about(self, meta: ArticleMeta) -> list[str]:
        """The details of an article: who wrote it and when, its length, then its summary."""
        facts = [
            self.tr("By {author}.").format(author=strip_bidi_controls(meta.author))
            if meta.author
            else self.tr("Author unknown.")
        ]
        if meta.published:
            facts.append(self.tr("Published {date}.").format(date=meta.published))
        words = self._library.word_count(meta.id)
        if words is not None:
            facts.append(
                self.tr("{words} words, about {time} to read.").format(
                    words=QLocale().toString(words),
                    time=self._minutes_text(reading_minutes(words)),
                )
            )
        added = self._added.get(meta.id) if self._added_time is None else self._added_time(meta.id)
        if added is not None:
            when = QDateTime.fromMSecsSinceEpoch(round(added * 1000))
            facts.append(
                self.tr("Added {date}.").format(
                    date=QLocale().toString(when.date(), QLocale.FormatType.ShortFormat)
                )
            )
        if self._library.is_reference(meta):
            facts.append(self.tr("Kept where it is: {path}").format(path=meta.path))
        parts = [" ".join(facts), meta.summary]
        if meta.content_note:
            parts.append(self.tr("Content note: {note}").format(note=meta.content_note))
        versions = language_versions(
            meta, self._library.articles.sharing_original(original_id(meta))
        )
        if len(versions) > 1:  # each language by its own name: a reader who knows one finds it
            parts.append(
                self.tr("Also in: {languages}").format(
                    languages=" / ".join(native_language_name(other.language) for other in versions)
                )
            )
        return [part for part in parts if part]

    def _remove(self) -> None:
        """Delete on a file added by reference (or a missing one) asks to take it out."""
        entry = self._current_entry()
        if entry is None:
            return
        if (
            self._library.is_reference(entry)
            if isinstance(entry, ArticleMeta)
            else entry.path in self._library.references
        ):
            self.removeRequested.emit(entry.path)

    def _on_activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if isinstance(entry, ArticleMeta):
            self.articleActivated.emit(entry.id)
        else:
            self.problemActivated.emit(entry.path, entry.reason)

    def _open_first_result(self) -> None:
        """Enter in the search box opens the first article found."""
        self._search_timer.stop()
        self.refresh()
        if self.model.rowCount():
            first = self.model.index(0, 0)
            self.list.setCurrentIndex(first)
            self._on_activated(first)
