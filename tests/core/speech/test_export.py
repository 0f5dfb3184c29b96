"""Export with the real engine and Qt Multimedia's encoder; nothing is left of a cancelled file."""

import pytest

from reader.core.speech.export import export_speech
from reader.core.speech.plan import Utterance
from reader.core.speech.progress import ExportCancelledError


def utterances(count: int) -> list[Utterance]:
    return [
        Utterance(n, None, f"Sentence number {n} is read aloud.", "en", "gmw/en", 150)
        for n in range(count)
    ]


def test_progress_covers_synthesis_then_encoding(qapp, tmp_path, synthesiser):
    steps: list[tuple[int, int]] = []
    seconds = export_speech(
        utterances(6),
        synthesiser,
        1.0,
        tmp_path / "s.m4a",
        lambda *step: steps.append(step) or True,
    )
    assert seconds > 6
    assert steps[:6] == [(n, 12) for n in range(1, 7)]
    assert steps[-1] == (12, 12)
    assert [path.name for path in tmp_path.iterdir()] == ["s.m4a"]


@pytest.mark.parametrize("stop_at", [3, 7])  # while synthesising; while encoding
def test_a_cancelled_export_leaves_nothing(qapp, tmp_path, synthesiser, stop_at):
    with pytest.raises(ExportCancelledError):
        export_speech(
            utterances(6), synthesiser, 1.0, tmp_path / "s.m4a", lambda done, _: done < stop_at
        )
    assert list(tmp_path.iterdir()) == []
