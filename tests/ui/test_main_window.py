import base64
import http.server
import threading
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextEdit,
)

from reader.core.articles.article import ArticleMeta, RenderedArticle
from reader.core.reading.find import find_all
from tests.conftest import BUNDLED_ARTICLES, article_text
from tests.ui.conftest import ARTICLE_ID, answer_next_message_box, open_article

TITLE = "What #MeToo Means for Pakistan’s Most Marginalised"


def caret_text(window, length=20):
    position = window.view.caret_position()
    return window.view.plain_text()[position : position + length]


def test_opening_names_the_window_and_fills_contents_and_status(window):
    assert window.windowTitle() == f"{TITLE} — Reader"
    headings = [h.text for h in window.navigator.outline.headings]
    assert headings[0] == TITLE
    assert "How #MeToo reached Pakistan" in headings
    assert window.toc_panel.tree.topLevelItemCount() == 1  # the title, with the sections below it
    assert window.toc_panel.tree.topLevelItem(0).childCount() == len(headings) - 1
    window._update_status()
    assert window.position_label.text().startswith("0 % read · What #MeToo")
    assert window.announcer.last_message.startswith(f"Opened {TITLE}.")  # past its note


def test_heading_and_paragraph_keys_move_the_caret(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_H)
    assert caret_text(window).startswith("Stigma, the police")
    assert window.announcer.last_message == "Heading level 2: Stigma, the police and the courts"
    qtbot.keyClick(window.view, Qt.Key.Key_H)
    assert caret_text(window).startswith("How #MeToo reached")
    qtbot.keyClick(window.view, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert caret_text(window).startswith("Stigma, the police")
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    assert caret_text(window).startswith("Generally, cases of")
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    assert caret_text(window).startswith("Stigma, the police")
    window._update_status()
    assert window.position_label.text().endswith("· Stigma, the police and the courts")


def test_caret_moves_and_selects_with_the_usual_keys(window, qtbot):
    shift, control = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.view.caret_position() == 1
    qtbot.keyClick(window.view, Qt.Key.Key_Right, control)
    assert caret_text(window, 1) == "#"
    qtbot.keyClick(window.view, Qt.Key.Key_Home)
    qtbot.keyClick(window.view, Qt.Key.Key_Right, shift | control)
    assert window.view.textCursor().selectedText() == "What "
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert window.view.caret_position() > 10
    qtbot.keyClick(window.view, Qt.Key.Key_Down, control)
    assert caret_text(window).startswith("Author unknown")
    qtbot.keyClick(window.view, Qt.Key.Key_Down, control)
    assert caret_text(window).startswith("Source:")
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    qtbot.keyClick(window.view, Qt.Key.Key_Up, control)
    assert caret_text(window).startswith("Source:")
    qtbot.keyClick(window.view, Qt.Key.Key_Up, control)
    assert caret_text(window).startswith("Author unknown")
    qtbot.keyClick(window.view, Qt.Key.Key_Down, shift | control)
    assert window.view.textCursor().selectedText().startswith("Author unknown · Published 2018")


def test_space_and_page_keys_scroll(window, qtbot):
    bar = window.view.verticalScrollBar()
    assert bar.value() == 0
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    after_space = bar.value()
    assert after_space > 0
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert bar.value() > after_space
    qtbot.keyClick(window.view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() < bar.maximum()
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    window._update_status()
    assert window.position_label.text().startswith("100 % read")
    qtbot.keyClick(window.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0


def test_contents_opens_at_the_current_section_and_enter_jumps(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_H)
    qtbot.keyClick(window.view, Qt.Key.Key_H)  # now in "How #MeToo reached Pakistan"
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    tree = window.toc_panel.tree
    assert window.toc_dock.isVisible()
    assert tree.hasFocus()
    assert tree.currentItem().text(0) == "How #MeToo reached Pakistan"
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == "Common threads"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.view.hasFocus()
    assert caret_text(window).startswith("Common threads")
    assert (
        window.view.cursorRect().top() < window.view.viewport().height() / 3
    )  # scrolled to the top

    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert caret_text(window).startswith("How #MeToo reached")
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert caret_text(window).startswith("Common threads")


def test_find_counts_highlights_and_steps_through_matches(window, qtbot):
    expected = find_all(window.view.document_text(), "khawaja sira")
    assert len(expected) >= 5
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.query.hasFocus()
    qtbot.keyClicks(window.find_bar.query, "khawaja sira")
    assert window.find_bar.count.text() == ""  # typing waits for a pause before searching
    qtbot.waitUntil(lambda: window.find_bar.count.text() != "")
    assert window.find_bar.count.text() == f"1 of {len(expected)} matches"
    marked = window.view.selection_layer("find")
    assert [(span.start, span.end) for span in marked] == [(m.start, m.end) for m in expected]
    drawn = [selection.cursor.selectionStart() for selection in window.view.extraSelections()]
    assert expected[0].start in drawn  # those within reach of the view are drawn
    assert window.view.textCursor().selectionStart() == expected[0].start
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    assert window.view.textCursor().selectionStart() == expected[1].start
    assert window.find_bar.count.text() == f"2 of {len(expected)} matches"
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.textCursor().selectionStart() == expected[0].start
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.textCursor().selectionStart() == expected[-1].start  # wraps around
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.view.extraSelections() == []
    assert window.view.hasFocus()


def test_find_with_no_match_says_so(window, qtbot):
    window.finder.open()
    qtbot.keyClicks(window.find_bar.query, "zzzz")
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)  # Enter searches at once
    assert window.find_bar.count.text() == "No matches"
    assert window.announcer.last_message == "No matches"


def test_footnote_link_jumps_and_back_returns(window, qtbot):
    start = window.view.caret_position()
    window.view.anchorClicked.emit(QUrl("#fn:women"))
    assert caret_text(window).startswith("Women: including")
    assert window.actions_by_name["back"].isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.view.caret_position() == start


def back(window, qtbot) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)


def forward(window, qtbot) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_H, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_P, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_back_returns_from_heading_and_paragraph_keys_to_the_same_screen(
    window, qtbot, key, modifier
):
    """Issue 18, item 5: H and P are jumps too, and Back restores the screen, not only the
    caret (the caret alone would be brought into view anywhere on it)."""
    window.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    caret, screen = window.view.caret_position(), window.view.verticalScrollBar().value()
    qtbot.keyClick(window.view, key, modifier)
    qtbot.keyClick(window.view, key, modifier)
    assert window.view.caret_position() != caret
    back(window, qtbot)
    back(window, qtbot)
    assert window.view.caret_position() == caret
    assert abs(window.view.verticalScrollBar().value() - screen) <= 2
    forward(window, qtbot)
    forward(window, qtbot)
    back(window, qtbot)
    back(window, qtbot)
    assert window.view.caret_position() == caret


def test_back_returns_from_find_to_where_the_search_began_then_through_its_hits(window, qtbot):
    # The bar's first opening lays the test's window out anew (the view 107 px wider, 7 in
    # the app's own window): the screen to come back to is then laid out as it stays.
    window.finder.open()
    window.finder.close()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    caret, screen = window.view.caret_position(), window.view.verticalScrollBar().value()
    window.finder.open()
    qtbot.keyClicks(window.find_bar.query, "women")  # typing moves the caret: one jump
    window.find_bar.search_now()
    first = window.view.textCursor().selectionStart()
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)  # the next hit: another
    assert window.view.textCursor().selectionStart() != first
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    back(window, qtbot)
    assert window.view.caret_position() == first + len("women")  # the match's caret
    back(window, qtbot)
    assert window.view.caret_position() == caret
    assert abs(window.view.verticalScrollBar().value() - screen) <= 2
    assert not window.actions_by_name["back"].isEnabled()


