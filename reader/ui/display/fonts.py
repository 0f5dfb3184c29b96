"""The fonts Reader ships: registered with Qt so they work whatever the system has.

Every .ttf and .otf file under resources/fonts/ (one folder per family, its licence
beside it; see resources/fonts/README.md) is added to Qt's application font
database. A file that cannot be loaded is skipped with a warning.
"""

import warnings
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication

from reader.resources import resource_path

SANS_FAMILY = "Noto Sans"
SERIF_FAMILY = "Noto Serif"
DYSLEXIC_FAMILY = "OpenDyslexic"
URDU_FAMILY = "Noto Nastaliq Urdu"
# The Urdu interface's face (Nastaliq is too tall for menus); also offered for articles.
NASKH_FAMILY = "Noto Naskh Arabic"
# The family names as Qt reports them once loaded: sans, serif, dyslexic, nastaliq, naskh.
BUNDLED_FAMILIES = (SANS_FAMILY, SERIF_FAMILY, DYSLEXIC_FAMILY, URDU_FAMILY, NASKH_FAMILY)

FONT_SUFFIXES = (".ttf", ".otf")


def bundled_font_files() -> list[Path]:
    """Every font file under resources/fonts/, in a stable order."""
    folder = resource_path("fonts")
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and path.suffix.lower() in FONT_SUFFIXES
    )


def register_font_files(paths: Iterable[Path]) -> list[str]:
    """Add font files to Qt's application fonts; the families they brought, in order.

    A file Qt cannot load is skipped with a RuntimeWarning.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("fonts can only be registered once a QGuiApplication exists")
    families: list[str] = []
    for path in paths:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            warnings.warn(f"could not load the font {path}; skipped", RuntimeWarning, stacklevel=2)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def register_bundled_fonts() -> list[str]:
    """Load every bundled font into Qt (needs a QGuiApplication); the families registered.

    Call once, after the application object is created. A missing fonts folder or a
    damaged file is reported with a RuntimeWarning, and Reader carries on with the
    system's fonts.
    """
    try:
        paths = bundled_font_files()
    except FileNotFoundError as error:
        warnings.warn(f"no bundled fonts: {error}", RuntimeWarning, stacklevel=2)
        return []
    return register_font_files(paths)
