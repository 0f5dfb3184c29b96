"""Which script a stretch of text is written in: text in another language that nobody
marked (an Urdu sentence in an English article) is found by its letters.

Scripts are ISO 15924 codes ("Latn", "Arab", "Deva") from the Unicode Character
Database, through fontTools. Digits, spaces, punctuation and combining marks belong to
no script ("Common" and "Inherited"): they go with the letters around them.
"""

from collections import Counter
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


@lru_cache(maxsize=8192)
def _belongs_to(character: str, script: str) -> bool:
    """Whether a character is written with `script`: its own letters, and the shared
    punctuation Unicode lists for it (the Arabic comma "،" for Arabic)."""
    from fontTools import unicodedata as unicode_data

    return script in unicode_data.script_extension(character) and not character.isspace()


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
    letters = Counter(scripts[character] for character in text if scripts[character])
    main, count = max(((script, letters[script]) for script in unreadable), key=lambda x: x[1])
    if by_majority and 2 * count > letters.total():
        return [(0, len(text), main)]
    runs: list[tuple[int, int, str]] = []
    index = 0
    while index < len(text):
        script = scripts[text[index]]
        if script not in unreadable:
            index += 1
            continue
        end = index + 1
        for ahead in range(index + 1, len(text)):
            found = scripts[text[ahead]]
            if found == script:
                end = ahead + 1
            elif found is not None:
                break
        while end < len(text) and _belongs_to(text[end], script):
            end += 1
        runs.append((index, end, script))
        index = end
    return runs
