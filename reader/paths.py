"""Where Reader keeps what it writes: one data folder, chosen once at start.

An installed Reader can be made portable (for a USB stick): a file named `portable.txt`
beside its program file makes it keep everything it writes in `ReaderData/` beside it,
and an `articles/` folder beside it adds an NGO's own articles to the library.
"""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from reader.resources import bundled_articles_dir

APP_NAME = "Reader"
ORGANIZATION = "Reader"
# The reverse-DNS application id: the .desktop file's and AppStream component's name,
# Wayland's app id, and the icon's name.
APP_ID = "org.parhna.Reader"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA_FOLDER = "ReaderData"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def articles(self) -> Path:
        """Where an NGO or a reader adds articles of their own."""
        return self.root / "articles"

    @property
    def library_cache(self) -> Path:
        return self.root / "cache" / "library.json"

    @property
    def render_cache(self) -> Path:
        return self.root / "cache" / "rendered"

    @property
    def store(self) -> Path:
        return self.root / "reader.sqlite3"

    @property
    def preferences(self) -> Path:
        return self.root / "preferences.json"

    @property
    def window_settings(self) -> Path:
        return self.root / "window.ini"

    @property
    def logs(self) -> Path:
        """The log file and crash reports (see reader.diagnostics)."""
        return self.root / "logs"

    @property
    def system_caches(self) -> Path:
        """Where, in portable mode, the libraries under Reader (fontconfig, Qt) keep caches."""
        return self.root / "cache" / "system"


def installation_dir() -> Path | None:
    """The folder that holds an installed (frozen) Reader's program file, or None when
    Reader runs from source or a wheel. On macOS, the folder that holds Reader.app."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    if folder.name == "MacOS" and folder.parent.name == "Contents":
        return folder.parent.parent.parent
    return folder


def portable_data_dir(installation: Path | None) -> Path | None:
    """The portable data folder when `installation` holds the marker file, else None."""
    if installation is not None and (installation / PORTABLE_MARKER).is_file():
        return installation / PORTABLE_DATA_FOLDER
    return None


def default_data_dir(installation: Path | None = None) -> Path:
    """The data folder: the portable one beside an installation that asks for it, or the
    platform's application data location (~/.local/share/Reader/Reader on Linux)."""
    portable = portable_data_dir(installation or installation_dir())
    if portable is not None:
        return portable
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".reader"


def article_folders(paths: DataPaths, installation: Path | None = None) -> list[Path]:
    """The library's folders, in order: the bundled articles, an `articles/` folder beside
    the installation (an NGO's, on a USB stick or a shared machine), the reader's own."""
    folders = [bundled_articles_dir()]
    installation = installation or installation_dir()
    if installation is not None and (installation / "articles").is_dir():
        folders.append(installation / "articles")
    folders.append(paths.articles)
    return folders


def keep_system_caches_inside(paths: DataPaths) -> None:
    """In portable mode, point the XDG cache and state folders that fontconfig, Qt and
    Mesa write to into the data folder, so that nothing is written outside the stick.
    Must run before QApplication exists. Does nothing on Windows and macOS, where those
    libraries do not write there."""
    if not sys.platform.startswith("linux"):
        return
    for variable, folder in (
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
    ):
        os.environ[variable] = str(paths.system_caches / folder)