def test_back_restores_the_screen_of_a_reader_who_scrolled_away_from_the_caret(window, qtbot):
    """Helper review: a reader who scrolls with the mouse leaves the caret behind; Back
    brings back their screen, not the caret's."""
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    caret, screen = window.view.caret_position(), window.view.first_visible_position()
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    back(window, qtbot)
    assert window.view.caret_position() == caret
    assert window.view.first_visible_position() == screen  # its first whole line first


def test_find_records_a_jump_from_where_the_reader_moved_with_the_bar_open(window, qtbot):
    window.finder.open()
    window.finder.close()  # see the test before
    window.finder.open()
    qtbot.keyClicks(window.find_bar.query, "women")
    window.find_bar.search_now()
    window.view.move_caret_to(window.view.plain_text().index("Pakistan"))
    elsewhere = window.view.caret_position()
    window.find_bar.query.clear()
    qtbot.keyClicks(window.find_bar.query, "rape")
    window.find_bar.search_now()
    assert window.view.caret_position() != elsewhere
    back(window, qtbot)
    assert window.view.caret_position() == elsewhere


def test_find_next_on_the_only_match_records_no_jump(window, qtbot):
    window.finder.open()
    qtbot.keyClicks(window.find_bar.query, "Khawaja Sira women")
    window.find_bar.search_now()
    assert window.find_bar.count.text() == "1 of 1 match"
    for _ in range(3):
        qtbot.keyClick(window.find_bar.query, Qt.Key.Key_F3)
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    back(window, qtbot)  # to where the search began, at once
    assert not window.actions_by_name["back"].isEnabled()


