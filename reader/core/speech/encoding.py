"""Speech for phones: a WAV file encoded to AAC in an .m4a file, offline.

Qt Multimedia's FFmpeg back end (part of PySide6-Addons, which read-aloud plays
through already) encodes audio handed to it buffer by buffer; no other library or
program is needed. Every phone plays .m4a, at a quarter of the WAV's size. Qt chooses
the bit rate (about 80 kbit/s for mono speech): the recorder's own bit-rate and quality
settings change nothing with audio handed in this way (measured with Qt 6.11).
"""

import contextlib
import ctypes
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEventLoop, QObject, QUrl
from PySide6.QtMultimedia import (
    QAudioBuffer,
    QAudioBufferInput,
    QAudioFormat,
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
)

from reader.core.speech.progress import ExportCancelledError, Progress

translate = QCoreApplication.translate
BUFFER_SECONDS = 1
# FFmpeg's level for warnings (libavutil/log.h): AAC's closing statistics ("[aac @ 0x...]
# Qavg: ...") are logged at the level above, which FFmpeg prints to stderr by default.
AV_LOG_WARNING = 24
# libavutil as PySide6 ships it, by the name the already loaded copy answers to.
_AVUTIL_NAMES = {"win32": "avutil-59", "darwin": "libavutil.59.dylib"}


class EncodingError(Exception):
    """The encoder failed; str() is a message for the reader."""


def encode_speech(wav: Path, target: Path, progress: Progress) -> None:
    """Encode a 16-bit mono WAV file as AAC in `target` (an .m4a), waiting until done.

    `progress` is called with (frames done, frames in all); when it answers False the
    encoding stops with ExportCancelledError.
    """
    with wave.open(str(wav), "rb") as source:
        _Encoder(source, target, progress).run()


class _Encoder(QObject):
    def __init__(self, source: wave.Wave_read, target: Path, progress: Progress) -> None:
        super().__init__()
        self._source = source
        self._progress = progress
        self._frames = source.getnframes()
        self._format = QAudioFormat()
        self._format.setSampleRate(source.getframerate())
        self._format.setChannelCount(1)
        self._format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._input = QAudioBufferInput(self._format)
        self._session = QMediaCaptureSession()
        self._session.setAudioBufferInput(self._input)
        self._recorder = QMediaRecorder()
        self._session.setRecorder(self._recorder)
        media_format = QMediaFormat(QMediaFormat.FileFormat.Mpeg4Audio)
        media_format.setAudioCodec(QMediaFormat.AudioCodec.AAC)
        self._recorder.setMediaFormat(media_format)
        self._recorder.setAutoStop(True)  # stops once the empty buffer ends the stream
        self._recorder.setOutputLocation(QUrl.fromLocalFile(str(target)))
        self._pending = b""  # a buffer the encoder was not ready for
        self._ended = False
        self._cancelled = False
        self._error = ""
        self._loop = QEventLoop()
        self._input.readyToSendAudioBuffer.connect(self._send)
        self._recorder.recorderStateChanged.connect(self._on_state)
        self._recorder.errorOccurred.connect(self._on_error)

    def run(self) -> None:
        self._recorder.record()  # loads Qt's FFmpeg back end, and with it libavutil
        _quiet_ffmpeg()
        if self._recorder.recorderState() == QMediaRecorder.RecorderState.RecordingState:
            self._loop.exec()
        if self._cancelled:
            raise ExportCancelledError
        if self._error or self._recorder.error() != QMediaRecorder.Error.NoError:
            raise EncodingError(
                translate("speech", "The audio could not be encoded: {error}").format(
                    error=self._error or self._recorder.errorString()
                )
            )

    def _send(self) -> None:
        while not self._ended:
            data = self._pending or self._source.readframes(
                self._format.sampleRate() * BUFFER_SECONDS
            )
            if not data:
                self._ended = self._input.sendAudioBuffer(QAudioBuffer())  # end of the stream
                return
            if not self._input.sendAudioBuffer(QAudioBuffer(QByteArray(data), self._format)):
                self._pending = data  # sent again when the encoder is ready
                return
            self._pending = b""
            if not self._progress(min(self._source.tell(), self._frames), self._frames):
                self._cancelled = self._ended = True
                self._recorder.stop()
                return

    def _on_state(self, state: QMediaRecorder.RecorderState) -> None:
        if state == QMediaRecorder.RecorderState.StoppedState:
            self._loop.quit()

    def _on_error(self, _error: QMediaRecorder.Error, message: str) -> None:
        self._error = message
        self._loop.quit()


def _quiet_ffmpeg() -> None:
    """Keep FFmpeg's information lines off stderr, where `reader export-audio` speaks to its
    reader; its warnings and errors still come. Qt sets FFmpeg's log level only when
    QT_FFMPEG_DEBUG is set (Qt 6.11), so Reader sets it in the copy Qt loaded, found by
    name: nothing is loaded that was not already. Where it cannot be found, the lines stay.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(_AVUTIL_NAMES.get(sys.platform, "libavutil.so.59")).av_log_set_level(
            AV_LOG_WARNING
        )
