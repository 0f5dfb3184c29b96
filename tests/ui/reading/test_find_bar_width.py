"""The find bar stays whole with both side panels open in a small window, at every
interface size (a fresh tester's cases: 800×600 at 250 %, where the last row of buttons
was cut off and the window widened to 959 px; 1366×768 at a large interface): the bar's
controls wrap onto further lines, each whole, the bar grows in height, and the window
keeps its width."""

import pytest
from PySide6.QtCore import QRect

from reader.ui.reading.find_bar import QUERY_CHARACTERS, WIDEST_COUNT


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [
        (800, 600, 1.0),
        (800, 600, 1.5),
        (800, 600, 2.0),
        (800, 600, 2.5),
        (800, 600, 3.0),
        (1024, 768, 2.5),
        (1366, 768, 2.0),
        (1366, 768, 3.0),
        (640, 480, 1.0),
        (640, 480, 1.5),
    ],
)
def test_the_find_bar_is_whole_under_both_panels(window, qtbot, width, height, scale):
    window.appearance._set_interface_scale(scale)
    try:
        check_the_find_bar(window, qtbot, width, height)
    finally:  # the interface's font is the application's: later tests start at 100 %
        window.appearance._set_interface_scale(1.0)


def check_the_find_bar(window, qtbot, width: int, height: int) -> None:
    window.resize(width, height)
    window.library_dock.show()
    window.notes_dock.show()
    window.finder.open()
    bar = window.find_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.query.hasFocus())
    qtbot.waitUntil(lambda: window.width() == width)  # the bar did not widen the window
    qtbot.waitUntil(lambda: bar.height() >= bar.layout().heightForWidth(bar.width()))

    query = bar.query
    field = query.parentWidget()
    room = bar.width() - bar.layout().contentsMargins().left() * 2
    wanted = QUERY_CHARACTERS * query.fontMetrics().averageCharWidth()
    if field.sizeHint().width() <= room:  # it narrows only in a bar narrower than it
        assert query.width() >= wanted
    else:
        assert field.width() == room
    assert bar.count.width() >= bar.count.fontMetrics().horizontalAdvance(WIDEST_COUNT)
    controls = [
        bar.match_case,
        bar.ignore_marks,
        bar.previous_button,
        bar.next_button,
        bar.count,
        bar.close_button,
    ]
    places = [QRect(c.mapTo(bar, c.rect().topLeft()), c.size()) for c in [query, *controls]]
    for control, place in zip([query, *controls], places, strict=True):
        assert control.isVisible()
        assert bar.rect().contains(place), (control, place, bar.rect())  # whole, not cut off
        assert control.width() >= control.minimumSizeHint().width(), control
    for index, place in enumerate(places):
        assert not any(place.intersects(other) for other in places[index + 1 :])
    bar_place = QRect(bar.mapTo(window, bar.rect().topLeft()), bar.size())
    assert window.rect().contains(bar_place)
    assert window.statusBar().geometry().top() >= bar_place.bottom()  # not under the status
