"""File, Export Audio: the article or the selection as an audio file, with progress and
Cancel."""

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QProgressDialog

from reader.core.articles.article import RenderedArticle
from reader.ui.reading.article_view import ArticleView
from reader.ui.speech.read_aloud import ReadAloud
from reader.ui.widgets import messages

translate = QCoreApplication.translate


def export_audio(
    window: QMainWindow, article: RenderedArticle, view: ArticleView, read_aloud: ReadAloud
) -> None:
    title = translate("export", "Export Audio")
    if not read_aloud.available or not read_aloud.voices:
        messages.warn(
            window,
            title,
            read_aloud.unavailable_reason
            or translate("export", "The speech engine is still starting; try again in a moment."),
        )
        return
    selection = view.reader_selection() is not None  # find's match is a place, not a choice
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.MusicLocation)
    suggested = Path(folder or Path.home()) / f"{Path(article.meta.id).stem}.m4a"
    filters = {
        translate("export", "AAC audio, small, for phones (*.m4a)"): ".m4a",
        translate("export", "WAV audio, large (*.wav)"): ".wav",
    }
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        window,
        translate("export", "Export the selection as audio")
        if selection
        else translate("export", "Export the article as audio"),
        str(suggested),
        ";;".join(filters),
    )
    if not chosen:
        return
    target = Path(chosen)
    if target.suffix.lower() not in filters.values():
        target = target.with_name(target.name + filters.get(chosen_filter, ".m4a"))
    # Before stopping: stopping puts the caret back at the sentence, and the selection goes.
    spoken = read_aloud.utterances_to_export(selection=selection)
    read_aloud.stop()
    if not spoken:
        messages.inform(window, title, translate("export", "There is nothing to read here."))
        return
    export = _AudioExport(window, read_aloud, target, title, len(spoken))
    read_aloud.speech.export(spoken, read_aloud.settings.speed, target)
    export.progress.show()


class _AudioExport(QObject):
    """One export in progress: the worker writes, this shows how far and offers Cancel."""

    def __init__(
        self, window: QMainWindow, read_aloud: ReadAloud, target: Path, title: str, total: int
    ) -> None:
        super().__init__(window)
        self._window, self._read_aloud, self._target, self._title = (
            window,
            read_aloud,
            target,
            title,
        )
        self._worker = read_aloud.speech
        self.progress = QProgressDialog(
            translate("export", "Writing {name}…").format(name=target.name),
            translate("export", "Cancel"),
            0,
            total,
            window,
        )
        self.progress.setWindowTitle(title)
        self.progress.setAccessibleName(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self._on_cancel)
        self._worker.exportProgress.connect(self._on_progress)
        self._worker.exportFinished.connect(self._on_finished)
        self._worker.exportFailed.connect(self._on_failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_cancel(self) -> None:
        self._worker.export_cancel_requested = True
        # Late progress would show the cancelled dialog again.
        self._worker.exportProgress.disconnect(self._on_progress)

    def _on_finished(self, seconds: float) -> None:
        self._end()
        minutes, rest = divmod(round(seconds), 60)
        self._read_aloud.announce(
            translate("export", "Saved {minutes} min {seconds} s of speech to {path}.").format(
                minutes=minutes, seconds=rest, path=self._target
            )
        )

    def _on_failed(self, message: str) -> None:
        self._end()
        if message:
            messages.warn(self._window, self._title, message)
        else:
            self._read_aloud.announce(translate("export", "Export cancelled; nothing was saved."))

    def _end(self) -> None:
        with contextlib.suppress(RuntimeError):  # already let go of on Cancel
            self._worker.exportProgress.disconnect(self._on_progress)
        self._worker.exportFinished.disconnect(self._on_finished)
        self._worker.exportFailed.disconnect(self._on_failed)
        self.progress.canceled.disconnect(self._on_cancel)
        self.progress.close()
        self.deleteLater()
