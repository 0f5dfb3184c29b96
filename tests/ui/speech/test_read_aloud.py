"""Read-aloud in the window: the real engine (espeak-ng), playing into a real sound server
whose output each test records, so that what is heard is what is checked."""

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QStatusBar

from reader.core.articles.article import read_article
from reader.core.articles.rendering import render_article
from reader.core.speech.audio import Clip
from reader.core.speech.settings import HighlightStyle, SpeechSettings
from reader.core.speech.synthesiser import Synthesiser, SynthesisError
from reader.ui.accessibility.announcer import Announcer
from reader.ui.reading.article_view import ArticleView
from reader.ui.speech.read_aloud import ReadAloud, ReadingState
from tests.conftest import REPO_ROOT
from tests.ui.conftest import answer_next_message_box, wait_for_engine

SHIFT_ALT = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
PARAGRAPH = "The river is wide"
SHORT_SENTENCES = """
# Rivers

The river is wide. It runs to the sea. Boats go up and down. Children swim in summer.
Birds sit on the banks. The water is cold in winter.

Fishermen wait at dawn. Their nets are long. The market opens at six. Everyone buys fish.

This last paragraph is one long sentence that goes on about the river, the boats, the
children, the birds, the fishermen and the market, so that it can be paused in its middle.
"""
LONG_SENTENCE = "This last paragraph is one long sentence"


@pytest.fixture
def reading_window(make_window, write_article, qtbot):
    """A window on an article of short sentences, read-aloud ready, caret on a paragraph."""
    write_article("rivers.md", "Rivers", SHORT_SENTENCES)
    window = make_window()
    read_aloud = window.read_aloud
    wait_for_engine(read_aloud, qtbot)
    assert read_aloud.available, read_aloud.unavailable_reason
    assert window.open_article_by_id("rivers")
    window.focus_article()
    window.view.move_caret_to(window.view.plain_text().index(PARAGRAPH))
    return window


def select_as_reader(view: ArticleView, start: int, end: int) -> None:
    """Select as the reader's mouse or Shift+arrow keys do: the view's caret moves with it."""
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def heard_text(window) -> str:
    """The sentence being heard; empty between a skip and the next clip."""
    start, end = window.read_aloud.current_sentence_range() or (0, 0)
    return window.view.plain_text()[start:end]


def test_f5_reads_from_the_caret_and_the_sound_reaches_the_speakers(
    reading_window, qtbot, sound_server
):
    window = reading_window
    heard: list[str] = []
    window.read_aloud.sentenceHeard.connect(lambda *_: heard.append(heard_text(window)))
    with sound_server.record() as recording:
        pressed = time.perf_counter()
        qtbot.keyClick(window.view, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: len(heard) >= 2)
        sentence_span = window.view.selection_layer("speech")[0]
        assert (
            sentence_span.start,
            sentence_span.end,
        ) == window.read_aloud.current_sentence_range()
        qtbot.wait(500)
    assert window.read_aloud.state == ReadingState.READING
    assert heard[:2] == ["The river is wide.", "It runs to the sea."]
    assert recording.sound_seconds() > 1.0
    # F5 made the sound (how soon is tests/bench/bench_speech's question, not a test's).
    assert recording.first_sound_at() > pressed
    assert window.announcer.last_message == "Reading aloud"


def test_space_pauses_at_once_and_resumes_the_same_sentence(reading_window, qtbot, sound_server):
    window = reading_window
    window.view.move_caret_to(window.view.plain_text().index(LONG_SENTENCE))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: heard_text(window).startswith(LONG_SENTENCE))
    sentence = window.read_aloud.current_sentence_range()
    with sound_server.record() as recording:
        qtbot.wait(300)
        paused_at = time.perf_counter()
        qtbot.keyClick(window.view, Qt.Key.Key_Space)
        qtbot.wait(1500)
    assert window.read_aloud.state == ReadingState.PAUSED
    assert window.announcer.last_message == "Paused"
    assert recording.loud_between(recording.started, paused_at) > 0.1
    assert recording.loud_between(paused_at + 0.3, paused_at + 1.5) == 0
    assert window.read_aloud.current_sentence_range() == sentence

    restarted: list[tuple[int, int]] = []  # a sentence heard again from its start
    window.read_aloud.sentenceHeard.connect(lambda *span: restarted.append(span))
    with sound_server.record() as recording:
        resumed_at = time.perf_counter()
        qtbot.keyClick(window.view, Qt.Key.Key_Space)
        qtbot.wait(600)
    assert window.read_aloud.state == ReadingState.READING
    assert recording.loud_between(resumed_at, resumed_at + 0.6) > 0.2
    assert window.read_aloud.current_sentence_range() == sentence  # a long one: still in it
    assert restarted == []  # the same clip went on, from where it paused


def test_the_highlight_changes_when_the_next_sentence_is_heard(reading_window, qtbot, sound_server):
    """Each change of highlight falls in the pause between two sentences of the recording,
    and is followed by speech: the highlighted sentence is the one playing."""
    window = reading_window
    changes: list[float] = []
    window.read_aloud.sentenceHeard.connect(lambda *_: changes.append(time.perf_counter()))
    with sound_server.record() as recording:
        qtbot.keyClick(window.view, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: len(changes) >= 4, timeout=30_000)
        qtbot.wait(500)
    assert len(changes) >= 4
    for change in changes[1:4]:
        assert recording.loud_between(change + 0.05, change + 0.4) > 0.15
        quiet = [
            recording.loud_between(start, start + 0.04) == 0
            for start in (change - 0.35 + step * 0.02 for step in range(25))
        ]
        assert any(quiet), f"no pause in the speech near the highlight's change at {change}"


def test_escape_stops_and_leaves_the_caret_at_the_sentence(reading_window, qtbot, sound_server):
    window = reading_window
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.read_aloud.current_sentence_range() is not None)
    qtbot.keyClick(window.view, Qt.Key.Key_Right, SHIFT_ALT)
    qtbot.waitUntil(lambda: heard_text(window) == "It runs to the sea.")
    second_start, _ = window.read_aloud.current_sentence_range()
    with sound_server.record() as recording:
        stopped_at = time.perf_counter()
        qtbot.keyClick(window.view, Qt.Key.Key_Escape)
        qtbot.wait(800)
    assert window.read_aloud.state == ReadingState.STOPPED
    assert window.announcer.last_message == "Stopped reading"
    assert recording.loud_between(stopped_at + 0.3, stopped_at + 0.8) == 0
    assert window.view.caret_position() == second_start
    assert window.view.selection_layer("speech") == []
    # Space is the article's own key again (it pages down) once reading has stopped.
    assert not window.actions_by_name["pause_reading"].isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert window.read_aloud.state == ReadingState.STOPPED


def test_the_stop_media_key_stops_from_anywhere_in_the_window(reading_window, qtbot):
    """Issue 18, item 4: a keyboard's or headset's Stop key, with focus in a panel."""
    window = reading_window
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.read_aloud.current_sentence_range() is not None)
    window.library_panel.list.setFocus()
    qtbot.keyClick(window.library_panel.list, Qt.Key.Key_MediaStop)
    qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED)
    assert window.announcer.last_message == "Stopped reading"


def test_only_the_selection_is_read(reading_window, qtbot):
    window = reading_window
    text = window.view.plain_text()
    start = text.index(PARAGRAPH)
    end = text.index("Boats go", start) + len("Boats go")
    select_as_reader(window.view, start, end)
    heard: list[tuple[int, int]] = []
    window.read_aloud.sentenceHeard.connect(lambda *span: heard.append(span))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=30_000)
    assert window.announcer.last_message == "Finished reading"
    assert [text[s:e] for s, e in heard] == [
        "The river is wide.",
        "It runs to the sea.",
        "Boats go",
    ]
    assert all(start <= s and e <= end for s, e in heard)


def test_speed_and_highlight_style_are_kept_between_sessions(make_window, qtbot):
    window = make_window()
    wait_for_engine(window.read_aloud, qtbot)
    window.read_aloud_bar.speed.setValue(1.7)
    window.read_aloud.set_highlight(HighlightStyle.UNDERLINE)
    window.close()
    again = make_window()
    assert again.read_aloud.settings.speed == 1.7
    assert again.read_aloud.settings.highlight == HighlightStyle.UNDERLINE
    assert again.read_aloud_bar.speed.value() == 1.7


