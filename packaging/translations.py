"""Reader's translations: regenerate the .ts sources from the code, compile them to .qm.

    python packaging/translations.py update    # pyside6-lupdate: new strings into every .ts
    python packaging/translations.py compile   # pyside6-lrelease: each .ts newer than its .qm

`update` keeps every existing translation; a string whose English changed comes back
marked unfinished (with the old translation as a starting point), a string no longer in
the code is kept as "vanished" for reference, and tests/core/language/test_translations.py
fails until each unfinished string is translated. Only reader_*.ts are regenerated: the
qtbase_*.ts files hold Qt's own strings that Reader shows (standard buttons, the file
dialog, context menus), which Qt ships no Urdu for; they are written by hand.

The compiled .qm files sit beside their sources in resources/translations/ and are never
committed (.gitignore): ./dev.sh, the wheel's build hook (hatch_build.py) and the
PyInstaller spec each run `compile`, which skips files that are up to date.

Only the standard library and PySide6's bundled Qt tools are used, so the wheel's build
hook can import this file.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "reader"


def _qt_tool(name: str) -> Path:
    """The path of one of Qt's tools (lupdate, lrelease) inside the PySide6 wheel."""
    import PySide6  # only the commands need Qt, not importing this file

    folder = Path(PySide6.__file__).resolve().parent
    return folder / (name + (".exe" if sys.platform == "win32" else ""))


def python_sources() -> list[Path]:
    """Every Python file of the app; lupdate reads only the files it is given."""
    return sorted(SOURCES.rglob("*.py"))


def update() -> None:
    """Bring every reader_*.ts up to date with the strings in the code."""
    targets = sorted(TRANSLATIONS.glob("reader_*.ts"))
    if not targets:
        raise SystemExit(f"no reader_*.ts in {TRANSLATIONS}: see the README's Translations")
    files = [str(path.relative_to(ROOT)) for path in python_sources()]
    for target in targets:
        language = target.stem.split("_", 1)[1]
        # No source locations: line numbers would change the .ts on every edit of the code,
        # and every branch's regeneration would then conflict with every other's.
        # English is the source language: its file holds only the plural forms ("%n
        # article(s)" → "1 article", "2 articles").
        only_plurals = ["-pluralonly"] if language == "en" else []
        subprocess.run(
            [
                str(_qt_tool("lupdate")),
                *("-locations", "none", "-target-language", language),
                *only_plurals,
                *files,
                *("-ts", str(target.relative_to(ROOT))),
            ],
            cwd=ROOT,
            check=True,
        )


def compile_all(output: Path = TRANSLATIONS) -> list[Path]:
    """Compile each .ts in resources/translations/ to a .qm in `output` unless the .qm is
    newer; the .qm files, compiled or not. Raises CalledProcessError if lrelease fails."""
    output.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = output / (source.stem + ".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run(
                [str(_qt_tool("lrelease")), "-silent", str(source), "-qm", str(target)],
                check=True,
            )
        compiled.append(target)
    return compiled


def main(arguments: list[str]) -> int:
    if arguments == ["update"]:
        update()
        compile_all()
        return 0
    if arguments == ["compile"]:
        compile_all()
        return 0
    sys.stderr.write("usage: python packaging/translations.py update | compile\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
