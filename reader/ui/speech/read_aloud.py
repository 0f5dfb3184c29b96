"""Read-aloud: speaks the article from where the reader is, and shows what is spoken.

The engine synthesises on its own thread (SpeechWorker); the player plays on this
one (SpeechPlayer). This controller keeps them in step: it asks for the next
utterances while the current one plays, highlights the sentence the listener is
hearing and keeps it in view, and turns the reader's commands into that pipeline's
few operations: start at a sentence, pause, resume, stop.
"""

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QTextCharFormat

from reader.core.speech.settings import HighlightStyle, ListNumbers, SpeechSettings
from reader.ui.accessibility.announcer import Announcer
from reader.ui.reading.article_view import ArticleView, TextSpan
from reader.ui.widgets import messages
from reader.ui.widgets.timers import single_shot_timer

# The pipeline's modules load when it is first used (the article's preparation, after the
# first paint, or the engine's start): about 25 ms of the window's start, measured.
if TYPE_CHECKING:
    from reader.core.speech.audio import Clip, SpokenWord
    from reader.core.speech.passages import (
        PassageKind,
        Sentence,
        SpokenArticle,
        SpokenArticleBuilder,
    )
    from reader.core.speech.plan import Utterance, VoiceChoice
    from reader.core.speech.synthesiser import Synthesiser
    from reader.core.speech.voices import Voice
    from reader.ui.speech.player import SpeechPlayer
    from reader.ui.speech.worker import SpeechWorker

# An utterance takes espeak-ng milliseconds; an engine silent this long has failed.
ENGINE_ANSWER_MS = 40_000  # longer than the engine's own time limits, which report why
AHEAD_SECONDS = 4.0  # audio synthesised ahead of the listener: no gap, little wasted work
SPEED_STEP = 0.1
# Sentences are found this long at a time between the window's events: well under the
# 100 ms after which a response stops feeling immediate (Nielsen, Usability Engineering).
PREPARATION_SLICE_S = 0.02


class ReadingState(StrEnum):
    STOPPED = "stopped"
    READING = "reading"
    PAUSED = "paused"


