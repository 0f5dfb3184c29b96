"""Start Reader: read the command line, open the data folder, show the window."""

import gc
import io
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import reader.pyside_import_hook  # noqa: F401 - first: Reader's modules load through it
from reader.cli import find_command, run_command
from reader.cli.common import (
    UsageError,
    build_parser,
    fail,
    print_library,
    resolve_article,
    terminal_safe,
)
from reader.core.articles.library import Library
from reader.core.display.appearance import Appearance, following_system
from reader.core.display.preferences import PreferencesFile, machine_defaults_path
from reader.core.safety.settings import SafetySettings, load_safety
from reader.core.storage.files import make_private_folder
from reader.core.storage.store import Store, StoreError
from reader.diagnostics import (
    display_problem,
    install_exception_hook,
    keep_log_rotating,
    start_logging,
)
from reader.paths import (
    APP_ID,
    APP_NAME,
    ORGANIZATION,
    DataPaths,
    article_folders,
    default_data_dir,
    installation_dir,
    keep_system_caches_inside,
    portable_data_dir,
)
from reader.resources import resource_path
from reader.ui.display.language import chosen_language, install_language
from reader.ui.display.system_colours import SystemColours
from reader.ui.display.theming import apply_interface
from reader.ui.widgets import messages
from reader.ui.widgets.first_paint import FIRST_PAINT_REPORT, FirstPaintProbe

if TYPE_CHECKING:  # the window's module loads only when a window is shown
    from reader.ui.main_window import MainWindow

translate = QCoreApplication.translate
# How often a message waits for an article's opening to end before it is shown.
OPENING_RETRY_MS = 100
# When the log starts rotating, after the window's first paint: keep_log_rotating's import of
# logging.handlers (about 12 ms) in a turn of its own, not on top of the paint's other work.
LOG_ROTATION_DELAY_MS = 400


def main(argv: Sequence[str] | None = None) -> int:
    _ensure_standard_streams()
    arguments = list(sys.argv[1:] if argv is None else argv)
    portable = portable_data_dir(installation_dir())
    if portable is not None:  # before any library under Reader writes its caches
        keep_system_caches_inside(DataPaths(portable))
    command = find_command(arguments)
    if command is not None:
        gc.enable()  # the entry scripts turn it off for the window's start (reader/__main__.py)
        return run_command(*command)
    args = build_parser().parse_args(arguments)
    paths = DataPaths(args.data_dir.expanduser().resolve() if args.data_dir else default_data_dir())
    folder_problem = _make_data_folder(paths)
    if folder_problem:
        sys.stderr.write(f"reader: {folder_problem}\n")
    library = Library(article_folders(paths), cache_path=paths.library_cache)
    if args.list:
        library.load()
        print_library(library)
        return 0
    problem = display_problem(os.environ, sys.platform)
    if problem is not None:
        return fail(problem, 1)
    safety, safety_problem = load_safety(paths.preferences, machine_defaults_path())
    if args.private:
        safety = replace(safety, private_mode=True)
    if safety.private_mode:
        # The library's cache lists what it holds, files opened from elsewhere included: in
        # private mode the library is read afresh each time and nothing of it is kept.
        library.cache_path = None
    log_file = start_logging(paths.logs, private=safety.private_mode)
    _keep_dialogs_quiet(safety)

    # Fusion, the one style that follows the theme's palette on every system, made with the
    # application: QApplication.setStyle afterwards made a second style (and 11 Qt enums).
    app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # Wayland finds the .desktop file, and its icon, by this
    app.setWindowIcon(QIcon(str(resource_path("icons", "reader.svg"))))
    install_exception_hook(
        messages.UnexpectedErrorReporter(log_file.parent if log_file is not None else None)
    )
    from reader.ui.widgets.collector import GuiThreadCollector

    # What the imports made (modules, classes, Qt's enumerations) lives as long as the
    # process: frozen, it is not walked again by every collection. The collector's first
    # pass, before the 5 MB article's paint, took 50 ms, now 15 (gc.freeze, measured).
    gc.freeze()
    GuiThreadCollector(app)  # Qt objects are destroyed on the GUI thread, never a worker's
    from reader.ui.safety.quick_exit import wake_hidden_reader

    if wake_hidden_reader(paths.root):  # a Reader hidden by a quick exit shows itself instead
        return 0
    preferences = PreferencesFile(paths.preferences, machine_defaults_path())
    install_language(app, chosen_language(args.language or preferences.saved_language()))
    # After the translations: problems are reported in the reader's language. Quick: the
    # window checks each file once it has painted (issue 16, goal 5).
    library.load(quick=True)
    try:
        requested = resolve_article(library, args.article) if args.article else None
    except UsageError as error:
        return fail(str(error), error.exit_status)
    # Widgets load only when a window is shown.
    from reader.ui.display.fonts import register_bundled_fonts
    from reader.ui.main_window import MainWindow

    register_bundled_fonts()
    appearance, problem = _load_appearance(preferences)
    apply_interface(app, appearance)  # before any message or window: all in the reader's style
    if problem:
        sys.stderr.write(f"reader: {terminal_safe(problem, keep_newlines=True)}\n")
    if folder_problem:  # one message, with what reading the preferences met as a consequence
        messages.warn(None, APP_NAME, "\n\n".join(filter(None, (folder_problem, problem))))
        store = Store(Path(":memory:"))
    else:
        problem = "\n\n".join(filter(None, (problem, safety_problem)))
        if problem:
            messages.inform(None, APP_NAME, problem)
        # Private mode: marks and places live in memory; the file is not even opened.
        store = Store(Path(":memory:")) if safety.private_mode else _open_store(paths.store)
    window = MainWindow(library, store, paths, preferences, appearance, safety)
    store_problems = _StoreProblems(window)
    store.report_problems_to(store_problems)
    if folder_problem:
        window.saving_is_off()
    # Apart from the first paint's own follow-up work, as the media session is (main_window).
    window.window_paint.painted.connect(
        partial(QTimer.singleShot, LOG_ROTATION_DELAY_MS, keep_log_rotating)
    )
    window.show()
    if not (safety.asked or safety.private_mode or folder_problem):
        window.guard.ask_about_private_mode()
    if requested is not None:
        window.open_path(requested.path, requested.id)
    else:
        window.open_start_article()
    window.focus_article()
    if os.environ.get(FIRST_PAINT_REPORT):  # the start-up benchmark (tests/bench)
        FirstPaintProbe(window.view.viewport(), Path(os.environ[FIRST_PAINT_REPORT]))
    status = app.exec()
    store.close()
    return status


