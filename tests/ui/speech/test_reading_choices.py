"""The Read Aloud menu's choices of issue 18, item 4, in the window: stop at the end of
each paragraph (on until switched off), list numbers, code blocks, pauses and one voice;
named for screen readers, kept between sessions, heard through a real sound server."""

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reader.core.speech.settings import ListNumbers
from reader.ui.speech.read_aloud import ReadingState
from tests.support.sound import WINDOW_S
from tests.ui.conftest import wait_for_engine
from tests.ui.speech.test_read_aloud import PARAGRAPH, SHORT_SENTENCES

FIRST = ["The river is wide.", "It runs to the sea.", "Boats go up and down."]
SECOND = ["Fishermen wait at dawn.", "Their nets are long.", "The market opens at six."]
LISTS = """
Steps:

5. Fifth step.
6. Sixth step.
    1. A nested step.

```
make all
```

After the code.
"""


def read_aloud_menu(window) -> QMenu:
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    (menu,) = [menu for menu in menus if menu.title() == "&Read Aloud"]
    return menu


def entries(menu: QMenu) -> dict[str, QAction]:
    """A menu's entries by text, with its submenus' entries under "Submenu/Entry"."""
    found = {}
    for action in menu.actions():
        found[action.text()] = action
        if isinstance(action.menu(), QMenu):
            for name, inner in entries(action.menu()).items():
                found[f"{action.text()}/{name}"] = inner
    return found


def spoken(window) -> list[str]:
    return [u.text for u in window.read_aloud.utterances_to_export(selection=False)]


def test_stop_at_the_end_of_each_paragraph_stays_on_and_f5_reads_the_next(
    make_window, write_article, qtbot, sound_server
):
    write_article("rivers.md", "Rivers", SHORT_SENTENCES)
    window = make_window()
    wait_for_engine(window.read_aloud, qtbot)
    assert window.open_article_by_id("rivers")
    window.focus_article()
    text = window.view.plain_text()
    window.view.move_caret_to(text.index(PARAGRAPH))
    heard: list[str] = []
    window.read_aloud.sentenceHeard.connect(lambda start, end: heard.append(text[start:end]))
    toggle = window.actions_by_name["stop_after_passage"]
    assert toggle.isCheckable() and toggle.statusTip()
    toggle.setChecked(True)

    for paragraph in (FIRST, SECOND):
        heard.clear()
        with sound_server.record() as recording:
            qtbot.keyClick(window.view, Qt.Key.Key_F5)
            qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=60_000)
            stopped = time.perf_counter()
            qtbot.wait(800)
        assert heard[: len(paragraph)] == paragraph
        assert heard[-1] in ("The water is cold in winter.", "Everyone buys fish.")
        assert recording.sound_seconds() > 3.0  # the paragraph was heard
        assert recording.loud_between(stopped, stopped + 0.8) == 0  # and nothing after it
        assert toggle.isChecked()  # still on for the next paragraph
        assert window.announcer.last_message == "Stopped at the end of the paragraph"
    assert heard[-1] == "Everyone buys fish."
    assert window.read_aloud.settings.stop_after_each_paragraph

    toggle.setChecked(False)  # switched off: the rest is read to the end
    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=60_000)
    assert heard[0].startswith("This last paragraph is one long sentence")
    assert window.announcer.last_message == "Finished reading"

    window.close()
    assert not make_window().actions_by_name["stop_after_passage"].isChecked()


