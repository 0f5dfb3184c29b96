"""The Read Aloud menu's Footnotes choices: what read-aloud skips is the reader's to say
(DAISY RA-20), named for screen readers, kept between sessions, heard at once."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reader.ui.speech.read_aloud import ReadingState
from tests.ui.conftest import open_article, wait_for_engine

NOTE = "Women: including Trans and Khawaja Sira women."


def footnote_actions(window) -> dict[str, QAction]:
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    (read_aloud,) = [menu for menu in menus if menu.title() == "&Read Aloud"]
    (notes,) = [
        action.menu()
        for action in read_aloud.actions()
        if isinstance(action.menu(), QMenu) and action.menu().title() == "&Footnotes"
    ]
    return {action.text(): action for action in notes.actions()}


def spoken_texts(window) -> list[str]:
    return [utterance.text for utterance in window.read_aloud.utterances_to_export(selection=False)]


def test_footnote_choices_change_what_is_said_and_are_kept(make_window, qtbot):
    window = make_window()
    wait_for_engine(window.read_aloud, qtbot)
    open_article(window, "metoo-pakistan-marginalised")
    actions = footnote_actions(window)
    read_notes = actions["&Read the Footnotes"]
    say_references = actions["Say References as “&Note 1”"]
    assert read_notes.isCheckable() and read_notes.isChecked()
    assert say_references.isCheckable() and not say_references.isChecked()
    assert read_notes.statusTip() and say_references.statusTip()  # said by screen readers too
    assert spoken_texts(window)[-1] == NOTE
    assert any("identify as women in the US" in text for text in spoken_texts(window))

    read_notes.trigger()
    say_references.trigger()
    assert NOTE not in spoken_texts(window)
    assert any("identify as women (note 1) in the US" in text for text in spoken_texts(window))

    window.close()
    again = make_window()
    assert not again.read_aloud.settings.read_footnotes
    assert again.read_aloud.settings.say_note_references
    actions = footnote_actions(again)
    assert not actions["&Read the Footnotes"].isChecked()
    assert actions["Say References as “&Note 1”"].isChecked()


def test_skipping_the_notes_while_one_is_read_stops_there(make_window, qtbot):
    window = make_window()
    wait_for_engine(window.read_aloud, qtbot)
    open_article(window, "metoo-pakistan-marginalised")
    text = window.view.plain_text()
    window.view.move_caret_to(text.index(NOTE), to_top=True)
    window.read_aloud.start()
    qtbot.waitUntil(lambda: window.read_aloud.current_sentence_range() is not None)
    footnote_actions(window)["&Read the Footnotes"].trigger()
    assert window.read_aloud.state == ReadingState.STOPPED


def test_describing_pictures_is_a_choice_heard_at_once_and_kept(make_window, write_article, qtbot):
    """Issue 18, item 4: a picture's description is read where it stands, or skipped."""
    write_article("boat.md", "Boats", "Before it.\n\n![A boat at dawn](boat.png)\n\nAfter it.")
    window = make_window()
    wait_for_engine(window.read_aloud, qtbot)
    open_article(window, "boat")
    (describe,) = [
        action
        for action in window.findChildren(QAction)
        if action.objectName() == "describe_pictures"
    ]
    assert describe.isCheckable() and describe.isChecked() and describe.statusTip()
    assert "Picture: A boat at dawn." in spoken_texts(window)
    describe.trigger()
    assert not any("boat at dawn" in text for text in spoken_texts(window))
    window.close()
    again = make_window()
    assert not again.read_aloud.settings.describe_pictures