def _ensure_standard_streams() -> None:
    """A windowed Windows build has no stdout or stderr; writing there must not crash."""
    if sys.stdout is None:
        sys.stdout = io.StringIO()
    if sys.stderr is None:
        sys.stderr = io.StringIO()


def _keep_dialogs_quiet(safety: SafetySettings) -> None:
    """Qt's own file dialogs, never the system's: a quick exit must be able to hide every
    window, which a native dialog (another program's window on Windows and GNOME) is not;
    and a GTK file dialog adds each chosen file to the desktop's recent files
    (~/.local/share/recently-used.xbel). In private mode, the file dialog's own memory of
    folders visited (QSettings' "QtProject" file in the user's configuration folder) is
    pointed at a place where nothing can be written."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    if safety.private_mode:
        for file_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(file_format, QSettings.Scope.UserScope, os.devnull)


def _load_appearance(preferences: PreferencesFile) -> tuple[Appearance, str | None]:
    """The saved appearance, and what went wrong reading it; unless the reader chose a
    theme, the system's dark or high-contrast setting picks it (as far as Qt knows it yet:
    the desktop answers later, and the window's SystemColours follows the answer)."""
    appearance, problem = preferences.load()
    appearance = following_system(
        appearance, dark=SystemColours.dark(), high_contrast=SystemColours.high_contrast()
    )
    return appearance, problem


def _make_data_folder(paths: DataPaths) -> str | None:
    """Make the data folder (owner-only) and its articles folder; None when done, else a
    message saying that nothing will be saved, and why. Reader then runs on what it can read
    (the bundled articles, and an articles folder that exists)."""
    try:
        make_private_folder(paths.root)
        if not paths.articles.is_dir():
            paths.articles.mkdir(mode=0o700)
    except OSError as error:
        return translate(
            "app",
            "Reader cannot write to its data folder {folder} ({reason}), so nothing will be "
            "saved this time: not your place in an article, your bookmarks, highlights and "
            "notes, nor your settings. You can still read every article.",
        ).format(folder=paths.root, reason=error.strerror)
    return None


def _open_store(path: Path) -> Store:
    """The reader's store; if it cannot be opened, say why and keep reading without saving."""
    try:
        return Store(path)
    except StoreError as error:
        message = translate(
            "app", "{error}\n\nReader will work, but will not remember your place this time."
        ).format(error=error)
        sys.stderr.write(f"reader: {message}\n")
        messages.warn(None, APP_NAME, message)
        return Store(Path(":memory:"))


class _StoreProblems:
    """Tells the reader what the store found (a damaged file repaired, entries left out): on
    stderr at once, and in a message box once the current action is over, since a store
    read can happen in the middle of opening an article. Each message is shown once."""

    def __init__(self, window: "MainWindow") -> None:
        self._shown: set[str] = set()
        self._follow(window)

    def _follow(self, window: "MainWindow") -> None:
        """Show messages over `window`, and over the one that replaces it (a new language)."""
        self._window = window
        window.replaced.connect(self._follow)

    def __call__(self, message: str) -> None:
        if message in self._shown:
            return
        self._shown.add(message)
        sys.stderr.write(f"reader: {message}\n")
        QTimer.singleShot(0, self._window, partial(self._show, message))

    def _show(self, message: str) -> None:
        # Not inside an article's opening: that waits in a loop of its own, against a time
        # budget, with the reader's keys held until its progress dialog shows.
        if self._window.converter.busy:
            QTimer.singleShot(OPENING_RETRY_MS, self._window, partial(self._show, message))
            return
        messages.warn(self._window, APP_NAME, message)
