"""Speech audio as the app handles it: 16-bit mono PCM clips, silences and WAV files."""

import array
import errno
import io
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication

SAMPLE_WIDTH = 2  # bytes: 16-bit signed samples, as espeak-ng and SAPI produce
# A WAV file's RIFF size counts the 36 bytes of header after it and the samples, in 32 bits.
MAX_WAV_DATA_BYTES = 2**32 - 1 - 36
translate = QCoreApplication.translate


@dataclass(frozen=True)
class SpokenWord:
    """When a word of an utterance is heard: [start, end) in the utterance's text."""

    start: int
    end: int
    milliseconds: int  # from the start of the clip


@dataclass(frozen=True)
class Clip:
    """One utterance's audio: what the player queues and export writes."""

    pcm: bytes
    sample_rate: int
    words: tuple[SpokenWord, ...] = ()  # empty when the engine does not time its words

    @property
    def seconds(self) -> float:
        return len(self.pcm) / (SAMPLE_WIDTH * self.sample_rate)


def silence(milliseconds: int, sample_rate: int) -> bytes:
    return bytes(SAMPLE_WIDTH * (sample_rate * milliseconds // 1000))


def read_speech(source: Path | BinaryIO) -> Clip:
    """A mono 16-bit WAV or AIFF file, or one in memory, as a clip: what the engines write
    (espeak-ng and SAPI 5 write WAV; macOS's synthesiser writes AIFF whatever the name)."""
    data = source.read_bytes() if isinstance(source, Path) else source.read()
    if data[:4] == b"FORM":
        return _read_aiff(data)
    with wave.open(io.BytesIO(data), "rb") as wav:
        if wav.getsampwidth() != SAMPLE_WIDTH or wav.getnchannels() != 1:
            message = "expected 16-bit mono audio"
            raise ValueError(message)
        return Clip(wav.readframes(wav.getnframes()), wav.getframerate())


def _read_aiff(data: bytes) -> Clip:
    """16-bit mono AIFF, or AIFF-C uncompressed ("NONE", big-endian; "sowt", little-endian).

    Python's aifc module is gone from Python 3.13; the format is a few chunks."""
    if data[8:12] not in (b"AIFF", b"AIFC"):
        message = "not an AIFF file"
        raise ValueError(message)
    chunks, offset = {}, 12
    while offset + 8 <= len(data):
        name, size = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        chunks[name] = data[offset + 8 : offset + 8 + size]
        offset += 8 + size + size % 2  # chunks are padded to an even length
    common, sound = chunks.get(b"COMM", b""), chunks.get(b"SSND", b"")
    if len(common) < 18 or len(sound) < 8:
        message = "an AIFF file without its sound"
        raise ValueError(message)
    channels, frames, bits = struct.unpack(">hIh", common[:8])
    compression = common[18:22] if data[8:12] == b"AIFC" else b"NONE"
    if channels != 1 or bits != 8 * SAMPLE_WIDTH or compression not in (b"NONE", b"sowt"):
        message = "expected uncompressed 16-bit mono audio"
        raise ValueError(message)
    exponent, mantissa = struct.unpack(">HQ", common[8:18])  # an 80-bit extended float
    sample_rate = round(mantissa * 2.0 ** ((exponent & 0x7FFF) - 16383 - 63))
    start = 8 + struct.unpack(">I", sound[:4])[0]
    samples = array.array("h", sound[start : start + frames * SAMPLE_WIDTH])
    if compression == b"NONE" and sys.byteorder == "little":
        samples.byteswap()
    return Clip(samples.tobytes(), sample_rate)


class WavWriter:
    """Appends clips to a WAV file as they come: an hour of speech never sits in memory,
    and each write costs the same however long the file already is."""

    def __init__(self, path: Path, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        # Opened here, not by wave.open(name): when the file cannot be made, wave's own
        # half-built writer complains again on its way out ("Exception ignored ...").
        self._file = path.open("wb")
        self._wav = wave.open(self._file, "wb")  # noqa: SIM115
        self._wav.setnchannels(1)
        self._wav.setsampwidth(SAMPLE_WIDTH)
        self._wav.setframerate(sample_rate)
        self.frames = 0

    def write(self, pcm: bytes) -> None:
        """Append 16-bit mono samples. Raises OSError (EFBIG) rather than write past what
        a WAV file's 32-bit sizes can count (4 GiB: about 27 hours at 22,050 Hz), which
        would leave a file whose header lies about its length."""
        if (self.frames * SAMPLE_WIDTH + len(pcm)) > MAX_WAV_DATA_BYTES:
            hours = MAX_WAV_DATA_BYTES / SAMPLE_WIDTH / self.sample_rate / 3600
            raise OSError(
                errno.EFBIG,
                translate(
                    "audio", "a WAV file holds at most 4 GiB, about {hours} hours of speech"
                ).format(hours=int(hours)),
            )
        self._wav.writeframesraw(pcm)
        self.frames += len(pcm) // SAMPLE_WIDTH

    def close(self) -> None:
        try:
            self._wav.close()  # rewrites the header with the final length
        finally:
            self._file.close()

    def __enter__(self) -> "WavWriter":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
