"""Plays read-aloud's clips one after another, and says which one is being heard.

A QAudioSink in pull mode: the sink reads the queued audio from a device of ours
(QueueReader) as its buffer has room, so Reader knows what was handed over, and the
sink's own clock (processedUSecs) says what has been heard. Pull mode, not push: the
sink takes the first clip before its stream starts, so the stream opens on speech. In
push mode (Qt 6.11, PulseAudio) the stream starts first and its first request is met
with silence: speech reached the sink 25-33 ms after it was written, against 0-2 ms
pulled (measured on a null sink, tests/bench/bench_speech.py). Pause and resume stop
and restart the device at the same sample; stop drops everything at once. All of it
runs on the GUI thread and never blocks.
"""

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices

from reader.core.speech.audio import SAMPLE_WIDTH, Clip

REPORT_INTERVAL_MS = 20  # how often the clip heard and its progress are told
BUFFER_MS = 200  # the device's own buffer: what plays on after a pause is asked for


@dataclass
class _QueuedClip:
    tag: object
    pcm: bytes
    start: int  # byte offset of the clip in everything written since start()


def _start_of(clip: _QueuedClip) -> int:
    return clip.start


class QueueReader(QIODevice):
    """The player's queue as a sequential, read-only device for QAudioSink to pull from.

    readData(maxlen) hands over up to maxlen bytes of what is queued and not yet handed;
    an empty answer means nothing is waiting, and readyRead says when something is.
    """

    def __init__(self, take: Callable[[int], bytes], waiting: Callable[[], int]) -> None:
        super().__init__()
        self._take = take
        self._waiting = waiting

    def isSequential(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def bytesAvailable(self) -> int:  # noqa: N802 - Qt's name
        return self._waiting() + super().bytesAvailable()

    def readData(self, maxlen: int) -> bytes:  # noqa: N802 - Qt's name
        return self._take(maxlen)

    def writeData(self, data: bytes) -> int:  # noqa: N802 - Qt's name
        return -1  # read-only


class SpeechPlayer(QObject):
    clipStarted = Signal(object)  # noqa: N815 - the tag of the clip now heard
    clipProgressed = Signal(object, int)  # noqa: N815 - its tag, milliseconds heard of it
    drained = Signal()  # everything queued has been heard
    runningLow = Signal()  # noqa: N815 - less than ahead_seconds of audio is waiting
    failed = Signal(str)  # no sound device, or the device stopped with an error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink: QAudioSink | None = None
        self._reader: QueueReader | None = None
        self._sample_rate = 0
        self._clips: list[_QueuedClip] = []  # in order of their start
        self._written = 0  # bytes the device has pulled
        self._queued = 0  # bytes queued, written or not
        self._heard_tag: object = None
        self._volume = 1.0
        self.ahead_seconds = 4.0
        self._paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(REPORT_INTERVAL_MS)
        self._timer.timeout.connect(self._report_heard)

    def enqueue(self, clip: Clip, tag: object) -> None:
        """Queue a clip after those queued; a clip with the same tag (not None) as the last
        one queued continues it (the rest of a clip whose start was queued as the engine
        made it)."""
        if self._sink is not None and clip.sample_rate != self._sample_rate and not self._clips:
            self.stop()  # a voice with another rate: a new device stream, once idle
        if tag is not None and self._clips and self._clips[-1].tag == tag:
            self._clips[-1].pcm += clip.pcm
        else:
            self._clips.append(_QueuedClip(tag, clip.pcm, self._queued))
        self._queued += len(clip.pcm)
        if self._sink is None:
            self._sample_rate = clip.sample_rate  # queued_seconds() counts in it
        if self._paused:
            return  # resume() opens the sink or lets it pull
        if self._sink is None:
            self._open_on_queue()
        elif self._reader is not None:
            self._reader.readyRead.emit()  # an idle sink pulls again
        self._timer.start()

    def queued_seconds(self) -> float:
        """Audio queued but not yet heard: how far synthesis is ahead of the listener."""
        if not self._sample_rate:
            return 0.0
        return max(self._queued - self._heard_bytes(), 0) / (SAMPLE_WIDTH * self._sample_rate)

    @property
    def bytes_written(self) -> int:
        """Audio the device has taken since the last stop, in bytes."""
        return self._written

    def pause(self) -> None:
        self._paused = True
        self._timer.stop()
        if self._sink is not None:
            self._sink.suspend()

    def resume(self) -> None:
        self._paused = False
        if self._sink is not None:
            self._sink.resume()
            self._timer.start()
            if self._reader is not None:
                self._reader.readyRead.emit()  # what was queued while paused
        elif self._clips:  # queued while paused, before any sound
            self._open_on_queue()
            self._timer.start()

    def stop(self) -> None:
        """Silence at once and forget everything queued."""
        self._timer.stop()
        if self._sink is not None:
            self._sink.stateChanged.disconnect(self._on_state_changed)
            self._sink.stop()
            self._sink.deleteLater()
        if self._reader is not None:
            self._reader.deleteLater()  # after the sink, which reads from it
        self._sink = self._reader = None
        self._forget()

    def _forget(self) -> None:
        self._clips = []
        self._written = self._queued = 0
        self._heard_tag = None
        self._paused = False

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self._sink is not None:
            self._sink.setVolume(volume)

    def _open_on_queue(self) -> None:
        """Open the sink on what is queued, which it pulls as it opens; or forget the queue."""
        if not self._open(self._sample_rate):
            self._forget()

    def _open(self, sample_rate: int) -> bool:
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self.failed.emit(self.tr("No sound output was found. Connect speakers or headphones."))
            return False
        audio_format = QAudioFormat()
        audio_format.setSampleRate(sample_rate)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._sink = QAudioSink(device, audio_format, self)
        self._sink.setBufferSize(SAMPLE_WIDTH * sample_rate * BUFFER_MS // 1000)
        self._sink.setVolume(self._volume)
        self._sink.stateChanged.connect(self._on_state_changed)
        self._sample_rate = sample_rate
        self._reader = QueueReader(self._take, self._waiting)
        self._reader.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink.start(self._reader)
        return True

    def _heard_bytes(self) -> int:
        if self._sink is None:
            return 0
        frames = self._sink.processedUSecs() * self._sample_rate // 1_000_000
        return min(frames * SAMPLE_WIDTH, self._written)

    def _waiting(self) -> int:
        return self._queued - self._written

    def _take(self, most: int) -> bytes:
        """Up to `most` bytes of the queue from where the device last stopped reading."""
        pieces = []
        while most > 0 and self._written < self._queued:
            clip = self._clip_at(self._written)
            offset = self._written - clip.start
            piece = clip.pcm[offset : offset + most]
            pieces.append(piece)
            self._written += len(piece)
            most -= len(piece)
        return b"".join(pieces)

    def _report_heard(self) -> None:
        heard = self._heard_bytes()
        while len(self._clips) > 1 and self._clips[1].start <= heard:
            del self._clips[0]  # heard: an hour of speech is not kept
        if self._clips:
            clip = self._clip_at(heard)
            if clip.tag is not self._heard_tag:
                self._heard_tag = clip.tag
                self.clipStarted.emit(clip.tag)
            bytes_per_ms = SAMPLE_WIDTH * self._sample_rate / 1000
            self.clipProgressed.emit(clip.tag, int(max(heard - clip.start, 0) / bytes_per_ms))
        if self._clips and self.queued_seconds() < self.ahead_seconds:
            self.runningLow.emit()
        # The device's clock rounds to whole microseconds: a few bytes may never show.
        idle = self._sink is not None and self._sink.state() == QAudio.State.IdleState
        if self._written >= self._queued and (idle or self._queued - heard <= SAMPLE_WIDTH * 4):
            self._timer.stop()
            self._clips = []
            self._heard_tag = None
            self.drained.emit()

    def _clip_at(self, offset: int) -> _QueuedClip:
        """The queued clip holding this byte of everything written since start()."""
        return self._clips[max(bisect_right(self._clips, offset, key=_start_of) - 1, 0)]

    def _on_state_changed(self, state: QAudio.State) -> None:
        if self._sink is None:
            return
        error = self._sink.error()
        if state == QAudio.State.StoppedState and error != QAudio.Error.NoError:
            self.stop()
            self.failed.emit(self.tr("Sound output failed ({error}).").format(error=error.name))
