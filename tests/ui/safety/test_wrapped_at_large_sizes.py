"""The private-mode question and the content note are whole at every interface size in a
small window (a fresh tester: the question was cut off at 150 % and at 300 % on 800×600):
their text wraps at the width they have, as tall as its lines, their buttons wrap, and
the window keeps its size; taller than a third of the screen, they scroll."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

from tests.ui.conftest import ARTICLE_ID

SIZES = [(800, 600, 1.0), (800, 600, 1.5), (800, 600, 2.0), (800, 600, 3.0), (1366, 768, 3.0)]


@pytest.fixture
def scaled(make_window) -> Iterator:
    windows = []

    def make(scale: float, width: int, height: int):
        window = make_window()
        windows.append(window)
        window.appearance._set_interface_scale(scale)
        window.resize(width, height)
        return window

    yield make
    for window in windows:  # the interface's font is the application's: reset for later tests
        window.appearance._set_interface_scale(1.0)


def cut_off(content: QWidget) -> list[QWidget]:
    """The widgets in `content` not shown whole: a label shorter than its wrapped lines,
    a control outside `content`, `content` wider than the area it scrolls in."""
    area = content.parentWidget().parentWidget()  # the scroll area's viewport, the area
    assert isinstance(area, QScrollArea)
    wrong = [content] if content.width() > area.viewport().width() else []
    for widget in content.findChildren(QWidget):
        if not widget.isVisible():
            continue
        place = QRect(widget.mapTo(content, widget.rect().topLeft()), widget.size())
        short = isinstance(widget, QLabel) and widget.height() < widget.heightForWidth(
            widget.width()
        )
        if short or not content.rect().contains(place):
            wrong.append(widget)
    return wrong


def assert_whole(qtbot, window, content: QWidget, size: tuple[int, int]) -> None:
    """Once laid out (Qt lays out in posted events), nothing in `content` is cut off and
    the window has its size."""
    assert any(label.isVisible() for label in content.findChildren(QLabel))
    try:
        qtbot.waitUntil(lambda: window.size().toTuple() == size and not cut_off(content))
    except AssertionError:
        raise AssertionError((window.size(), cut_off(content))) from None


@pytest.mark.parametrize(("width", "height", "scale"), SIZES)
def test_the_private_mode_question_is_whole(scaled, qtbot, width, height, scale):
    window = scaled(scale, width, height)
    window.guard.ask_about_private_mode()
    bar = window.guard.question_bar
    qtbot.waitUntil(bar.isVisible)
    assert_whole(qtbot, window, bar._content, (width, height))
    buttons = bar.findChildren(QAbstractButton)
    assert [b.text() for b in buttons] == ["Use &Private Mode", "&Not Now"]
    area = bar.findChild(QScrollArea)
    if bar._content.height() <= window.screen().availableGeometry().height() / 3:
        # All in view, no scrolling (once the page has laid the banner out again).
        qtbot.waitUntil(lambda: area.viewport().height() >= bar._content.height())
    for button in buttons:  # each reachable: Tab scrolls the area to it
        area.ensureWidgetVisible(button)
        top = button.mapTo(area.viewport(), button.rect().topLeft()).y()
        assert top >= 0 and top + button.height() <= area.viewport().height()


@pytest.mark.parametrize(("width", "height", "scale"), SIZES)
def test_the_content_note_is_whole(scaled, qtbot, width, height, scale):
    window = scaled(scale, width, height)
    window.library_dock.show()
    assert window.open_article_by_id(ARTICLE_ID)
    page = window.content_note
    qtbot.waitUntil(page.isVisible)
    content = page.note.parentWidget()
    assert_whole(qtbot, window, content, (width, height))
    assert page.remember.accessibleName() == "Don't show this again for this article"


def test_the_wrapped_check_box_label_toggles_it_by_a_click_and_its_alt_key(scaled, qtbot):
    window = scaled(1.0, 1000, 700)
    assert window.open_article_by_id(ARTICLE_ID)
    page = window.content_note
    label = next(q for q in page.findChildren(QLabel) if q.buddy() is page.remember)
    assert not page.remember.isChecked()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert page.remember.isChecked()
    qtbot.keyClick(page.open_button, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not page.remember.isChecked())  # Qt animates the click
    assert page.remember.hasFocus()


def in_view(area: QScrollArea, control: QWidget) -> bool:
    top = control.mapTo(area.viewport(), control.rect().topLeft()).y()
    return top >= 0 and top + control.height() <= area.viewport().height()


@pytest.mark.parametrize("scale", [2.5, 3.0])
def test_a_button_focused_by_its_access_key_is_scrolled_into_view(scaled, qtbot, scale):
    """A fresh tester: at 300 % on 800×600, Alt+N focused "Not Now" below the visible part
    of the question, and Space then answered it unseen."""
    window = scaled(scale, 800, 600)
    window.guard.ask_about_private_mode()
    bar = window.guard.question_bar
    qtbot.waitUntil(bar.isVisible)
    area = bar.findChild(QScrollArea)
    for button in reversed(bar.findChildren(QAbstractButton)):
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)  # as its access key does
        qtbot.waitUntil(lambda button=button: in_view(area, button))


def test_the_note_shown_with_its_first_button_focused_shows_that_button(scaled, qtbot):
    """At 300 % the note opened with "Open the Article" focused but off screen; F6 back to
    the note did the same."""
    window = scaled(3.0, 800, 600)
    assert window.open_article_by_id(ARTICLE_ID)
    page = window.content_note
    qtbot.waitUntil(page.isVisible)
    area = page.findChild(QScrollArea)
    qtbot.waitUntil(lambda: page.open_button.hasFocus() and in_view(area, page.open_button))
    page.remember.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(lambda: in_view(area, page.remember))
    page.open_button.setFocus(Qt.FocusReason.OtherFocusReason)  # as F6 to the note does
    qtbot.waitUntil(lambda: in_view(area, page.open_button))
