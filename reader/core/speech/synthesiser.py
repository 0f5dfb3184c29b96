"""pyttsx3 as a synthesiser: text in, a clip of audio out, one utterance at a time.

pyttsx3's own playback cannot be paused or stopped (see NOTES.md), so Reader only
asks it to write each utterance to a WAV file and plays the audio itself. One
engine per process: espeak-ng keeps global state, so one Synthesiser serves all,
used from one thread.
"""

import contextlib
import ctypes
import io
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication

from reader.core.speech.audio import Clip, SpokenWord, read_speech
from reader.core.speech.settings import MAXIMUM_SPEED, MINIMUM_SPEED
from reader.core.speech.voices import DEFAULT_PRIORITY, Voice

translate = QCoreApplication.translate
_WORD = re.compile(r"\S+")
NORMAL_WORDS_PER_MINUTE = 175  # espeak-ng's own default rate: speed 1.0
# Generous: espeak-ng writes a sentence in about 10 ms.
SYNTHESIS_TIMEOUT_S = 30.0
SETTINGS_TIMEOUT_S = 5.0
IDLE_MEANS_DONE_S = 0.3
# The rate of espeak-ng's samples, as pyttsx3's driver writes it into every WAV header.
ESPEAK_SAMPLE_RATE = 22050
# pyttsx3 hands every Synthesiser the same engine, and espeak-ng's state is the process's:
# one utterance at a time, whoever asks.
_ENGINE_LOCK = threading.Lock()
# The voice and rate last set on each engine (by id), under _ENGINE_LOCK.
_ENGINE_SETTINGS: dict[int, tuple[int, str, int]] = {}


class SpeechEngineUnavailableError(Exception):
    """No engine could start; str() says why and how to fix it."""


class SynthesisError(Exception):
    """The engine failed on one utterance; str() is a message for the reader."""


def snapped_words(text: str, events: list[tuple[int, int, int]]) -> tuple[SpokenWord, ...]:
    """The engine's word events, each moved onto the word of `text` it falls in or before:
    espeak-ng's offsets are wrong for some numbers, currencies and dashes."""
    words = [match.span() for match in _WORD.finditer(text)]
    starts = [start for start, _ in words]
    spoken: list[SpokenWord] = []
    last = -1  # the index of the last word kept: words only move forwards
    for character, _length, milliseconds in events:
        if character < 0 or not words:
            continue  # some dashes come with no place in the text
        index = max(bisect_right(starts, character) - 1, 0)
        if index <= last or (spoken and milliseconds < spoken[-1].milliseconds):
            continue  # one word the engine split in two ("3.5"): its first time counts
        spoken.append(SpokenWord(*words[index], milliseconds))
        last = index
    return tuple(spoken)


def how_to_install_engine() -> str:
    return translate(
        "speech",
        "Read-aloud needs the espeak-ng speech engine. On Debian or Ubuntu, install it with "
        "“sudo apt install espeak-ng”; Reader's installers for Windows and macOS include it.",
    )


def _espeak_library() -> ModuleType:
    """pyttsx3's binding of espeak-ng (its Linux engine), once its data is known to be there:
    espeak-ng ends the whole process (it calls exit()) rather than report missing data."""
    from pyttsx3.drivers import _espeak

    _espeak.dll.espeak_ng_InitializePath(None)  # only works out the folder, loads nothing
    info = _espeak.dll.espeak_Info
    info.restype = ctypes.c_char_p
    info.argtypes = [ctypes.POINTER(ctypes.c_char_p)]
    folder = ctypes.c_char_p()
    info(ctypes.byref(folder))
    data = Path(os.fsdecode(folder.value or b""))
    if not (data / "phontab").is_file():
        message = f"espeak-ng's data is missing from {data}"
        raise FileNotFoundError(message)
    return _espeak