class ReadAloud(QObject):
    stateChanged = Signal(str)  # noqa: N815 - a ReadingState
    engineChanged = Signal()  # noqa: N815 - the engine started, or cannot
    settingsChanged = Signal(object)  # noqa: N815 - SpeechSettings, to be saved
    nextArticleRequested = Signal()  # noqa: N815 - the end was reached; read on if asked
    sentenceHeard = Signal(int, int)  # noqa: N815 - the range of the sentence now heard
    sleepTimerEnded = Signal()  # noqa: N815

    def __init__(
        self,
        view: ArticleView,
        announcer: Announcer,
        settings: SpeechSettings,
        parent: QObject | None = None,
        make_synthesiser: "Callable[[], Synthesiser] | None" = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._announcer = announcer
        self.settings = settings
        self.state = ReadingState.STOPPED
        self.voices: list[Voice] = []
        self.default_voice_id = ""
        self.unavailable_reason = ""  # why reading cannot start, once the engine said so
        self._engine_started = False
        self._start_when_ready = False
        self._say_when_ready: str | None = None  # a note F5 asked for before the engine ran
        self._language = "en"
        self._article: SpokenArticle | None = None
        self._accepted_fallback: frozenset[str] = frozenset()
        self._declined_fallback: frozenset[str] = frozenset()
        self._told_scripts: set[str] = set()  # scripts whose voice choice was announced
        self._plan: list[Utterance] = []
        self._sentences: list[tuple[int, Sentence]] = []  # what this reading speaks
        self._reading_selection = False
        self._next_request = 0  # index in _plan of the next utterance to synthesise
        self._awaiting = False  # one request at a time: the engine is one
        self._streamed = 0  # bytes of the awaited clip already queued as the engine made them
        self._heard: Utterance | None = None
        # Where a skip while paused moved to: shown, and heard on resume (None otherwise).
        self._waiting: Utterance | None = None
        self._heard_word: tuple[int, int] | None = None  # document range of the word heard
        self._clip_words: dict[int, tuple[SpokenWord, ...]] = {}  # by index in _plan
        self._generation = 0
        self._stop_after_passage: int | None = None  # the passage to stop after, if asked
        self._sleep_timer = QTimer(self)
        self._sleep_timer.setSingleShot(True)
        self._sleep_timer.timeout.connect(self._on_sleep_timer)

        self._engine_watchdog = single_shot_timer(self, ENGINE_ANSWER_MS, self._on_engine_silent)
        # A timer of this object's own, not QTimer.singleShot: shut_down() can cancel it, so
        # a closed window's document is never walked (the window may be freed meanwhile).
        # It repeats: each time out reads a slice of the article, between the window's events.
        self._preparation = QTimer(self)
        self._preparation.setInterval(0)
        self._preparation.timeout.connect(self._prepare)
        self._builder: SpokenArticleBuilder | None = None
        self._shut_down = False
        self._preparation_held = False  # see hold_preparation_until

        self._make_synthesiser = make_synthesiser
        self._speech: SpeechWorker | None = None  # see the speech property
        self._player: SpeechPlayer | None = None
        view.themeApplied.connect(self._draw_highlight)

    @property
    def player(self) -> "SpeechPlayer":
        """Made when first needed: Qt Multimedia takes a tenth of the window's start."""
        if self._player is None:
            from reader.ui.speech.player import SpeechPlayer

            self._player = SpeechPlayer(self)
            self._player.ahead_seconds = AHEAD_SECONDS
            self._player.set_volume(self.settings.volume)
            self._player.clipStarted.connect(self._on_clip_heard)
            self._player.clipProgressed.connect(self._on_clip_progressed)
            self._player.drained.connect(self._on_drained)
            self._player.runningLow.connect(self._request_more)
            self._player.failed.connect(self._on_player_failed)
        return self._player

    # The engine ---------------------------------------------------------------------

    def start_engine(self) -> None:
        """Start the engine in the background (once): the first F5 then speaks at once. A
        window closing (shut_down) starts none."""
        if not self._engine_started and not self._shut_down:
            self._engine_started = True
            self.speech.start_engine()

    @property
    def available(self) -> bool:
        return not self.unavailable_reason

    def _on_engine_ready(self, voices: "list[Voice]", default_voice_id: str) -> None:
        from reader.core.speech.synthesiser import how_to_install_engine

        if not voices:
            self._on_engine_unavailable(
                self.tr("The speech engine has no voices installed.")
                + " "
                + how_to_install_engine()
            )
            return
        self.voices, self.default_voice_id = voices, default_voice_id
        self.engineChanged.emit()
        if self._start_when_ready:
            self._start_when_ready = False
            self.start()
        elif self._say_when_ready is not None:
            text, self._say_when_ready = self._say_when_ready, None
            self.say(text, announce=False)  # said when F5 was pressed

    def _on_engine_unavailable(self, reason: str) -> None:
        self.unavailable_reason = reason
        asked, self._start_when_ready = self._start_when_ready, False
        note, self._say_when_ready = self._say_when_ready, None
        self.engineChanged.emit()
        if asked:  # F5 started the engine (the reader's first key): told as F5 tells it later
            self.start()
        elif note is not None:
            self.say(note)

    def shut_down(self) -> None:
        """The window is closing: cancel what is pending, silence, end the engine's thread."""
        self._shut_down = True
        self._preparation.stop()
        self._generation += 1
        if self._player is not None:
            self._player.stop()
        if self._speech is not None:
            self._speech.shut_down()

    def silence(self) -> None:
        """Quick exit: silence at once and cancel an export in progress, saying nothing."""
        self._preparation.stop()
        self._halt()
        if self._speech is not None:
            self._speech.export_cancel_requested = True
        if self.state != ReadingState.STOPPED:
            self.state = ReadingState.STOPPED
            self._stop_after_passage = None
            self.stateChanged.emit(self.state.value)

    # The article --------------------------------------------------------------------

    def set_article(self, language: str) -> None:
        """A new article is shown: stop, and speak the new one from now on."""
        self._heard = None  # a place in the article that was shown, not in this one
        self.stop()
        self._language = language
        self._article = None
        self._builder = None
        self._accepted_fallback = self._declined_fallback = frozenset()
        self._told_scripts = set()
        # Sentences are found once the article is on screen, not when F5 is pressed (a
        # 1 MB article takes a quarter of a second), a slice at a time: the window stays
        # responsive while a long article is read.
        self._preparation.stop()
        if not (self._shut_down or self._preparation_held):
            self._preparation.start()

    def hold_preparation_until(self, signal: SignalInstance) -> None:
        """Find an article's sentences only once `signal` is emitted (the window passes
        its article's first paint): the preparation's zero timer otherwise ran its first
        slices, up to 40 ms, before the article was painted. F5 before then finds them at
        once, as it does for an article not yet prepared."""
        self._preparation_held = True
        signal.connect(self._release_preparation)

    def _release_preparation(self) -> None:
        if self._preparation_held:
            self._preparation_held = False
            if not self._shut_down:
                self._preparation.start()  # it stops at once when there is nothing to do

    def _prepare(self) -> None:
        if not self.available or self._shut_down or self._article is not None:
            self._preparation.stop()
            return
        if self._builder is None:
            # A turn of its own: the first loads the pipeline's modules (about 12 ms), and
            # with a slice of reading after it the window was held up past a frame's worth.
            self._builder = self._new_builder()
            return
        if self._builder.advance(PREPARATION_SLICE_S):
            self._spoken()

    def _new_builder(self) -> "SpokenArticleBuilder":
        from reader.core.speech.passages import SpokenArticleBuilder

        return SpokenArticleBuilder(
            self._view.document(),
            self._language,
            say_note_references=self.settings.say_note_references,
            # Hidden footnotes are not read either: read-aloud shows what it reads, and
            # they have no place on the page to show.
            read_notes=self.settings.read_footnotes and self._view.appearance.show_footnotes,
            describe_pictures=self.settings.describe_pictures,
            say_item_word=self.settings.list_numbers == ListNumbers.ITEM,
            read_code=self.settings.read_code_blocks,
        )

    def _spoken(self) -> "SpokenArticle":
        """The article's sentences; what is not read yet is read now (F5 came first)."""
        if self._article is None:
            builder = self._builder or self._new_builder()
            self._article = builder.finish()
            self._builder = None
            self._preparation.stop()
        return self._article

    # Commands -----------------------------------------------------------------------

    def toggle(self) -> None:
        """F5: start, pause or resume."""
        if self.state == ReadingState.READING:
            self.pause()
        elif self.state == ReadingState.PAUSED:
            self.resume()
        else:
            self.start()

    def start(self) -> None:
        """Read the selection if the reader made one, else from the caret (or the start of
        a place the view selected to show it: find's match) when it is in view, else from
        the first sentence in view."""
        from reader.core.speech.plan import from_sentence

        if self.unavailable_reason:
            messages.warn(self._view.window(), self.tr("Read Aloud"), self.unavailable_reason)
            return
        if not self.voices:
            self._start_when_ready = True
            self.start_engine()
            return
        article = self._spoken()
        if not article.sentences:
            self._announcer.announce(self.tr("There is nothing to read here."))
            return
        selected = self._selected_sentences(self._view.reader_selection())
        if selected:
            self._begin(selected, selection=True)
            return
        position = self._view.textCursor().selectionStart()
        if not self._caret_in_view():
            position = self._view.first_visible_position()
        first = article.sentence_at(position)
        self._begin(from_sentence(article, 0 if first is None else first))

    def pause(self) -> None:
        if self.state != ReadingState.READING:
            return
        self.player.pause()
        self._set_state(ReadingState.PAUSED, self.tr("Paused"))

    def resume(self) -> None:
        if self.state != ReadingState.PAUSED:
            return
        self.player.resume()
        self._set_state(ReadingState.READING, self.tr("Reading aloud"))

    def stop(self) -> None:
        self._say_when_ready = None  # a note not begun yet is not begun at all
        if self.state == ReadingState.STOPPED:
            return
        self._halt()
        self._set_state(ReadingState.STOPPED, self.tr("Stopped reading"))

    def skip_sentences(self, step: int) -> None:
        """Next (+1) or previous (-1) sentence."""
        index = self._current_sentence_index()
        if index is None:
            return
        self._restart_at(min(max(index + step, 0), len(self._spoken().sentences) - 1))

    def skip_passages(self, step: int) -> None:
        index = self._current_sentence_index()
        if index is None:
            return
        article = self._spoken()
        if step > 0:
            target = article.next_passage_sentence(index)
            if target is None:
                self.stop()
                return
        else:
            target = article.previous_passage_sentence(index)
        self._restart_at(target)

    def change_speed(self, steps: int) -> None:
        self.set_speed(self.settings.speed + steps * SPEED_STEP)

    def set_speed(self, speed: float) -> None:
        self._change_settings(speed=speed)
        self._announcer.announce(
            self.tr("Speed {speed}×").format(speed=f"{self.settings.speed:.1f}")
        )

    def set_voice(self, voice_id: str) -> None:
        self._change_settings(voice_id=voice_id)

    def set_volume(self, volume: float) -> None:
        self._change_settings(volume=volume, restart=False)
        if self._player is not None:  # a player made later takes the setting then
            self._player.set_volume(self.settings.volume)

    def set_highlight(self, style: HighlightStyle) -> None:
        self._change_settings(highlight=style, restart=False)
        self._draw_highlight()

    def set_mark_words(self, on: bool) -> None:
        self._change_settings(mark_words=on, restart=False)
        self._draw_highlight()

    def current_word_range(self) -> tuple[int, int] | None:
        return self._heard_word

    def set_say_note_references(self, on: bool) -> None:
        """Say a footnote's reference as "note 1", or nothing."""
        self._change_what_is_read(say_note_references=on)

    def set_read_footnotes(self, on: bool) -> None:
        """Read the footnotes at the end of the article, or skip them."""
        self._change_what_is_read(read_footnotes=on)

    def set_describe_pictures(self, on: bool) -> None:
        """Say each picture's description where it stands, or skip pictures."""
        self._change_what_is_read(describe_pictures=on)

    def choose_list_numbers(self, action: QAction) -> None:
        """Say a numbered item's number as "1." or as "item 1" (the action's data)."""
        self._change_what_is_read(list_numbers=ListNumbers(action.data()))

    def set_read_code_blocks(self, on: bool) -> None:
        """Read code blocks line by line, or skip them."""
        self._change_what_is_read(read_code_blocks=on)

    def set_pause(self, action: QAction) -> None:
        """One of the pauses after a passage: the action's data is (setting's name, ms).
        Heard from the next utterance synthesised on; those queued keep theirs."""
        name, milliseconds = action.data()
        self._change_settings(restart=False, **{name: milliseconds})
        plan, article, after = self._plan, self._article, self._pauses()
        if article is None:
            return
        for index, utterance in enumerate(plan):
            ends_sentence = (
                index + 1 == len(plan) or plan[index + 1].sentence is not utterance.sentence
            )
            if ends_sentence and article.is_last_of_passage(utterance.sentence_index):
                kind = article.passages[utterance.sentence.passage].kind
                plan[index] = replace(utterance, pause_after_ms=after[kind])

    def _pauses(self) -> "dict[PassageKind, int]":
        from reader.core.speech.plan import pauses

        settings = self.settings
        return pauses(
            settings.pause_after_heading_ms,
            settings.pause_after_paragraph_ms,
            settings.pause_after_list_item_ms,
        )

    def set_one_voice_for_all(self, on: bool) -> None:
        """Read every part in the chosen voice, or each language in its own."""
        self._change_settings(one_voice_for_all=on)

    def _change_what_is_read(self, **changes: object) -> None:
        index = self._current_sentence_index()
        current = None if index is None else self._spoken().sentences[index]
        selection = self._reading_selection
        self._change_settings(restart=False, **changes)
        self._article = self._builder = None  # found again, the new way
        if self.state == ReadingState.STOPPED or current is None or selection:
            return  # the next reading speaks the new way (a selection read goes on as it was)
        index = self._spoken().sentence_at(current.start)
        if index is None:
            self.stop()  # the reader was in the notes, now skipped
        else:
            self._restart_at(index)

    def set_continue_to_next_article(self, on: bool) -> None:
        self._change_settings(continue_to_next_article=on, restart=False)

    def set_stop_after_passage(self, on: bool) -> None:
        """Stop at the end of each paragraph read, until switched off (issue 18, item 4);
        the next F5 reads the next paragraph."""
        self._change_settings(stop_after_each_paragraph=on, restart=False)
        heard = self._heard
        self._stop_after_passage = heard.sentence.passage if on and heard else None

    def choose_highlight(self, action: QAction) -> None:
        self.set_highlight(HighlightStyle(action.data()))

    def choose_arabic_script_language(self, action: QAction) -> None:
        self._change_settings(arabic_script_language=action.data())

    def choose_sleep_timer(self, action: QAction) -> None:
        self.set_sleep_timer(action.data())

    def set_sleep_timer(self, minutes: int) -> None:
        if minutes <= 0:
            self._sleep_timer.stop()
            self._announcer.announce(self.tr("Sleep timer off"))
            return
        self._sleep_timer.start(minutes * 60_000)
        self._announcer.announce(self.tr("Reading will pause in %n minute(s)", None, minutes))

    def test_voice(self, voice_id: str) -> None:
        """Say a sample sentence in a voice, without touching the reader's place."""
        if not self.voices:
            return
        self.stop()
        name = next((voice.name for voice in self.voices if voice.id == voice_id), voice_id)
        text = self.tr("This is the voice {name}, at the speed you chose.").format(name=name)
        self._generation += 1
        self.speech.wanted_generation = self._generation
        self.speech.synthesise(self._generation, None, text, voice_id, self.settings.speed)

    def say(self, text: str, *, announce: bool = True) -> bool:
        """Speak a text that is not the article's (a note), in the voice for the article's
        language, without moving the reader's place; False (and said why) if no speech.
        `announce`: say "Reading aloud." (not again when the engine was awaited)."""
        if not self.available:
            self._announcer.announce(
                self.unavailable_reason or self.tr("Read-aloud is not available.")
            )
            return False
        if not self.voices:  # the engine starts with the reader's first input, or now
            self._say_when_ready = text
            self.start_engine()
            self._announcer.announce(self.tr("Reading aloud."))
            return True
        self.stop()
        choice = self._voice_choice([])
        voice_id = choice.voice_id_for(self._language) or self.default_voice_id
        self._generation += 1
        self.speech.wanted_generation = self._generation
        self.speech.synthesise(self._generation, None, text, voice_id, self.settings.speed)
        if announce:  # not the text itself: a screen reader would say it over the voice
            self._announcer.announce(self.tr("Reading aloud."))
        return True

    # The pipeline -------------------------------------------------------------------

    def _begin(
        self,
        sentences: "list[tuple[int, Sentence]]",
        *,
        selection: bool = False,
        paused: bool = False,
    ) -> None:
        """Speak these sentences; `paused` keeps a pause (a skip while paused moves only)."""
        from reader.core.speech.plan import script_choice_message, script_choices, utterances

        choice = self._voice_choice(sentences)
        self._halt()
        self._sentences, self._reading_selection = sentences, selection
        self._plan = utterances(self._spoken(), sentences, choice, self._pauses())
        if not self._plan:
            self._set_state(ReadingState.STOPPED, self.tr("There is nothing to read here."))
            return
        if self.settings.stop_after_each_paragraph:
            self._stop_after_passage = self._plan[0].sentence.passage
        news = [
            script_choice_message(script, language)
            for script, language in script_choices(self._plan).items()
            if script not in self._told_scripts
        ]
        self._told_scripts.update(script_choices(self._plan))
        if paused:
            self.player.pause()
            # Nothing is heard until resume: the sentence it starts with is shown now.
            self._waiting = self._plan[0]
            self._draw_highlight()
            self._view.keep_in_view(self._waiting.sentence.start, self._waiting.sentence.end)
        elif self.state != ReadingState.READING:  # a skip while reading is not news
            self._set_state(ReadingState.READING, self.tr("Reading aloud"))
        if news:  # after "Reading aloud", so the status line keeps it
            self._announcer.announce(" ".join(news))
        self._request_more()

    def _restart_at(self, index: int) -> None:
        """Read on from sentence `index`, within the selection when reading one."""
        if self._reading_selection:
            sentences = [pair for pair in self._sentences if pair[0] >= index]
        else:
            from reader.core.speech.plan import from_sentence

            sentences = from_sentence(self._spoken(), index)
        self._begin(
            sentences,
            selection=self._reading_selection,
            paused=self.state == ReadingState.PAUSED,
        )

    def utterances_to_export(self, *, selection: bool) -> "list[Utterance]":
        """The reader's selection, or the whole article, as read-aloud would speak it."""
        from reader.core.speech.plan import from_sentence, utterances

        article = self._spoken()
        selected = self._selected_sentences(self._view.reader_selection()) if selection else []
        sentences = selected or from_sentence(article, 0)
        return utterances(article, sentences, self._voice_choice(sentences), self._pauses())

    def _selected_sentences(self, selected: tuple[int, int] | None) -> "list[tuple[int, Sentence]]":
        """The sentences a selected range touches, cut to it, with their indices; [] if none."""
        if selected is None:
            return []
        article = self._spoken()
        chosen = article.sentences_between(*selected)
        return [(article.sentence_at(sentence.start) or 0, sentence) for sentence in chosen]

    def announce(self, message: str) -> None:
        self._announcer.announce(message)

    @property
    def speech(self) -> "SpeechWorker":
        """The engine's thread, made on first use (the engine's start, after the first paint
        or at the reader's first key)."""
        if self._speech is None:
            from reader.core.speech.synthesiser import Synthesiser
            from reader.ui.speech.worker import SpeechWorker

            self._speech = SpeechWorker(self, self._make_synthesiser or Synthesiser)
            self._speech.wanted_generation = self._generation
            self._speech.engineReady.connect(self._on_engine_ready)
            self._speech.engineUnavailable.connect(self._on_engine_unavailable)
            self._speech.clipStreamed.connect(self._on_clip_streamed)
            self._speech.clipReady.connect(self._on_clip_ready)
            self._speech.synthesisFailed.connect(self._on_synthesis_failed)
        return self._speech

    def _voice_choice(self, sentences: "list[tuple[int, Sentence]]") -> "VoiceChoice":
        """Voices for these sentences' languages; the reader is asked, once per article,
        whether languages no voice speaks are read with the default voice."""
        from reader.core.speech.plan import VoiceChoice

        choice = VoiceChoice(
            tuple(self.voices),
            self.default_voice_id,
            self.settings.voice_id,
            self._accepted_fallback,
            {"Arab": self.settings.arabic_script_language},
        )
        if self.settings.one_voice_for_all:  # no language is then without a voice
            only = choice.voice_id_for(self._language) or self.default_voice_id
            return replace(choice, only_voice_id=only)
        missing = [
            language
            for language in choice.missing_languages([sentence for _, sentence in sentences])
            if language not in self._declined_fallback
        ]
        if missing and self._accept_default_voice(missing):
            self._accepted_fallback |= frozenset(missing)
            return replace(choice, accepted_fallback=self._accepted_fallback)
        self._declined_fallback |= frozenset(missing)
        return choice

    def _accept_default_voice(self, languages: list[str]) -> bool:
        names = ", ".join(languages)
        return messages.ask(
            self._view.window(),
            self.tr("No Voice for a Language"),
            self.tr(
                "No installed voice speaks {languages}. Read those parts with the default "
                "voice anyway? It will mispronounce them. Choose Cancel to skip them."
            ).format(languages=names),
            messages.Button.Yes,
            messages.Button.Yes,
        )

    def _halt(self) -> None:
        """Silence, and forget the utterances in flight; the state is the caller's to set."""
        self._generation += 1
        if self._speech is not None:  # one made later starts at this generation
            self._speech.wanted_generation = self._generation
        if self._player is not None:
            self._player.stop()
        self._engine_watchdog.stop()
        self._awaiting = False
        self._streamed = 0
        self._next_request = 0
        place = self._heard or self._waiting
        if place is not None:
            self._view.move_caret_to(place.sentence.start)  # the reader's place is kept
        self._plan = []
        self._heard = None
        self._waiting = None
        self._heard_word = None
        self._clip_words.clear()
        self._draw_highlight()

    def _request_more(self) -> None:
        if self._awaiting or self._next_request >= len(self._plan):
            return
        if self.player.queued_seconds() >= AHEAD_SECONDS:
            return
        utterance = self._plan[self._next_request]
        if (
            self._stop_after_passage is not None
            and utterance.sentence.passage != self._stop_after_passage
        ):
            self._next_request = len(self._plan)  # the paragraph is done: let it play out
            return
        self._awaiting = True
        self._engine_watchdog.start()
        self.speech.synthesise(
            self._generation,
            self._next_request,
            utterance.text,
            utterance.voice_id,
            self.settings.speed,
        )

    def _on_clip_streamed(self, generation: int, index: int | None, piece: "Clip") -> None:
        """Play a clip's first pieces as the engine makes them; _on_clip_ready adds the rest."""
        if generation != self._generation or index is None:
            return
        self._streamed += len(piece.pcm)
        self.player.enqueue(piece, (generation, index))

    def _on_clip_ready(self, generation: int, index: int | None, clip: "Clip") -> None:
        from reader.core.speech.audio import Clip, silence

        if generation != self._generation:
            return
        if index is None:  # a voice test
            self.player.enqueue(clip, None)
            return
        self._engine_watchdog.stop()
        self._awaiting = False
        self._next_request = index + 1
        pause = silence(self._plan[index].pause_after_ms, clip.sample_rate)
        self._clip_words[index] = clip.words
        rest, self._streamed = clip.pcm[self._streamed :], 0
        self.player.enqueue(Clip(rest + pause, clip.sample_rate), (generation, index))
        self._request_more()

    def _on_clip_heard(self, tag: tuple[int, int] | None) -> None:
        if tag is None or tag[0] != self._generation:
            return
        if self._stop_after_passage not in (None, self._plan[tag[1]].sentence.passage):
            # The paragraph is done (clips of the next one were queued already): the caret
            # goes to the next, which the next F5 reads.
            self._heard = self._plan[tag[1]]
            self._stop_at_paragraph_end()
            return
        previous, self._heard = self._heard, self._plan[tag[1]]
        self._waiting = None
        self._clip_words.pop(tag[1] - 1, None)  # heard: its words are not needed again
        self._heard_word = None
        sentence = self._heard.sentence
        if previous is None or previous.sentence is not sentence:
            self._draw_highlight()
            self._view.keep_in_view(sentence.start, sentence.end)
            self.sentenceHeard.emit(sentence.start, sentence.end)
        self._request_more()

    def _on_clip_progressed(self, tag: tuple[int, int] | None, milliseconds: int) -> None:
        """Mark the word being heard, by the clip's own clock and the engine's word times."""
        if tag is None or tag[0] != self._generation or not self.settings.mark_words:
            return
        words = self._clip_words.get(tag[1], ())
        index = bisect_right([word.milliseconds for word in words], milliseconds) - 1
        if index < 0:
            return
        word, utterance = words[index], self._plan[tag[1]]
        part = utterance.sentence.part_at(utterance.start)
        if part is None:
            return
        # The engine times the words of what it was given: map them to the document's.
        span = part.document_range(word.start, word.end)
        if span != self._heard_word:
            self._heard_word = span
            self._draw_highlight()
            self._view.keep_in_view(*span)  # a sentence taller than the view scrolls too

    def _on_drained(self) -> None:
        if self.state != ReadingState.READING or self._awaiting:
            return
        if self._next_request < len(self._plan):
            self._request_more()  # the engine fell behind: the next clip is on its way
            return
        stop_after = self._stop_after_passage
        following = None
        if stop_after is not None:  # the plan may start before it (switched on while reading)
            following = next((u for u in self._plan if u.sentence.passage > stop_after), None)
        if following is not None:
            self._heard = following  # the caret goes to the next paragraph
            self._stop_at_paragraph_end()
            return
        finished_article = not self._reading_selection and self._stop_after_passage is None
        self._halt()
        self._set_state(ReadingState.STOPPED, self.tr("Finished reading"))
        if finished_article and self.settings.continue_to_next_article:
            self.nextArticleRequested.emit()

    def _stop_at_paragraph_end(self) -> None:
        """Stop with the caret where the heard utterance (the next paragraph's) starts."""
        self._halt()
        self._set_state(ReadingState.STOPPED, self.tr("Stopped at the end of the paragraph"))

    def _on_synthesis_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._halt()
        self._set_state(ReadingState.STOPPED, self.tr("Reading stopped"))
        messages.warn(self._view.window(), self.tr("Read Aloud"), message)

    def _on_engine_silent(self) -> None:
        self._halt()
        self.unavailable_reason = self.tr(
            "The speech engine stopped answering. Restart Reader to read aloud again."
        )
        self.engineChanged.emit()
        self._set_state(ReadingState.STOPPED, self.tr("Reading stopped"))
        messages.warn(self._view.window(), self.tr("Read Aloud"), self.unavailable_reason)

    def _on_player_failed(self, message: str) -> None:
        self._halt()
        self._set_state(ReadingState.STOPPED, self.tr("Reading stopped"))
        messages.warn(self._view.window(), self.tr("Read Aloud"), message)

    def _on_sleep_timer(self) -> None:
        self.sleepTimerEnded.emit()
        if self.state == ReadingState.READING:
            self.player.pause()
            self._set_state(ReadingState.PAUSED, self.tr("Sleep timer: reading paused"))

    # Helpers ------------------------------------------------------------------------

    def _set_state(self, state: ReadingState, announcement: str) -> None:
        changed = state != self.state
        self.state = state
        if state == ReadingState.STOPPED:
            self._stop_after_passage = None
        self._announcer.announce(announcement)
        if changed:
            self.stateChanged.emit(state.value)

    def _change_settings(self, *, restart: bool = True, **changes: object) -> None:
        self.settings = replace(self.settings, **changes).clamped()
        self.settingsChanged.emit(self.settings)
        if restart and self.state != ReadingState.STOPPED and self._heard is not None:
            self._restart_at(self._heard.sentence_index)  # in the new voice or speed

    def _current_sentence_index(self) -> int | None:
        if self._heard is not None:
            return self._heard.sentence_index
        if self._plan:
            return self._plan[0].sentence_index
        return None

    def _caret_in_view(self) -> bool:
        rect = self._view.cursorRect()
        return rect.top() >= 0 and rect.bottom() <= self._view.viewport().height()

    def current_sentence_range(self) -> tuple[int, int] | None:
        if self._heard is None:
            return None
        return self._heard.sentence.start, self._heard.sentence.end

    def _draw_highlight(self) -> None:
        spans = []
        style = self.settings.highlight
        shown = self._heard or self._waiting
        if shown is not None and style != HighlightStyle.NONE:
            theme = self._view.appearance.theme_colours()
            text_format = QTextCharFormat()
            if style == HighlightStyle.BACKGROUND:
                text_format.setBackground(QColor(theme.highlight_background))
                text_format.setForeground(QColor(theme.highlight_text))
            else:
                text_format.setFontUnderline(True)
                text_format.setUnderlineColor(QColor(theme.link))
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            sentence = shown.sentence
            spans.append(TextSpan(sentence.start, sentence.end, text_format))
            if self._heard_word is not None and self.settings.mark_words:
                palette = self._view.palette()
                word_format = QTextCharFormat()
                word_format.setBackground(palette.highlight())
                word_format.setForeground(palette.highlightedText())
                spans.append(TextSpan(*self._heard_word, word_format))
        self._view.set_selection_layer("speech", spans)
