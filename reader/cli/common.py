"""The command line: reader [ARTICLE] [--list] [--data-dir DIR] [--version]."""

import argparse
import sys
import unicodedata
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
    "import": "add web pages, Word, EPUB, PDF and text files to the library as articles",
    "self-test": "check without a window that this installation works (also --self-test)",
    "clear-data": "remove reading positions, marks, history, caches, the log or preferences",
}


def build_parser() -> argparse.ArgumentParser:
    """The window's arguments; its help lists the commands too."""
    commands = "\n".join(f"  {name:<14}{summary}" for name, summary in COMMAND_SUMMARIES.items())
    parser = argparse.ArgumentParser(
        prog="reader",
        usage="%(prog)s [ARTICLE] [--list] [--data-dir DIR] [--language CODE] [--private]\n"
        "       %(prog)s COMMAND [--help]",
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
    parser.add_argument(
        "--language",
        metavar="CODE",
        default="",
        help="the interface language for this run: ur (اردو) or en; the default is the one "
        "chosen in Display Preferences, else the system's",
    )
    parser.add_argument(
        "--private",
        action="store_true",
        help="private mode for this session: nothing written reveals what was read",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


# The bidirectional formatting characters (Unicode UAX #9, "Explicit Directional
# Embeddings/Overrides/Isolates" and the marks): in a terminal they reorder the text after
# them, so that what is shown differs from what is there.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def terminal_safe(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with each character a terminal would act on, rather than show, written as
    a visible Python-style escape (ESC as `\\x1b`, U+202E as `\\u202e`).

    Escaped: control characters (Unicode category Cc: C0, DEL and C1, including ESC,
    which starts the terminal's escape sequences, and tab and newline, which would split
    the tab-separated records), line and paragraph separators (Zl, Zp), bidirectional
    controls (BIDI_CONTROLS) and lone surrogates (Cs: an undecodable file name, which
    would make writing to a UTF-8 stream raise). Newlines stay if `keep_newlines`.
    Everything else, Urdu and the joiners it needs included, is left as it is.
    """
    return "".join(
        character
        if (keep_newlines and character == "\n") or not _acts_in_terminal(character)
        else _escaped(character)
        for character in text
    )


def _acts_in_terminal(character: str) -> bool:
    return character in BIDI_CONTROLS or unicodedata.category(character) in {
        "Cc",
        "Zl",
        "Zp",
        "Cs",
    }


def _escaped(character: str) -> str:
    code = ord(character)
    named = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}.get(character)
    if named:
        return named
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def print_library(library: Library, out: TextIO | None = None) -> None:
    """One line for each article (id, language, title) and each problem, tab-separated,
    every field passed through terminal_safe: titles and file names are the articles'."""
    out = out or sys.stdout
    for meta in library.articles:
        fields = (meta.id, meta.language, meta.title)
        out.write("\t".join(terminal_safe(field) for field in fields) + "\n")
    for problem in library.problems:
        out.write(f"!\tproblem\t{terminal_safe(f'{problem.path}: {problem.reason}')}\n")


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
    """Write `message` to stderr (terminal_safe: it may quote a file) and answer `status`."""
    sys.stderr.write(f"reader: {terminal_safe(message, keep_newlines=True)}\n")
    return status
