"""The library panel's rows as a model: each row's texts are worked out when the view asks.

A list widget made every row's item, texts, tooltip and icon up front: at 5,000 articles
that was most of the window's start (issue 16, goal 5). A model keeps one list of the
articles and problems shown; the view asks only for the rows it draws. Its rows and
columns are counted in C++: a QTreeView lays out every row, asking a Python model's
rowCount and columnCount for each (25 ms at 5,000 rows); over an empty QStandardItemModel
of the same shape, a QIdentityProxyModel answers those in C++ and only data() is Python.
Its flags() stay C++ too (the layout asks them twice a row: 40 ms from Python): they say
editable, which the list never is (no edit triggers), and no screen reader is told.
"""

from collections.abc import Callable, Mapping

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QStandardItemModel
from PySide6.QtGui import Qt as QtGuiNamespace  # convertFromPlainText lives in QtGui
from PySide6.QtWidgets import QTreeView

from reader.core.articles.article import ArticleMeta
from reader.core.articles.facts import reading_minutes
from reader.core.articles.library import Articles, LibraryProblem
from reader.core.language.bidi import strip_bidi_controls
from reader.core.language.tags import native_language_name

Index = QModelIndex | QPersistentModelIndex
Row = ArticleMeta | LibraryProblem
# The texts keep the panel's translation context ("LibraryPanel"), where they were before.
ID_ROLE = Qt.ItemDataRole.UserRole
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
REASON_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE, LANGUAGE, READ, LENGTH = range(4)
COLUMNS = 4
# QCommonStyle's PM_FocusFrameHMargin at 96 dpi, in pixels (see fit_columns).
FOCUS_FRAME_MARGIN_PX = 2


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written: Qt would render anything tag-like as HTML."""
    return QtGuiNamespace.convertFromPlainText(text)


def percent_text(fraction: float) -> str:
    return QLocale().toString(round(fraction * 100)) + "\u00a0%"


class LibraryModel(QIdentityProxyModel):
    """Rows of articles (ArticleMeta), then files that cannot be opened (LibraryProblem),
    in four columns: title, language, progress read and reading time.

    `word_counts` gives the articles' words by id (one not in it: unknown); `minutes_text`
    a reading time in minutes as shown (the panel's translation, with its plural forms);
    `warning_icon` is asked once, for the first article with a content note shown."""

    def __init__(
        self,
        word_counts: Callable[[], Mapping[str, int]],
        minutes_text: Callable[[int], str],
        warning_icon: Callable[[], QIcon],
        parent: QTreeView | None = None,
    ) -> None:
        super().__init__(parent)
        self._shape = QStandardItemModel(0, COLUMNS, self)  # no items: rows, columns only
        self.setSourceModel(self._shape)
        self._word_counts = word_counts
        self._minutes_text = minutes_text
        self._warning_icon = warning_icon
        self._icon: QIcon | None = None
        self._articles: Articles = Articles.of([])
        self._problems: list[LibraryProblem] = []
        self._row_of: dict[str, int] = {}  # by article id, worked out when first asked
        self._progress: Mapping[str, float] = {}
        # Texts shared by many rows, worked out once each.
        self._names: dict[str, str] = {}
        self._lengths: dict[int, str] = {}
        self._descriptions: dict[str, str] = {}  # the current row's details, for screen readers
        self._headers = [
            QCoreApplication.translate("LibraryPanel", "Title"),
            QCoreApplication.translate("LibraryPanel", "Language"),
            QCoreApplication.translate("LibraryPanel", "Read"),
            QCoreApplication.translate("LibraryPanel", "Length"),
        ]

    def set_rows(
        self, articles: Articles, problems: list[LibraryProblem], progress: Mapping[str, float]
    ) -> None:
        """Show `articles`, then `problems`, with the progress (0.0 to 1.0 by article id)
        read so far."""
        self.beginResetModel()
        self._articles, self._problems = articles, problems
        # The reset says it all: the shape's own row signals would come in the middle of it.
        self._shape.blockSignals(True)
        self._shape.setRowCount(len(articles) + len(problems))
        self._shape.blockSignals(False)
        self._row_of = {}
        self._progress = progress
        self._descriptions = {}
        self._lengths = {}  # the interface's language may have changed since
        self._names = {}
        self.endResetModel()

    def set_progress(self, article_id: str, progress: Mapping[str, float]) -> None:
        """The article's progress changed in `progress`: its row shows it."""
        self._progress = progress
        row = self.row_of(article_id)
        if row is not None:
            changed = self.index(row, READ)
            self.dataChanged.emit(changed, changed)

    def set_description(self, row: int, text: str) -> None:
        """What a screen reader says about the row besides its title (the details shown)."""
        entry = self.entry(row)
        self._descriptions[_key(entry)] = text
        changed = self.index(row, TITLE)
        self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.AccessibleDescriptionRole])

    def entry(self, row: int) -> Row:
        count = len(self._articles)
        return self._articles[row] if row < count else self._problems[row - count]

    def row_of(self, article_id: str) -> int | None:
        """The article's row, if it is shown."""
        if not self._row_of and self._articles:
            self._row_of = {key: row for row, key in enumerate(self._articles.column("id"))}
        return self._row_of.get(article_id)

    def article_count(self) -> int:
        return len(self._articles)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row())
        column = index.column()
        if isinstance(entry, LibraryProblem):
            return self._problem_data(entry, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, column)
        if column != TITLE:
            return None
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(entry.summary)  # front matter is text, not HTML
        if role == Qt.ItemDataRole.DecorationRole and entry.content_note:
            # Seen before opening: an icon, and words for screen readers.
            if self._icon is None:
                self._icon = self._warning_icon()
            return self._icon
        if role == Qt.ItemDataRole.AccessibleTextRole and entry.content_note:
            return QCoreApplication.translate(
                "LibraryPanel", "{title} (has a content note)"
            ).format(title=entry.title)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._descriptions.get(entry.id)
        return None

    def text(self, meta: ArticleMeta, column: int) -> str:
        """What an article's row shows in `column`."""
        if column == TITLE:
            # A bidi override in a title would reverse it (and what follows) in the row.
            return strip_bidi_controls(meta.title)
        if column == LANGUAGE:
            return self.language_name(meta.language)
        if column == READ:
            return percent_text(self._progress.get(meta.id, 0.0))
        return self.length_text(self._word_counts().get(meta.id))

    def language_name(self, tag: str) -> str:
        if tag not in self._names:
            self._names[tag] = native_language_name(tag)
        return self._names[tag]

    def length_text(self, words: int | None) -> str:
        minutes = -1 if words is None else reading_minutes(words)
        if minutes not in self._lengths:
            self._lengths[minutes] = "" if minutes < 0 else self._minutes_text(minutes)
        return self._lengths[minutes]

    def column_texts(self, column: int) -> set[str]:
        """Every text `column` shows (LANGUAGE, READ or LENGTH), each once: a few values
        shared by thousands of rows, enough to size the column for all of them."""
        if column == LANGUAGE:
            return {self.language_name(tag) for tag in set(self._articles.column("language"))}
        ids = self._articles.column("id")
        # map() over a dict's get runs in C: thousands of rows, a few distinct values.
        if column == READ:
            read = set(map(self._progress.get, ids))
            if None in read:  # never opened: 0 %
                read.discard(None)
                read.add(0.0)
            return {percent_text(value) for value in read}
        return {self.length_text(count) for count in set(map(self._word_counts().get, ids))}

    def _problem_data(self, problem: LibraryProblem, column: int, role: int) -> object:
        if column != TITLE:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LibraryPanel", "Cannot open {name}").format(
                name=problem.path.name
            )
        if role == PROBLEM_ROLE:
            return str(problem.path)
        if role == REASON_ROLE:
            return problem.reason
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(problem.reason)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._descriptions.get(_key(problem))
        return None


def fit_columns(view: QTreeView, model: LibraryModel, columns: tuple[int, ...]) -> None:
    """Size each column to its widest text and its header, as resizeColumnToContents would,
    from the column's distinct texts rather than by asking the model for a thousand rows.
    The item's margins are Qt's: PM_FocusFrameHMargin + 1 on either side, the focus frame
    margin being 2 pixels at 96 dpi in QCommonStyle, which Fusion keeps (qcommonstyle.cpp).
    Not asked of the style: its class's Qt enumerations cost about 15 ms before the first
    paint."""
    metrics = QFontMetrics(view.font())
    focus_frame = round(FOCUS_FRAME_MARGIN_PX * view.logicalDpiX() / 96)
    margin = 2 * (focus_frame + 1)
    header = view.header()
    for column in columns:
        texts = model.column_texts(column)
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        header.resizeSection(column, max(widest + margin, header.sectionSizeHint(column)))


def _key(entry: Row) -> str:
    return entry.id if isinstance(entry, ArticleMeta) else f"problem:{entry.path}"
