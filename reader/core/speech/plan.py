"""The order of speech: which utterances to synthesise, with which voice, and where to stop.

An utterance is one part of one sentence (one language, at most a few hundred words)
followed by a silence (after a heading, say). The controller asks for them one by one
and synthesises a few ahead of the one being heard.
"""

from dataclasses import dataclass

from reader.core.language.tags import primary_language
from reader.core.speech.passages import Sentence, SpokenArticle
from reader.core.speech.voices import Voice, voice_for

SENTENCE_GAP_MS = 0  # espeak-ng already ends each utterance with a short pause


@dataclass(frozen=True)
class Utterance:
    sentence_index: int
    sentence: Sentence
    text: str
    language: str
    voice_id: str
    pause_after_ms: int
    start: int = 0  # document position of the text's first character


@dataclass(frozen=True)
class VoiceChoice:
    """How languages map to voices for one reading."""

    voices: tuple[Voice, ...]
    default_voice_id: str
    preferred_voice_id: str = ""  # the reader's choice, used for its own language
    accepted_fallback: frozenset[str] = frozenset()  # languages read with the default voice

    def voice_id_for(self, language: str) -> str | None:
        voice = voice_for(
            language, list(self.voices), self.preferred_voice_id or None, self.default_voice_id
        )
        if voice is not None:
            return voice.id
        if primary_language(language) in self.accepted_fallback:
            return self.preferred_voice_id or self.default_voice_id
        return None

    def missing_languages(self, sentences: list[Sentence]) -> list[str]:
        """Languages of these sentences that no installed voice speaks, not yet accepted."""
        languages = dict.fromkeys(
            part.language for sentence in sentences for part in sentence.parts
        )
        missing = (
            primary_language(language) for language in languages if not self.voice_id_for(language)
        )
        return list(dict.fromkeys(missing))


def utterances(
    article: SpokenArticle,
    sentences: list[tuple[int, Sentence]],
    voices: VoiceChoice,
) -> list[Utterance]:
    """The utterances of (index, sentence) pairs, in order; parts with no voice are left out."""
    spoken = []
    voice_ids: dict[str, str | None] = {}  # each language looked up once
    for index, sentence in sentences:
        parts = sentence.parts
        for number, part in enumerate(parts):
            last = number == len(parts) - 1
            pause = SENTENCE_GAP_MS
            if last and article.is_last_of_passage(index):
                pause = article.passages[sentence.passage].pause_after_ms
            if part.language not in voice_ids:
                voice_ids[part.language] = voices.voice_id_for(part.language)
            voice_id = voice_ids[part.language]
            if voice_id is not None:
                spoken.append(
                    Utterance(
                        index, sentence, part.text, part.language, voice_id, pause, part.start
                    )
                )
    return spoken


def from_sentence(article: SpokenArticle, first: int) -> list[tuple[int, Sentence]]:
    return list(enumerate(article.sentences))[first:]
