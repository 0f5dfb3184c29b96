"""reader import FILE...: web pages, Word documents, EPUB books, PDF and text files
become articles in the reader's articles folder (or --to DIR), without a window.

One line on stdout for each article added (its file, language and title), one on stderr
for each file skipped, with the reason; the exit status is 1 when any file was skipped.
"""

import argparse
from pathlib import Path

from reader.cli.common import fail, terminal_safe
from reader.core.articles.library import Library
from reader.core.importing.dispatch import ImportOptions, import_file
from reader.core.storage.files import typed_path
from reader.paths import DataPaths, article_folders, default_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader import",
        description="Add web pages (.html, .htm, .mhtml), Word documents (.docx), EPUB books, "
        "PDF and text files (.txt) to the library as articles. Nothing in the library is "
        "changed; a name already taken gets a new one.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="the files to import")
    parser.add_argument(
        "--language",
        metavar="TAG",
        default="",
        help="the files' language as a tag such as en or ur (default: found from the text)",
    )
    parser.add_argument("--title", metavar="T", default="", help="the title (default: found)")
    parser.add_argument(
        "--content-note",
        metavar="TEXT",
        default="",
        help="a note said before the article opens (such as what hard subjects it covers)",
    )
    parser.add_argument(
        "--to", metavar="DIR", type=Path, help="the folder to write to (default: your articles)"
    )
    parser.add_argument("--data-dir", metavar="DIR", type=Path, help="Reader's data folder")
    return parser


def run(arguments: list[str]) -> int:
    """Run `reader import ARGUMENTS`; the exit status (0, 1 when a file was skipped, 2 for
    usage)."""
    import sys

    args = build_parser().parse_args(arguments)
    if args.title and len(args.files) > 1:
        return fail("--title names one article; give one FILE with it", 2)
    paths = DataPaths(args.data_dir.expanduser().resolve() if args.data_dir else default_data_dir())
    library = Library(article_folders(paths), cache_path=paths.library_cache)
    library.load()
    folder = typed_path(str(args.to)).expanduser() if args.to else paths.articles
    options = ImportOptions(args.language, args.title, args.content_note)
    taken = {meta.id for meta in library.articles}
    skipped = 0
    for name in args.files:
        outcome = import_file(typed_path(name), folder, options, taken)
        if outcome.article is None:
            skipped += 1
            fail(f"{name}: {outcome.reason}", 1)
            continue
        taken.add(outcome.article.stem)
        fields = (str(outcome.article), outcome.language, outcome.title)
        sys.stdout.write("\t".join(terminal_safe(field) for field in fields) + "\n")
        notes = list(outcome.notes)
        if outcome.guessed_language:
            notes.append(
                f"the language {outcome.language} was found from the text; "
                "give --language to set another"
            )
        for note in notes:
            sys.stderr.write(f"reader: {terminal_safe(name)}: {terminal_safe(note)}\n")
    return 1 if skipped else 0
