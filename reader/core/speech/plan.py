"""The order of speech: which utterances to synthesise, with which voice, and where to stop.

An utterance is one part of one sentence (one language, at most a few hundred words)
followed by a silence (after a heading, say). The controller asks for them one by one
and synthesises a few ahead of the one being heard.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from PySide6.QtCore import QCoreApplication, QLocale

from reader.core.language.scripts import foreign_runs
from reader.core.language.tags import language_for_script, primary_language
from reader.core.speech.passages import (
    PAUSE_AFTER,
    PassageKind,
    Sentence,
    SpokenArticle,
    SpokenPart,
)
from reader.core.speech.voices import Voice, voice_for

translate = QCoreApplication.translate
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
    # The ISO 15924 script ("Arab") when the language was chosen for the text's script,
    # not marked; "" when it was marked or is the article's.
    by_script: str = ""


# Which language a script's unmarked text is taken to be, where the reader's preference
# or CLDR's guess (Arabic script -> Arabic) is not what Reader's readers mostly meet.
DEFAULT_SCRIPT_LANGUAGES: Mapping[str, str] = {"Arab": "ur"}


@dataclass(frozen=True)
class VoicedPart:
    """A stretch of a sentence part that one voice speaks."""

    text: str
    language: str
    start: int  # document position of the first character
    voice_id: str | None  # None: no voice speaks it (the part is left out)
    by_script: str = ""


@dataclass(frozen=True)
class VoiceChoice:
    """How languages map to voices for one reading."""

    voices: tuple[Voice, ...]
    default_voice_id: str
    preferred_voice_id: str = ""  # the reader's choice, used for its own language
    accepted_fallback: frozenset[str] = frozenset()  # languages read with the default voice
    # The language unmarked text in a script is taken to be ("Arab" -> "ur"); scripts not
    # named here mean CLDR's most likely language for them ("Deva" -> "hi").
    script_languages: Mapping[str, str] = field(default_factory=lambda: DEFAULT_SCRIPT_LANGUAGES)
    # The one voice that reads every part, whatever its language or script, when the
    # reader asks for one voice throughout; "" lets each part pick its own.
    only_voice_id: str = ""

    @cached_property
    def _voice_ids(self) -> dict[str, str | None]:
        return {}  # each language looked up once

    @cached_property
    def _by_id(self) -> dict[str, Voice]:
        return {voice.id: voice for voice in self.voices}

    def voice_id_for(self, language: str) -> str | None:
        if self.only_voice_id:
            return self.only_voice_id
        if language not in self._voice_ids:
            self._voice_ids[language] = self._look_up(language)
        return self._voice_ids[language]

    def _look_up(self, language: str) -> str | None:
        voice = voice_for(
            language, list(self.voices), self.preferred_voice_id or None, self.default_voice_id
        )
        if voice is not None:
            return voice.id
        if primary_language(language) in self.accepted_fallback:
            return self.preferred_voice_id or self.default_voice_id
        return None

    def language_for_script(self, script: str) -> str | None:
        return self.script_languages.get(script) or language_for_script(script)

    def voiced_parts(self, part: SpokenPart) -> list[VoicedPart]:
        """A sentence part as voices speak it: a stretch in a script its voice cannot read
        (Urdu letters for an English voice, which spells them out) goes to a voice for the
        script's language, when one is installed. A voice the engine does not list (the
        fallback for a language without one, say) is taken to read everything."""
        voice_id = self.voice_id_for(part.language)
        voice = self._by_id.get(voice_id or "")
        # A language with no voice is the reader's to decide (missing_languages) first.
        runs = foreign_runs(part.text, voice.reads_script) if voice else []
        if self.only_voice_id:
            runs = []  # the reader chose one voice for everything, letters it spells too
        pieces, last = [], 0
        for start, end, script in runs:
            language = self.language_for_script(script)
            other = self.voice_id_for(language) if language else None
            if other is None or language is None:
                continue
            pieces.append((last, start, part.language, voice_id, ""))
            pieces.append((start, end, language, other, script))
            last = end
        pieces.append((last, len(part.text), part.language, voice_id, ""))
        return [
            VoicedPart(
                part.text[start:end],
                language,
                part.document_range(start, end)[0],
                chosen,
                script,
            )
            for start, end, language, chosen, script in pieces
            if part.text[start:end].strip()
        ]

    def missing_languages(self, sentences: list[Sentence]) -> list[str]:
        """Languages of these sentences that no installed voice speaks, not yet accepted."""
        missing = (
            primary_language(voiced.language)
            for sentence in sentences
            for part in sentence.parts
            for voiced in self.voiced_parts(part)
            if voiced.voice_id is None
        )
        return list(dict.fromkeys(missing))


def pauses(heading_ms: int, paragraph_ms: int, list_item_ms: int) -> dict[PassageKind, int]:
    """The silence after each kind of passage, in milliseconds, with the reader's own
    after headings, paragraphs and list items (SpeechSettings' pause_after_*_ms); a table
    cell keeps PAUSE_AFTER's."""
    return {
        **PAUSE_AFTER,
        PassageKind.HEADING: heading_ms,
        PassageKind.PARAGRAPH: paragraph_ms,
        PassageKind.LIST_ITEM: list_item_ms,
    }


def utterances(
    article: SpokenArticle,
    sentences: list[tuple[int, Sentence]],
    voices: VoiceChoice,
    pause_after: Mapping[PassageKind, int] = PAUSE_AFTER,
) -> list[Utterance]:
    """The utterances of (index, sentence) pairs, in order; parts with no voice are left out.
    The last of each passage is followed by `pause_after` its kind, in milliseconds: the
    player and the audio export both add that silence after the utterance's clip."""
    spoken = []
    for index, sentence in sentences:
        voiced = [
            piece
            for part in sentence.parts
            for piece in voices.voiced_parts(part)
            if piece.voice_id is not None
        ]
        for number, piece in enumerate(voiced):
            pause = SENTENCE_GAP_MS
            if number == len(voiced) - 1 and article.is_last_of_passage(index):
                pause = pause_after[article.passages[sentence.passage].kind]
            spoken.append(
                Utterance(
                    index,
                    sentence,
                    piece.text,
                    piece.language,
                    piece.voice_id,
                    pause,
                    piece.start,
                    piece.by_script,
                )
            )
    return spoken


def script_choices(spoken: list[Utterance]) -> dict[str, str]:
    """{script: language} for each script whose unmarked text these utterances read in a
    language chosen for it, in order of first appearance ({"Arab": "ur"})."""
    return {u.by_script: u.language for u in spoken if u.by_script}


def script_choice_message(script: str, language: str) -> str:
    """What the reader is told, once, when unmarked text is given a voice by its script:
    "Text in Arabic script that is not marked with its language is read as Urdu."."""
    script_name = QLocale.scriptToString(QLocale.codeToScript(script))
    known = QLocale.codeToLanguage(language)
    language_name = (
        language if known == QLocale.Language.AnyLanguage else QLocale.languageToString(known)
    )
    return translate(
        "speech",
        "Text in {script} script that is not marked with its language is read as {language}.",
    ).format(script=script_name, language=language_name)


def from_sentence(article: SpokenArticle, first: int) -> list[tuple[int, Sentence]]:
    return list(enumerate(article.sentences))[first:]
