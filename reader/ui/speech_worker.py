"""The one speech engine, on a thread of its own: the window never waits for it.

Requests arrive as queued signals, answers leave as signals; a request from an
earlier reading (a lower generation) is dropped unheard, so skipping ahead or
stopping never waits for synthesis that is no longer wanted.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from reader.core.speech.export import ExportCancelledError, export_speech
from reader.core.speech.synthesiser import (
    SpeechEngineUnavailableError,
    Synthesiser,
    SynthesisError,
)

SHUT_DOWN_WAIT_MS = 3000
_ABANDONED_THREADS: list[QThread] = []


class SpeechWorker(QObject):
    engineReady = Signal(list, str)  # noqa: N815 - voices, the engine's default voice id
    engineUnavailable = Signal(str)  # noqa: N815
    clipReady = Signal(int, object, object)  # noqa: N815 - generation, request tag, Clip
    synthesisFailed = Signal(int, str)  # noqa: N815
    exportProgress = Signal(int, int)  # noqa: N815 - utterances done, of how many
    exportFinished = Signal(float)  # noqa: N815 - seconds of speech written
    exportFailed = Signal(str)  # noqa: N815 - a message; empty when cancelled

    def __init__(self, make_synthesiser: Callable[[], Synthesiser] = Synthesiser) -> None:
        super().__init__()
        self._make_synthesiser = make_synthesiser
        self._synthesiser: Synthesiser | None = None
        # Set from the GUI thread; reading a bool or an int is atomic.
        self.wanted_generation = 0
        self.export_cancel_requested = False

    @Slot()
    def start_engine(self) -> None:
        try:
            self._synthesiser = self._make_synthesiser()
        except SpeechEngineUnavailableError as error:
            self.engineUnavailable.emit(str(error))
            return
        self.engineReady.emit(self._synthesiser.voices(), self._synthesiser.default_voice_id)

    @Slot(int, object, str, str, float)
    def synthesise(
        self, generation: int, tag: object, text: str, voice_id: str, speed: float
    ) -> None:
        if generation != self.wanted_generation or self._synthesiser is None:
            return
        try:
            clip = self._synthesiser.synthesise(text, voice_id, speed)
        except SynthesisError as error:
            self.synthesisFailed.emit(generation, str(error))
            return
        self.clipReady.emit(generation, tag, clip)

    @Slot(list, float, str)
    def export(self, spoken: list, speed: float, target: str) -> None:
        if self._synthesiser is None:
            self.exportFailed.emit(
                QCoreApplication.translate("speech", "The speech engine has not started.")
            )
            return
        self.export_cancel_requested = False
        try:
            seconds = export_speech(spoken, self._synthesiser, speed, Path(target), self._progress)
        except ExportCancelledError:
            self.exportFailed.emit("")
        except SynthesisError as error:
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
        self.exportProgress.emit(done, total)
        return not self.export_cancel_requested

    @Slot()
    def close(self) -> None:
        if self._synthesiser is not None:
            self._synthesiser.close()


class SpeechThread(QObject):
    """Owns the worker's thread; requests go through its signals."""

    startRequested = Signal()  # noqa: N815
    synthesisRequested = Signal(int, object, str, str, float)  # noqa: N815
    exportRequested = Signal(list, float, str)  # noqa: N815
    closeRequested = Signal()  # noqa: N815

    def __init__(
        self,
        parent: QObject | None = None,
        make_synthesiser: Callable[[], Synthesiser] = Synthesiser,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("speech")
        self.worker = SpeechWorker(make_synthesiser)
        self.worker.moveToThread(self._thread)
        self.startRequested.connect(self.worker.start_engine)
        self.synthesisRequested.connect(self.worker.synthesise)
        self.exportRequested.connect(self.worker.export)
        self.closeRequested.connect(self.worker.close)
        self._thread.finished.connect(self.worker.deleteLater)
        self._thread.start()

    def shut_down(self) -> None:
        """Finish the utterance in hand (milliseconds), then end the thread.

        An engine that stopped answering keeps its thread; it is let go rather than waited
        for, and kept from being destroyed while it runs (Qt would abort the process).
        """
        self.worker.wanted_generation = -1
        self.worker.export_cancel_requested = True
        self.closeRequested.emit()
        self._thread.quit()
        if not self._thread.wait(SHUT_DOWN_WAIT_MS):
            self._thread.setParent(None)
            _ABANDONED_THREADS.append(self._thread)
