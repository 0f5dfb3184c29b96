"""`reader clear-data`: remove, after asking plainly, what Reader keeps about a reader's
reading (reader.core.safety.clearing), and say what was removed."""

import argparse
import sys
from pathlib import Path
from typing import TextIO

from reader.cli.common import terminal_safe
from reader.core.safety.clearing import DataKind, clear_data, kind_label
from reader.paths import DataPaths, default_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader clear-data",
        description="Remove what Reader keeps about your reading from its data folder. "
        "Choose one or more kinds, or --all. Your articles are never touched.",
    )
    for kind in DataKind:
        parser.add_argument(f"--{kind.value}", action="store_true", help=kind_label(kind))
    parser.add_argument("--all", action="store_true", help="every kind above")
    parser.add_argument("--yes", action="store_true", help="do not ask before removing")
    parser.add_argument("--data-dir", metavar="DIR", type=Path, help="Reader's data folder")
    return parser


def run(arguments: list[str], stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run `reader clear-data ARGUMENTS`; 0 when done, 1 when something could not be
    removed or the reader said no, 2 for a usage mistake."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    parser = build_parser()
    args = parser.parse_args(arguments)
    kinds = set(DataKind) if args.all else {kind for kind in DataKind if getattr(args, kind.value)}
    if not kinds:
        parser.error("choose what to remove (e.g. --marks, or --all)")
    paths = DataPaths(args.data_dir.expanduser().resolve() if args.data_dir else default_data_dir())
    chosen = "".join(f"  - {kind_label(kind)}\n" for kind in DataKind if kind in kinds)
    stdout.write(f"This removes from {terminal_safe(str(paths.root))}:\n{chosen}")
    if not args.yes:
        stdout.write("It cannot be undone. Remove them? [y/N] ")
        stdout.flush()
        if stdin.readline().strip().lower() not in ("y", "yes"):
            stdout.write("Nothing was removed.\n")
            return 1
    report = clear_data(paths, kinds)
    stdout.write(terminal_safe(report.summary(), keep_newlines=True) + "\n")
    return 1 if report.problems else 0
