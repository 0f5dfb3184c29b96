"""reader export-audio, run as a user would, with the real engine; measured with sox."""

import array
import os
import signal
import subprocess
import sys
import time
import wave

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QAudioDecoder

from tests.conftest import REPO_ROOT, article_text

WORDS_PER_MINUTE = 175  # espeak-ng at speed 1.0


def export(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", "export-audio", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def sox_seconds(path) -> float:
    return float(
        subprocess.run(["soxi", "-D", str(path)], capture_output=True, text=True, check=True).stdout
    )


def sox_rms(path) -> float:
    """RMS amplitude (0 to 1) of the first five minutes, as `sox stat` measures it: speech
    is far above silence."""
    done = subprocess.run(
        ["sox", str(path), "-n", "trim", "0", "300", "stat"],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in done.stderr.splitlines() if line.startswith("RMS     amplitude"))
    return float(line.split(":")[1])


def write(tmp_path, body: str, **fields: str):
    path = tmp_path / "article.md"
    path.write_text(article_text("Exported", body, **fields), encoding="utf-8")
    return path


def test_an_article_becomes_speech_of_the_expected_length(tmp_path):
    sentences = " ".join(f"This is sentence number {n} of a short article." for n in range(40))
    article = write(tmp_path, sentences)
    output = tmp_path / "speech.wav"
    done = export(str(article), "-o", str(output))
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stderr and "100 %" in done.stderr
    words = len(sentences.split()) + 1  # and the title
    expected = words / WORDS_PER_MINUTE * 60
    assert 0.7 * expected < sox_seconds(output) < 1.4 * expected
    assert sox_rms(output) > 0.02

    faster = tmp_path / "faster.wav"
    assert export(str(article), "-o", str(faster), "--speed", "2").returncode == 0
    assert sox_seconds(faster) < 0.6 * sox_seconds(output)


def test_an_hour_of_speech_exports_in_seconds_with_no_crash(tmp_path):
    # One paragraph of 18,000 characters with no full stop: the length that crashes
    # pyttsx3 when spoken whole, and quadratic time when synthesised at once.
    run_on = " ".join(["and then the river went on"] * 700)
    paragraphs = [
        f"Paragraph {n} begins here. "
        + " ".join(["The reader listens to a long and patient article about rivers."] * 12)
        for n in range(70)
    ]
    article = write(tmp_path, run_on + "\n\n" + "\n\n".join(paragraphs))
    output = tmp_path / "hour.wav"
    done = export(str(article), "-o", str(output), timeout=600)
    assert done.returncode == 0, done.stderr
    assert sox_seconds(output) > 55 * 60
    assert sox_rms(output) > 0.02


def test_urdu_is_spoken_and_a_language_without_a_voice_is_named(tmp_path):
    article = write(
        tmp_path,
        "یہ پہلا جملہ ہے۔ کیا یہ دوسرا ہے؟\n\nد پښتو یوه جمله.\n{lang=ps}",
        language="ur",
    )
    output = tmp_path / "urdu.wav"
    done = export(str(article), "-o", str(output))
    assert done.returncode == 0, done.stderr
    assert "no installed voice speaks ps" in done.stderr
    without_pashto = sox_seconds(output)
    assert without_pashto > 1.0
    done = export(str(article), "-o", str(output), "--any-voice")
    assert done.returncode == 0, done.stderr
    assert sox_seconds(output) > without_pashto + 0.5


def test_mistakes_are_explained_and_nothing_is_written(tmp_path):
    article = write(tmp_path, "Some text.")
    done = export(str(article), "-o", str(tmp_path / "speech.mp3"))
    assert done.returncode == 2
    assert "name it .wav, or .m4a" in done.stderr
    assert "Traceback" not in done.stderr
    done = export("no-such-article", "-o", str(tmp_path / "speech.wav"))
    assert done.returncode == 2
    assert "no article" in done.stderr
    done = export(str(article), "-o", str(tmp_path / "speech.wav"), "--speed", "9")
    assert done.returncode == 2
    assert list(tmp_path.iterdir()) == [article]


def test_no_engine_says_how_to_install_one(tmp_path):
    article = write(tmp_path, "Some text.")
    env = {**os.environ, "ESPEAK_DATA_PATH": str(tmp_path)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "export-audio",
            str(article),
            "-o",
            str(tmp_path / "s.wav"),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert "apt install espeak-ng" in done.stderr
    assert not (tmp_path / "s.wav").exists()


def test_an_interrupted_export_leaves_nothing_behind(tmp_path):
    paragraphs = "\n\n".join(
        f"Paragraph {n}. " + "A sentence that takes a while to say aloud. " * 20 for n in range(200)
    )
    article = write(tmp_path, paragraphs)
    output = tmp_path / "speech.wav"
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "export-audio", str(article), "-o", str(output)],
        cwd=REPO_ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not any(".partial" in p.name for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "cancelled" in errors
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.md"]


def test_the_voices_are_listed():
    done = export("--list-voices")
    assert done.returncode == 0, done.stderr
    assert "inc/ur\tur\tUrdu" in done.stdout.splitlines()


def decoded_seconds(path, qtbot) -> float:
    """The length of a compressed file, decoded by Qt Multimedia as a phone's player would."""
    decoder = QAudioDecoder()
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    microseconds = []
    decoder.bufferReady.connect(lambda: microseconds.append(decoder.read().duration()))
    with qtbot.waitSignal(decoder.finished, timeout=60_000):
        decoder.start()
    return sum(microseconds) / 1e6


def test_m4a_is_the_same_speech_at_a_fraction_of_the_size(tmp_path, qtbot):
    sentences = " ".join(f"This is sentence number {n} of a short article." for n in range(40))
    article = write(tmp_path, sentences)
    wav, m4a = tmp_path / "speech.wav", tmp_path / "speech.m4a"
    assert export(str(article), "-o", str(wav)).returncode == 0
    done = export(str(article), "-o", str(m4a))
    assert done.returncode == 0, done.stderr
    assert abs(decoded_seconds(m4a, qtbot) - sox_seconds(wav)) < 0.5
    assert m4a.stat().st_size < wav.stat().st_size / 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.md", "speech.m4a", "speech.wav"]
    # The reader sees Reader's progress and result, not FFmpeg's statistics ("[aac @ ...]").
    assert [line for line in done.stderr.splitlines() if not line.startswith("reader: ")] == []


def test_the_data_folder_may_come_before_the_command(tmp_path):
    data = tmp_path / "data"
    (data / "articles").mkdir(parents=True)
    (data / "articles" / "mine.md").write_text(article_text("Mine", "Short."), encoding="utf-8")
    output = tmp_path / "mine.wav"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "--data-dir",
            str(data),
            "export-audio",
            "mine",
            "-o",
            str(output),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert sox_seconds(output) > 0.5


def test_a_chinese_article_is_spoken_by_the_voice_that_declares_zh(tmp_path):
    article = write(tmp_path, "你好。这是一篇中文文章，用普通话朗读。", language="zh")
    output = tmp_path / "chinese.wav"
    done = export(str(article), "-o", str(output))
    assert done.returncode == 0, done.stderr
    assert "no installed voice" not in done.stderr
    assert sox_seconds(output) > 2.0


def test_unmarked_urdu_in_english_is_read_by_the_urdu_voice_and_said_once(tmp_path):
    urdu = "یہ ایک اردو جملہ ہے۔ یہ دوسرا اردو جملہ ہے۔"
    unmarked, marked = tmp_path / "unmarked.wav", tmp_path / "marked.wav"
    done = export(str(write(tmp_path, f"English first.\n\n{urdu}")), "-o", str(unmarked))
    assert done.returncode == 0, done.stderr
    message = "Text in Arabic script that is not marked with its language is read as Urdu."
    assert done.stderr.count(message) == 1
    done = export(str(write(tmp_path, f"English first.\n\n{urdu}\n{{lang=ur}}")), "-o", str(marked))
    assert done.returncode == 0, done.stderr
    assert message not in done.stderr
    assert sox_seconds(unmarked) == pytest.approx(sox_seconds(marked), rel=0.1)


@pytest.mark.parametrize("voice", ["nope", "en-GB-x-none", "‮evil"])
def test_an_unknown_voice_is_refused_by_name(tmp_path, voice):
    result = export("how-to-use-reader", "-o", str(tmp_path / "x.wav"), "--voice", voice)
    assert result.returncode == 2
    assert "no voice '" in result.stderr and "see --list-voices" in result.stderr
    assert "\u202e" not in result.stderr  # shown escaped, as every name from outside
    assert not (tmp_path / "x.wav").exists()


@pytest.mark.parametrize("target", ["/proc/x.wav", "/proc/x.m4a", "/nonexistent-dir/../proc/y.wav"])
def test_a_file_that_cannot_be_made_is_one_clear_line(target):
    result = export("how-to-use-reader", "-o", target)
    assert result.returncode != 0
    assert "cannot write" in result.stderr or "is not a folder" in result.stderr
    assert "Exception ignored" not in result.stderr and "Traceback" not in result.stderr


def silences_ms(path, minimum_ms: int = 40) -> list[int]:
    """The lengths of the silent stretches (every sample below 300 of 32767) of at least
    `minimum_ms` in a 16-bit mono WAV, in order, in milliseconds."""
    with wave.open(str(path)) as audio:
        rate = audio.getframerate()
        samples = array.array("h", audio.readframes(audio.getnframes()))
    lengths, start = [], None
    for index, sample in enumerate([*samples, 32767]):  # a loud end closes the last stretch
        if abs(sample) < 300:
            start = index if start is None else start
        elif start is not None:
            if (index - start) * 1000 / rate >= minimum_ms:
                lengths.append(round((index - start) * 1000 / rate))
            start = None
    return lengths


PAUSES = "A paragraph follows. It has two sentences.\n\n- An item.\n- Another.\n\nThe end."


@pytest.mark.parametrize(
    ("option", "changed", "kind"),
    [
        ("--heading-pause", 2000, "heading"),
        ("--paragraph-pause", 1000, "paragraph"),
        ("--item-pause", 1500, "item"),
    ],
)
def test_each_pause_is_as_long_as_asked(tmp_path, option, changed, kind):
    """The silence after a heading (the title), a paragraph or a list item grows by
    exactly what was asked, and only there; espeak-ng's own pause stays as it was."""
    article = write(tmp_path, PAUSES)
    default, longer = tmp_path / "default.wav", tmp_path / "longer.wav"
    assert export(str(article), "-o", str(default)).returncode == 0
    done = export(str(article), "-o", str(longer), option, str(changed))
    assert done.returncode == 0, done.stderr
    before, after = silences_ms(default), silences_ms(longer)
    assert len(before) == len(after)
    grown = [b - a for a, b in zip(before, after, strict=True) if b != a]
    defaults = {"heading": 600, "paragraph": 150, "item": 350}
    # The passages are the title (a heading), the byline ("Author unknown"), the
    # paragraph, two items and the last paragraph, whose pause ends the file.
    assert grown == [changed - defaults[kind]] * {"heading": 1, "paragraph": 3, "item": 2}[kind]


def test_no_pauses_and_the_longest(tmp_path):
    article = write(tmp_path, PAUSES)
    none, longest = tmp_path / "none.wav", tmp_path / "longest.wav"
    no_pause = ("--heading-pause", "0", "--paragraph-pause", "0", "--item-pause", "0")
    assert export(str(article), "-o", str(none), *no_pause).returncode == 0
    most = ("--heading-pause", "3000", "--paragraph-pause", "3000", "--item-pause", "3000")
    assert export(str(article), "-o", str(longest), *most).returncode == 0
    # Six passages (title, byline, paragraph, two items, last paragraph), each followed
    # by 3 s more: 18 s, to a sample's rounding.
    assert sox_seconds(longest) - sox_seconds(none) == pytest.approx(18.0, abs=0.01)
    refused = export(str(article), "-o", str(none), "--item-pause", "3001")
    assert refused.returncode == 2 and "between 0 and 3000" in refused.stderr


def test_item_numbers_and_skipped_code_are_heard_so(tmp_path):
    body = "1. First.\n2. Second.\n\n```\ncode = 1\nmore = 2\n```\n\nAfter."
    article = write(tmp_path, body)
    lengths = {}
    for name, options in (
        ("plain", ()),
        ("items", ("--item-numbers",)),
        ("no code", ("--skip-code",)),
    ):
        output = tmp_path / f"{name}.wav"
        done = export(str(article), "-o", str(output), *options)
        assert done.returncode == 0, done.stderr
        lengths[name] = sox_seconds(output)
    assert lengths["items"] > lengths["plain"] + 0.4  # "item" twice
    assert lengths["no code"] < lengths["plain"] - 1.5  # two lines of code, and their pauses


@pytest.mark.parametrize(
    "body",
    [
        "English first.\n\nیہ ایک اردو جملہ ہے۔",  # unmarked Urdu
        "English first.\n\nیہ ایک اردو جملہ ہے۔\n{lang=ur}",  # marked Urdu
        "English first.\n\nPashto text here.\n{lang=ps}",  # a language no voice speaks
    ],
)
def test_one_voice_reads_every_part_in_the_english_voice(tmp_path, body):
    """The English voice spells Arabic script out letter by letter: the Urdu sentence
    takes far longer than in the Urdu voice; a language without a voice is not left out."""
    article = write(tmp_path, body)
    each, one = tmp_path / "each.wav", tmp_path / "one.wav"
    done = export(str(article), "-o", str(each))
    assert done.returncode == 0, done.stderr
    done = export(str(article), "-o", str(one), "--one-voice")
    assert done.returncode == 0, done.stderr
    assert "read as Urdu" not in done.stderr and "no installed voice" not in done.stderr
    if "ps" in body:
        assert sox_seconds(one) > sox_seconds(each) + 0.8  # the Pashto sentence is read
    else:
        assert sox_seconds(one) > sox_seconds(each) * 1.3