def declared_languages(espeak: ModuleType) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each espeak-ng voice's languages, by lower-case identifier ("sit/cmn" ->
    (("cmn", 5), ("zh-cmn", 5), ("zh", 5))), from espeak_ListVoices.

    Its `languages` field is a run of entries, each a priority byte then a NUL-ended
    language name, ended by a zero priority (espeak-ng's speak_lib.h); ctypes' c_char_p
    stops at the first NUL, so the bytes are read from the field's address.
    """
    offset = espeak.VOICE.languages.offset
    found: dict[str, tuple[tuple[str, int], ...]] = {}
    for voice in espeak.ListVoices(None):
        if not voice.identifier:
            continue
        address = ctypes.c_void_p.from_address(ctypes.addressof(voice) + offset).value
        languages = []
        while address:
            priority = ctypes.c_ubyte.from_address(address).value
            if priority == 0:
                break
            name = ctypes.string_at(address + 1)
            languages.append((name.decode("utf-8", errors="replace").lower(), priority))
            address += len(name) + 2
        found[voice.identifier.decode("utf-8", errors="replace").lower()] = tuple(languages)
    return found


class Synthesiser:
    def __init__(self) -> None:
        try:
            import pyttsx3

            self._espeak = _espeak_library() if sys.platform.startswith("linux") else None
            self._engine = pyttsx3.init()
        except Exception as error:
            raise SpeechEngineUnavailableError(
                translate("speech", "The speech engine could not start ({error}).").format(
                    error=error
                )
                + " "
                + how_to_install_engine()
            ) from error
        self._finished = threading.Event()
        self._engine.connect("finished-utterance", self._on_finished)
        self._word_events: list[tuple[int, int, int]] = []  # (character, length, ms)
        self._on_audio: Callable[[Clip], None] | None = None  # of the utterance in hand
        if self._espeak is not None:
            self._listen_for_word_times()
            self._espeak.SetSynthCallback(self._audio_callback)
        # Only drivers other than espeak-ng's write a file (see _synthesise).
        self._folder = None if self._espeak else Path(tempfile.mkdtemp(prefix="reader-speech-"))
        self.default_voice_id: str = self._engine.getProperty("voice") or ""

    def close(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)

    @property
    def times_words(self) -> bool:
        """Whether clips say when each word is heard (espeak-ng's events carry the time)."""
        return self._espeak is not None

    def _listen_for_word_times(self) -> None:
        """Stand between espeak-ng and pyttsx3's driver to note when each word is heard,
        and to pass on each piece of audio as espeak-ng makes it.

        pyttsx3 passes on a word's place in the text but not its place in the audio
        (audio_position), which espeak-ng reports in the same event; everything else
        goes to the driver unchanged. The pieces passed on are those the driver keeps for
        the clip (it drops any that come with the end of the utterance), so they add up to
        the clip's samples, in order.
        """
        espeak, driver = self._espeak, self._engine.proxy._driver

        def on_audio(wav: object, samples: int, events: object) -> int:
            index, ends = 0, False
            while events[index].type != espeak.EVENT_LIST_TERMINATED:
                event = events[index]
                if event.type == espeak.EVENT_WORD:
                    self._word_events.append(
                        (event.text_position - 1, event.length, event.audio_position)
                    )
                ends = ends or event.type == espeak.EVENT_MSG_TERMINATED
                index += 1
            if self._on_audio is not None and samples > 0 and driver._speaking and not ends:
                pcm = ctypes.string_at(wav, samples * ctypes.sizeof(ctypes.c_short))
                self._on_audio(Clip(pcm, ESPEAK_SAMPLE_RATE))
            return driver._onSynth(wav, samples, events)

        self._audio_callback = on_audio

    def voices(self) -> list[Voice]:
        """The installed voices, each with every language it declares: pyttsx3 reports
        only an espeak-ng voice's first language, so espeak-ng's own list gives the rest."""
        declared = declared_languages(self._espeak) if self._espeak is not None else {}
        voices = []
        for voice in self._engine.getProperty("voices"):
            languages = [str(language).lower() for language in voice.languages or []]
            others = tuple((language, DEFAULT_PRIORITY) for language in languages)
            voices.append(
                Voice(
                    voice.id,
                    voice.name,
                    languages[0] if languages else "",
                    declared.get(voice.id.lower(), others),
                )
            )
        return voices

    def synthesise(
        self,
        text: str,
        voice_id: str,
        speed: float,
        on_audio: Callable[[Clip], None] | None = None,
    ) -> Clip:
        """The audio of `text` (keep it to a sentence: the engine fails on long texts).

        `on_audio`, if given, is called on this thread with each piece of the audio as the
        engine makes it (espeak-ng: a second of speech or a clause at a time, the first
        within a few milliseconds), so that playing can start before the clip is whole; the
        pieces are the returned clip's samples, in order. Engines that write a file (SAPI 5,
        macOS) never call it.
        """
        speed = min(max(speed, MINIMUM_SPEED), MAXIMUM_SPEED)
        with _ENGINE_LOCK:
            self._on_audio = on_audio
            try:
                return self._synthesise(text, voice_id, speed)
            finally:
                self._on_audio = None

    def _synthesise(self, text: str, voice_id: str, speed: float) -> Clip:
        # espeak's driver writes with the wave module, which also takes a file object: the
        # audio stays in memory, and no full or failing disk can stop the driver halfway
        # (it would wait for ever). Other drivers write a file.
        in_memory = self._folder is None
        target = io.BytesIO() if in_memory else self._folder / "utterance.wav"
        self._finished.clear()
        self._word_events.clear()
        if self._espeak is not None:  # another Synthesiser may have listened since
            self._espeak.SetSynthCallback(self._audio_callback)
        try:
            settings = (id(self._engine), voice_id, round(NORMAL_WORDS_PER_MINUTE * speed))
            # The espeak driver prints "Audio saved to ..." for every file.
            with contextlib.redirect_stdout(io.StringIO()):
                if self._espeak is not None:
                    self._start_espeak(text, target, settings)
                else:
                    if _ENGINE_SETTINGS.get(settings[0]) != settings:
                        self._engine.setProperty("voice", voice_id)
                        self._engine.setProperty("rate", settings[2])
                        _ENGINE_SETTINGS[settings[0]] = settings
                    self._engine.save_to_file(text, str(target))
                    self._engine.runAndWait()
                finished = self._wait_for_utterance()
            if not finished:
                raise SynthesisError(translate("speech", "The speech engine stopped answering."))
            if in_memory:
                target.seek(0)
            clip = read_speech(target)
            return replace(clip, words=snapped_words(text, self._word_events))
        except SynthesisError:
            raise
        except Exception as error:
            raise SynthesisError(
                translate("speech", "The speech engine failed: {error}").format(error=error)
            ) from error

    def _start_espeak(
        self, text: str, target: io.BytesIO | Path, settings: tuple[int, str, int]
    ) -> None:
        """Have pyttsx3's espeak-ng driver set the voice and rate if they changed, then
        synthesise `text` into `target`, calling the driver itself rather than queueing
        through the engine.

        The engine's queue lost settings and repeated sentences: pyttsx3 (2.99) queues
        commands while its driver is busy, and its loop ends with espeak_Cancel, which
        dropped a rate espeak-ng had not yet taken (a whole export spoken at pyttsx3's 200
        words a minute instead of 175, seen under load); and the engine reports an utterance
        finished before it stops being busy, so the next utterance could be queued while the
        driver started the previous text again. Its loop also sleeps 10 ms after starting
        any utterance, a third of the time a sentence takes. Called directly, the driver
        passes each command to espeak-ng at once, in order, and nothing cancels them.
        """
        driver = self._engine.proxy._driver
        if _ENGINE_SETTINGS.get(settings[0]) != settings:
            # espeak-ng loads a voice anew each time it is set: only when it changes.
            driver.setProperty("voice", settings[1])
            driver.setProperty("rate", settings[2])
            if not self._wait_for_rate(settings[2]):
                raise SynthesisError(translate("speech", "The speech engine stopped answering."))
            _ENGINE_SETTINGS[settings[0]] = settings
        driver.save_to_file(text, target)
        driver._start_synthesis(text)

    def _wait_for_utterance(self) -> bool:
        """Whether the engine finished the utterance, written or not.

        When the driver fails to write the file (a full disk), it raises on espeak-ng's
        thread and never reports the end: an engine idle for a moment has finished.
        """
        deadline = time.monotonic() + SYNTHESIS_TIMEOUT_S
        idle_since: float | None = None
        while not self._finished.wait(0.005):
            now = time.monotonic()
            if now > deadline:
                return False
            if self._espeak is not None and not self._espeak.IsPlaying():
                idle_since = idle_since or now
                if now - idle_since > IDLE_MEANS_DONE_S:
                    return True
            else:
                idle_since = None
        return True

    def _wait_for_rate(self, rate: int) -> bool:
        """Whether espeak-ng took the rate (words a minute) in time: it may queue settings
        behind an utterance it is still finishing, and one set after the voice is taken
        after it, so the voice has been taken too."""
        get_parameter = self._espeak.dll.espeak_GetParameter
        get_parameter.argtypes = [ctypes.c_int, ctypes.c_int]  # pyttsx3 binds one of the two
        get_parameter.restype = ctypes.c_int
        deadline = time.monotonic() + SETTINGS_TIMEOUT_S
        while get_parameter(self._espeak.RATE, 1) != rate:  # 1: the value now in use
            if time.monotonic() > deadline:
                return False
            time.sleep(0.0005)
        return True

    def _on_finished(self, name: str | None = None, completed: bool = True) -> None:
        self._finished.set()
