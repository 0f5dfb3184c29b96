"""The languages of Reader's interface, and which one a reader gets.

A language is offered when resources/translations/ has its reader_<code>.ts (English is
the source text and needs none). The preference is "" (follow the system), or a code.

langcodes is imported only for a system language that is not plainly one on offer:
loading its data takes about a third of the app's start-up.
"""

from collections.abc import Iterable, Sequence

SOURCE_LANGUAGE = "en"
FOLLOW_SYSTEM = ""
# Interface languages written right to left; Qt mirrors the whole window for them.
RIGHT_TO_LEFT = frozenset({"ur", "sd", "ps", "pnb", "skr", "fa", "ar"})


def primary_language(tag: str) -> str:
    """The language of a BCP 47 or POSIX locale tag ("ur-PK", "ur_PK.UTF-8" → "ur");
    "" for a tag that names no language ("C", "")."""
    cleaned = tag.split(".", 1)[0].split("@", 1)[0].replace("_", "-").strip()
    if not cleaned or cleaned in {"C", "POSIX"}:
        return ""
    import langcodes

    try:
        return langcodes.Language.get(cleaned, normalize=True).language or ""
    except ValueError:  # langcodes' LanguageTagError: not a tag at all
        return ""


def interface_language(
    preference: str, system_languages: Sequence[str], available: Iterable[str]
) -> str:
    """The code of the interface language to show.

    `preference` is the reader's choice ("" follows the system); `system_languages` the
    system's UI languages in order of preference (QLocale.system().uiLanguages(), e.g.
    ["ur-PK", "en-US"]); `available` the codes that have a translation. A preference
    without a translation, or a system whose languages have none, gives English.
    """
    offered = {SOURCE_LANGUAGE, *available}
    if preference:
        return preference if preference in offered else SOURCE_LANGUAGE
    for tag in system_languages:
        # An offered code is canonical: "ur-PK" or "en_US.UTF-8" starts with one, and
        # langcodes, which also maps old and three-letter codes ("urd"), is not needed.
        first = tag.replace("_", "-").split("-", 1)[0].split(".", 1)[0].lower()
        language = first if first in offered else primary_language(tag)
        if language in offered:
            return language
    return SOURCE_LANGUAGE


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT
