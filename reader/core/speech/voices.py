"""Installed voices and the choice of one for a language (a BCP 47 tag)."""

from dataclasses import dataclass

from reader.core.language.tags import (
    language_distance,
    likely_script,
    primary_language,
    unicode_scripts,
)

DEFAULT_PRIORITY = 5  # espeak-ng's priority for a voice's own language; lower is preferred


@dataclass(frozen=True)
class Voice:
    id: str  # the engine's own identifier
    name: str
    language: str  # lower-case BCP 47 tag, as the engine reports it first ("en-gb", "cmn")
    # Every language the voice declares, with espeak-ng's priority (lower is preferred):
    # its Mandarin voice declares ("cmn", 5), ("zh-cmn", 5), ("zh", 5). Empty: `language`.
    declared: tuple[tuple[str, int], ...] = ()

    @property
    def languages(self) -> tuple[tuple[str, int], ...]:
        return self.declared or ((self.language, DEFAULT_PRIORITY),)

    def fit(self, language: str) -> tuple[int, int, int] | None:
        """How well the voice speaks `language`, smaller is better: (language distance,
        priority of the declaration that matches, distance of the voice's own language);
        None when it does not speak it. See tags.language_distance for the distances."""
        best = None
        for declared, priority in self.languages:
            distance = language_distance(language, declared)
            if distance is not None and (best is None or (distance, priority) < best):
                best = (distance, priority)
        if best is None:
            return None
        own = language_distance(language, self.language)
        return (*best, 1000 if own is None else own)

    def speaks_exactly(self, language: str) -> bool:
        """Whether the voice declares this very tag, scripts aside ("en-US" for "en-us")."""
        wanted = _without_script(language)
        return any(_without_script(declared) == wanted for declared, _ in self.languages)

    def reads_script(self, script: str) -> bool:
        """Whether text in an ISO 15924 script is read by this voice's rules rather than
        spelled out: its own languages' scripts, and Latin, which espeak-ng's voices for
        other scripts read as English (checked for ur, hi, cmn with `espeak-ng -x`)."""
        if script == "Latn":
            return True
        own = (likely_script(declared) for declared, _ in self.languages)
        return any(script in unicode_scripts(found) for found in own if found)


def _without_script(tag: str) -> str:
    """ "ur-Arab-PK" -> "ur-pk": script subtags do not pick a voice."""
    subtags = tag.lower().replace("_", "-").split("-")
    return "-".join([subtags[0], *(part for part in subtags[1:] if len(part) != 4)])


def voice_for(
    language: str, voices: list[Voice], preferred: str | None = None, default: str | None = None
) -> Voice | None:
    """The best voice for a language: the reader's preferred voice when it speaks the
    language; else one declared for the very language and region ("en-us"); else the
    engine's default voice when it speaks the language; else the closest by CLDR's language
    matching and the engine's own priorities ("zh" -> Mandarin, which declares "zh" first)."""
    fits = {voice.id: fit for voice in voices if (fit := voice.fit(language)) is not None}
    matching = [voice for voice in voices if voice.id in fits]
    if preferred in fits:
        return next(voice for voice in matching if voice.id == preferred)
    if "-" in _without_script(language):
        regional = [voice for voice in matching if voice.speaks_exactly(language)]
        if regional:
            return min(regional, key=lambda voice: fits[voice.id])
    if default in fits:
        return next(voice for voice in matching if voice.id == default)
    return min(matching, key=lambda voice: fits[voice.id], default=None)


def prepare_matching(voices: list[Voice]) -> None:
    """Load CLDR's matching data and read every tag the voices declare (about 0.35 s, most
    of it langcodes' data): on the speech engine's thread as it starts, so that the first
    choice of a voice, when the reader presses F5, does not wait for it."""
    for voice in voices:
        voice.fit(voice.language)


def voices_by_language(voices: list[Voice]) -> dict[str, list[Voice]]:
    """Voices grouped under their primary language, groups and voices sorted by name."""
    groups: dict[str, list[Voice]] = {}
    for voice in sorted(voices, key=lambda voice: voice.name.casefold()):
        groups.setdefault(primary_language(voice.language), []).append(voice)
    return dict(sorted(groups.items()))
