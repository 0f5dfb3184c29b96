"""What the app's start loads: the modules only menus and dialogs use wait until then, and
PySide6's import hook reads module files without keeping their source (reader.app)."""

import subprocess
import sys
import textwrap
from types import ModuleType

from reader import pyside_import_hook
from tests.conftest import run_until_painted

# Loaded when first needed: by the speech engine's voice matching, a mark's approximate
# matching, a formatted note, adding articles or editing their details, the quick exit's
# listener (QtNetwork) when Reader is hidden; OpenSSL's hashes (_hashlib) never.
NOT_AT_START = (
    "langcodes",
    "rapidfuzz",
    "yaml",
    "_hashlib",
    "markdown",
    "PySide6.QtNetwork",
    "reader.core.importing.dispatch",
    "reader.core.importing.editing",
    "reader.ui.importing.worker",
)


def _run(code: str) -> str:
    # A fresh interpreter: this one has loaded the whole test suite's modules.
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return result.stdout.strip()


def test_the_window_modules_leave_the_menus_modules_unloaded():
    loaded = _run(
        f"""
        import sys
        import reader.app
        from reader.ui.main_window import MainWindow
        print(" ".join(name for name in {NOT_AT_START!r} if name in sys.modules))
        """
    )
    assert loaded == ""


def test_the_import_hook_keeps_no_source_of_readers_modules():
    kept = _run(
        """
        import linecache
        import reader.app
        from reader.ui.main_window import MainWindow
        print(sum("/reader/" in name for name in linecache.cache))
        """
    )
    assert kept == "0"


def _module(name: str, path: str | None) -> ModuleType:
    module = ModuleType(name)
    if path is not None:
        module.__file__ = path
    return module


def test_the_light_test_answers_as_pysides_own(tmp_path):
    upstream_answers: list[str] = []

    def upstream(module: ModuleType) -> bool:
        upstream_answers.append(module.__name__)
        return False

    test = pyside_import_hook._light_test(upstream)
    uses = tmp_path / "uses.py"
    uses.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    urdu = tmp_path / "urdu.py"
    urdu.write_text('TITLE = "اردو"  # PySide6 named in a comment\n', encoding="utf-8")
    plain = tmp_path / "plain.py"
    plain.write_text("import json\n", encoding="utf-8")
    assert test(_module("uses", str(uses)))
    assert test(_module("urdu", str(urdu)))
    assert not test(_module("plain", str(plain)))
    assert upstream_answers == []
    # No .py file (built in, compiled only, gone): PySide6's own test answers.
    assert not test(_module("builtin", None))
    assert not test(_module("compiled", str(tmp_path / "compiled.pyc")))
    assert not test(_module("gone", str(tmp_path / "gone.py")))
    assert upstream_answers == ["builtin", "compiled", "gone"]


def test_the_hook_is_replaced_once():
    assert pyside_import_hook.lighten_feature_hook()
    feature = sys.modules[pyside_import_hook.FEATURE_MODULE]
    replaced = feature._mod_uses_pyside
    assert replaced.__module__ == pyside_import_hook.__name__
    assert pyside_import_hook.lighten_feature_hook()
    assert feature._mod_uses_pyside is replaced


# Loaded only after the article's first paint has been handed on (issue 16, goal 1): the
# speech pipeline and the engine's thread, the media session (QtDBus), the log's rotation
# (logging.handlers, with socket and pickle), the player (Qt Multimedia); and only when used:
# a marks file (with uuid), a non-ASCII link's host (idna), stopping a conversion (ctypes),
# hyphenation, off unless chosen (pyphen); and the panels hidden at start.
NOT_BEFORE_THE_FIRST_PAINT = (
    "reader.core.speech.passages",
    "reader.core.speech.plan",
    "reader.core.speech.synthesiser",
    "reader.ui.speech.worker",
    "reader.ui.speech.mpris",
    "PySide6.QtDBus",
    "PySide6.QtMultimedia",
    "logging.handlers",
    "socket",
    "reader.core.marks.transfer",
    "uuid",
    "idna",
    "ctypes",
    "pyphen",
    "reader.ui.reading.toc_panel",
    "reader.ui.marks.bookmarks_panel",
    "reader.ui.marks.notes_panel",
)


def test_the_first_paint_comes_before_what_the_first_screen_does_not_use(tmp_path):
    # The article view's first paint, as the start-up benchmark times it: what the process
    # has loaded by then is written down, and it quits.
    loaded = tmp_path / "loaded.txt"
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from reader.ui.widgets import first_paint

        painted = first_paint.FirstPaintProbe._painted

        def note_modules(probe):
            Path({str(loaded)!r}).write_text(" ".join(sys.modules), encoding="utf-8")
            painted(probe)

        first_paint.FirstPaintProbe._painted = note_modules
        import reader.app
        sys.exit(reader.app.main(["how-to-use-reader", "--data-dir", sys.argv[1]]))
        """
    )
    # Twice, as the benchmark does: a first start renders the article while its window
    # waits (and paints), the next shows the cached rendering, as every later start does.
    for _ in range(2):
        result = run_until_painted(script, tmp_path / "data", tmp_path / "painted.txt")
        assert result.returncode == 0, result.stderr
    modules = set(loaded.read_text(encoding="utf-8").split())
    assert "reader.ui.speech.read_aloud" in modules  # the bar's controller: on the screen
    assert [name for name in NOT_BEFORE_THE_FIRST_PAINT if name in modules] == []
