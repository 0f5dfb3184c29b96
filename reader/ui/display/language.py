"""The interface language: Qt's translators, the locale, the layout direction.

Installing a language replaces Reader's translators (reader_<code>.qm, and Qt's own
strings: qtbase_<code>.qm, Reader's own for Urdu, which Qt does not ship), makes QLocale()
format numbers for it, and mirrors the whole interface for a right-to-left language. Qt
then sends every widget a LanguageChange event; the main window rebuilds on it.
"""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from reader.core.language.interface import SOURCE_LANGUAGE, interface_language, is_right_to_left
from reader.resources import resource_path

_INSTALLED: list[QTranslator] = []
LANGUAGE_PROPERTY = "readerInterfaceLanguage"


def available_languages() -> list[str]:
    """The codes of the compiled interface translations, English (the source) first."""
    try:
        folder = resource_path("translations")
    except FileNotFoundError:
        return [SOURCE_LANGUAGE]
    found = {path.stem.split("_", 1)[1] for path in folder.glob("reader_*.qm")}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value else SOURCE_LANGUAGE


def chosen_language(preference: str) -> str:
    """The language a preference gives on this system ("" follows the system's languages)."""
    return interface_language(preference, QLocale.system().uiLanguages(), available_languages()[1:])


def install_language(app: QCoreApplication, code: str) -> None:
    """Show the interface in `code` (one of available_languages(); others give English)."""
    for translator in _INSTALLED:
        app.removeTranslator(translator)
    _INSTALLED.clear()
    folder = str(resource_path("translations"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English needs only Reader's own file, for its plurals; Qt's strings are English.
    names = [("reader", (folder,))]
    if code != SOURCE_LANGUAGE:  # Reader's own qtbase file first: Qt has none for Urdu
        names.append(("qtbase", (folder, qt_folder)))
    for name, folders in names:
        for place in folders:
            translator = QTranslator(app)
            if translator.load(f"{name}_{code}", place):
                app.installTranslator(translator)
                _INSTALLED.append(translator)
                break
    QLocale.setDefault(QLocale(code))
    app.setProperty(LANGUAGE_PROPERTY, code)
    if hasattr(app, "setApplicationDisplayName"):  # a QGuiApplication, as below
        # Qt adds the display name to a window title that lacks it (X11, Windows): in the
        # reader's language, or an Urdu window would be titled "ریڈر — Reader".
        app.setApplicationDisplayName(QCoreApplication.translate("language", "Reader"))
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication; the command line has none
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(code)
            else Qt.LayoutDirection.LeftToRight
        )
