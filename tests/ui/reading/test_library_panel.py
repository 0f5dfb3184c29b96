from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import answer_next_message_box


def titles(panel):
    items = (panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount()))
    return [item.text(0) for item in items]


def test_library_lists_title_language_and_progress(window):
    panel = window.library_panel
    assert titles(panel) == [
        "How to Use Reader",
        "What #MeToo Means for Pakistan’s Most Marginalised",
    ]
    item = panel.list.topLevelItem(1)
    assert item.text(1) == "English (en)"
    assert item.text(2) == "0\u00a0%"
    assert panel.list.currentItem() is item  # the open article is selected
    assert "Content note" in panel.details.text()


def test_ctrl_l_moves_to_the_library_and_enter_opens(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel = window.library_panel
    assert panel.list.hasFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.article.meta.id == "how-to-use-reader"
    assert window.windowTitle() == "How to Use Reader — Reader"
    qtbot.keyClick(
        window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
    )  # Back to the other article
    assert window.article.meta.id == "metoo-pakistan-marginalised"


def test_search_filters_by_title_and_text_and_enter_opens_the_first(window, write_article, qtbot):
    write_article("bread.md", "Baking bread", body="Knead the dough.")
    window.reload_library()
    panel = window.library_panel
    assert len(titles(panel)) == 3
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "dough")
    qtbot.waitUntil(lambda: titles(panel) == ["Baking bread"])
    panel.search.clear()
    qtbot.keyClicks(panel.search, "khawaja")
    qtbot.waitUntil(lambda: len(titles(panel)) == 1)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert window.article.meta.id == "metoo-pakistan-marginalised"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "zebra quokka")
    qtbot.waitUntil(lambda: titles(panel) == [])
    assert panel.details.text() == "No articles match."


def test_sort_by_language(window, write_article):
    write_article("urdu.md", "اردو", language="ur")
    write_article("french.md", "Zut", language="fr")
    window.reload_library()
    panel = window.library_panel
    panel.sort.setCurrentIndex(panel.sort.findText("Language"))
    languages = [panel.list.topLevelItem(i).text(1) for i in range(panel.list.topLevelItemCount())]
    assert languages == ["English (en)", "English (en)", "French (fr)", "Urdu (ur)"]


def test_unreadable_files_are_listed_with_their_reason(window, data_paths, qtbot):
    (data_paths.articles / "broken.md").write_text(
        "---\ntitle: [oops\n---\ntext\n", encoding="utf-8"
    )
    window.reload_library()
    panel = window.library_panel
    assert titles(panel)[-1] == "Cannot open broken.md"
    assert "2 articles, 1 that cannot be opened" in window.announcer.last_message
    panel.list.setCurrentItem(panel.list.topLevelItem(2))
    assert "not valid YAML" in panel.details.text()
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert "broken.md cannot be opened" in seen[0]
    assert window.article.meta.id == "metoo-pakistan-marginalised"  # nothing else changed


def test_opening_a_broken_file_keeps_the_current_article(window, tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"\xff\xfe not utf-8")
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    assert not window.open_path(broken)
    assert "not UTF-8" in seen[0]
    assert window.article.meta.id == "metoo-pakistan-marginalised"


def test_front_matter_is_shown_as_text_never_as_html(window, write_article):
    write_article("tags.md", "Tags", summary="'<b>bold</b> & <img src=\"/etc/x.png\">'")
    window.reload_library()
    panel = window.library_panel
    panel.select_article("tags")
    assert panel.details.textFormat() == Qt.TextFormat.PlainText
    assert '<b>bold</b> & <img src="/etc/x.png">' in panel.details.text()
    assert "&lt;b&gt;" in panel.list.currentItem().toolTip(0)


def test_search_says_how_many_articles_it_found(window, qtbot):
    panel = window.library_panel
    qtbot.keyClicks(panel.search, "khawaja")
    qtbot.waitUntil(lambda: window.announcer.last_message == "Articles found: 1.")


def test_search_with_a_keyboard_apostrophe_finds_the_typographic_one(window, qtbot):
    """Issue 10 §4: the library search for Pakistan's finds the #MeToo article (Pakistan’s)."""
    panel = window.library_panel
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "Pakistan's")
    qtbot.waitUntil(lambda: window.announcer.last_message == "Articles found: 1.")
    assert titles(panel) == ["What #MeToo Means for Pakistan’s Most Marginalised"]


def test_tab_from_the_articles_reaches_search_then_sort_by_with_their_names(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel = window.library_panel
    assert panel.list.hasFocus()
    reached = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [panel.search, panel.sort]
    assert [widget.accessibleName() for widget in reached] == ["Search", "Sort by"]
    qtbot.keyClick(panel.sort, Qt.Key.Key_Backtab)
    assert panel.search.hasFocus()
