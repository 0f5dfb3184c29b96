"""Shared test setup: widgets run offscreen, every test gets its own data folder."""

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Before any QApplication exists: widgets render offscreen, fast and without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reader.paths import DataPaths
from reader.ui.display.fonts import register_bundled_fonts
from reader.ui.display.language import install_language
from reader.ui.widgets.collector import GuiThreadCollector
from reader.ui.widgets.first_paint import FIRST_PAINT_REPORT
from tests.support.sound import SoundServer

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_ARTICLES = REPO_ROOT / "articles"

WriteArticle = Callable[..., Path]


def run_until_painted(
    script: str, data_dir: Path, report: Path, **environment: str
) -> subprocess.CompletedProcess[str]:
    """`script` (Python that starts Reader on the data folder given as its first argument)
    in a process of its own, offscreen, quitting once the article is painted (the first
    paint's report is written to `report`); `environment` added to this one's."""
    return subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        cwd=REPO_ROOT,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            FIRST_PAINT_REPORT: str(report),
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="session", autouse=True)
def sound_server() -> Iterator[SoundServer]:
    """A real sound server with a silent sink for every test, this run's own: read-aloud
    plays into it, and a test can record what came out."""
    server = SoundServer()
    os.environ["PULSE_SERVER"] = server.address  # before Qt Multimedia first looks
    yield server
    server.close()


@pytest.fixture(scope="session", autouse=True)
def bundled_fonts(qapp) -> list[str]:
    """Reader's own fonts, registered as the app does: once the application exists and
    before any text is laid out.

    Registered after Qt has listed the system's fonts, they come after them: Debian's Noto
    Nastaliq Urdu Bold, which claims weight 400, then wins for normal Urdu text (the
    import tests' PDF maker lays text out first; tests/ui/display/test_fonts.py failed
    after them)."""
    return register_bundled_fonts()


@pytest.fixture(scope="session", autouse=True)
def interface_language(qapp, bundled_fonts) -> str:
    """The interface in English, as the app starts on an English system: the .qm files are
    compiled first (as ./dev.sh does), and English's own file gives its plural forms."""
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "packaging" / "translations.py"), "compile"], check=True
    )
    install_language(qapp, "en")
    return "en"


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp) -> GuiThreadCollector:
    """As in the app: Python's cycle collector runs on the GUI thread only, never on a
    worker thread where it would destroy the GUI thread's Qt objects."""
    return GuiThreadCollector(qapp)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.articles.mkdir(parents=True)
    return paths


def article_text(title: str = "A test article", body: str = "Some text.", **fields: str) -> str:
    front = {"title": title, "language": "en", **fields}
    lines = "\n".join(f"{key}: {value}" for key, value in front.items())
    return f"---\n{lines}\n---\n\n{textwrap.dedent(body).strip()}\n"


@pytest.fixture
def write_article(data_paths: DataPaths) -> WriteArticle:
    """Write an article into the user's articles folder; returns its path."""

    def write(
        name: str, title: str = "A test article", body: str = "Some text.", **fields: str
    ) -> Path:
        path = data_paths.articles / name
        path.write_text(article_text(title, body, **fields), encoding="utf-8")
        return path

    return write