def test_a_language_without_a_voice_is_read_only_if_the_reader_agrees(
    make_window, write_article, qtbot
):
    write_article("pashto.md", "Pashto", "An English sentence.\n\nد پښتو جمله.\n{lang=ps}")
    window = make_window()
    wait_for_engine(window.read_aloud, qtbot)
    assert window.open_article_by_id("pashto")
    seen: list[str] = []
    heard: list[tuple[int, int]] = []
    window.read_aloud.sentenceHeard.connect(lambda *span: heard.append(span))
    answer_next_message_box(QMessageBox.StandardButton.Cancel, seen)
    window.read_aloud.start()
    qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=20_000)
    assert "No installed voice speaks ps" in seen[0]
    text = window.view.plain_text()
    assert "د پښتو جمله." not in [text[s:e] for s, e in heard]

    window.view.move_caret_to(0)
    heard.clear()
    window.read_aloud.start()  # declined once: not asked again for this article
    qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=20_000)
    assert len(seen) == 1


class EngineFailingAfter(Synthesiser):
    """The real engine, failing from its third utterance on, as a broken engine would:
    espeak-ng offers no way to make it fail on demand."""

    def __init__(self) -> None:
        super().__init__()
        self.utterances = 0

    def synthesise(
        self,
        text: str,
        voice_id: str,
        speed: float,
        on_audio: Callable[[Clip], None] | None = None,
    ) -> Clip:
        self.utterances += 1
        if self.utterances > 2:
            raise SynthesisError("The speech engine failed: a test broke it.")
        return super().synthesise(text, voice_id, speed, on_audio)


def test_an_engine_failing_mid_article_stops_reading_with_a_message(qtbot, write_article):
    path = write_article("rivers.md", "Rivers", SHORT_SENTENCES)
    view = ArticleView()
    status = QStatusBar()
    qtbot.addWidget(view)
    view.show_article(render_article(read_article(path, "rivers")))
    read_aloud = ReadAloud(
        view, Announcer(view, status), SpeechSettings(), make_synthesiser=EngineFailingAfter
    )
    read_aloud.start_engine()
    wait_for_engine(read_aloud, qtbot)
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    read_aloud.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert seen == ["The speech engine failed: a test broke it."]
    assert read_aloud.state == ReadingState.STOPPED
    assert status.currentMessage() == "Reading stopped"
    assert view.selection_layer("speech") == []
    read_aloud.shut_down()


def test_every_reading_control_is_labelled(reading_window):
    bar = reading_window.read_aloud_bar
    for control in (bar.speed, bar.voice, bar.volume, bar.test_voice):
        assert control.accessibleName()
        assert control.focusPolicy() != Qt.FocusPolicy.NoFocus
    voices = [bar.voice.itemText(i) for i in range(bar.voice.count())]
    assert "— اردو —" in voices
    assert any("Urdu" in voice for voice in voices)


# A window on the bundled articles, in a process of its own: espeak-ng starts once per
# process, so a process given no voice data has no engine.
WINDOW_SCRIPT = """
import json, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from reader.core.articles.library import Library
from reader.core.display.preferences import PreferencesFile
from reader.core.storage.store import Store
from reader.paths import DataPaths
from reader.ui.main_window import MainWindow
from tests.conftest import BUNDLED_ARTICLES

app = QApplication([])
paths = DataPaths(__import__("pathlib").Path(sys.argv[1]))
library = Library([BUNDLED_ARTICLES], cache_path=paths.library_cache)
library.load()
preferences = PreferencesFile(paths.preferences)
window = MainWindow(library, Store(paths.store), paths, preferences, preferences.load()[0])
"""
NO_ENGINE_SCRIPT = (
    WINDOW_SCRIPT
    + """
window.resize(1280, 800)
window.show()
window.read_aloud.engineChanged.connect(app.quit)
# The engine starts at the reader's first key after the first paint (FirstInput).
window.first_paint.painted.connect(lambda: QTest.keyClick(window.view, Qt.Key.Key_Down))
app.exec()
window.grab()  # lays the window out as painting it on a screen would
bar, act = window.read_aloud_bar, window.actions_by_name
print(json.dumps({
    "read_aloud_enabled": act["read_aloud"].isEnabled(),
    "export_enabled": act["export_audio"].isEnabled(),
    "tip": act["read_aloud"].toolTip(),
    "reason_shown": bar.reason.isVisibleTo(window),
    "reason": bar.reason.text(),
    "voice_enabled": bar.voice.isEnabled(),
}))
window.close()
"""
)


