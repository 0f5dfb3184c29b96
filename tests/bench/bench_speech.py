"""Read-aloud: from F5 to the first sound, and exporting long articles to audio.

First sound: the window's Read Aloud command (what F5 triggers) on the seed article,
the caret on its first paragraph, the engine started beforehand (as the reader's first
key or click starts it; F5 as the very first key of a session also waits for the engine
to start, about 0.4 s more here) and the article's sentences found as they are once it is
shown; measured until the first
loud sample reaches a real PulseAudio null sink, recorded from its monitor. The floor,
as the issue sets it: `espeak-ng --stdout SENTENCE | paplay` speaking the same first
sentence, from its start to its first sound at the same sink. Both sides go through the
same recorder, which keeps the sink busy with silence (an idle sink's monitor sends
nothing, and the floor then read -10..+10 ms) and times the first loud sample, not its
20 ms window; what error is left in its clock is in both. Also printed: the time until
the first samples are handed to the sound device, and the engine synthesising the
sentence alone.

Export: the same pipeline writing 2,500, 5,000 and 10,000 words to WAV. One ratio is
the time per word at 10,000 words over that at 2,500: 1.0 is linear growth (pyttsx3
given the whole text at once grows with its square, and crashes past 17,000 characters).
The other is the time for 10,000 words against `espeak-ng -w` writing the same text.
"""

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices
from PySide6.QtWidgets import QApplication

from reader.core.speech.export import export_speech
from reader.core.speech.passages import spoken_article
from reader.core.speech.plan import VoiceChoice, from_sentence, utterances
from reader.core.speech.synthesiser import Synthesiser
from reader.ui.display.fonts import register_bundled_fonts
from reader.ui.speech.read_aloud import ReadingState
from tests.bench.common import Row, bench_window, dispose, qt_application, seconds
from tests.conftest import BUNDLED_ARTICLES
from tests.support.sound import Recording, SoundServer

ARTICLE_ID = "metoo-pakistan-marginalised"
PARAGRAPH = "In the better part of 2018"
REPEATS = 7
FIRST_SOUND_GOAL = 2.0
EXPORT_WORDS = (2_500, 5_000, 10_000)
LINEAR_GOAL = 1.2
THROUGHPUT_GOAL = 0.8  # at least this share of espeak-ng -w's words per second
SENTENCE = "Reading aloud is a way to listen to an article, one sentence after another."


def wait_for_sound(app: QApplication, recording: Recording, timeout: float = 10.0) -> float:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        app.processEvents()
        heard = recording.first_sound_at()
        if heard is not None:
            return heard
        time.sleep(0.002)
    message = "no sound reached the sink"
    raise RuntimeError(message)


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 10.0) -> float:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            message = "timed out"
            raise RuntimeError(message)
        app.processEvents()
        # Idle, as the event loop would be: the engine's thread needs the interpreter.
        time.sleep(0.0002)
    return time.perf_counter()


def first_audio_in_window(
    app: QApplication, server: SoundServer, tmp: Path
) -> tuple[list[float], list[float]]:
    window = bench_window(tmp, [BUNDLED_ARTICLES])
    store = window.store
    window.open_article_by_id(ARTICLE_ID)
    window.content_note.open_button.click()  # past its content note, to the text
    read_aloud = window.read_aloud
    read_aloud.start_engine()
    while not read_aloud.voices:
        app.processEvents()
        time.sleep(0.005)
    start = window.view.plain_text().index(PARAGRAPH)
    handed, heard = [], []
    for _ in range(REPEATS):
        window.view.move_caret_to(start)
        with server.record() as recording:
            time.sleep(0.1)
            pressed = time.perf_counter()
            window.actions_by_name["read_aloud"].trigger()
            handed.append(wait_until(app, lambda: read_aloud.player.bytes_written > 0) - pressed)
            heard.append(wait_for_sound(app, recording) - pressed)
            read_aloud.stop()
        assert read_aloud.state == ReadingState.STOPPED
        read_aloud.set_article("en")  # as if opened again: its sentences are found anew
        app.processEvents()
    dispose(window)
    store.close()
    return handed, heard


def first_audio_bare(
    app: QApplication, server: SoundServer, text: str
) -> tuple[list[float], list[float]]:
    synthesiser = Synthesiser()
    handed, heard = [], []
    for _ in range(REPEATS):
        with server.record() as recording:
            time.sleep(0.1)
            pressed = time.perf_counter()
            clip = synthesiser.synthesise(text, synthesiser.default_voice_id, 1.0)
            audio_format = QAudioFormat()
            audio_format.setSampleRate(clip.sample_rate)
            audio_format.setChannelCount(1)
            audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            sink = QAudioSink(QMediaDevices.defaultAudioOutput(), audio_format)
            audio = QBuffer()
            audio.setData(QByteArray(clip.pcm))
            audio.open(QIODevice.OpenModeFlag.ReadOnly)
            sink.start(audio)  # pulled as the stream opens, as the player does
            handed.append(time.perf_counter() - pressed)
            heard.append(wait_for_sound(app, recording) - pressed)
            sink.stop()
    synthesiser.close()
    return handed, heard


def first_sound_espeak(app: QApplication, server: SoundServer, text: str) -> list[float]:
    """`espeak-ng --stdout TEXT | paplay`: from the start to the first sound at the sink."""
    espeak, paplay = shutil.which("espeak-ng"), shutil.which("paplay")
    if espeak is None or paplay is None:
        message = "espeak-ng and paplay are needed (Debian: espeak-ng pulseaudio-utils)"
        raise RuntimeError(message)
    heard = []
    for _ in range(REPEATS):
        with server.record() as recording:
            time.sleep(0.1)
            pressed = time.perf_counter()
            speaker = subprocess.Popen([espeak, "--stdout", text], stdout=subprocess.PIPE)
            player = subprocess.Popen([paplay, "--server", server.address], stdin=speaker.stdout)
            speaker.stdout.close()  # paplay holds the pipe now
            heard.append(wait_for_sound(app, recording) - pressed)
            player.wait(30)
            speaker.wait(30)
    return heard


def window_first_sentence() -> str:
    """The first sentence F5 reads, as the window's own segmentation finds it."""
    from PySide6.QtGui import QTextDocument

    from reader.core.articles.article import read_article
    from reader.core.articles.rendering import render_article

    rendered = render_article(read_article(BUNDLED_ARTICLES / f"{ARTICLE_ID}.md", ARTICLE_ID))
    document = QTextDocument()
    document.setHtml(rendered.html)
    article = spoken_article(document, "en")
    index = article.sentence_at(document.toRawText().index(PARAGRAPH))
    return article.sentences[index].text


def export_seconds(words: int, synthesiser: Synthesiser, tmp: Path) -> float:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setPlainText(export_text(words))
    article = spoken_article(document, "en")
    sentences = from_sentence(article, 0)
    voices = VoiceChoice(tuple(synthesiser.voices()), synthesiser.default_voice_id)
    spoken = utterances(article, sentences, voices)
    began = time.perf_counter()
    export_speech(spoken, synthesiser, 1.0, tmp / f"{words}.wav", lambda done, total: True)
    return time.perf_counter() - began


def run() -> list[Row]:
    print("== Read-aloud: F5 to first audio; export of long articles ==")
    server = SoundServer()
    previous_server = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = server.address
    app = qt_application()
    register_bundled_fonts()
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="reader-bench-") as folder:
            tmp = Path(folder)
            reader_handed, reader_heard = first_audio_in_window(app, server, tmp)
            sentence = window_first_sentence()
            bare_handed, bare_heard = first_audio_bare(app, server, sentence)
            espeak_heard = first_sound_espeak(app, server, sentence)
            for name, values in (
                ("F5 to first audio handed to the device", reader_handed),
                ("F5 to first sound at the sink's monitor", reader_heard),
                ("one sentence alone, to the device", bare_handed),
                ("one sentence alone, to the sink's monitor", bare_heard),
                ("espeak-ng --stdout | paplay, to the sink's monitor", espeak_heard),
            ):
                print(f"{name}: {[round(value * 1000) for value in values]} ms")
            reader_sound = statistics.median(reader_heard)
            espeak_sound = statistics.median(espeak_heard)
            rows.append(
                Row(
                    "Read aloud: F5 to first sound",
                    seconds(reader_sound),
                    f"espeak-ng | paplay {seconds(espeak_sound)}",
                    reader_sound / espeak_sound,
                    FIRST_SOUND_GOAL,
                )
            )
            rows += export_rows(tmp)
    finally:
        server.close()
        # The benchmarks after this one must not look for a server that is gone.
        if previous_server is None:
            del os.environ["PULSE_SERVER"]
        else:
            os.environ["PULSE_SERVER"] = previous_server
    return rows


def export_text(words: int) -> str:
    paragraph = " ".join([SENTENCE] * 8)  # 112 words
    return "\n".join([paragraph] * (words // len(paragraph.split())))


def export_rows(tmp: Path) -> list[Row]:
    synthesiser = Synthesiser()
    took = {words: export_seconds(words, synthesiser, tmp) for words in EXPORT_WORDS}
    synthesiser.close()
    for words, value in took.items():
        print(f"export {words:>6} words: {seconds(value)} ({value / words * 1000:.2f} ms/word)")
    first, last = EXPORT_WORDS[0], EXPORT_WORDS[-1]
    text = tmp / "export.txt"
    text.write_text(export_text(last), encoding="utf-8")
    espeak = shutil.which("espeak-ng") or "espeak-ng"
    began = time.perf_counter()
    subprocess.run([espeak, "-w", str(tmp / "espeak.wav"), "-f", str(text)], check=True)
    floor = time.perf_counter() - began
    print(f"espeak-ng -w, the same {last:,} words: {seconds(floor)}")
    return [
        Row(
            f"Export {last:,} words to WAV",
            seconds(took[last]),
            f"per word, against {first:,} words: {seconds(took[first])}",
            (took[last] / last) / (took[first] / first),
            LINEAR_GOAL,
            f"<= {LINEAR_GOAL:g}x (linear)",
        ),
        Row(
            f"Export {last:,} words: time against espeak-ng -w",
            seconds(took[last]),
            f"espeak-ng -w {seconds(floor)}",
            took[last] / floor,
            1 / THROUGHPUT_GOAL,
            f"<= {1 / THROUGHPUT_GOAL:g}x (throughput >= {THROUGHPUT_GOAL:g}x)",
        ),
    ]
