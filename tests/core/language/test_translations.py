"""The translation files: complete, placeholders kept, and up to date with the code.

When one of these fails after new strings were added: ./dev.sh translations, then translate
the strings it marks unfinished (README, "Translations").
"""

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader.core.language.translation_files import Message, messages, placeholders, problems

REPO = Path(__file__).resolve().parents[3]
FOLDER = REPO / "resources" / "translations"
# Qt's plural rules (qtbase/src/corelib/kernel/qtranslator.cpp numerus tables): English and
# Urdu have two forms, "one" and "other".
PLURAL_FORMS = {"en": 2, "ur": 2}
# Texts that are the same in Urdu as in English: only symbols, placeholders, codes and
# file patterns. Every word has an Urdu translation, "Reader" (ریڈر) included.
SAME_IN_EVERY_LANGUAGE = re.compile(r"^[\W\d_]*$|^%1 (KB|MB)$")
TS_FILES = sorted(FOLDER.glob("*.ts"))


def language_of(path: Path) -> str:
    return ET.parse(path).getroot().get("language", "")


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_every_string_is_translated_with_its_placeholders(path):
    language = language_of(path)
    assert language == path.stem.split("_", 1)[1]
    found = [
        problem
        for message in messages(path)
        for problem in problems(message, PLURAL_FORMS[language])
    ]
    assert found == []


@pytest.mark.parametrize(
    "path", [path for path in TS_FILES if language_of(path) != "en"], ids=lambda path: path.name
)
def test_no_translation_is_the_english_left_in(path):
    same = [
        (message.context, message.source)
        for message in messages(path)
        if message.source in message.translations
        and not SAME_IN_EVERY_LANGUAGE.match(message.source)
    ]
    assert same == []


@pytest.mark.parametrize(
    "path", [path for path in TS_FILES if language_of(path) != "en"], ids=lambda path: path.name
)
def test_keyboard_mnemonics_stay_on_the_same_keys(path):
    """Alt+F opens the File menu in Urdu too: a translation keeps the source's mnemonic
    letter, as "(&F)" after the Urdu text."""
    moved = []
    for message in messages(path):
        key = re.search(r"&([^&\s])", message.source)
        for text in message.translations:
            if key and f"&{key.group(1).upper()}" not in text.upper():
                moved.append((message.source, text))
    assert moved == []


def test_the_translation_sources_are_up_to_date_with_the_code(tmp_path):
    """lupdate on a copy finds no string in the code that reader_*.ts lacks."""
    copies = tmp_path / "resources" / "translations"
    shutil.copytree(FOLDER, copies, ignore=shutil.ignore_patterns("*.qm"))
    shutil.copytree(
        REPO / "reader", tmp_path / "reader", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(REPO / "packaging", tmp_path / "packaging")
    subprocess.run(
        [sys.executable, str(tmp_path / "packaging" / "translations.py"), "update"],
        check=True,
        capture_output=True,
    )
    for copy in sorted(copies.glob("reader_*.ts")):
        language = language_of(copy)
        untranslated = [
            problem
            for message in messages(copy)
            for problem in problems(message, PLURAL_FORMS[language])
        ]
        assert untranslated == [], f"{copy.name}: run ./dev.sh translations and translate"


# The checks themselves, on hand-made messages in more than one script.


def message(source, *translations, unfinished=False, plural=False):
    return Message("ctx", source, translations, unfinished, plural)


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("Opened {title}.", "{title} کھل گیا۔"),
        ("Cannot open {name}: {reason}", "{name} نہیں کھل سکتا: {reason}"),
        ("File %1 of %2", "%2 میں سے فائل %1"),
        ("the file is too large ({size:.1f} MB).", "فائل بہت بڑی ہے ({size:.1f} MB)۔"),
        ("Opened {title}.", "Ouvert : {title}."),
    ],
)
def test_placeholders_kept_in_any_order_pass(source, translation):
    assert problems(message(source, translation), 2) == []


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("Opened {title}.", "کھل گیا۔"),  # dropped
        ("Opened {title}.", "{عنوان} کھل گیا۔"),  # translated inside the braces
        ("Cannot open {name}: {reason}", "{name} نہیں کھل سکتا: {name}"),  # one twice
        ("File %1 of %2", "%1 میں سے فائل %3"),
        ("the file is too large ({size:.1f} MB).", "فائل بہت بڑی ہے ({size} MB)۔"),
        ("Opened {title}.", "Ouvert : {titre}."),
    ],
)
def test_placeholders_changed_are_problems(source, translation):
    assert len(problems(message(source, translation), 2)) == 1


def test_unfinished_empty_and_wrong_plural_counts_are_problems():
    assert problems(message("Note saved.", "", unfinished=True), 2)
    assert problems(message("Note saved.", ""), 2)
    assert problems(message("%n match(es)", "%n نتیجہ", plural=True), 2)  # one form of two
    assert problems(message("%n match(es)", "%n نتیجہ", "%n نتائج", plural=True), 2) == []
    # A form may write the number as a word, as English "one match" might.
    assert problems(message("%n match(es)", "ایک نتیجہ", "%n نتائج", plural=True), 2) == []


def test_placeholders_counts_each_kind():
    assert placeholders("{a} %1 %n %L2 {b:>3} {a}") == {
        "{a}": 2,
        "%1": 1,
        "%n": 1,
        "%L2": 1,
        "{b:>3}": 1,
    }


def translatable_calls() -> list[tuple[str, str, bool, str]]:
    """(context, source, plural, where) of every tr(), translate() and QT_TRANSLATE_NOOP()
    call in the code whose text is written out, found with Python's own parser."""
    found = []
    for path in sorted((REPO / "reader").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and _name(call.func) == "tr" and call.args:
                    text = _text(call.args[0])
                    if text is not None:
                        plural = len(call.args) >= 3
                        found.append((node.name, text, plural, f"{path.name}:{call.lineno}"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or len(call.args) < 2:
                continue
            if _name(call.func) in ("translate", "QT_TRANSLATE_NOOP"):
                context, text = _text(call.args[0]), _text(call.args[1])
                if context is not None and text is not None:
                    plural = len(call.args) >= 4
                    found.append((context, text, plural, f"{path.name}:{call.lineno}"))
    return found


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_every_string_in_the_code_reached_the_translation_file():
    # lupdate (PySide6 6.11) silently skips a call whose count is an expression with
    # parentheses (len(items)), and marks no plural in translate() calls, only in tr():
    # those strings would stay English, or have one form for every count.
    ts = {(m.context, m.source): m for m in messages(FOLDER / "reader_ur.ts")}
    missing = [
        f"{where}: {text!r}"
        for context, text, _plural, where in translatable_calls()
        if (context, text) not in ts
    ]
    assert missing == []
    not_plural = [
        f"{where}: {text!r}"
        for context, text, plural, where in translatable_calls()
        if plural and not ts[(context, text)].plural
    ]
    assert not_plural == []