def test_external_links_ask_before_leaving(window):
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Cancel, seen)
    window.view.anchorClicked.emit(QUrl("https://www.propergaanda.com/"))
    assert "https://www.propergaanda.com/" in seen[0]
    assert "never goes online" in seen[0]


def test_other_links_are_refused_with_a_reason(window):
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    window.view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert "does not open this link" in seen[0]


def test_where_am_i(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_H)
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.announcer.last_message.startswith(
        f"{TITLE}. Section: Stigma, the police and the courts."
    )
    assert window.announcer.last_message.endswith("% read.")


def test_f6_cycles_between_panes(window, qtbot):
    window.show_contents()
    window.focus_article()
    qtbot.keyClick(window.view, Qt.Key.Key_F6)
    assert window.library_panel.list.hasFocus()
    qtbot.keyClick(window.library_panel.list, Qt.Key.Key_F6)
    assert window.toc_panel.tree.hasFocus()
    qtbot.keyClick(window.toc_panel.tree, Qt.Key.Key_F6)
    assert window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.toc_panel.tree.hasFocus()


def test_reading_position_is_restored_after_a_restart(make_window, qtbot):
    first = make_window()
    open_article(first, ARTICLE_ID)
    first.focus_article()
    for _ in range(3):
        qtbot.keyClick(first.view, Qt.Key.Key_H)
    visible_text = first.view.plain_text()[first.view.first_visible_position() :][:40]
    first.close()

    second = make_window()
    second.open_start_article()  # the last article read, where the reader stopped
    assert second.article.meta.id == ARTICLE_ID
    second.content_note.open_button.click()
    assert second.view.plain_text()[second.view.first_visible_position() :][:40] == visible_text
    assert second.library_panel.list.currentIndex().siblingAtColumn(2).data() != "0\u00a0%"


def test_first_start_opens_the_guide(make_window):
    window = make_window()
    window.open_start_article()
    assert window.article.meta.id == "how-to-use-reader"


def test_every_control_is_named_and_reachable_by_keyboard(window):
    window.finder.open()
    window.show_contents()
    controls = window.findChildren(QAbstractButton) + window.findChildren(QLineEdit)
    controls += window.findChildren(QComboBox) + window.findChildren(QAbstractItemView)
    controls += window.findChildren(QTextEdit)
    visible = [c for c in controls if c.isVisible() and not isinstance(c, QHeaderView)]
    assert len(visible) >= 10
    for control in visible:
        name = control.accessibleName() or getattr(control, "text", lambda: "")()
        assert name.replace("&", "").strip(), f"{type(control).__name__} has no accessible name"
        if control.objectName().startswith("qt_dockwidget_"):
            continue  # a panel's float and close buttons: the View menu offers both by keyboard
        assert control.focusPolicy() != Qt.FocusPolicy.NoFocus, name


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def local_server():
    _CountingHandler.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


def test_a_hostile_article_renders_safely_and_fetches_nothing(
    make_window, write_article, local_server, qtbot
):
    base = f"http://127.0.0.1:{local_server.server_port}"
    write_article(
        "hostile.md",
        "Hostile",
        body=f"""
        Before.

        <script>document.write('injected')</script>
        <img src="{base}/pixel.png" alt="Remote photo" onerror="alert(1)">
        <p style="display:none">Hidden text</p>
        <a href="javascript:alert(1)">js</a> <a href="file:///etc/passwd">file</a>
        <link rel="stylesheet" href="{base}/style.css">

        ![A map]({base}/map.png)

        After.
        """,
    )
    window = make_window()
    assert window.open_article_by_id("hostile")
    qtbot.wait(300)
    text = window.view.plain_text()
    assert "injected" not in text
    assert "[Image: Remote photo]" in text and "[Image: A map]" in text
    assert "Hidden text" in text
    html = window.view.document().toHtml()
    assert "javascript:" not in html and "file:" not in html and base not in html
    assert local_server.RequestHandlerClass.requests == []


