"""The display settings in the real window (offscreen): size, themes, ruler, dialog, memory."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox, QToolBar

from reader.core.display.appearance import Appearance
from reader.core.display.preferences import PreferencesFile
from reader.core.display.themes import BUILT_IN_THEMES
from reader.ui.display.preferences_dialog import PreferencesDialog
from reader.ui.reading.article_view import BASE_POINT_SIZE
from tests.conftest import run_until_painted
from tests.ui.conftest import ARTICLE_ID, answer_next_message_box

CONTROL = Qt.KeyboardModifier.ControlModifier


def article_point_size(window) -> float:
    return window.view.document().defaultFont().pointSizeF()


def first_visible_text(window, length=40) -> str:
    position = window.view.first_visible_position()
    return window.view.plain_text()[position : position + length]


def position_is_in_view(window, position: int) -> bool:
    cursor = window.view.textCursor()
    cursor.setPosition(position)
    rect = window.view.cursorRect(cursor)
    return rect.top() >= 0 and rect.bottom() <= window.view.viewport().height()


def test_ctrl_plus_minus_and_zero_change_the_text_size(window, qtbot):
    normal = article_point_size(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, CONTROL)
    assert window.appearance.appearance.text_scale == 1.1
    assert article_point_size(window) == pytest.approx(normal * 1.1)
    assert window.announcer.last_message == "Text size 110 %."
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, CONTROL)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, CONTROL)
    assert window.appearance.appearance.text_scale == 0.9
    qtbot.keyClick(window.view, Qt.Key.Key_0, CONTROL)
    assert article_point_size(window) == pytest.approx(normal)


def test_text_size_stays_within_50_and_400_percent(window):
    for _ in range(30):
        window.appearance.larger_text()
    assert window.appearance.appearance.text_scale == 4.0
    for _ in range(30):
        window.appearance.smaller_text()
    assert window.appearance.appearance.text_scale == 0.5


def test_ctrl_wheel_changes_the_text_size(window):
    viewport = window.view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, CONTROL, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, wheel)
    assert window.appearance.appearance.text_scale == 1.1


def test_headings_lists_and_quotes_scale_with_the_text(window):
    def sizes() -> dict[str, float]:
        document = window.view.document()
        found = {}
        block = document.begin()
        while block.isValid():
            text = block.text()
            font = (
                block.begin().fragment().charFormat().font()
                if block.begin() != block.end()
                else None
            )
            if font is not None:
                if text.startswith("Stigma, the police"):
                    found["heading"] = font.pointSizeF()
                elif text.startswith("In a country like Pakistan"):
                    found["quote"] = font.pointSizeF()
                elif text.startswith("Generally, cases"):
                    found["paragraph"] = font.pointSizeF()
            block = block.next()
        return found

    before = sizes()
    window.appearance.apply(window.appearance.appearance.changed(text_scale=2.0))
    after = sizes()
    assert set(before) == {"heading", "quote", "paragraph"}
    for kind in before:
        assert after[kind] == pytest.approx(2 * before[kind], rel=0.05), kind


@pytest.mark.parametrize("theme", BUILT_IN_THEMES, ids=lambda theme: theme.name)
def test_each_theme_is_a_menu_command_that_colours_page_and_interface(window, theme):
    action = next(a for a in window.appearance.theme_group.actions() if a.text() == theme.name)
    action.trigger()
    assert action.isChecked()
    assert window.theme_combo.currentData() == theme.name
    page = window.view.viewport().grab().toImage()
    assert QColor(page.pixel(5, page.height() - 5)).name() == theme.background
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == theme.panel_background
    assert palette.color(QPalette.ColorRole.WindowText).name() == theme.panel_text
    assert window.announcer.last_message == f"Theme: {theme.name}."


def test_the_reading_ruler_dims_all_but_the_caret_line_and_follows_it(window, qtbot):
    theme = BUILT_IN_THEMES[0]
    qtbot.keyClick(window.view, Qt.Key.Key_H)  # the caret to a heading near the top
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    qtbot.keyClick(window.view, Qt.Key.Key_F9)
    assert window.actions_by_name["reading_ruler"].isChecked()

    def row_is_dimmed(image, y) -> bool:
        """A dimmed row has no pixel of the full text colour left."""
        return all(QColor(image.pixel(x, y)).name() != theme.text for x in range(image.width()))

    image = window.view.viewport().grab().toImage()
    caret = window.view.cursorRect()
    caret_row = caret.center().y()
    assert not row_is_dimmed(image, caret_row)
    text_rows = [y for y in range(image.height()) if not row_is_dimmed(image, y)]
    assert (
        min(text_rows) >= caret.top() - caret.height()
        and max(text_rows) <= caret.bottom() + caret.height()
    )

    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    moved = window.view.cursorRect()
    image = window.view.viewport().grab().toImage()
    assert not row_is_dimmed(image, moved.center().y())
    assert row_is_dimmed(image, caret_row)
    qtbot.keyClick(window.view, Qt.Key.Key_F9)
    assert window.appearance.appearance.reading_ruler == 0


@pytest.mark.parametrize("theme", ["Light", "Dark"])
def test_dimming_darkens_the_page_and_panels_but_not_the_text(window, theme):
    window.appearance.set_theme(theme)
    before = window.appearance.appearance.theme_colours()
    window.appearance.apply(window.appearance.appearance.changed(dimming=0.5))
    after = window.appearance.appearance.theme_colours()
    page = window.view.palette()
    assert page.color(QPalette.ColorRole.Base).lightness() < QColor(before.background).lightness()
    assert page.color(QPalette.ColorRole.Base).name() == after.background
    assert page.color(QPalette.ColorRole.Text).name() == before.text
    panels = QApplication.palette().color(QPalette.ColorRole.Window)
    assert panels.lightness() < QColor(before.panel_background).lightness()
    corner = QColor(window.view.viewport().grab().toImage().pixel(2, 2))
    assert corner.name() == after.background


def test_interface_size_scales_menus_and_panels_apart_from_the_text(window, qtbot):
    interface_before = QApplication.font().pointSizeF()
    text_before = article_point_size(window)
    window.actions_by_name["interface_larger"].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(interface_before * 1.1)
    assert article_point_size(window) == pytest.approx(text_before)
    window.actions_by_name["interface_reset"].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(interface_before)


@pytest.mark.parametrize(
    "change",
    [
        {"text_scale": 2.0},
        {"text_scale": 0.6},
        {"font_family": "Noto Serif"},
        {"font_family": "OpenDyslexic", "letter_spacing": 0.12, "word_spacing": 0.16},
        {"line_spacing": 3.0, "paragraph_spacing": 2.0},
        {"column_characters": 40},
    ],
    ids=str,
)
def test_the_reading_position_stays_on_screen(window, qtbot, change):
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_H)
    first_visible = window.view.first_visible_position()
    caret = window.view.caret_position()
    window.appearance.apply(window.appearance.appearance.changed(**change))
    assert position_is_in_view(window, first_visible)
    assert window.view.caret_position() == caret


def test_settings_survive_a_restart(make_window, data_paths):
    first = make_window()
    first.open_article_by_id(ARTICLE_ID)
    first.appearance.set_theme("Sepia")
    first.appearance.larger_text()
    first.appearance.set_reading_ruler(True)
    first.appearance.apply(first.appearance.appearance.changed(line_spacing=2.0, justify=True))
    first.close()

    saved, problem = PreferencesFile(data_paths.preferences).load()
    assert problem is None
    second = make_window()
    assert second.appearance.appearance == saved
    remembered = (saved.theme, saved.text_scale, saved.reading_ruler, saved.line_spacing)
    assert remembered == ("Sepia", 1.1, 1, 2.0)
    assert saved.justify
    assert second.theme_combo.currentData() == "Sepia"
    assert second.actions_by_name["reading_ruler"].isChecked()


def test_preferences_dialog_previews_live_and_cancel_restores(window, qtbot):
    original = window.appearance.appearance
    dialog = PreferencesDialog(original, window)
    dialog.appearanceChanged.connect(window.appearance.apply)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text_size.setValue(200)
    assert window.appearance.appearance.text_scale == 2.0
    dialog.theme.setCurrentIndex(dialog.theme.findData("Dark"))
    assert window.view.appearance.theme == "Dark"
    dialog.reject()
    assert window.appearance.appearance == original


def test_preferences_dialog_presets_reset_and_custom_contrast(window, qtbot):
    dialog = PreferencesDialog(Appearance(), window)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(dialog.preset.findData("Dyslexia-friendly"))
    dialog.apply_preset.click()
    assert dialog.appearance.font_family == "OpenDyslexic"
    assert dialog.font_family.currentText() == "OpenDyslexic"
    assert dialog.letter_spacing.value() == pytest.approx(0.12)
    dialog.reset.click()
    assert dialog.appearance == Appearance()
    dialog.theme.setCurrentIndex(dialog.theme.findData("Custom"))
    assert dialog.custom_text.isEnabled()
    assert dialog.set_custom_colour("custom_text", "#595959")
    assert dialog.contrast.text() == (
        "Contrast 7.0:1."  # #595959 on white is 7.0:1 exactly: no warning
    )
    assert dialog.set_custom_colour("custom_text", "#666666")
    assert dialog.appearance.custom_text == "#666666"
    assert dialog.contrast.text() == (
        "Contrast 5.7:1, below 7:1: hard to read for many low-vision readers."
    )
    # 4.48:1 reads 4.4:1 (rounded down), never a "4.5:1" that then says it is too low.
    assert not dialog.set_custom_colour("custom_text", "#777777")
    assert dialog.appearance.custom_text == "#666666"  # refused: the last good pair stays
    assert "4.4:1, below the 4.5:1 needed to read" in dialog.contrast.text()
    assert not dialog.set_custom_colour("custom_background", "#555555")
    assert "1.2:1" in dialog.contrast.text()
    # A pair below 4.5:1 from an older preferences file is shown as it is.
    dialog._change(dialog.appearance.changed(custom_text="#aaaaaa", custom_background="#ffffff"))
    assert dialog.contrast.text() == "Contrast 2.3:1: too low, below 4.5:1."


def test_custom_colour_warnings_and_refusals_reach_screen_readers(window, qtbot):
    dialog = PreferencesDialog(Appearance(theme="Custom"), window, announcer=window.announcer)
    qtbot.addWidget(dialog)
    assert not dialog.set_custom_colour("custom_text", "#ff0000")
    assert window.announcer.last_message == (
        "Text colour #ff0000 on background #ffffff has a contrast of 3.9:1, below the 4.5:1 "
        "needed to read, so these colours were not used."
    )
    assert dialog.set_custom_colour("custom_background", "#e8f0ff")
    assert dialog.set_custom_colour("custom_text", "#1f5a9c")
    assert "below 7:1" in window.announcer.last_message
    assert window.announcer.last_message.startswith("Contrast 6.1:1")


def test_preferences_dialog_controls_are_labelled_and_reachable(window, qtbot):
    dialog = PreferencesDialog(Appearance(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    controls = [
        dialog.text_size, dialog.font_family, dialog.font_weight, dialog.line_spacing,
        dialog.paragraph_spacing, dialog.letter_spacing, dialog.word_spacing,
        dialog.column_characters, dialog.theme, dialog.custom_text, dialog.custom_background,
        dialog.reading_ruler, dialog.dimming, dialog.interface_size, dialog.preset,
    ]  # fmt: skip
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() != Qt.FocusPolicy.NoFocus
    # Tab reaches every enabled control in turn.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    reached = set()
    dialog.text_size.setFocus()
    for _ in range(40):
        reached.add(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    enabled = [control for control in controls if control.isEnabled()]
    for control in enabled:  # a spin box's focus goes to the line edit inside it
        assert any(w is control or control.isAncestorOf(w) for w in reached), control


def test_a_damaged_preferences_file_gives_a_message_and_defaults(data_paths, qapp):
    data_paths.preferences.write_text("{ not json", encoding="utf-8")
    appearance, problem = PreferencesFile(data_paths.preferences).load()
    assert appearance == Appearance()
    assert "could not be read" in problem
    assert list(data_paths.root.glob("preferences.json.damaged-*"))


def test_saving_preferences_to_a_read_only_place_is_reported(window, data_paths):
    data_paths.preferences.mkdir()  # a folder where the file should be: the write fails
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    window.appearance.larger_text()
    window.appearance.save()
    assert "could not be saved" in seen[0]


def test_paragraph_spacing_follows_the_text_size_once_it_settles(window, qtbot):
    def paragraph_gap() -> float:
        block = window.view.document().begin()
        while not block.text().startswith("Generally, cases"):
            block = block.next()
        return block.blockFormat().bottomMargin()

    before = paragraph_gap()
    window.appearance.apply(window.appearance.appearance.changed(text_scale=2.0))
    assert article_point_size(window) == pytest.approx(2 * BASE_POINT_SIZE)  # at once
    qtbot.waitUntil(lambda: paragraph_gap() > 1.8 * before)  # the margins catch up


def test_find_marks_survive_a_setting_change_and_take_the_new_colours(window, qtbot):
    window.finder.open()
    qtbot.keyClicks(window.find_bar.query, "women")
    window.find_bar.search_now()
    marked = len(window.view.selection_layer("find"))
    assert marked > 10
    window.appearance.set_theme("Dark")
    window.appearance.apply(window.appearance.appearance.changed(line_spacing=2.5))
    assert len(window.view.selection_layer("find")) == marked
    selections = window.view.extraSelections()
    dark = next(theme for theme in BUILT_IN_THEMES if theme.name == "Dark")
    other = selections[-1] if len(selections) > 1 else selections[0]
    assert other.format.background().color().name() == dark.highlight_background


def test_the_reading_ruler_on_a_one_line_heading_shows_one_line(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_H)  # a heading: a block of a single line
    window.appearance.set_reading_ruler(True)
    image = window.view.viewport().grab().toImage()
    theme = BUILT_IN_THEMES[0]
    bright = [
        y
        for y in range(image.height())
        if any(QColor(image.pixel(x, y)).name() == theme.text for x in range(image.width()))
    ]
    caret = window.view.cursorRect()
    assert bright and max(bright) - min(bright) < 2.5 * caret.height()


def test_changing_the_interface_size_keeps_the_reading_position(window, qtbot):
    window.view.move_caret_to(5000, to_top=True)
    first_visible = window.view.first_visible_position()
    for _ in range(3):
        window.appearance.larger_interface()
    qtbot.wait(50)  # the window lays itself out in the new size
    assert position_is_in_view(window, first_visible)


START_WITH_MESSAGES_SHOWN = """
import sys
from reader import app
from reader.ui.widgets import messages
# A message box waits for a click: print it instead, and go on as the click would.
messages.inform = lambda parent, title, text: print("MESSAGE:", text, flush=True)
sys.exit(app.main(["--data-dir", sys.argv[1]]))
"""


def test_reader_starts_with_a_400_digit_text_scale_in_both_files(tmp_path):
    """Issue 17 item 5, in the real start-up: the window opens and paints, both told."""
    data = tmp_path / "data"
    data.mkdir()
    huge = "9" * 400
    (data / "preferences.json").write_text(
        f'{{"version": 1, "appearance": {{"text_scale": {huge}}}}}', encoding="utf-8"
    )
    defaults = tmp_path / "reader-defaults.json"
    defaults.write_text(f'{{"text_scale": {huge}}}', encoding="utf-8")
    result = run_until_painted(
        START_WITH_MESSAGES_SHOWN, data, tmp_path / "first-paint", READER_DEFAULTS=str(defaults)
    )
    assert result.returncode == 0, result.stderr
    assert "“text_scale” is a number of 400 digits" in result.stdout
    assert f"The display defaults in {defaults} have values Reader cannot use" in result.stderr
    assert list(data.glob("preferences.json.damaged-*"))


def test_choosing_a_theme_stops_following_the_system_and_the_menu_says_so(window):
    follow = window.appearance.follow_system_action
    assert not window.appearance.appearance.theme_chosen
    assert follow.isChecked()
    window.appearance.set_theme("Sepia")
    assert window.appearance.appearance.theme_chosen
    assert not follow.isChecked()
    # Back to following: the offscreen platform reports no preference, so Light.
    follow.trigger()
    assert follow.isChecked()
    assert window.appearance.appearance.theme == "Light"
    assert not window.appearance.appearance.theme_chosen
    assert window.announcer.last_message == "Theme: Light, as the system asks."
    follow.trigger()  # off again: the theme shown is kept as the reader's choice
    assert window.appearance.appearance.theme_chosen


def test_a_theme_or_colours_changed_in_the_dialog_are_a_choice(window, qtbot):
    window.appearance.apply(Appearance(text_scale=1.5))
    dialog = PreferencesDialog(window.appearance.appearance, window)
    qtbot.addWidget(dialog)
    dialog.appearanceChanged.connect(window.appearance.apply_from_dialog(dialog))
    dialog.text_size.setValue(200)
    assert not window.appearance.appearance.theme_chosen  # the size is not a theme
    dialog.theme.setCurrentIndex(dialog.theme.findData("Dark"))
    assert window.appearance.appearance.theme_chosen
    dialog.reject()  # Cancel: back to following the system
    assert not window.appearance.appearance.theme_chosen
    assert window.appearance.appearance.text_scale == 1.5


def test_focus_mode_hides_bars_and_panels_and_f11_brings_back_what_was_shown(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.show_contents()
    shown = [
        widget
        for widget in (
            window.menuBar(),
            window.statusBar(),
            *window.findChildren(QToolBar),
            *window.findChildren(QDockWidget),
        )
        if widget.isVisible()
    ]
    assert window.menuBar() in shown and window.toc_dock in shown
    qtbot.keyClick(window.view, Qt.Key.Key_F11)
    assert window.focus_mode.on
    assert not any(widget.isVisible() for widget in shown)
    assert window.view.isVisible()
    assert "F11 brings the menus and panels back" in window.announcer.last_message
    qtbot.keyClick(window.view, Qt.Key.Key_F11)
    assert all(widget.isVisible() for widget in shown)
    assert not window.bookmarks_dock.isVisible()  # hidden before, hidden after
    assert window.announcer.last_message == "Focus mode off."


def test_closing_in_focus_mode_saves_the_usual_layout(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["focus_mode"].trigger()
    window.close()
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    assert again.menuBar().isVisible() and again.library_dock.isVisible()
