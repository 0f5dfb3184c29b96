"""Clear my data: remove, kind by kind, what Reader keeps about a reader's reading.

Each kind is a choice (DataKind). What lives in the SQLite store is deleted so that none
of its text stays in the file's free pages or its WAL (Store.erase); files are deleted,
except the log files Reader may have open, which are emptied. Copies of the store kept
aside (a damaged file, a backup before an upgrade) hold marks and places too, so they go
with either.
"""

import contextlib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.storage.store import Store, StoreError
from reader.paths import DataPaths

translate = QCoreApplication.translate
# app_state keys (written by reader.ui.main_window): the last article read and the
# articles whose content note the reader chose not to see again are a history of reading;
# the speech settings are preferences.
DISMISSED_NOTES_KEY = "content_notes_dismissed"  # a JSON list of article ids
HISTORY_STATE_KEYS = ("last_article", DISMISSED_NOTES_KEY)
PREFERENCE_STATE_KEYS = ("speech_settings",)
# The log files a running Reader holds open (reader.diagnostics): emptied, not deleted.
OPEN_LOGS = ("reader.log", "crash.log")


class DataKind(StrEnum):
    POSITIONS = "positions"
    MARKS = "marks"
    HISTORY = "history"
    CACHES = "caches"
    LOG = "log"
    PREFERENCES = "preferences"


def kind_label(kind: DataKind) -> str:
    """What the kind holds, in the reader's words, for a check box or a question."""
    return {
        DataKind.POSITIONS: translate(
            "clear", "Reading positions (where you were in each article)"
        ),
        DataKind.MARKS: translate("clear", "Bookmarks, highlights and notes"),
        DataKind.HISTORY: translate(
            "clear", "History (the last article read, content notes you chose not to see again)"
        ),
        DataKind.CACHES: translate("clear", "Caches (the library list and rendered articles)"),
        DataKind.LOG: translate("clear", "The log (what went wrong in Reader)"),
        DataKind.PREFERENCES: translate(
            "clear", "Preferences (display, speech and safety settings, window layout)"
        ),
    }[kind]


@dataclass
class ClearReport:
    """What was removed: rows by kind, files, and what could not be removed."""

    rows: dict[DataKind, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line per kind cleared, then the files and the problems; translated."""
        lines = []
        for kind, count in self.rows.items():
            lines.append(
                translate("clear", "{kind}: {count} removed.").format(
                    kind=kind_label(kind), count=count
                )
            )
        lines.append(
            translate("clear", "Files removed or emptied: {count}.").format(count=len(self.files))
        )
        lines += self.problems
        return "\n".join(lines)


def clear_data(paths: DataPaths, kinds: set[DataKind], store: Store | None = None) -> ClearReport:
    """Remove the chosen kinds from the data folder at `paths`. `store` is the open store
    (the window's); without one, the store file is opened when it exists. Nothing raises:
    what cannot be removed is named in the report's problems."""
    report = ClearReport()
    stored = kinds & {DataKind.POSITIONS, DataKind.MARKS, DataKind.HISTORY, DataKind.PREFERENCES}
    if stored:
        _clear_store(paths, kinds, store, report)
    if kinds & {DataKind.POSITIONS, DataKind.MARKS}:
        for copy in sorted(paths.store.parent.glob(f"{paths.store.name}.*")):
            _remove(copy, report)  # a damaged copy or a backup before an upgrade (and -wal)
    if DataKind.CACHES in kinds:
        _remove(paths.library_cache, report)
        if paths.render_cache.is_dir():
            for entry in sorted(paths.render_cache.iterdir()):
                _remove(entry, report)
    if DataKind.LOG in kinds and paths.logs.is_dir():
        for entry in sorted(paths.logs.iterdir()):
            if entry.name in OPEN_LOGS:
                _empty(entry, report)
            else:
                _remove(entry, report)
    if DataKind.PREFERENCES in kinds:
        for entry in (paths.preferences, paths.window_settings):
            _remove(entry, report)
        for copy in sorted(paths.root.glob(f"{paths.preferences.name}.*")):
            _remove(copy, report)
    return report


def _clear_store(
    paths: DataPaths, kinds: set[DataKind], store: Store | None, report: ClearReport
) -> None:
    keys = (HISTORY_STATE_KEYS if DataKind.HISTORY in kinds else ()) + (
        PREFERENCE_STATE_KEYS if DataKind.PREFERENCES in kinds else ()
    )
    opened = None
    if store is None:
        if not paths.store.exists():
            return
        try:
            store = opened = Store(paths.store)
        except StoreError as error:
            report.problems.append(str(error))
            return
    try:
        counts = store.erase(
            marks=DataKind.MARKS in kinds, positions=DataKind.POSITIONS in kinds, state_keys=keys
        )
    except StoreError as error:
        report.problems.append(str(error))
        return
    finally:
        if opened is not None:
            opened.close()
    if DataKind.POSITIONS in kinds:
        report.rows[DataKind.POSITIONS] = counts.get("reading_positions", 0)
    if DataKind.MARKS in kinds:
        report.rows[DataKind.MARKS] = counts.get("marks", 0)
    if DataKind.HISTORY in kinds:
        report.rows[DataKind.HISTORY] = counts.get("app_state", 0)


def _remove(path: Path, report: ClearReport) -> None:
    try:
        if path.is_dir():
            for inner in sorted(path.rglob("*"), reverse=True):
                inner.rmdir() if inner.is_dir() else inner.unlink()
            path.rmdir()
        else:
            path.unlink()
    except FileNotFoundError:
        return
    except OSError as error:
        report.problems.append(
            translate("clear", "{path} could not be removed: {reason}.").format(
                path=path, reason=error.strerror
            )
        )
        return
    report.files.append(path)


def _empty(path: Path, report: ClearReport) -> None:
    with contextlib.suppress(FileNotFoundError):
        try:
            with path.open("r+b") as stream:
                stream.truncate(0)
        except OSError as error:
            report.problems.append(
                translate("clear", "{path} could not be emptied: {reason}.").format(
                    path=path, reason=error.strerror
                )
            )
            return
        report.files.append(path)
