"""The command line: reader [ARTICLE] [--list] [--data-dir DIR] [--version]."""

import argparse
import sys
from pathlib import Path
from typing import TextIO

from reader import __version__
from reader.core.articles.article import ArticleError, ArticleMeta, read_article
from reader.core.articles.library import Library
from reader.core.storage.files import typed_path


class UsageError(Exception):
    """A mistake on the command line; str() is the message, without a traceback."""

    exit_status = 2


# What `reader --help` says of each command of reader.cli.COMMANDS.
COMMAND_SUMMARIES = {
    "export-audio": "save an article as spoken audio (.wav, or .m4a for phones)",
    "self-test": "check without a window that this installation works (also --self-test)",
}


def build_parser() -> argparse.ArgumentParser:
    """The window's arguments; its help lists the commands too."""
    commands = "\n".join(f"  {name:<14}{summary}" for name, summary in COMMAND_SUMMARIES.items())
    parser = argparse.ArgumentParser(
        prog="reader",
        usage="%(prog)s [ARTICLE] [--list] [--data-dir DIR]\n       %(prog)s COMMAND [--help]",
        description="Reader: an accessible offline reading app. Opens the bundled articles and "
        "those in the articles folder of the data location.",
        epilog=f"commands (each has its own --help):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "article",
        nargs="?",
        metavar="ARTICLE",
        help="an article id (see --list) or the path of a Markdown file",
    )
    parser.add_argument(
        "--list",
        action="store_true",
        help="print the library (id, language, title; problems marked) and exit",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", type=Path, help="keep every file Reader writes under DIR"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def print_library(library: Library, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    for meta in library.articles:
        out.write(f"{meta.id}\t{meta.language}\t{meta.title}\n")
    for problem in library.problems:
        out.write(f"!\tproblem\t{problem.path}: {problem.reason}\n")


def resolve_article(library: Library, argument: str) -> ArticleMeta:
    """The library entry or file named on the command line, checked before any window opens."""
    meta = library.find(argument)
    if meta is not None:
        return meta
    path = typed_path(argument)
    if not path.exists():
        raise UsageError(
            f"no article '{argument}' in the library and no such file; try 'reader --list'"
        )
    if path.is_dir():
        raise UsageError(f"'{argument}' is a folder; give a Markdown file or an article id")
    try:
        return read_article(path, str(path.resolve())).meta
    except ArticleError as error:
        raise UsageError(f"cannot open {path}: {error.reason}") from error


def fail(message: str, status: int) -> int:
    sys.stderr.write(f"reader: {message}\n")
    return status
