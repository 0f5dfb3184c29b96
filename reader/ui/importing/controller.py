"""Adding articles (File › Add Articles…, or files dropped onto the window), editing an
article's details and removing an article: the window's side of reader.core.importing.

The importers (and YAML, the archive readers) load when a file is first added, dropped or
edited: the window starts without them."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QFile, QObject, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QProgressDialog

from reader.core.articles.article import ArticleError, ArticleMeta
from reader.core.storage.files import make_private_folder
from reader.ui.widgets import messages

if TYPE_CHECKING:
    from reader.core.importing.dispatch import ImportOutcome
    from reader.ui.importing.worker import ImportWorker

# More files than this show a progress dialog with Cancel.
PROGRESS_FROM_FILES = 2
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class ImportController(QObject):
    """Owns the imports of one window. `outcomes` holds the last import's results.

    `window` is Reader's MainWindow (not imported here: it imports this module); its
    paths, library, library_panel, article, announcer, reload_library and
    open_article_by_id are used."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker: ImportWorker | None = None
        self.outcomes: list[ImportOutcome] = []
        self._progress: QProgressDialog | None = None
        # Drag events a child ignores (the article, the panels) go on to the window.
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # Adding -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Add Articles"),
            str(Path.home()),
            self.tr(
                "Documents (*.html *.htm *.mhtml *.mht *.docx *.epub *.pdf *.txt);;All files (*)"
            ),
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def import_paths(self, paths: list[Path]) -> None:
        """Import `paths` into the articles folder off the GUI thread; then reload the
        library, open the last article added and report."""
        if self.worker is not None:
            self.window.announcer.announce(self.tr("Articles are being added; please wait."))
            return
        folder = self.window.paths.articles
        try:
            make_private_folder(folder)
        except OSError as error:
            messages.warn(
                self.window,
                self.tr("Add Articles"),
                self.tr("Cannot create the folder {folder}: {reason}.").format(
                    folder=folder, reason=error.strerror
                ),
            )
            return
        from reader.core.importing.dispatch import ImportOptions
        from reader.ui.importing.worker import ImportWorker

        taken = {meta.id for meta in self.window.library.articles}
        self.worker = ImportWorker(paths, folder, ImportOptions(), taken)
        if len(paths) >= PROGRESS_FROM_FILES:
            self._progress = QProgressDialog(
                self.tr("Adding articles…"), self.tr("Cancel"), 0, len(paths), self.window
            )
            self._progress.setWindowTitle(self.tr("Add Articles"))
            self._progress.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress.setMinimumDuration(500)
            self._progress.canceled.connect(self.worker.cancel)
            self.worker.fileDone.connect(self._progress.setValue)
        self.window.announcer.announce(
            self.tr("Adding %n file(s) to the library.", None, len(paths))
        )
        self.worker.finished.connect(self._finished)
        self.worker.start()

    def _finished(self) -> None:
        worker, self.worker = self.worker, None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if worker is None:
            return
        worker.wait()
        self.outcomes = list(worker.outcomes)
        added = [outcome for outcome in self.outcomes if outcome.article is not None]
        if added:
            self.window.reload_library()
            last = self.window.library.find(str(added[-1].article))
            if last is not None:
                self.window.open_article_by_id(last.id)
        not_started = len(worker.paths) - len(self.outcomes)
        worker.deleteLater()
        if len(self.outcomes) == 1 and added and not added[0].notes and not not_started:
            self.window.announcer.announce(self.tr("Added {title}.").format(title=added[0].title))
            return
        from reader.ui.importing.report import report_text

        text = report_text(self.outcomes, not_started)
        self.window.announcer.announce(text.split("\n", 1)[0])
        messages.inform(self.window, self.tr("Articles Added"), text)

    # Files dropped onto the window ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() not in _DRAG_EVENTS or watched is not self.window:
            return False
        paths = dropped_files(event)
        if not paths:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.import_paths(paths)
        return True

    # Details and removal ----------------------------------------------------------------

    def chosen_article(self) -> ArticleMeta | None:
        """The article selected in the library, else the open one."""
        article_id = self.window.library_panel.current_article_id()
        meta = self.window.library.find(article_id) if article_id else None
        if meta is None and self.window.article is not None:
            meta = self.window.library.find(self.window.article.meta.id)
        return meta

    def _writable(self, meta: ArticleMeta) -> bool:
        """Only the reader's own articles can change; the bundled ones (and an NGO's
        beside the installation) are read-only."""
        folder = self.window.paths.articles.resolve()
        if meta.path.resolve().parent == folder:
            return True
        messages.inform(
            self.window,
            self.tr("Reader"),
            self.tr(
                "“{title}” came with Reader or with this installation and cannot be "
                "changed here; only articles in your articles folder can."
            ).format(title=meta.title),
        )
        return False

    def edit_details(self) -> None:
        meta = self.chosen_article()
        if meta is None or not self._writable(meta):
            return
        from reader.core.importing.editing import change_details
        from reader.ui.importing.details_dialog import DetailsDialog

        dialog = DetailsDialog(meta, self.window)
        if not dialog.exec():
            return
        try:
            change_details(meta.path, dialog.changes())
        except ArticleError as error:
            messages.warn(self.window, self.tr("Edit Article Details"), error.reason)
            return
        self.window.reload_library()
        if self.window.article is not None and self.window.article.meta.id == meta.id:
            self.window.open_article_by_id(meta.id)
        self.window.announcer.announce(self.tr("Details saved."))

    def remove_article(self) -> None:
        meta = self.chosen_article()
        if meta is None or not self._writable(meta):
            return
        question = self.tr(
            "Move “{title}” to the trash? Its bookmarks, highlights and notes are kept."
        ).format(title=meta.title)
        if not messages.ask(
            self.window,
            self.tr("Remove Article"),
            question,
            messages.Button.Yes,
            messages.Button.Cancel,
        ):
            return
        if not QFile.moveToTrash(str(meta.path)):
            messages.warn(
                self.window,
                self.tr("Remove Article"),
                self.tr(
                    "“{title}” could not be moved to the trash (this system may have none); "
                    "it is still in {folder}."
                ).format(title=meta.title, folder=meta.path.parent),
            )
            return
        images = meta.path.with_name(f"{meta.path.stem}-images")  # an imported page's
        if images.is_dir():
            QFile.moveToTrash(str(images))
        self.window.reload_library()
        self.window.announcer.announce(
            self.tr("“{title}” moved to the trash.").format(title=meta.title)
        )


def dropped_files(event: QEvent) -> list[Path]:
    """The local files of a drag that Reader can import (none: not our drag)."""
    if not isinstance(event, QDropEvent):  # drag enter and move events are drop events
        return []
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    from reader.core.importing.dispatch import is_importable

    return [path for path in paths if is_importable(path)]