def test_the_choices_are_in_the_menu_change_what_is_said_and_are_kept(
    make_window, write_article, qtbot
):
    write_article("lists.md", "Lists", LISTS)
    window = make_window()
    wait_for_engine(window.read_aloud, qtbot)
    assert window.open_article_by_id("lists")
    found = entries(read_aloud_menu(window))
    as_items = found["Say List &Numbers/As “&Item 1”"]
    code = found["Read &Code Blocks"]
    heading_pause = found["&Pauses/After &Headings/2 seconds"]
    item_pause = found["&Pauses/After &List Items/&No Pause"]
    one_voice = found["One &Voice for All Languages"]
    for action in (as_items, code, heading_pause, item_pause, one_voice):
        assert action.isCheckable()
    assert found["Say List &Numbers/As Shown, “&1.”"].isChecked() and code.isChecked()
    assert found["&Pauses/After &Headings/0.6 seconds"].isChecked()
    assert "spells Urdu" in one_voice.toolTip()
    assert spoken(window)[2:7] == [
        "Steps:",
        "5. Fifth step.",
        "6. Sixth step.",
        "1. A nested step.",
        "make all",
    ]

    as_items.trigger()
    code.trigger()
    heading_pause.trigger()
    item_pause.trigger()
    one_voice.trigger()
    plan = window.read_aloud.utterances_to_export(selection=False)
    assert [u.text for u in plan][2:7] == [
        "Steps:",
        "item 5: Fifth step.",
        "item 6: Sixth step.",
        "item 1: A nested step.",
        "After the code.",
    ]
    assert plan[0].pause_after_ms == 2000  # the title
    assert [u.pause_after_ms for u in plan[3:6]] == [0, 0, 0]

    window.close()
    again = make_window()
    settings = again.read_aloud.settings
    assert settings.list_numbers == ListNumbers.ITEM and not settings.read_code_blocks
    assert (settings.pause_after_heading_ms, settings.pause_after_list_item_ms) == (2000, 0)
    assert settings.one_voice_for_all
    found = entries(read_aloud_menu(again))
    assert found["Say List &Numbers/As “&Item 1”"].isChecked()
    assert found["&Pauses/After &Headings/2 seconds"].isChecked()
    assert not found["Read &Code Blocks"].isChecked()


def test_one_voice_reads_an_urdu_quote_in_the_english_voice(make_window, write_article, qtbot):
    write_article("quote.md", "Quote", "She said: یہ میرا گھر ہے۔ Then she left.")
    window = make_window()
    wait_for_engine(window.read_aloud, qtbot)
    assert window.open_article_by_id("quote")
    before = {u.voice_id for u in window.read_aloud.utterances_to_export(selection=False)}
    assert len(before) == 2  # English, and Urdu for the quote
    entries(read_aloud_menu(window))["One &Voice for All Languages"].trigger()
    after = {u.voice_id for u in window.read_aloud.utterances_to_export(selection=False)}
    assert len(after) == 1 and after < before


def longest_silence_s(recording) -> float:
    """The longest silent stretch between the first and the last sound, in seconds."""
    loud = recording.loud_windows()
    first, last = loud.index(True), len(loud) - 1 - loud[::-1].index(True)
    longest = run = 0
    for window_loud in loud[first : last + 1]:
        run = 0 if window_loud else run + 1
        longest = max(longest, run)
    return longest * WINDOW_S


def test_the_pause_after_a_heading_is_heard_as_set(make_window, write_article, qtbot, sound_server):
    """The player adds the same silence as the export: 2 s after the heading, or none."""
    write_article("short.md", "Short", "# Two\n\nThree.")
    window = make_window()
    wait_for_engine(window.read_aloud, qtbot)
    assert window.open_article_by_id("short")
    window.focus_article()
    heard = {}
    for choice in ("2 seconds", "&No Pause"):
        entries(read_aloud_menu(window))[f"&Pauses/After &Headings/{choice}"].trigger()
        window.view.move_caret_to(0)
        with sound_server.record() as recording:
            qtbot.keyClick(window.view, Qt.Key.Key_F5)
            qtbot.waitUntil(lambda: window.read_aloud.state == ReadingState.STOPPED, timeout=60_000)
        heard[choice] = longest_silence_s(recording)
    # espeak-ng ends each utterance with about 0.3 s of its own silence.
    assert heard["2 seconds"] >= 2.2
    assert heard["&No Pause"] < 0.8
