from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.articles.library import ReadingState, SortOrder
from tests.ui.conftest import answer_next_message_box


def titles(panel):
    return column(panel, 0)


def column(panel, number, role=Qt.ItemDataRole.DisplayRole):
    model = panel.list.model()
    return [model.index(row, number).data(role) for row in range(model.rowCount())]


def select_row(panel, row):
    panel.list.setCurrentIndex(panel.list.model().index(row, 0))


def test_library_lists_title_language_and_progress(window):
    panel = window.library_panel
    assert titles(panel) == [
        "How to Use Reader",
        "Reader کیسے استعمال کریں",
        "What #MeToo Means for Pakistan’s Most Marginalised",
        "پاکستان کے سب سے پسماندہ طبقوں کے لیے #MeToo کا مطلب کیا ہے",
    ]
    assert column(panel, 1)[2] == "English"
    assert column(panel, 2)[2] == "0\u00a0%"
    assert panel.list.currentIndex().row() == 2  # the open article is selected
    assert "Content note" in panel.details.text()


def test_ctrl_l_moves_to_the_library_and_enter_opens(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel = window.library_panel
    assert panel.list.hasFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)
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
    assert len(titles(panel)) == 5
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
    languages = column(panel, 1)
    # Each language by its own name (QLocale.nativeLanguageName), in any interface language.
    assert languages == ["English", "English", "français", *["اردو"] * 3]


def test_unreadable_files_are_listed_with_their_reason(window, data_paths, qtbot):
    (data_paths.articles / "broken.md").write_text(
        "---\ntitle: [oops\n---\ntext\n", encoding="utf-8"
    )
    window.reload_library()
    panel = window.library_panel
    assert titles(panel)[-1] == "Cannot open broken.md"
    assert "4 articles; cannot be opened: 1." in window.announcer.last_message
    select_row(panel, 4)
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
    assert "&lt;b&gt;" in panel.list.currentIndex().data(Qt.ItemDataRole.ToolTipRole)


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


URDU = (
    "---\ntitle: باہر کا مضمون\nauthor: \u202eکوئی\u202c\nlanguage: ur\n"
    "published: 2020-03-04\n---\n"
)


def write_outside(tmp_path, name="مضمون.md", body="یہ ایک مختصر متن ہے۔\n"):
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(URDU + body, encoding="utf-8")
    return path


def test_a_file_opened_is_added_by_reference_and_is_there_after_a_restart(
    make_window, tmp_path, data_paths
):
    path = write_outside(tmp_path)
    window = make_window()
    assert window.add_to_library(path)
    assert window.article.meta.title == "باہر کا مضمون"
    assert "باہر کا مضمون" in titles(window.library_panel)
    assert window.announcer.last_message.endswith("the file stays where it is.")
    assert not list(data_paths.articles.glob("*.md"))  # not copied
    details = window.library_panel.details.text()
    assert "By کوئی." in details and "Published 2020-03-04." in details
    assert "5 words, about 1 min to read." in details
    assert f"Kept where it is: {path.resolve()}" in details

    again = make_window()  # a restart: the store remembers the reference
    assert "باہر کا مضمون" in titles(again.library_panel)
    assert again.open_article_by_id(str(path.resolve()))


def test_a_missing_referenced_file_is_listed_clearly_and_can_be_taken_out(
    make_window, tmp_path, qtbot
):
    path = write_outside(tmp_path)
    make_window().add_to_library(path)
    path.unlink()
    window = make_window()
    panel = window.library_panel
    assert titles(panel)[-1] == "Cannot open مضمون.md"
    select_row(panel, panel.list.model().rowCount() - 1)
    assert "not there any more" in panel.details.text()
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert "Cannot open مضمون.md" not in titles(panel)
    assert window.store.library_references() == []
    assert window.announcer.last_message.endswith("the file is not deleted.")


def test_copy_into_my_articles_copies_the_file_and_opens_the_copy(window, tmp_path, data_paths):
    path = write_outside(tmp_path, "copy.md")
    assert window.copy_into_articles(path)
    assert (data_paths.articles / "copy.md").read_bytes() == path.read_bytes()
    assert window.article.meta.id == "copy"
    assert window.store.library_references() == []
    assert window.copy_into_articles(path)  # again: a second copy beside the first
    assert (data_paths.articles / "copy-2.md").exists()


def test_sort_by_date_published_and_added_and_filter_by_language_and_state(
    window, write_article, qtbot
):
    write_article("ur.md", "اردو مضمون", language="ur", published="2021-01-01")
    write_article("pa.md", "ਪੰਜਾਬੀ ਲੇਖ", language="pa")
    window.reload_library()
    panel = window.library_panel
    panel.sort.setCurrentIndex(panel.sort.findData(SortOrder.PUBLISHED))
    assert titles(panel) == [
        "How to Use Reader",
        "Reader کیسے استعمال کریں",
        "اردو مضمون",
        "What #MeToo Means for Pakistan’s Most Marginalised",
        "پاکستان کے سب سے پسماندہ طبقوں کے لیے #MeToo کا مطلب کیا ہے",
        "ਪੰਜਾਬੀ ਲੇਖ",
    ]
    panel.sort.setCurrentIndex(panel.sort.findData(SortOrder.ADDED))
    assert set(titles(panel)[:2]) == {"اردو مضمون", "ਪੰਜਾਬੀ ਲੇਖ"}  # added after the first two

    panel.language.setCurrentIndex(panel.language.findData("ur"))
    assert sorted(titles(panel)) == sorted(
        [
            "Reader کیسے استعمال کریں",
            "اردو مضمون",
            "پاکستان کے سب سے پسماندہ طبقوں کے لیے #MeToo کا مطلب کیا ہے",
        ]
    )
    panel.language.setCurrentIndex(panel.language.findData(""))
    window.save_reading_position()  # the #MeToo article is open: started
    panel.state.setCurrentIndex(panel.state.findData(ReadingState.UNREAD))
    assert "What #MeToo Means for Pakistan’s Most Marginalised" not in titles(panel)
    assert "اردو مضمون" in titles(panel)
    panel.state.setCurrentIndex(panel.state.findData(ReadingState.ANY))
    assert len(titles(panel)) == 6


def test_escape_in_the_library_returns_to_the_article(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.library_panel.list.hasFocus()
    qtbot.keyClick(window.library_panel.list, Qt.Key.Key_Escape)
    assert window.view.hasFocus()


def test_bidi_overrides_in_titles_do_not_reverse_them_in_the_library_or_window(
    window, write_article
):
    write_article("rlo.md", "\u202eevil title")
    write_article("isolate.md", "\u2067کہانی\u2069 part two")
    write_article("embedded.md", "\u202bاردو\u202c and more")
    window.reload_library()
    shown = titles(window.library_panel)
    assert {"evil title", "کہانی part two", "اردو and more"} <= set(shown)
    assert not any(c in "".join(shown) for c in "\u202b\u202c\u202e\u2067\u2069")
    assert window.open_article_by_id("rlo")
    assert window.windowTitle() == "evil title — Reader"


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
