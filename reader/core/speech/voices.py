"""Installed voices and the choice of one for a language (a BCP 47 tag)."""

from dataclasses import dataclass

from reader.core.language.tags import primary_language


@dataclass(frozen=True)
class Voice:
    id: str  # the engine's own identifier
    name: str
    language: str  # lower-case BCP 47 tag, as the engine reports it ("en-gb", "ur")


def _candidate_tags(language: str) -> list[str]:
    """ "ur-Arab-PK" -> ["ur-arab-pk", "ur-pk", "ur"]: script subtags do not pick a voice."""
    subtags = language.lower().replace("_", "-").split("-")
    primary, rest = subtags[0], subtags[1:]
    without_script = [primary, *(tag for tag in rest if len(tag) != 4)]
    tags = ["-".join(subtags), "-".join(without_script), primary]
    return list(dict.fromkeys(tag for tag in tags if tag))


def voice_for(
    language: str, voices: list[Voice], preferred: str | None = None, default: str | None = None
) -> Voice | None:
    """The best voice for a language: the reader's preferred voice when it speaks the
    language; else one for the very language and region ("en-us"); else the engine's
    default voice when it speaks the language; else any voice of the language."""
    wanted = primary_language(language)
    matching = [voice for voice in voices if primary_language(voice.language) == wanted]
    by_id = {voice.id: voice for voice in matching}
    if preferred in by_id:
        return by_id[preferred]
    *regional, primary = _candidate_tags(language)
    for tag in regional:
        for voice in matching:
            if voice.language == tag:
                return voice
    if default in by_id:
        return by_id[default]
    exact = [voice for voice in matching if voice.language == primary]
    return (exact or matching or [None])[0]


def voices_by_language(voices: list[Voice]) -> dict[str, list[Voice]]:
    """Voices grouped under their primary language, groups and voices sorted by name."""
    groups: dict[str, list[Voice]] = {}
    for voice in sorted(voices, key=lambda voice: voice.name.casefold()):
        groups.setdefault(primary_language(voice.language), []).append(voice)
    return dict(sorted(groups.items()))
