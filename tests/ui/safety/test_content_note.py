"""The content note screen, by keyboard only, as a screen reader meets it; the library's
mark; "don't show again"; the NGO's help article."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.safety.settings import SafetySettings
from tests.conftest import article_text
from tests.ui.conftest import ARTICLE_ID

NOTE = "This article discusses sexual harassment, sexual violence, rape and murder"


def test_the_note_comes_before_the_text_with_open_focused_first(make_window):
    window = make_window()
    assert window.open_article_by_id(ARTICLE_ID)
    page = window.content_note
    assert window.pages.currentWidget() is page and not window.view.isVisible()
    assert NOTE in page.note.text()
    assert QApplication.focusWidget() is page.open_button
    assert window.announcer.last_message.startswith("Content note for What #MeToo")
    assert NOTE in window.announcer.last_message
    # Tab goes to "Back to the Library", beside it, then the check box.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.library_button
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.remember
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Open the Article
    assert window.pages.currentIndex() == 0 and window.view.hasFocus()
    assert window.announcer.last_message.startswith("Opened What #MeToo")


def test_every_control_on_the_note_is_named_for_screen_readers(make_window):
    window = make_window()
    window.open_article_by_id(ARTICLE_ID)
    page = window.content_note
    assert page.accessibleName() == "Content note"
    for control in (page.open_button, page.library_button):
        assert control.text().replace("&", "")
    # Its text is a label beside it, which wraps (a check box's own text does not).
    assert page.remember.accessibleName() == "Don't show this again for this article"
    assert page.open_button.text() == "&Open the Article"
    assert page.library_button.text() == "&Back to the Library"
    assert NOTE in page.open_button.accessibleDescription()  # heard with the first button


def test_back_to_the_library_leaves_the_text_unshown(make_window):
    window = make_window()
    window.open_article_by_id(ARTICLE_ID)
    QTest.keyClick(window.content_note.open_button, Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.library_panel.isAncestorOf(QApplication.focusWidget())
    assert not window.view.isVisible()
    assert window.windowTitle() == "Reader"


def test_dont_show_again_is_remembered_for_that_article_only(make_window, data_paths):
    (data_paths.articles).mkdir(parents=True, exist_ok=True)
    (data_paths.articles / "other.md").write_text(
        article_text("Other", "Words.", content_note="Mentions war."), encoding="utf-8"
    )
    window = make_window()
    window.open_article_by_id(ARTICLE_ID)
    window.content_note.remember.setChecked(True)
    window.content_note.open_button.click()
    window.close()
    again = make_window()
    again.open_article_by_id(ARTICLE_ID)
    assert again.pages.currentIndex() == 0  # no note this time
    again.open_article_by_id("other")
    assert again.guard.note_shown()  # another article's note still shows


def test_in_private_mode_nothing_is_remembered(make_window):
    window = make_window()
    window.guard.enter_private_mode()
    window.open_article_by_id(ARTICLE_ID)
    assert not window.content_note.remember.isVisible()


def test_the_library_marks_articles_with_a_content_note(make_window):
    window = make_window()
    model = window.library_panel.list.model()
    items = [model.index(row, 0) for row in range(model.rowCount())]
    noted = [item for item in items if item.data(Qt.ItemDataRole.DecorationRole) is not None]
    assert [item.data() for item in noted] == [
        "What #MeToo Means for Pakistan’s Most Marginalised",
        "پاکستان کے سب سے پسماندہ طبقوں کے لیے #MeToo کا مطلب کیا ہے",
    ]
    assert noted[0].data(Qt.ItemDataRole.AccessibleTextRole).endswith("(has a content note)")


def test_the_help_article_is_linked_from_every_note_and_the_help_menu(make_window, data_paths):
    data_paths.articles.mkdir(parents=True, exist_ok=True)
    (data_paths.articles / "helplines.md").write_text(
        article_text("Where to Get Help", "[Helpline name] — [number]"), encoding="utf-8"
    )
    window = make_window()
    window.safety = SafetySettings(help_article="helplines")
    window.guard._show_mode()
    action = window.actions_by_name["help_article"]
    assert action.isVisible() and action.text() == "Where to Get &Help: Where to Get Help"
    window.open_article_by_id(ARTICLE_ID)
    button = window.content_note.help_button
    assert button.isVisible() and "Where to Get Help" in button.text()
    button.click()
    assert window.article.meta.id == "helplines" and window.pages.currentIndex() == 0


def test_without_a_help_article_the_link_is_absent(make_window):
    window = make_window()
    assert not window.actions_by_name["help_article"].isVisible()
    window.open_article_by_id(ARTICLE_ID)
    assert not window.content_note.help_button.isVisible()
    window.safety = SafetySettings(help_article="not-in-the-library")
    window.guard._show_mode()
    assert not window.actions_by_name["help_article"].isVisible()


def test_switching_language_past_a_note_opens_the_other_version_without_it(make_window):
    window = make_window()
    assert window.open_article_by_id("metoo-pakistan-marginalised")
    # Still at the note: switching language shows the other version's note (in Urdu).
    window.switch_language()
    assert window.guard.note_shown()
    assert window.article.meta.id == "metoo-pakistan-marginalised.ur"
    window.content_note.open_button.click()
    # Read past it: the English version, the same text, opens without its note.
    window.switch_language()
    assert not window.guard.note_shown()
    assert window.article.meta.id == "metoo-pakistan-marginalised"
    # Opened any other way, the note is shown again.
    assert window.open_article_by_id("metoo-pakistan-marginalised.ur")
    assert window.guard.note_shown()


def note_window(make_window):
    """A window on the content note of ARTICLE_ID, the speech engine not started yet, as
    at a start whose last article has a note (the reader's first key has not come)."""
    window = make_window()
    assert window.open_article_by_id(ARTICLE_ID)
    assert window.guard.note_shown()
    assert not window.read_aloud.voices
    return window


def test_f5_as_the_first_key_on_the_note_starts_the_engine_and_reads_it(
    make_window, qtbot, sound_server
):
    """A fresh tester: F5 first on the note said "Reading aloud" and nothing was heard."""
    window = note_window(make_window)
    said: list[str] = []
    announce = window.announcer.announce
    window.announcer.announce = lambda message: (said.append(message), announce(message))
    with sound_server.record() as recording:
        qtbot.keyClick(window.content_note.open_button, Qt.Key.Key_F5)
        assert window.announcer.last_message == "Reading aloud."
        qtbot.waitUntil(lambda: recording.sound_seconds() > 0.5, timeout=30_000)
    assert said.count("Reading aloud.") == 1  # when F5 was pressed, not again at the voice
    assert window.guard.note_shown()  # read where it stands, the article still unshown
    window.read_aloud.stop()


def test_a_note_asked_for_then_left_for_the_article_is_not_read(make_window, qtbot, sound_server):
    """F5 on the note, then Open the Article before the engine is ready: the note is not
    read over the article once the engine comes."""
    window = note_window(make_window)
    qtbot.keyClick(window.content_note.open_button, Qt.Key.Key_F5)
    window.content_note.open_button.click()
    qtbot.waitUntil(lambda: bool(window.read_aloud.voices), timeout=30_000)
    with sound_server.record() as recording:
        qtbot.wait(800)
    assert recording.sound_seconds() == 0
    assert window.read_aloud.player.bytes_written == 0


def test_the_first_key_on_the_note_starts_the_engine(qtbot, unshown_window):
    """The engine starts with the reader's first key after the window's first paint, also
    when a start opens on a content note and the article itself is never painted."""
    window = unshown_window
    assert window.open_article_by_id(ARTICLE_ID)  # before the window shows, as at a start
    window.show()
    qtbot.waitUntil(lambda: window.first_input.watching, timeout=30_000)
    assert not window.read_aloud.voices
    qtbot.keyClick(window.content_note.open_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(window.read_aloud.voices), timeout=30_000)
    assert window.guard.note_shown()


def test_the_content_note_mark_is_drawn_without_an_icon_theme(make_window):
    # No desktop theme here (offscreen): Reader's own warning icon, not an empty one.
    window = make_window()
    model = window.library_panel.list.model()
    icons = [model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) for row in range(2, 4)]
    assert all(icon is not None and not icon.pixmap(16, 16).isNull() for icon in icons)
    image = icons[0].pixmap(16, 16).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(16) for y in range(16)}
    assert "#f5b400" in colours  # the triangle's amber
