"""Which script a stretch of text is written in: text in another language that nobody
marked (an Urdu sentence in an English article) is found by its letters.

Scripts are ISO 15924 codes ("Latn", "Arab", "Deva") from the Unicode Character
Database, through fontTools. Digits, spaces, punctuation and combining marks belong to
no script ("Common" and "Inherited"): they go with the letters around them.
"""

import re
from collections.abc import Callable
from functools import lru_cache

_NO_SCRIPT = frozenset({"Zyyy", "Zinh", "Zzzz"})  # Common, Inherited, Unknown


@lru_cache(maxsize=8192)
def character_script(character: str) -> str | None:
    """The script of one character ("ب" -> "Arab"), None for digits, spaces, punctuation
    and marks shared by several scripts."""
    from fontTools import unicodedata as unicode_data  # when first needed: see tags

    script = unicode_data.script(character)
    return None if script in _NO_SCRIPT else script


def _ranges(starts: list[int], values: list, wanted: "Callable[[object], bool]") -> str:
    """A regular-expression class body for the code points whose value is wanted, from
    one of fontTools' tables (range starts and the value of each range)."""
    ends = [*starts[1:], 0x110000]
    return "".join(
        f"{re.escape(chr(start))}-{re.escape(chr(end - 1))}"
        for start, end, value in zip(starts, ends, values, strict=True)
        if wanted(value)
    )


@lru_cache(maxsize=64)
def _run_pattern(script: str) -> re.Pattern[str]:
    """Stretches of one script: from a letter of it to the last one before a letter of
    another script, with the spaces, digits, punctuation and marks between (anything that
    is not a letter: `[\\W\\d_]`), and the script's own punctuation right after."""
    from fontTools.unicodedata import ScriptExtensions, Scripts

    own = _ranges(Scripts.RANGES, Scripts.VALUES, lambda value: value == script)
    after = _ranges(
        ScriptExtensions.RANGES,
        ScriptExtensions.VALUES,
        lambda value: value is not None and script in value,
    )
    trailing = f"[{after}]*" if after else ""
    return re.compile(f"[{own}](?:[{own}\\W\\d_]*[{own}])?{trailing}")


def script_runs(text: str, script: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch of `text` in `script`, as foreign_runs finds them."""
    return [match.span() for match in _run_pattern(script).finditer(text)]


def foreign_runs(
    text: str, readable: Callable[[str], bool], *, by_majority: bool = True
) -> list[tuple[int, int, str]]:
    """(start, end, script) for each stretch of `text` in a script that `readable` says no
    (indices into `text`); [] when every letter is readable.

    With `by_majority`, when most of the letters are in one such script, the whole text is
    that script's (an Urdu sentence with "Google" in it is Urdu, for a voice). Otherwise
    each stretch runs from the first to the last letter of the script, with the spaces,
    digits and marks between them and the script's own punctuation right after (a few
    Urdu words in English).
    """
    scripts = {character: character_script(character) for character in set(text)}
    unreadable = {script for script in scripts.values() if script and not readable(script)}
    if not unreadable:
        return []
    if by_majority:
        counts: dict[str, int] = {}
        for character, script in scripts.items():
            if script:
                counts[script] = counts.get(script, 0) + text.count(character)
        main = max(unreadable, key=counts.__getitem__)
        if 2 * counts[main] > sum(counts.values()):
            return [(0, len(text), main)]
    return sorted(
        (start, end, script) for script in unreadable for start, end in script_runs(text, script)
    )
