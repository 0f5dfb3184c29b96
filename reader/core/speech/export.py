"""Speech to a file: the same utterances read-aloud plays, written one after another.

Each utterance is synthesised on its own and appended to the file, so an hour of
speech costs an hour's worth of sentences, each as quick as the first: no text long
enough to crash the engine, no time that grows with the square of the length.
The file appears only when complete; a cancelled or failed export leaves nothing.
"""

import contextlib
from pathlib import Path

from reader.core.speech.audio import WavWriter, silence
from reader.core.speech.plan import Utterance
from reader.core.speech.progress import ExportCancelledError, Progress
from reader.core.speech.synthesiser import Synthesiser

ENCODED_SUFFIXES = (".m4a",)  # see reader.core.speech.encoding


def export_speech(
    spoken: list[Utterance],
    synthesiser: Synthesiser,
    speed: float,
    target: Path,
    progress: Progress,
) -> float:
    """Write the utterances to `target`, a WAV file, or AAC when it ends in .m4a (encoded
    from the WAV once it is whole); returns the length in seconds. Progress counts each
    utterance, then, for .m4a, as many steps again for the encoding.

    Raises ExportCancelledError, SynthesisError, EncodingError or OSError; then `target`
    is untouched.
    """
    encoded = target.suffix.lower() in ENCODED_SUFFIXES
    steps = len(spoken) * (2 if encoded else 1)
    wav = target.with_name(f".{target.name}.partial.wav")
    partial = target.with_name(f".{target.name}.partial{target.suffix}") if encoded else wav
    writer: WavWriter | None = None
    try:
        for done, utterance in enumerate(spoken, start=1):
            clip = synthesiser.synthesise(utterance.text, utterance.voice_id, speed)
            if writer is None:
                writer = WavWriter(wav, clip.sample_rate)
            writer.write(clip.pcm)
            writer.write(silence(utterance.pause_after_ms, clip.sample_rate))
            if not progress(done, steps):
                raise ExportCancelledError
        if writer is None:
            writer = WavWriter(wav, 22050)  # nothing to say: a valid, silent file
        writer.close()
        seconds = writer.frames / writer.sample_rate
        if encoded:
            # Qt Multimedia's encoder is loaded only to encode: it costs the app's start.
            from reader.core.speech.encoding import encode_speech

            def encoding_progress(frames_done: int, frames: int) -> bool:
                return progress(len(spoken) + len(spoken) * frames_done // max(frames, 1), steps)

            encode_speech(wav, partial, encoding_progress)
        partial.replace(target)
    except BaseException:
        if writer is not None:
            with contextlib.suppress(OSError):  # a full disk: the files still go
                writer.close()
        for leftover in {wav, partial}:
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    finally:
        if encoded:
            with contextlib.suppress(OSError):
                wav.unlink()
    return seconds
