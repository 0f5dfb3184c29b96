"""The library: every article with its summary, language and progress; search and sort."""

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import Qt as QtGuiNamespace  # convertFromPlainText lives in QtGui
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.articles.article import ArticleMeta, language_name
from reader.core.articles.library import Library, LibraryProblem, SortOrder, sorted_articles
from reader.ui.widgets.form import labelled
from reader.ui.widgets.timers import single_shot_timer

ID_ROLE = Qt.ItemDataRole.UserRole
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
REASON_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 150


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written: Qt would render anything tag-like as HTML."""
    return QtGuiNamespace.convertFromPlainText(text)


def percent_text(fraction: float) -> str:
    return QLocale().toString(round(fraction * 100)) + "\u00a0%"


class LibraryPanel(QWidget):
    articleActivated = Signal(str)  # noqa: N815 - Qt signal naming; an article id
    problemActivated = Signal(Path, str)  # noqa: N815 - a file that cannot be opened, and why
    searchFinished = Signal(int)  # noqa: N815 - how many articles the search found

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._progress: dict[str, float] = {}
        self._items: dict[str, QTreeWidgetItem] = {}  # the rows shown, by article id

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Title or text"))
        self.search.setClearButtonEnabled(True)
        self.sort = QComboBox()
        self.sort.addItem(self.tr("Title"), SortOrder.TITLE)
        self.sort.addItem(self.tr("Language"), SortOrder.LANGUAGE)
        self.sort.addItem(self.tr("Reading progress"), SortOrder.PROGRESS)
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Title"), self.tr("Language"), self.tr("Read")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setAccessibleName(self.tr("Articles"))
        self.list.setAccessibleDescription(self.tr("Enter opens the selected article."))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # summaries are text, never HTML
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleDescription(self.tr("About the selected article"))

        controls = QGridLayout()
        controls.addWidget(
            labelled(self.tr("&Search:"), self.search, self.tr("Search titles and text")), 0, 0
        )
        controls.addWidget(self.search, 0, 1)
        controls.addWidget(labelled(self.tr("S&ort by:"), self.sort), 1, 0)
        controls.addWidget(self.sort, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        self.setFocusProxy(self.list)
        # Tab from the list (where the panel's focus lands) goes on to Search and Sort by, so
        # that they are found going forward, not only by Shift+Tab.
        QWidget.setTabOrder(self.list, self.search)
        QWidget.setTabOrder(self.search, self.sort)

        self._search_timer = single_shot_timer(self, SEARCH_DELAY_MS, self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._open_first_result)
        self.sort.currentIndexChanged.connect(self.refresh)
        self.list.itemActivated.connect(self._on_activated)
        self.list.currentItemChanged.connect(self._show_details)

    def set_progress(self, progress: dict[str, float]) -> None:
        self._progress = dict(progress)
        self.refresh()

    def set_article_progress(self, article_id: str, progress: float) -> None:
        self._progress[article_id] = progress
        item = self._item_for(article_id)
        if item is not None:
            item.setText(2, percent_text(progress))

    def select_article(self, article_id: str) -> None:
        item = self._item_for(article_id)
        if item is not None:
            self.list.setCurrentItem(item)

    def article_after(self, article_id: str) -> str | None:
        """The article after this one in the library's order as shown (search aside)."""
        ordered = sorted_articles(self._library.articles, self.sort.currentData(), self._progress)
        ids = [meta.id for meta in ordered]
        index = ids.index(article_id) + 1 if article_id in ids else len(ids)
        return ids[index] if index < len(ids) else None

    def _item_for(self, article_id: str) -> QTreeWidgetItem | None:
        """The article's row, if the current search shows it."""
        return self._items.get(article_id)

    def refresh(self) -> None:
        current = self.list.currentItem()
        current_id = current.data(0, ID_ROLE) if current else None
        self.list.clear()
        order = self.sort.currentData()
        found = self._library.search(self.search.text())
        names: dict[str, str] = {}  # language names, looked up once per language
        items = [
            self._article_item(meta, names)
            for meta in sorted_articles(found, order, self._progress)
        ]
        self._items = {item.data(0, ID_ROLE): item for item in items}
        if not self.search.text().strip():
            items += [self._problem_item(problem) for problem in self._library.problems]
        self.list.addTopLevelItems(items)  # at once: one by one, each updates the view
        for column in (1, 2):
            self.list.resizeColumnToContents(column)
        if current_id:
            self.select_article(current_id)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._show_details(self.list.currentItem())
        if self.search.text().strip():
            self.searchFinished.emit(len(found))

    def _article_item(self, meta: ArticleMeta, names: dict[str, str]) -> QTreeWidgetItem:
        progress = percent_text(self._progress.get(meta.id, 0.0))
        if meta.language not in names:
            names[meta.language] = language_name(meta.language)
        item = QTreeWidgetItem([meta.title, names[meta.language], progress])
        item.setData(0, ID_ROLE, meta.id)
        item.setToolTip(0, plain_tooltip(meta.summary))  # front matter is text, not HTML
        return item

    def _problem_item(self, problem: LibraryProblem) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [self.tr("Cannot open {name}").format(name=problem.path.name), "", ""]
        )
        item.setData(0, PROBLEM_ROLE, str(problem.path))
        item.setData(0, REASON_ROLE, problem.reason)
        item.setToolTip(0, plain_tooltip(problem.reason))
        font = item.font(0)
        font.setItalic(True)
        item.setFont(0, font)
        return item

    def _show_details(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            count = len(self._library.articles)
            self.details.setText(
                self.tr("No articles match.") if count else self.tr("No articles yet.")
            )
            return
        article_id = item.data(0, ID_ROLE)
        if article_id:
            meta = self._library.find(article_id)
            summary = meta.summary if meta else ""
            note = (
                self.tr("Content note: {note}").format(note=meta.content_note)
                if meta and meta.content_note
                else ""
            )
            self.details.setText("\n\n".join(part for part in (summary, note) if part))
        else:
            path = Path(item.data(0, PROBLEM_ROLE))
            self.details.setText(
                self.tr("{path} cannot be opened: {reason}").format(
                    path=path, reason=item.data(0, REASON_ROLE)
                )
            )
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, self.details.text())

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        article_id = item.data(0, ID_ROLE)
        if article_id:
            self.articleActivated.emit(article_id)
        else:
            self.problemActivated.emit(Path(item.data(0, PROBLEM_ROLE)), item.data(0, REASON_ROLE))

    def _open_first_result(self) -> None:
        """Enter in the search box opens the first article found."""
        self._search_timer.stop()
        self.refresh()
        item = self.list.topLevelItem(0)
        if item is not None:
            self.list.setCurrentItem(item)
            self._on_activated(item)
