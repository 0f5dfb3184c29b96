"""reader --self-test: check, without a window, that this installation can do its work.

Every installer build runs it, and a trainer can run it on a laptop they prepare. In
order: the bundled articles load; one renders and is laid out; the bundled fonts load;
the speech engine says one sentence; that sentence is written as WAV and encoded as AAC
(.m4a); the store opens, writes and reads back. Everything is written to a temporary
folder that is removed afterwards: the system's, or one inside `--data-dir DIR`, so that a
trainer can check that a USB stick's data folder takes Reader's writes. Each check prints
one line, "ok" or what failed; the exit status is 0 when every check passed and 1
otherwise.
"""

import argparse
import os
import sys
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__
from reader.cli.common import fail

if TYPE_CHECKING:  # imported when the checks run: --help answers at once
    from reader.core.speech.plan import Utterance
    from reader.core.speech.synthesiser import Synthesiser

# The article spoken and laid out: shipped with every installation, and in English,
# which every speech engine Reader uses can speak.
ARTICLE_ID = "how-to-use-reader"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader --self-test",
        description="Check without a window that this installation can read, lay out, "
        "speak and save: prints one line a check, exits 0 when all pass.",
    )
    parser.add_argument(
        "--report",
        metavar="FILE",
        type=Path,
        help="also write the results to FILE (a windowed Windows build has no console)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="write the checks' files in a temporary folder inside DIR (removed afterwards)",
    )
    return parser


def run(arguments: list[str]) -> int:
    """Run every check; 0 when all passed, 1 when any failed, 2 for a usage mistake."""
    args = build_parser().parse_args(arguments)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display is needed, or used
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    from PySide6.QtGui import QGuiApplication

    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    lines = [f"Reader {__version__} self-test ({sys.platform})"]
    parent = args.data_dir.expanduser().resolve() if args.data_dir else None
    try:
        if parent is not None:
            parent.mkdir(parents=True, exist_ok=True)
        workspace = tempfile.TemporaryDirectory(prefix="reader-self-test-", dir=parent)
    except OSError as error:
        return fail(f"cannot write in {parent}: {error.strerror or error}", 1)
    with workspace as folder:
        checks = _Checks(Path(folder))
        failures = 0
        for name, check in checks.in_order():
            try:
                lines.append(f"ok\t{name}: {check()}")
            except Exception as error:  # every failure is reported, and the next check runs
                failures += 1
                lines.append(f"FAILED\t{name}: {type(error).__name__}: {error}")
        checks.close()
    del application
    lines.append("all checks passed" if not failures else f"{failures} checks failed")
    report = "\n".join(lines) + "\n"
    sys.stdout.write(report)
    if args.report is not None:
        try:
            args.report.write_text(report, encoding="utf-8")
        except OSError as error:
            return fail(f"cannot write {args.report}: {error.strerror or error}", 1)
    return 0 if not failures else 1


class _Checks:
    """The checks, each answering a short detail or raising; later ones use earlier
    results (the laid-out article is what is spoken)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._document = None
        self._synthesiser = None
        self._utterance = None  # the sentence the speech check said, which export writes

    def in_order(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("articles", self.articles),
            ("rendering", self.rendering),
            ("fonts", self.fonts),
            ("speech", self.speech),
            ("wav", self.wav),
            ("m4a", self.m4a),
            ("store", self.store),
        ]

    def close(self) -> None:
        if self._synthesiser is not None:
            self._synthesiser.close()

    def articles(self) -> str:
        from reader.core.articles.library import Library
        from reader.resources import bundled_articles_dir

        library = Library([bundled_articles_dir()], cache_path=self.folder / "library.json")
        library.load()
        if library.problems:
            problem = library.problems[0]
            raise RuntimeError(f"{problem.path.name}: {problem.reason}")
        if not library.articles:
            raise RuntimeError("no bundled articles")
        return f"{len(library.articles)} bundled articles"

    def rendering(self) -> str:
        from PySide6.QtGui import QTextDocument

        from reader.core.articles.article import read_article
        from reader.core.articles.rendering import render_article
        from reader.resources import bundled_articles_dir

        rendered = render_article(
            read_article(bundled_articles_dir() / f"{ARTICLE_ID}.md", ARTICLE_ID)
        )
        document = QTextDocument()
        document.setHtml(rendered.html)
        document.setTextWidth(600)
        if document.blockCount() < 10 or document.size().height() <= 0:
            raise RuntimeError("the guide laid out empty")
        self._document = document
        return f"{document.blockCount()} blocks"

    def fonts(self) -> str:
        from reader.ui.display.fonts import BUNDLED_FAMILIES, register_bundled_fonts

        loaded = register_bundled_fonts()
        missing = [family for family in BUNDLED_FAMILIES if family not in loaded]
        if missing:
            raise RuntimeError(f"not loaded: {', '.join(missing)}")
        return ", ".join(loaded)

    def speech(self) -> str:
        from reader.core.speech.audio import SAMPLE_WIDTH
        from reader.core.speech.synthesiser import Synthesiser

        if self._document is None:
            raise RuntimeError("needs the rendering check")
        self._synthesiser = Synthesiser()
        utterance = self._first_utterance(self._synthesiser)
        clip = self._synthesiser.synthesise(utterance.text, utterance.voice_id, 1.0)
        seconds = len(clip.pcm) / SAMPLE_WIDTH / clip.sample_rate
        if seconds < 0.3:
            raise RuntimeError(f"only {seconds:.2f} s of audio for {utterance.text!r}")
        self._utterance = utterance
        return f"{seconds:.1f} s of speech for {utterance.text!r}"

    def wav(self) -> str:
        return self._export(".wav")

    def m4a(self) -> str:
        return self._export(".m4a")

    def store(self) -> str:
        from reader.core.storage.store import Store

        path = self.folder / "reader.sqlite3"
        store = Store(path)
        store.set_state("self-test", "written")
        store.close()
        store = Store(path)
        value = store.state("self-test")
        store.close()
        if value != "written":
            raise RuntimeError(f"read back {value!r}")
        return "written and read back"

    def _first_utterance(self, synthesiser: "Synthesiser") -> "Utterance":
        from reader.core.speech.passages import spoken_article
        from reader.core.speech.plan import VoiceChoice, from_sentence, utterances

        article = spoken_article(self._document, "en")
        choice = VoiceChoice(tuple(synthesiser.voices()), synthesiser.default_voice_id, "")
        spoken = utterances(article, from_sentence(article, 0)[:1], choice)
        if not spoken:
            raise RuntimeError("no voice speaks English")
        return spoken[0]

    def _export(self, suffix: str) -> str:
        from reader.core.speech.export import export_speech

        if self._synthesiser is None or self._utterance is None:
            raise RuntimeError("needs the speech check")
        target = self.folder / f"sentence{suffix}"
        seconds = export_speech([self._utterance], self._synthesiser, 1.0, target, lambda *_: True)
        size = target.stat().st_size
        if suffix == ".wav":
            with wave.open(str(target), "rb") as written:
                seconds = written.getnframes() / written.getframerate()
        if seconds < 0.3 or size < 1000:
            raise RuntimeError(f"{size} bytes, {seconds:.2f} s")
        return f"{size} bytes, {seconds:.1f} s"
