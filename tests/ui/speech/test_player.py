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


def listened_player() -> tuple[SpeechPlayer, list[object], list[bool]]:
    """A player, the tags it says are heard (clipStarted) and a True for each drained."""
    player = SpeechPlayer()
    started: list[object] = []
    player.clipStarted.connect(started.append)
    drained: list[bool] = []
    player.drained.connect(lambda: drained.append(True))
    return player, started, drained


def test_a_clip_queued_in_pieces_is_one_clip_heard_once_then_the_next(qtbot, sound_server):
    """Read-aloud queues a sentence's first pieces as the engine makes them, then the rest
    with the same tag: the listener hears one clip, reported once, before the next one; clips
    tagged None (voice tests) are queued whole, each after the other."""
    player, started, drained = listened_player()
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


def test_clips_queued_while_paused_are_silent_until_resumed(qtbot, sound_server):
    """Skipping while paused queues the new sentence: nothing may sound until resume, and
    then all of it does (the sink opens on what is queued and pulls it at once)."""
    player = SpeechPlayer()
    drained: list[bool] = []
    player.drained.connect(lambda: drained.append(True))
    player.pause()
    with sound_server.record() as recording:
        player.enqueue(Clip(tone(200, 4000), RATE), (1, 0))
        player.enqueue(Clip(tone(200, 4000), RATE), (1, 1))
        qtbot.wait(600)
    assert recording.sound_seconds() == 0
    assert player.bytes_written == 0
    assert player.queued_seconds() > 0.35  # still counted, so synthesis does not run on
    with sound_server.record() as recording:
        player.resume()
        qtbot.waitUntil(lambda: bool(drained), timeout=20_000)
    assert recording.sound_seconds() >= 0.35


def test_a_clip_queued_after_the_sink_ran_dry_is_heard(qtbot, sound_server):
    """The sink pulls what is queued; once it has drained, a clip queued later (the engine
    slower than the listener) must wake it: heard, and reported as the clip heard."""
    player, started, drained = listened_player()
    with sound_server.record() as recording:
        player.enqueue(Clip(tone(150, 4000), RATE), (1, 0))
        qtbot.waitUntil(lambda: bool(drained), timeout=20_000)
        player.enqueue(Clip(tone(250, 8000), RATE), (1, 1))
        qtbot.waitUntil(lambda: len(drained) == 2, timeout=20_000)
    assert started == [(1, 0), (1, 1)]
    assert recording.sound_seconds() >= 0.35


def test_a_clip_whose_rest_comes_late_plays_on_when_it_comes(qtbot, sound_server):
    """A sentence's first piece, then its rest after the sink has played the piece out:
    the rest is heard too, as the same clip."""
    player, started, drained = listened_player()
    with sound_server.record() as recording:
        player.enqueue(Clip(tone(100, 4000), RATE), (2, 0))
        qtbot.wait(400)
        player.enqueue(Clip(tone(300, 4000), RATE), (2, 0))
        qtbot.waitUntil(lambda: len(drained) >= 1 and player.queued_seconds() == 0, timeout=20_000)
    assert (2, 0) in started
    assert recording.sound_seconds() >= 0.35
