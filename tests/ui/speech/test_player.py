"""The player on a real sound server: clips queued in pieces play as one clip each."""

import array

from reader.core.speech.audio import Clip, silence
from reader.ui.speech.player import SpeechPlayer

RATE = 22050


def tone(milliseconds: int, level: int) -> bytes:
    """A square wave at `level`: loud enough for the recorder, told apart by its level."""
    period = RATE // 441
    samples = [
        level if (i // (period // 2)) % 2 else -level for i in range(RATE * milliseconds // 1000)
    ]
    return array.array("h", samples).tobytes()


def test_a_clip_queued_in_pieces_is_one_clip_heard_once_then_the_next(qtbot, sound_server):
    """Read-aloud queues a sentence's first pieces as the engine makes them, then the rest
    with the same tag: the listener hears one clip, reported once, before the next one; clips
    tagged None (voice tests) are queued whole, each after the other."""
    player = SpeechPlayer()
    started: list[object] = []
    player.clipStarted.connect(started.append)
    drained: list[bool] = []
    player.drained.connect(lambda: drained.append(True))
    first, second = (1, 0), (1, 1)
    pieces = [tone(150, 4000), tone(100, 4000), tone(200, 4000) + silence(50, RATE)]
    with sound_server.record() as recording:
        for piece in pieces:
            player.enqueue(Clip(piece, RATE), (1, 0))  # an equal tag, not the same object
        player.enqueue(Clip(tone(300, 8000), RATE), second)
        player.enqueue(Clip(tone(100, 2000), RATE), None)
        player.enqueue(Clip(tone(100, 2000), RATE), None)
        qtbot.waitUntil(lambda: bool(drained), timeout=20_000)
    assert started == [first, second, None]  # None twice in a row is one change of clip
    # Everything was heard: 450 ms in three pieces, 300 ms, then 100 ms twice.
    assert recording.sound_seconds() >= 0.9
