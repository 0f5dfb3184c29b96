"""Checks on Qt Linguist .ts files: every string translated, placeholders kept.

A .ts file is Qt's XML format for translations (https://doc.qt.io/qt-6/linguist-ts-file-
format.html): <context><name/><message numerus="yes"?><source/><translation type=?>,
where a plural message has one <numerusform> per plural form of the language (Urdu: 2).
Messages of type "vanished" or "obsolete" are no longer in the code and are ignored.
"""

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# Qt's %1…%99 (optionally %L1) and %n, and Python's {name} / {name:.1f} fields.
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{[A-Za-z_][A-Za-z0-9_]*(?::[^{}]*)?\}")
GONE = frozenset({"vanished", "obsolete"})


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool
    plural: bool


def messages(path: Path) -> list[Message]:
    """The live messages of a .ts file; raises OSError or xml.etree's ParseError."""
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in GONE:
                continue
            plural = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif plural:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            found.append(
                Message(name, message.findtext("source") or "", texts, kind == "unfinished", plural)
            )
    return found


def placeholders(text: str) -> Counter:
    """The placeholders in `text` with how often each occurs; a field's format spec counts
    ("{size:.1f}" must stay "{size:.1f}")."""
    return Counter(PLACEHOLDER.findall(text))


def problems(message: Message, plural_forms: int) -> list[str]:
    """What is wrong with one message's translation, in English for the developer; [] if
    nothing. `plural_forms` is how many forms the language has (Qt's numerus rules)."""
    where = f"{message.context}: {message.source!r}"
    if message.unfinished:
        return [f"{where} is not translated (or marked unfinished)"]
    found = []
    expected = plural_forms if message.plural else 1
    if len(message.translations) != expected or not all(message.translations):
        found.append(f"{where} needs {expected} translation(s), has {message.translations!r}")
    wanted = placeholders(message.source)
    for text in message.translations:
        got = placeholders(text)
        # A plural form may leave out %n ("one article" written as a word).
        if message.plural:
            got["%n"], wanted["%n"] = 0, 0
        if +got != +wanted:
            found.append(f"{where}: placeholders {dict(+got)} in {text!r}, want {dict(+wanted)}")
    return found
