"""FlowLayout: items wrap onto more lines as the width runs short, mirrored right to left."""

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from reader.ui.widgets.flow import FlowLayout


def make(
    qtbot, texts: list[str], field: QLineEdit | None = None, minimum_width: int = 200
) -> tuple[QWidget, QLineEdit, list[QPushButton]]:
    """A FlowLayout's widget: `field` (a QLineEdit) expanding, then a button per text."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    field = field or QLineEdit()
    field.setMinimumWidth(minimum_width)
    layout.add_widget(field, expanding=True)
    buttons = [QPushButton(text) for text in texts]
    for button in buttons:
        layout.add_widget(button)
    return host, field, buttons


def test_a_wide_layout_is_one_line_and_the_field_takes_the_spare_width(qtbot):
    host, field, buttons = make(qtbot, ["Previous", "Next", "Close"])
    host.resize(1200, 100)
    host.show()
    tops = {field.y(), *(button.y() for button in buttons)}
    assert len({field.geometry().center().y()} | {b.geometry().center().y() for b in buttons}) == 1
    assert min(tops) == 0
    used = sum(b.width() for b in buttons) + 3 * host.layout().spacing()
    assert field.width() == 1200 - used


def test_a_narrow_layout_wraps_and_asks_for_the_height_of_its_lines(qtbot):
    host, field, buttons = make(qtbot, ["Match case", "Ignore vowel marks", "Previous", "Close"])
    layout = host.layout()
    one_line = layout.heightForWidth(2000)
    assert layout.heightForWidth(260) > layout.heightForWidth(420) > one_line
    assert layout.minimumSize().width() == max(200, *(b.sizeHint().width() for b in buttons))
    host.resize(260, layout.heightForWidth(260))
    host.show()
    assert field.width() == 260  # alone on its line, all of it
    assert all(button.y() > field.y() for button in buttons)
    for button in buttons:
        assert host.rect().contains(button.geometry())
        assert button.width() == button.sizeHint().width()


def test_right_to_left_starts_at_the_right_and_hidden_items_take_no_room(qtbot):
    host, field, buttons = make(qtbot, ["پچھلا", "اگلا", "بند کریں"])
    host.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    buttons[1].hide()
    host.resize(900, 60)
    host.show()
    assert field.geometry().right() == host.width() - 1
    assert buttons[0].geometry().right() < field.geometry().left()
    assert buttons[2].geometry().right() < buttons[0].geometry().left()
    assert buttons[2].x() == 0  # the field took the hidden button's room
    assert not any(QRect(b.geometry()).intersects(field.geometry()) for b in buttons[::2])


class WideField(QLineEdit):
    """A field that asks for 500 px and can make do with 60, as the find field does."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(500, super().sizeHint().height())


@pytest.mark.parametrize("texts", [["Match case", "Close"], ["اعراب", "بند کریں"], ["Schließen"]])
def test_a_wide_expanding_item_narrows_to_its_line_and_the_widget_keeps_every_line(qtbot, texts):
    host, field, buttons = make(qtbot, texts, WideField(), minimum_width=60)
    layout = host.layout()
    # Its hint does not set the minimum width: a window is never widened for it.
    assert layout.minimumSize().width() == max(60, *(b.sizeHint().width() for b in buttons))
    host.resize(300, 10)
    host.show()
    qtbot.waitUntil(lambda: host.height() == layout.heightForWidth(300))
    assert host.minimumHeight() == layout.heightForWidth(300)  # kept for the width it has
    assert field.width() == 300  # the whole line, less than its hint
    for button in buttons:
        assert host.rect().contains(button.geometry())
    host.resize(900, host.height())
    qtbot.waitUntil(lambda: field.width() >= 500)  # its hint, where the line has room
    assert host.minimumHeight() == layout.heightForWidth(900)


@pytest.mark.parametrize(
    ("area", "place"),
    [
        (QRect(0, 0, 200, 40), QRect(0, 0, 50, 20)),  # at the start
        (QRect(0, 0, 200, 40), QRect(150, 10, 50, 20)),  # at the end
        (QRect(9, 4, 181, 40), QRect(30, 4, 61, 20)),  # margins, odd widths
        (QRect(-20, 0, 100, 40), QRect(-20, 0, 100, 40)),  # the whole area
        (QRect(5, 5, 1, 1), QRect(5, 5, 1, 1)),  # one pixel
    ],
)
def test_a_right_to_left_place_is_where_qstyle_visual_rect_puts_it(area, place):
    from PySide6.QtWidgets import QStyle

    from reader.ui.widgets.flow import _mirrored

    expected = QStyle.visualRect(Qt.LayoutDirection.RightToLeft, area, place)
    assert _mirrored(place, area) == expected
