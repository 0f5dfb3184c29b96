"""Importing 200 files of mixed formats (40 each of saved web pages, .docx, EPUB, PDF and
text files, made by tests/support/documents.py), with the time per file by format.

Each file goes through reader.core.importing.dispatch.import_file as `reader import` and
Add Articles run it: detection, the format's library, Markdown, language, front matter, a
unique name, the atomic write, and reading the article back. The floor, per format, is
the library alone on the same files in the same run: trafilatura.extract (web pages),
mammoth.convert_to_html (.docx), ebooklib's read_epub (EPUB), pdfminer's extract_text
(PDF) and charset-normalizer's from_bytes (text); the ratio is Reader's whole import over
that. The issue sets no goal; the ratios show what Reader adds to its libraries.
"""

import statistics
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from reader.core.importing.dispatch import ImportOptions, import_file
from tests.bench.common import Row, qt_application, seconds
from tests.support import documents

FILES_PER_FORMAT = 40


def _make_files(folder: Path) -> dict[str, list[Path]]:
    """FILES_PER_FORMAT files of each format, each in a folder of its own (a saved page's
    images sit beside it)."""
    files: dict[str, list[Path]] = {name: [] for name in ("html", "docx", "epub", "pdf", "txt")}
    seed = Path(__file__).parents[2] / "articles" / "metoo-pakistan-marginalised.md"
    text = seed.read_text(encoding="utf-8")
    for number in range(FILES_PER_FORMAT):
        place = folder / f"{number:03d}"
        place.mkdir(parents=True)
        files["html"].append(documents.web_page(place))
        files["docx"].append(documents.word_document(place))
        files["epub"].append(documents.epub_book(place))
        files["pdf"].append(documents.text_pdf(place))
        note = place / "note.txt"
        encoding = "utf-16" if number % 2 else "utf-8"
        source = documents.URDU_TEXT if number % 2 else text
        note.write_bytes(source.encode(encoding))
        files["txt"].append(note)
    return files


def _floors() -> dict[str, Callable[[Path], object]]:
    import mammoth
    import trafilatura
    from charset_normalizer import from_bytes
    from ebooklib import epub
    from pdfminer.high_level import extract_text

    def read_epub(path: Path) -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return epub.read_epub(str(path), options={"ignore_ncx": True})

    def convert_docx(path: Path) -> object:
        with path.open("rb") as stream:
            return mammoth.convert_to_html(stream)

    return {
        "html": lambda path: trafilatura.extract(path.read_text(encoding="utf-8")),
        "docx": convert_docx,
        "epub": read_epub,
        "pdf": lambda path: extract_text(str(path)),
        "txt": lambda path: from_bytes(path.read_bytes()).best(),
    }


def _per_file(action: Callable[[Path], object], paths: list[Path]) -> list[float]:
    times = []
    for path in paths:
        start = time.perf_counter()
        action(path)
        times.append(time.perf_counter() - start)
    return times


def run() -> list[Row]:
    qt_application()  # the PDFs are drawn with QPdfWriter
    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        files = _make_files(root / "sources")
        floors = _floors()
        for name, paths in files.items():  # first calls load the libraries: not timed
            floors[name](paths[0])
            import_file(paths[0], root / "warm", ImportOptions())
        out = root / "articles"
        total_reader = total_floor = 0.0
        print(f"Importing {sum(map(len, files.values()))} files, per file by format:")
        for name, paths in files.items():
            floor = _per_file(floors[name], paths)
            outcomes = []

            def imported(path: Path, outcomes: list = outcomes) -> None:
                outcomes.append(import_file(path, out, ImportOptions()))

            reader = _per_file(imported, paths)
            failed = [outcome.reason for outcome in outcomes if outcome.article is None]
            if failed:
                raise SystemExit(f"bench_import: {name} files failed: {failed[:2]}")
            total_reader += sum(reader)
            total_floor += sum(floor)
            median, floor_median = statistics.median(reader), statistics.median(floor)
            print(
                f"  {name:<5} median {seconds(median)}, mean {seconds(statistics.mean(reader))}"
                f" (library alone: median {seconds(floor_median)})"
            )
            rows.append(
                Row(
                    f"import .{name} (median per file)",
                    seconds(median),
                    f"{seconds(floor_median)} library alone",
                    median / floor_median,
                    None,
                )
            )
        rows.append(
            Row(
                "import 200 mixed files (total)",
                seconds(total_reader),
                f"{seconds(total_floor)} libraries alone",
                total_reader / total_floor,
                None,
            )
        )
    return rows


if __name__ == "__main__":
    from tests.bench.common import print_table

    print_table(run())
