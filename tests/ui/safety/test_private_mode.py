"""Private mode inside the window: what is kept in memory, and what is never written."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from reader.core.safety.settings import SafetySettings
from reader.core.storage.store import Store
from reader.ui.main_window import LAST_ARTICLE_KEY
from tests.ui.conftest import ARTICLE_ID, answer_next_message_box, open_article


def test_private_mode_writes_no_place_mark_last_article_or_rendering(make_window, data_paths):
    window = make_window()
    seen: list[str] = []
    window.guard.enter_private_mode()
    assert window.guard.private_label.isVisible()
    open_article(window, ARTICLE_ID)
    window.view.move_caret_to(200)
    QTest.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    window.actions_by_name["highlight"].trigger()
    assert len(window.store.all_marks()) == 1  # kept, in memory, for this session
    assert "kept only until Reader closes" in seen[0]
    window.save_reading_position()
    window.close()
    disk = Store(data_paths.store)
    assert disk.all_marks() == [] and disk.all_progress() == {}
    assert disk.state(LAST_ARTICLE_KEY) is None
    disk.close()
    assert not data_paths.render_cache.exists() or not any(data_paths.render_cache.iterdir())


def test_a_neutral_title_never_names_the_article(make_window):
    window = make_window()
    window.safety = SafetySettings(neutral_title=True)
    open_article(window, "how-to-use-reader")
    assert window.windowTitle() == "Reader"


def test_private_mode_at_start_opens_the_guide_not_the_last_article(make_window):
    first = make_window()
    open_article(first, ARTICLE_ID)
    first.close()
    window = make_window()
    window.safety = SafetySettings(private_mode=True)
    window.open_start_article()
    assert window.article.meta.id == "how-to-use-reader"
