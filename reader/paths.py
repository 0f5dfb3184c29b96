"""Where Reader keeps what it writes: one data folder, chosen once at start."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

APP_NAME = "Reader"
ORGANIZATION = "Reader"


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


def default_data_dir() -> Path:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".reader"