def test_urdu_text_is_laid_out_right_to_left(make_window, write_article):
    write_article(
        "urdu.md", "پاکستان میں می ٹو", body="## پہلا حصہ\n\nیہ ایک مضمون ہے۔", language="ur"
    )
    window = make_window()
    window.open_article_by_id("urdu")
    block = window.view.document().findBlock(window.navigator.outline.headings[1].position)
    assert block.text() == "پہلا حصہ"
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft


def test_opening_articles_again_and_again_keeps_one_document(window):
    for article_id in ("how-to-use-reader", ARTICLE_ID) * 3:
        assert window.open_article_by_id(article_id)
    assert len(window.view.findChildren(QTextDocument)) == 1


def test_images_load_only_from_the_articles_own_folder(window, tmp_path, qtbot):
    folder = tmp_path / "stick" / "articles"
    folder.mkdir(parents=True)

    def png(path, colour) -> None:
        image = QImage(12, 12, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        image.save(str(path))

    png(folder / "inside.png", "#00ff00")
    png(tmp_path / "stick" / "secret.png", "#ff0000")
    secret = tmp_path / "stick" / "secret.png"
    encoded = base64.b64encode(secret.read_bytes()).decode()
    # HTML as a tampered cache could hold it, past the sanitiser: the view must refuse alone.
    html = (
        '<p><img src="inside.png"> <img src="../secret.png"> <img src="%2E%2E/secret.png">'
        f' <img src="{secret.as_uri()}"> <img src="{secret}">'
        f' <img src="data:image/png;base64,{encoded}"></p>'
    )
    meta = ArticleMeta(id="images", path=folder / "images.md", title="Images")
    window.view.show_article(RenderedArticle(meta, html))
    qtbot.wait(50)
    shot = window.view.viewport().grab().toImage()
    colours = [
        QColor(shot.pixel(x, y)).name()
        for y in range(0, shot.height(), 2)
        for x in range(0, shot.width(), 2)
    ]
    assert colours.count("#00ff00") > 10  # the article's own picture is shown
    assert "#ff0000" not in colours  # none of the others, however they are addressed


def test_restarting_again_and_again_does_not_move_the_reading_position(make_window, qtbot):
    window = make_window()
    window.open_article_by_id(ARTICLE_ID)
    window.focus_article()
    window.view.move_caret_to(5000, to_top=True)  # the middle of a long paragraph
    expected = window.view.first_visible_position()
    assert expected > 0
    for _ in range(4):
        window.close()
        window = make_window()
        window.open_start_article()
        assert window.view.first_visible_position() == expected


def test_nonsense_in_the_window_settings_is_ignored(make_window, data_paths):
    data_paths.window_settings.write_text(
        "[General]\ngeometry=hello\nwindow_state=1, 2\n", encoding="utf-8"
    )
    window = make_window()
    assert window.isVisible()


def test_back_returns_into_an_article_opened_from_a_file(window, tmp_path, qtbot):
    outside = tmp_path / "elsewhere.md"
    outside.write_text(article_text("From a file", "## Part\n\nText."), encoding="utf-8")
    assert window.open_path(outside)
    window.open_article_by_id(ARTICLE_ID)
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.article.meta.title == "From a file"


def test_opening_a_library_article_as_a_file_keeps_its_id(window):
    guide = BUNDLED_ARTICLES / "how-to-use-reader.md"
    assert window.open_path(guide)
    assert window.article.meta.id == "how-to-use-reader"


def test_shift_enter_finds_the_previous_match(window, qtbot):
    window.finder.open()
    qtbot.keyClicks(window.find_bar.query, "Pakistan")
    window.find_bar.search_now()
    for _ in range(3):
        qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    assert window.find_bar.count.text().startswith("4 of ")
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count.text().startswith("3 of ")


def test_switching_articles_keeps_the_query_but_not_the_place(window, qtbot):
    window.finder.open()
    qtbot.keyClicks(window.find_bar.query, "heading")
    window.find_bar.search_now()
    window.open_article_by_id("how-to-use-reader")
    assert window.view.caret_position() == 0  # the article opens at its top, not at a match
    assert window.find_bar.count.text().endswith(" matches")
    assert not window.find_bar.count.text()[0].isalpha()


def test_alt_keys_of_the_menus_and_visible_fields_do_not_clash(window):
    def mnemonic(text: str) -> str | None:
        index = text.replace("&&", "").find("&")
        return text.replace("&&", "")[index + 1].lower() if index >= 0 else None

    texts = [action.text() for action in window.menuBar().actions()]
    window.finder.open()  # the find bar's fields count while it is open
    texts += [
        label.text() for label in window.findChildren(QLabel) if label.buddy() and label.isVisible()
    ]
    keys = [key for key in map(mnemonic, texts) if key]
    assert len(keys) == len(set(keys)), sorted(keys)


@pytest.mark.parametrize(
    ("href", "shown", "warning"),
    [
        # The cases: a punycode host in look-alike Cyrillic, a right-to-left override.
        ("https://xn--80ak6aa92e.com/login", "https://xn--80ak6aa92e.com/login", "alphabets"),
        ("https://example.com/%E2%80%AEmoc.knab", "https://example.com/⟨U+202E⟩moc.knab", "⟨U+…⟩"),
        ("mailto:help@pаypal.com", "mailto:help@xn--pypal-4ve.com", "alphabets"),
    ],
)
def test_the_leave_reader_dialog_cannot_be_deceived(window, href, shown, warning):
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Cancel, seen)
    window.view.anchorClicked.emit(QUrl(href))
    assert shown in seen[0]
    assert warning in seen[0]


