"""The interface in Urdu: every text translated, mirrored, fitting; chosen without restart."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QWidget,
)

from reader.core.articles.article import ArticleMeta
from reader.core.articles.rendering import _header_html
from reader.core.display.appearance import Appearance
from reader.core.language.tags import native_language_name
from reader.ui.display.language import current_language, install_language
from reader.ui.display.preferences_dialog import PreferencesDialog
from reader.ui.display.theming import apply_interface
from reader.ui.marks.note_dialog import NoteDialog
from tests.ui.conftest import ARTICLE_ID, open_article

# Texts that are the same in both languages by nature: key names, symbols, numbers.
KEYS = re.compile(r"^[\W\d_]*$|^(Ctrl|Shift|Alt|F\d+|Esc|Del|Home|End|PgUp|PgDown)([+\W].*)?$")


@pytest.fixture
def in_language(qapp) -> Iterator:
    """Switch the interface to a language for one test; English again afterwards."""

    def switch(code: str, scale: float = 1.0) -> None:
        install_language(qapp, code)
        apply_interface(qapp, Appearance(interface_scale=scale))

    yield switch
    install_language(qapp, "en")
    apply_interface(qapp, Appearance())


def shown_texts(root: QWidget) -> dict[str, str]:
    """Every interface text under `root` (widgets, their actions and menus, tool tips,
    accessible names), each with where it was found; data (the library's articles, the
    contents' headings, font and voice names) is left out."""
    found: dict[str, str] = {}

    def add(text: str, where: str) -> None:
        text = text.replace("&", "").strip()
        if text and not KEYS.match(text):
            found.setdefault(text, where)

    def add_action(action, where: str) -> None:
        add(action.text(), where)
        add(action.toolTip() if action.toolTip() != action.text().replace("&", "") else "", where)
        add(action.statusTip(), where)
        if action.menu() is not None:
            add_menu(action.menu(), where)

    def add_menu(menu: QMenu, where: str) -> None:
        add(menu.title(), where)
        for action in menu.actions():
            add_action(action, f"{where} › {action.text()}")

    for widget in [root, *root.findChildren(QWidget)]:
        name = type(widget).__name__
        for text in (
            widget.windowTitle() if widget.isWindow() or isinstance(widget, QDockWidget) else "",
            widget.toolTip(),
            widget.statusTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
        ):
            add(text, name)
        if isinstance(widget, QLabel | QAbstractButton) and not widget.text().startswith("#"):
            add(widget.text(), name)
        if isinstance(widget, QLineEdit):
            add(widget.placeholderText(), name)
        if isinstance(widget, QGroupBox):
            add(widget.title(), name)
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(header.columnCount()):
                add(header.text(column), f"{name} header")
        if isinstance(widget, QComboBox) and widget.objectName() not in DATA_COMBOS:
            for index in range(widget.count()):
                add(widget.itemText(index), f"{name} item")
        for action in widget.actions():
            add_action(action, name)
    return found


DATA_COMBOS = {"fontFamily", "voice"}


def english_and_urdu(make: callable, in_language) -> tuple[dict, dict]:
    first = make()
    english = shown_texts(first)
    first.close()  # a window still shown would rebuild itself in Urdu
    in_language("ur")
    urdu = shown_texts(make())
    return english, urdu


def left_in_english(english: dict, urdu: dict, data: set[str]) -> list[tuple[str, str]]:
    """Texts the Urdu interface shows exactly as the English one did."""
    allowed = {native_language_name("en"), native_language_name("ur")} | data
    return sorted(
        (text, where)
        for text, where in urdu.items()
        if text in english and text not in allowed and not Path(text.rstrip(":")).is_absolute()
    )


def window_data(window) -> set[str]:
    """What the articles bring: titles and headings, font and voice names."""
    data = {meta.title for meta in window.library.articles}
    data |= {meta.content_note for meta in window.library.articles if meta.content_note}
    data |= {heading.text for heading in window.navigator.outline.headings}
    data |= {
        f"{meta.title} — {word}" for meta in window.library.articles for word in ("Reader", "ریڈر")
    }
    return data


def test_the_main_window_in_urdu_has_no_english_left(make_window, in_language):
    def make():
        window = make_window()
        open_article(window, ARTICLE_ID)  # past its content note
        return window

    english, urdu = english_and_urdu(make, in_language)
    window = make()
    assert len(urdu) > 200  # every action, menu, panel and tool tip was seen
    assert left_in_english(english, urdu, window_data(window)) == []
    assert window.windowTitle().endswith("— ریڈر")
    assert window.menuBar().actions()[0].text() == "فائل (&F)"


@pytest.mark.parametrize(("code", "name"), [("ur", "ریڈر"), ("en", "Reader")])
def test_the_name_qt_adds_to_window_titles_is_in_the_reader_s_language(
    qapp, in_language, code, name
):
    # On X11 and Windows Qt ends a window title that lacks it with the application's display
    # name: an Urdu title must not end in "— Reader".
    in_language("ur")
    in_language(code)
    assert qapp.applicationDisplayName() == name


def test_the_dialogs_in_urdu_have_no_english_left(in_language, qtbot):
    def preferences():
        dialog = PreferencesDialog(Appearance())
        qtbot.addWidget(dialog)
        dialog.font_family.setObjectName("fontFamily")  # font names are data
        return dialog

    def note():
        dialog = NoteDialog("پاکستان", "")
        qtbot.addWidget(dialog)
        return dialog

    def message_box():
        box = QMessageBox(QMessageBox.Icon.Question, "", "")
        box.setStandardButtons(
            QMessageBox.StandardButton.Ok
            | QMessageBox.StandardButton.Cancel
            | QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Close
            | QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Open
        )
        qtbot.addWidget(box)
        return box

    def file_dialog():
        dialog = QFileDialog(None, "", "", "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        return dialog

    for make in (preferences, note, message_box, file_dialog):
        install_language(QApplication.instance(), "en")
        english, urdu = english_and_urdu(make, in_language)
        assert urdu, make.__name__
        assert left_in_english(english, urdu, set()) == [], make.__name__


def test_urdu_mirrors_the_window_and_formats_for_pakistan(make_window, in_language):
    in_language("ur")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().name() == "ur_PK"
    window = make_window()
    assert window.isRightToLeft()
    # The library where a line starts: on the right.
    assert window.library_dock.geometry().center().x() > window.width() / 2
    assert window.font().families()[0] == "Noto Naskh Arabic"
    # Keyboard shortcuts are the same keys in every language.
    assert window.actions_by_name["find"].shortcut().toString() == "Ctrl+F"


def test_english_is_left_to_right(make_window, in_language):
    in_language("en")
    window = make_window()
    assert not window.isRightToLeft()
    assert window.library_dock.geometry().center().x() < window.width() / 2


@pytest.mark.parametrize(
    ("author", "expected"),
    [("", "مصنف نامعلوم"), ("فہمیدہ ریاض", "مصنف: فہمیدہ ریاض"), ("Someone", "مصنف: Someone")],
)
def test_the_article_header_in_urdu(in_language, author, expected):
    in_language("ur")
    html = _header_html(
        ArticleMeta(id="a", path=Path("a.md"), title="عنوان", author=author, published="2018")
    )
    assert expected in html
    assert "اشاعت: 2018" in html
    assert "By " not in html and "Published" not in html


def test_language_names_are_their_own():
    assert native_language_name("ur") == "اردو"
    assert native_language_name("en") == "English"
    assert native_language_name("ps") == "پښتو"
    assert native_language_name("xx") == "xx"  # a code Qt does not know is shown as it is


@pytest.mark.parametrize("scale", [1.0, 2.0, 3.0])
def test_urdu_texts_fit_their_widgets(make_window, in_language, qtbot, scale):
    """Each label, button and menu item's text, measured in its own font, fits inside the
    widget showing it: neither cut at the sides nor clipped above or below."""
    in_language("ur", scale)
    window = make_window()
    open_article(window, ARTICLE_ID)  # past its content note
    dialog = PreferencesDialog(Appearance(interface_scale=scale), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not texts_cut(window, dialog), timeout=10000)


def texts_cut(*roots: QWidget) -> list[tuple]:
    """Each visible label or button whose text needs more room than the widget has."""
    too_small = []
    for root in roots:
        for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
            if not widget.isVisible() or not widget.text() or widget.text().startswith("<"):
                continue
            if widget.maximumSize().isEmpty():
                continue  # no room by design: the screen readers' notice (accessibility)
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            metrics = widget.fontMetrics()
            text = widget.text().replace("&", "")
            needed_width = metrics.horizontalAdvance(text)
            needed_height = metrics.height()
            room = widget.contentsRect()
            if isinstance(widget, QAbstractButton) and not isinstance(widget, QLabel):
                room = widget.rect()
            if needed_height > room.height() or needed_width > room.width():
                too_small.append((text, needed_width, needed_height, room.width(), room.height()))
    return too_small


def test_language_follows_the_preference_without_restart(make_window, qtbot, in_language):
    window = make_window()
    open_article(window, ARTICLE_ID)  # past its content note
    window.focus_article()
    assert current_language() == "en"
    replaced = []
    window.replaced.connect(replaced.append)
    window.appearance.apply(window.appearance.appearance.changed(language="ur"))
    qtbot.waitUntil(lambda: bool(replaced), timeout=20000)
    urdu_window = replaced[0]
    qtbot.addWidget(urdu_window)
    assert current_language() == "ur"
    assert urdu_window.isRightToLeft()
    assert urdu_window.menuBar().actions()[0].text() == "فائل (&F)"
    assert urdu_window.article is not None and urdu_window.article.meta.id == ARTICLE_ID
    assert not window.isVisible()
    # Remembered: the preferences file now holds the choice.
    assert window._preferences.saved_language() == "ur"
    replaced.clear()
    urdu_window.replaced.connect(replaced.append)
    urdu_window.appearance.apply(urdu_window.appearance.appearance.changed(language="en"))
    qtbot.waitUntil(lambda: bool(replaced), timeout=20000)
    qtbot.addWidget(replaced[0])
    assert replaced[0].menuBar().actions()[0].text() == "&File"
    assert not replaced[0].isRightToLeft()


@pytest.mark.parametrize(("code", "digits"), [("ur", "110"), ("en", "110"), ("ps", "۱۱۰")])
def test_percentages_are_written_in_the_languages_digits(make_window, in_language, code, digits):
    """Pakistani Urdu writes Latin digits (CLDR's ur_PK), which espeak-ng's Urdu voice
    reads; Pashto writes Extended Arabic-Indic ones."""
    in_language(code)
    window = make_window()
    window.appearance.larger_text()  # 100 % to 110 %
    assert digits in window.announcer.last_message