def output_without_engine(script: str, tmp_path) -> str:
    """What `script` prints, run in a process whose espeak-ng finds no voice data."""
    env = {**os.environ, "ESPEAK_DATA_PATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return done.stdout


def test_without_an_engine_the_controls_are_disabled_and_say_how_to_fix_it(tmp_path):
    state = json.loads(output_without_engine(NO_ENGINE_SCRIPT, tmp_path).splitlines()[-1])
    assert not state["read_aloud_enabled"]
    assert not state["export_enabled"]
    assert not state["voice_enabled"]
    assert state["reason_shown"]
    assert "apt install espeak-ng" in state["reason"]
    assert "apt install espeak-ng" in state["tip"]


F5_FIRST_SCRIPT = (
    WINDOW_SCRIPT
    + """
window.show()
window.open_article_by_id("how-to-use-reader")
window.focus_article()


def answer():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print(box.text().replace("\\n", " "))
        box.close()
        app.quit()
    else:
        QTimer.singleShot(20, answer)


QTimer.singleShot(0, lambda: QTest.keyClick(window.view, Qt.Key.Key_F5))  # the first key
QTimer.singleShot(0, answer)
app.exec()
window.close()
"""
)


def test_f5_as_the_first_key_says_why_there_is_no_engine(tmp_path):
    """The engine starts with the reader's first key; F5 as that key waits for it, and when
    it cannot start says why, as a later F5 would."""
    assert "apt install espeak-ng" in output_without_engine(F5_FIRST_SCRIPT, tmp_path)


def test_opening_another_article_stops_reading_and_starts_at_its_top(reading_window, qtbot):
    window = reading_window
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.read_aloud.current_sentence_range() is not None)
    window.open_article_by_id("how-to-use-reader")
    assert window.read_aloud.state == ReadingState.STOPPED
    assert window.view.caret_position() == 0
    assert window.view.selection_layer("speech") == []


def test_the_selection_exports_to_a_file_and_a_cancelled_export_leaves_nothing(
    reading_window, qtbot, tmp_path
):
    window = reading_window
    read_aloud, worker = window.read_aloud, window.read_aloud.speech
    text = window.view.plain_text()
    start = text.index(PARAGRAPH)
    select_as_reader(window.view, start, text.index("Boats go", start))
    spoken = read_aloud.utterances_to_export(selection=True)
    assert [u.text for u in spoken] == ["The river is wide.", "It runs to the sea."]
    steps: list[tuple[int, int]] = []
    worker.exportProgress.connect(lambda *step: steps.append(step))
    exports = tmp_path / "exports"
    exports.mkdir()
    target = exports / "selection.wav"
    with qtbot.waitSignal(worker.exportFinished, timeout=30_000) as finished:
        read_aloud.speech.export(spoken, 1.0, target)
    assert steps[-1] == (2, 2)
    assert 1.5 < finished.args[0] < 5
    assert target.stat().st_size > 50_000

    window.view.move_caret_to(0)
    whole = read_aloud.utterances_to_export(selection=False)
    worker.exportProgress.connect(lambda *_: setattr(worker, "export_cancel_requested", True))
    cancelled = exports / "cancelled.m4a"
    with qtbot.waitSignal(worker.exportFailed, timeout=30_000) as failed:
        read_aloud.speech.export(whole, 1.0, cancelled)
    assert failed.args == [""]  # cancelled: nothing to report
    assert sorted(path.name for path in exports.iterdir()) == ["selection.wav"]


def test_the_word_being_heard_is_marked_inside_its_sentence(reading_window, qtbot):
    window = reading_window
    text = window.view.plain_text()
    words: list[str] = []

    def note_word() -> bool:
        word = window.read_aloud.current_word_range()
        if word is not None and (not words or words[-1] != text[word[0] : word[1]]):
            words.append(text[word[0] : word[1]])
        return len(words) >= 6

    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(note_word, timeout=15_000)
    assert words[:6] == ["The", "river", "is", "wide.", "It", "runs"]
    sentence, word = (
        window.read_aloud.current_sentence_range(),
        window.read_aloud.current_word_range(),
    )
    assert sentence[0] <= word[0] < word[1] <= sentence[1]
    assert len(window.view.selection_layer("speech")) == 2

    window.read_aloud.set_mark_words(False)
    assert len(window.view.selection_layer("speech")) == 1


def test_stop_at_the_end_of_this_paragraph(reading_window, qtbot):
    window = reading_window
    text = window.view.plain_text()
    heard: list[str] = []
    window.read_aloud.sentenceHeard.connect(lambda start, end: heard.append(text[start:end]))
    window.actions_by_name["stop_after_passage"].setChecked(True)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=30_000)
    assert heard[0] == "The river is wide."
    assert heard[-1] == "The water is cold in winter."  # the paragraph's last sentence