def test_find_matches_a_keyboard_apostrophe_in_the_metoo_article(window, qtbot):
    text = window.view.plain_text()
    window.finder.open()
    qtbot.keyClicks(window.find_bar.query, "Pakistan's")
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    # The title and four paragraphs of the #MeToo article say Pakistan’s.
    assert window.find_bar.count.text() == "1 of 5 matches"
    marked = window.view.selection_layer("find")
    assert [text[span.start : span.end] for span in marked] == ["Pakistan’s"] * 5


def test_find_ignores_vowel_marks_unless_the_reader_turns_that_off(
    make_window, write_article, qtbot
):
    write_article("urdu.md", "پاکستان", "پاکِستان اور پاکستان، پاکِستان۔", language="ur")
    window = make_window()
    assert window.open_article_by_id("urdu")
    text = window.view.plain_text()
    window.finder.open()
    window.find_bar.query.setText("پاکستان")  # QTest types only keys of a Latin keyboard
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    matches = [text[span.start : span.end] for span in window.view.selection_layer("find")]
    # The heading, then the paragraph's three spellings, each highlighted as written.
    assert matches == ["پاکستان", "پاکِستان", "پاکستان", "پاکِستان"]
    toggle = window.find_bar.ignore_marks
    assert toggle.isChecked() and toggle.accessibleName() == "Ignore vowel marks and accents"
    assert toggle.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Tab)
    qtbot.keyClick(window.find_bar.match_case, Qt.Key.Key_Tab)
    assert toggle.hasFocus()  # reached from the query by the keyboard
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert not toggle.isChecked()  # and the search runs again: only the bare spellings
    qtbot.waitUntil(lambda: window.find_bar.count.text() == "1 of 2 matches")


def test_the_hidden_panels_are_made_when_first_shown_with_what_is_current(window):
    # Contents, bookmarks and notes are hidden at start: made when first shown (issue 16),
    # they list what the article has by then, and follow it from then on.
    docks = (window.toc_dock, window.bookmarks_dock, window.notes_dock)
    assert [dock.made for dock in docks] == [False, False, False]
    headings = window.navigator.outline.headings
    for heading in headings[1:3]:
        window.view.move_caret_to(heading.position)
        window.marks.add_bookmark()
    assert [dock.made for dock in docks] == [False, False, False]
    window.show_bookmarks()
    assert window.bookmarks_dock.made and not window.notes_dock.made
    assert window.bookmarks_panel.model.rowCount() == 2
    window.view.move_caret_to(headings[3].position)
    window.marks.add_bookmark()
    assert window.bookmarks_panel.model.rowCount() == 3
    window.show_contents()
    assert window.toc_dock.made
    assert window.toc_panel.tree.topLevelItem(0).text(0) == TITLE


def test_a_panel_restored_open_is_made_by_the_first_paint(make_window, qtbot):
    first = make_window()
    first.show_notes()
    first.close()  # the window's layout is saved with the notes panel open
    second = make_window()
    with qtbot.waitSignal(second.window_paint.painted, timeout=60_000):
        second.show()
    assert second.notes_dock.made and second.notes_dock.isVisible()
    assert second.notes_panel.isVisible()
