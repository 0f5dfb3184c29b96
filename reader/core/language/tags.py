"""BCP 47 language tags, as articles, sentences and voices read them (no widgets, no I/O).

Likely scripts come from CLDR's likely-subtags data, as Qt's QLocale carries it (the newer
copy: `sd-IN` is Devanagari there, Arabic in langcodes 3.5); languages QLocale does not
know (Saraiki `skr`, Khowar `khw`, Brahui `brh`, Western Punjabi `pnb`) are looked up in
`langcodes`, which also knows macrolanguages and their members (`cmn` is `zh`) and measures
how well one tag stands for another (CLDR's language matching). Which scripts are written
right to left comes from the Unicode Character Database through fontTools.

langcodes and fontTools are imported when first needed: loading langcodes' data takes
about a third of a second, and an article in a language QLocale knows needs neither.
"""

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt

if TYPE_CHECKING:
    import langcodes

# A plain tag, language[-Script][-REGION] ("ur", "ur-PK", "sd-Deva-IN", "es-419"): its
# region is read here; any other tag is parsed by langcodes, which is slow to load.
_PLAIN_TAG = re.compile(
    r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?(?:[-_](?P<region>[A-Za-z]{2}|[0-9]{3}))?", re.ASCII
)
# CLDR's distance below which one tag may stand for another (langcodes' own default).
MATCHING_DISTANCE = 25
# ISO 15924 names for ways of writing that mix scripts; Unicode gives each character one
# of the plain scripts they are made of (a Han character is "Hani", never "Hans").
_SCRIPT_PARTS = {
    "Hans": frozenset({"Hani"}),
    "Hant": frozenset({"Hani"}),
    "Hanb": frozenset({"Hani", "Bopo"}),
    "Jpan": frozenset({"Hani", "Hira", "Kana"}),
    "Kore": frozenset({"Hang", "Hani"}),
}


def primary_language(tag: str) -> str:
    """The language subtag of a BCP 47 tag, lower-cased: "ur-Arab-PK" -> "ur"."""
    return tag.replace("_", "-").split("-")[0].lower()


def language_script(tag: str) -> str | None:
    """The script subtag a BCP 47 tag names, lower-cased: "ur-Latn" -> "latn"; else None."""
    return next(
        (part.lower() for part in tag.split("-")[1:] if len(part) == 4 and part.isalpha()), None
    )


@lru_cache(maxsize=512)
def _parsed(tag: str) -> "langcodes.Language | None":
    import langcodes

    try:
        return langcodes.Language.get(tag.replace("_", "-"))
    except (ValueError, LookupError):
        return None


@lru_cache(maxsize=512)
def _known_to_qt(tag: str) -> QLocale | None:
    """Qt's locale for a tag with no script subtag, when Qt knows the language (it falls
    back to another language, or to C, for those it does not)."""
    locale = QLocale(tag.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return None
    return locale if QLocale.languageToCode(locale.language()) == primary_language(tag) else None


@lru_cache(maxsize=512)
def likely_script(tag: str) -> str | None:
    """The ISO 15924 script a tag is written in, title-cased ("pa-PK" -> "Arab",
    "sd-IN" -> "Deva", "ur-Latn" -> "Latn", "zh" -> "Hans"); None for an unknown language.

    A script the tag names wins; else CLDR's likely script for the language and region.
    """
    named = language_script(tag)
    if named is not None:
        return named.title()
    locale = _known_to_qt(tag)
    if locale is not None:
        return QLocale.scriptToCode(locale.script())
    parsed = _parsed(tag)
    if parsed is None or not parsed.language:
        return None
    return parsed.maximize().script


@lru_cache(maxsize=512)
def is_right_to_left(tag: str) -> bool:
    """Whether text in this language is laid out right to left ("ur", "pa-PK", "sd" yes;
    "ur-Latn", "sd-IN", "pa" no), from its likely script (Unicode's script direction)."""
    locale = _known_to_qt(tag) if language_script(tag) is None else None
    if locale is not None:
        return locale.textDirection() == Qt.LayoutDirection.RightToLeft
    script = likely_script(tag)
    return script is not None and script_is_right_to_left(script)


@lru_cache(maxsize=64)
def script_is_right_to_left(script: str) -> bool:
    """Whether an ISO 15924 script ("Arab", "Hebr", "Thaa") is written right to left."""
    from fontTools import unicodedata as unicode_data

    return unicode_data.script_horizontal_direction(script, "LTR") == "RTL"


def unicode_scripts(script: str) -> frozenset[str]:
    """The scripts Unicode assigns to the characters of a way of writing: "Jpan" ->
    {"Hani", "Hira", "Kana"}; a plain script stands for itself."""
    return _SCRIPT_PARTS.get(script, frozenset({script}))


@lru_cache(maxsize=64)
def language_for_script(script: str) -> str | None:
    """The language most likely meant by text in a script, from CLDR ("Deva" -> "hi",
    "Cyrl" -> "ru", "Arab" -> "ar"); None when CLDR has no guess."""
    guess = _parsed(f"und-{script}")
    language = guess.maximize().language if guess is not None else None
    return language if language and language != "und" else None


@lru_cache(maxsize=4096)
def language_distance(wanted: str, offered: str) -> int | None:
    """How far a voice or text in `offered` is from `wanted` (0 = the same), or None
    when it cannot stand for it.

    CLDR's language matching decides (macrolanguages and their members match: "zh" and
    "cmn", "no" and "nb"); the same language in another region or script still matches,
    further away ("pa-PK" and "pa", "ur-Latn" and "ur"). Unparseable tags never match.
    """
    import langcodes

    first, second = _parsed(wanted), _parsed(offered)
    if first is None or second is None:
        return None
    distance = langcodes.tag_distance(first, second)
    if distance < MATCHING_DISTANCE or first.language == second.language:
        return distance
    return None


def same_language(first: str, second: str) -> bool:
    """Whether two tags name one language, whatever the script or region ("zh" and "cmn")."""
    return language_distance(first, second) is not None


@lru_cache(maxsize=256)
def native_language_name(tag: str) -> str:
    """A language's name in that language, from CLDR through QLocale: "ur" -> "اردو",
    "en" -> "English", "en-GB" -> "British English", "sd" -> "سنڌي". A tag without a region
    gets the name most of the language's locales share (Qt's "en" is en_US, "American
    English"; "es" is es_ES, "español de España"; most others are "English", "español").
    A tag Qt does not know is returned as it is."""
    locale = QLocale(tag.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return tag
    plain = _PLAIN_TAG.fullmatch(tag)
    if plain is None:
        parsed = _parsed(tag)
        if parsed is None:
            return tag
        region = parsed.territory
    else:
        region = plain["region"]
    if region is None:
        names = Counter(
            other.nativeLanguageName()
            for other in QLocale.matchingLocales(
                locale.language(), locale.script(), QLocale.Country.AnyCountry
            )
        )
        if names:
            return names.most_common(1)[0][0]
    return locale.nativeLanguageName() or tag
