"""The command line: `reader [ARTICLE]` opens the window, `reader COMMAND ...` runs a
command without one.

Commands are dispatched by their first word rather than by argparse sub-parsers: the
window's optional ARTICLE would otherwise have to be told apart from a command's name
by argparse, which cannot (`reader export-audio` and an article called `export-audio`).
Each command is a module of this package with `build_parser()` and `run(arguments)`,
imported only when it runs (so the window starts without it), by a plain import statement
that PyInstaller can follow into the frozen app.
"""

from collections.abc import Callable


def _export_audio(arguments: list[str]) -> int:
    from reader.cli import export_audio

    return export_audio.run(arguments)


def _import(arguments: list[str]) -> int:
    from reader.cli import import_files

    return import_files.run(arguments)


def _self_test(arguments: list[str]) -> int:
    from reader.cli import self_test

    return self_test.run(arguments)


def _clear_data(arguments: list[str]) -> int:
    from reader.cli import clear_data

    return clear_data.run(arguments)


# Command name -> what runs it, given the other arguments; answers the exit status.
# "--self-test" is the spelling installers and the README use; "self-test" reads as the
# other commands do.
COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "export-audio": _export_audio,
    "import": _import,
    "self-test": _self_test,
    "--self-test": _self_test,
    "clear-data": _clear_data,
}


def find_command(arguments: list[str]) -> tuple[str, list[str]] | None:
    """The command and its arguments, or None when the window is wanted.

    A command stands first, or after the data folder (`--data-dir DIR` or
    `--data-dir=DIR`), where readers put it for the window too.
    """
    for index, argument in enumerate(arguments[:3]):
        if argument not in COMMANDS:
            continue
        before = arguments[:index]
        data_dir = (len(before) == 2 and before[0] == "--data-dir") or (
            len(before) == 1 and before[0].startswith("--data-dir=")
        )
        if not before or data_dir:
            return argument, before + arguments[index + 1 :]
    return None


def run_command(name: str, arguments: list[str]) -> int:
    """Run the command `name` (a key of COMMANDS); its exit status."""
    return COMMANDS[name](arguments)
