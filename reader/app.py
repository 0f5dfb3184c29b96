"""Start Reader: read the command line, open the data folder, show the window."""

import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reader.cli import find_command, run_command
from reader.cli.common import UsageError, build_parser, fail, print_library, resolve_article
from reader.core.articles.library import Library
from reader.core.display.appearance import Appearance, following_system
from reader.core.display.preferences import PreferencesFile, machine_defaults_path
from reader.core.storage.store import Store, StoreError
from reader.paths import APP_NAME, ORGANIZATION, DataPaths, default_data_dir
from reader.resources import bundled_articles_dir, resource_path
from reader.ui.display.theming import apply_interface
from reader.ui.widgets import messages
from reader.ui.widgets.first_paint import FIRST_PAINT_REPORT, FirstPaintProbe

translate = QCoreApplication.translate


def main(argv: Sequence[str] | None = None) -> int:
    _ensure_standard_streams()
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = find_command(arguments)
    if command is not None:
        return run_command(*command)
    args = build_parser().parse_args(arguments)
    paths = DataPaths(args.data_dir.expanduser().resolve() if args.data_dir else default_data_dir())
    try:
        paths.articles.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return fail(f"cannot use the data folder {paths.root}: {error.strerror}", 1)
    library = Library([bundled_articles_dir(), paths.articles], cache_path=paths.library_cache)
    if args.list:
        library.load()
        print_library(library)
        return 0

    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setStyle("Fusion")  # the one style that follows the theme's palette on every system
    _install_translations(app)
    library.load()  # after the translations: problems are reported in the reader's language
    try:
        requested = resolve_article(library, args.article) if args.article else None
    except UsageError as error:
        return fail(str(error), error.exit_status)
    from reader.ui.display.fonts import (
        register_bundled_fonts,  # widgets load only when a window is shown
    )
    from reader.ui.main_window import MainWindow

    register_bundled_fonts()
    preferences = PreferencesFile(paths.preferences, machine_defaults_path())
    appearance, problem = _load_appearance(preferences)
    apply_interface(app, appearance)  # before any message or window: all in the reader's style
    if problem:
        sys.stderr.write(f"reader: {problem}\n")
        messages.inform(None, APP_NAME, problem)
    store = _open_store(paths.store)
    window = MainWindow(library, store, paths, preferences, appearance)
    window.show()
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


def _load_appearance(preferences: PreferencesFile) -> tuple[Appearance, str | None]:
    """The saved appearance, and what went wrong reading it; at first start, the system's
    dark or high-contrast setting picks the theme."""
    first_start = not preferences.path.exists()
    appearance, problem = preferences.load()
    if first_start and appearance == Appearance():
        hints = QGuiApplication.styleHints()
        appearance = following_system(
            appearance,
            dark=hints.colorScheme() == Qt.ColorScheme.Dark,
            high_contrast=hints.accessibility().contrastPreference()
            == Qt.ContrastPreference.HighContrast,
        )
    return appearance, problem


def _open_store(path: Path) -> Store:
    """The reader's store; if it cannot be opened, say why and keep reading without saving."""
    try:
        store = Store(path)
    except StoreError as error:
        message = translate(
            "app", "{error}\n\nReader will work, but will not remember your place this time."
        ).format(error=error)
        sys.stderr.write(f"reader: {message}\n")
        messages.warn(None, APP_NAME, message)
        return Store(Path(":memory:"))
    if store.recovered_from is not None:
        message = translate(
            "app",
            "Your reading data was damaged and could not be read. "
            "It was kept as {path}, and a fresh store was started.",
        ).format(path=store.recovered_from)
        sys.stderr.write(f"reader: {message}\n")
        messages.inform(None, APP_NAME, message)
    return store


def _install_translations(app: QApplication) -> None:
    locale = QLocale.system()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("reader", str(resource_path("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
