"""Importing files off the GUI thread: a long PDF or book never freezes the window."""

from pathlib import Path

from PySide6.QtCore import QThread, Signal

from reader.core.importing.dispatch import ImportOptions, ImportOutcome, import_file


class ImportWorker(QThread):
    """Imports `paths` one after the other into `folder`; cancel() stops before the next
    file (the one being read is finished, never left half written)."""

    fileDone = Signal(int, object)  # noqa: N815 - how many are done, the ImportOutcome

    def __init__(
        self, paths: list[Path], folder: Path, options: ImportOptions, taken_ids: set[str]
    ) -> None:
        super().__init__()
        self.paths = paths
        self.folder = folder
        self.options = options
        self.taken_ids = set(taken_ids)
        self.outcomes: list[ImportOutcome] = []
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        for index, path in enumerate(self.paths):
            if self._cancelled:
                return
            outcome = import_file(path, self.folder, self.options, self.taken_ids)
            if outcome.article is not None:
                self.taken_ids.add(outcome.article.stem)
            self.outcomes.append(outcome)
            self.fileDone.emit(index + 1, outcome)