def test_reading_goes_on_into_the_next_article_when_asked(make_window, write_article, qtbot):
    write_article("aa-first.md", "Aa first", "Only one sentence here.")
    window = make_window()
    wait_for_engine(window.read_aloud, qtbot)
    following = "how-to-use-reader"  # by title, as the library lists them at first
    window.actions_by_name["continue_to_next_article"].setChecked(True)
    assert window.open_article_by_id("aa-first")
    window.focus_article()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.article.meta.id == following, timeout=30_000)
    qtbot.waitUntil(lambda: window.read_aloud.current_sentence_range() is not None)
    assert window.read_aloud.current_sentence_range()[0] == 0  # from its title


def test_stop_at_the_end_of_the_paragraph_asked_for_while_reading_it(reading_window, qtbot):
    window = reading_window
    text = window.view.plain_text()
    heard: list[str] = []
    window.read_aloud.sentenceHeard.connect(lambda start, end: heard.append(text[start:end]))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "The water is cold in winter." in heard, timeout=30_000)
    window.actions_by_name["stop_after_passage"].setChecked(True)  # during the last sentence
    qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=30_000)
    assert heard[-1] == "The water is cold in winter."
    assert window.actions_by_name["stop_after_passage"].isChecked()  # on until switched off
    assert window.view.textCursor().position() == text.index("Fishermen")  # F5 reads on


def test_switched_on_in_a_later_paragraph_it_stops_at_that_ones_end(reading_window, qtbot):
    window = reading_window
    text = window.view.plain_text()
    heard: list[str] = []
    window.read_aloud.sentenceHeard.connect(lambda start, end: heard.append(text[start:end]))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "Fishermen wait at dawn." in heard, timeout=60_000)
    window.actions_by_name["stop_after_passage"].setChecked(True)
    qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=60_000)
    assert heard[-1] == "Everyone buys fish."
    assert window.view.textCursor().position() == text.index(LONG_SENTENCE)


def test_skipping_while_paused_moves_without_speaking(reading_window, qtbot, sound_server):
    window = reading_window
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: heard_text(window) == "The river is wide.")
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert window.read_aloud.state == ReadingState.PAUSED
    with sound_server.record() as recording:
        qtbot.keyClick(window.view, Qt.Key.Key_Right, SHIFT_ALT)
        qtbot.wait(800)
    assert window.read_aloud.state == ReadingState.PAUSED
    assert recording.sound_seconds() == 0
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: heard_text(window) == "It runs to the sea.")


def shown_sentence(window) -> str:
    """The text under read-aloud's sentence highlight, "" when there is none."""
    spans = window.view.selection_layer("speech")
    return window.view.plain_text()[spans[0].start : spans[0].end] if spans else ""


@pytest.mark.parametrize(
    ("keys", "shown"),
    [
        ([Qt.Key.Key_Right], "It runs to the sea."),
        ([Qt.Key.Key_Right, Qt.Key.Key_Right], "Boats go up and down."),
        ([Qt.Key.Key_Right, Qt.Key.Key_Left], "The river is wide."),
    ],
)
def test_a_skip_while_paused_shows_where_reading_will_go_on(reading_window, qtbot, keys, shown):
    # Nothing is heard until resume, but the highlight moves at once: a sentence shown as
    # read would otherwise vanish on the first skip, leaving no place on the page.
    window = reading_window
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: heard_text(window) == "The river is wide.")
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    for key in keys:
        qtbot.keyClick(window.view, key, SHIFT_ALT)
        assert window.read_aloud.state == ReadingState.PAUSED
    assert shown_sentence(window) == shown
    start = window.view.plain_text().index(shown)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # stop: the caret keeps that place
    assert window.read_aloud.state == ReadingState.STOPPED
    assert shown_sentence(window) == ""
    assert window.view.textCursor().position() == start


def test_a_new_speed_keeps_reading_the_selection_only(reading_window, qtbot):
    window = reading_window
    text = window.view.plain_text()
    start = text.index(PARAGRAPH)
    select_as_reader(window.view, start, text.index("Boats go", start))
    heard: list[str] = []
    window.read_aloud.sentenceHeard.connect(lambda s, e: heard.append(text[s:e]))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(heard))
    window.read_aloud.set_speed(1.5)
    qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=30_000)
    assert heard[-1] == "It runs to the sea."
