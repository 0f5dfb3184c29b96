"""Speech audio as the app handles it: 16-bit mono PCM clips, silences and WAV files."""

import wave
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

SAMPLE_WIDTH = 2  # bytes: 16-bit signed samples, as espeak-ng and SAPI produce


@dataclass(frozen=True)
class Clip:
    """One utterance's audio: what the player queues and export writes."""

    pcm: bytes
    sample_rate: int

    @property
    def seconds(self) -> float:
        return len(self.pcm) / (SAMPLE_WIDTH * self.sample_rate)


def silence(milliseconds: int, sample_rate: int) -> bytes:
    return bytes(SAMPLE_WIDTH * (sample_rate * milliseconds // 1000))


def read_wav(source: Path | BinaryIO) -> Clip:
    """A mono 16-bit WAV file, or one in memory, as a clip (what the engine writes)."""
    with wave.open(str(source) if isinstance(source, Path) else source, "rb") as wav:
        if wav.getsampwidth() != SAMPLE_WIDTH or wav.getnchannels() != 1:
            message = "expected 16-bit mono audio"
            raise ValueError(message)
        return Clip(wav.readframes(wav.getnframes()), wav.getframerate())


class WavWriter:
    """Appends clips to a WAV file as they come: an hour of speech never sits in memory,
    and each write costs the same however long the file already is."""

    def __init__(self, path: Path, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self._wav = wave.open(str(path), "wb")  # noqa: SIM115 - closed by close() / __exit__
        self._wav.setnchannels(1)
        self._wav.setsampwidth(SAMPLE_WIDTH)
        self._wav.setframerate(sample_rate)
        self.frames = 0

    def write(self, pcm: bytes) -> None:
        self._wav.writeframesraw(pcm)
        self.frames += len(pcm) // SAMPLE_WIDTH

    def close(self) -> None:
        self._wav.close()  # rewrites the header with the final length

    def __enter__(self) -> "WavWriter":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
