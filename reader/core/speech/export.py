"""Speech to a file: the same utterances read-aloud plays, written one after another.

Each utterance is synthesised on its own and appended to the file, so an hour of
speech costs an hour's worth of sentences, each as quick as the first: no text long
enough to crash the engine, no time that grows with the square of the length.
The file appears only when complete; a cancelled or failed export leaves nothing.
"""

import contextlib
from collections.abc import Callable
from pathlib import Path

from reader.core.speech.audio import WavWriter, silence
from reader.core.speech.plan import Utterance
from reader.core.speech.synthesiser import Synthesiser

# Called after each utterance with (done, total); answers False to cancel.
Progress = Callable[[int, int], bool]


class ExportCancelledError(Exception):
    pass


def export_speech(
    spoken: list[Utterance],
    synthesiser: Synthesiser,
    speed: float,
    target: Path,
    progress: Progress,
) -> float:
    """Write the utterances to a WAV file at `target`; returns its length in seconds.

    Raises ExportCancelledError, SynthesisError or OSError; then `target` is untouched.
    """
    partial = target.with_name(f".{target.name}.partial")
    writer: WavWriter | None = None
    try:
        for done, utterance in enumerate(spoken, start=1):
            clip = synthesiser.synthesise(utterance.text, utterance.voice_id, speed)
            if writer is None:
                writer = WavWriter(partial, clip.sample_rate)
            writer.write(clip.pcm)
            writer.write(silence(utterance.pause_after_ms, clip.sample_rate))
            if not progress(done, len(spoken)):
                raise ExportCancelledError
        if writer is None:
            writer = WavWriter(partial, 22050)  # nothing to say: a valid, silent file
        writer.close()
        seconds = writer.frames / writer.sample_rate
        partial.replace(target)
    except BaseException:
        if writer is not None:
            writer.close()
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return seconds
