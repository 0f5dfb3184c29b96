"""The speech engine, on a thread of its own: the window never waits for it.

Requests are queued to the thread as jobs; answers come back as signals, which Qt
delivers on the window's thread. A request from an earlier reading (a lower
generation) is dropped unheard, so skipping ahead or stopping never waits for
synthesis that is no longer wanted.

The thread is a Python daemon thread, not a QThread: a QThread destroyed while it
runs aborts the whole process, and an engine that stops answering (pyttsx3 can
wait for ever) would then take the reader's window down with it when it closes.
"""

import contextlib
import queue
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader.core.speech.audio import Clip
from reader.core.speech.export import export_speech
from reader.core.speech.plan import Utterance
from reader.core.speech.progress import ExportCancelledError
from reader.core.speech.synthesiser import (
    SpeechEngineUnavailableError,
    Synthesiser,
    SynthesisError,
)
from reader.core.speech.voices import prepare_matching

SHUT_DOWN_WAIT_S = 3.0


class SpeechWorker(QObject):
    """Lives on the window's thread; its engine work runs on the speech thread."""

    engineReady = Signal(list, str)  # noqa: N815 - voices, the engine's default voice id
    engineUnavailable = Signal(str)  # noqa: N815
    # A piece of a clip as the engine makes it (generation, request tag, Clip): sound can
    # start before the sentence is synthesised whole. clipReady follows with the whole clip.
    clipStreamed = Signal(int, object, object)  # noqa: N815
    clipReady = Signal(int, object, object)  # noqa: N815 - generation, request tag, Clip
    synthesisFailed = Signal(int, str)  # noqa: N815
    exportProgress = Signal(int, int)  # noqa: N815 - steps done, of how many
    exportFinished = Signal(float)  # noqa: N815 - seconds of speech written
    exportFailed = Signal(str)  # noqa: N815 - a message; empty when cancelled

    def __init__(
        self,
        parent: QObject | None = None,
        make_synthesiser: Callable[[], Synthesiser] = Synthesiser,
    ) -> None:
        super().__init__(parent)
        self._make_synthesiser = make_synthesiser
        self._synthesiser: Synthesiser | None = None
        # Set from the window's thread; reading a bool or an int is atomic.
        self.wanted_generation = 0
        self.export_cancel_requested = False
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    # Requests, from the window's thread -------------------------------------------

    def start_engine(self) -> None:
        self._jobs.put(self._start_engine)

    def synthesise(
        self, generation: int, tag: object, text: str, voice_id: str, speed: float
    ) -> None:
        self._jobs.put(partial(self._synthesise, generation, tag, text, voice_id, speed))

    def export(self, spoken: list[Utterance], speed: float, target: Path) -> None:
        self.export_cancel_requested = False
        self._jobs.put(partial(self._export, spoken, speed, target))

    def shut_down(self) -> None:
        """Finish the utterance in hand (milliseconds), then end the thread; an engine that
        stopped answering is let go rather than waited for."""
        self.wanted_generation = -1
        self.export_cancel_requested = True
        self._jobs.put(None)
        self._thread.join(SHUT_DOWN_WAIT_S)

    # Jobs, on the speech thread ---------------------------------------------------

    def _run(self) -> None:
        try:
            while (job := self._jobs.get()) is not None:
                job()
        except RuntimeError:
            return  # the window, and this object with it, is gone: nobody is listening
        finally:
            if self._synthesiser is not None:
                self._synthesiser.close()

    def _start_engine(self) -> None:
        try:
            self._synthesiser = self._make_synthesiser()
        except SpeechEngineUnavailableError as error:
            self.engineUnavailable.emit(str(error))
            return
        voices = self._synthesiser.voices()
        prepare_matching(voices)  # here, not on the first F5
        self.engineReady.emit(voices, self._synthesiser.default_voice_id)

    def _synthesise(
        self, generation: int, tag: object, text: str, voice_id: str, speed: float
    ) -> None:
        if generation != self.wanted_generation or self._synthesiser is None:
            return

        def stream(piece: Clip) -> None:
            if generation == self.wanted_generation:  # not for a reading stopped meanwhile
                self.clipStreamed.emit(generation, tag, piece)

        try:
            clip = self._synthesiser.synthesise(text, voice_id, speed, stream)
        except SynthesisError as error:
            self.synthesisFailed.emit(generation, str(error))
            return
        self.clipReady.emit(generation, tag, clip)

    def _export(self, spoken: list[Utterance], speed: float, target: Path) -> None:
        from reader.core.speech.encoding import EncodingError

        if self._synthesiser is None:
            self.exportFailed.emit(
                QCoreApplication.translate("speech", "The speech engine has not started.")
            )
            return
        try:
            seconds = export_speech(spoken, self._synthesiser, speed, target, self._progress)
        except ExportCancelledError:
            self.exportFailed.emit("")
        except (SynthesisError, EncodingError) as error:
            self.exportFailed.emit(str(error))
        except OSError as error:
            self.exportFailed.emit(
                QCoreApplication.translate("speech", "Cannot write {path}: {error}.").format(
                    path=target, error=error.strerror or error
                )
            )
        else:
            self.exportFinished.emit(seconds)

    def _progress(self, done: int, total: int) -> bool:
        with contextlib.suppress(RuntimeError):  # the window closed: the export is cancelled
            self.exportProgress.emit(done, total)
            return not self.export_cancel_requested
        return False
