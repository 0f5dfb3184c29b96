"""The find field stays wide enough to use with both side panels open in a small window
(a fresh tester's case: 800×600, and 1366×768 at a large interface): the bar's other
controls wrap onto further lines instead, each whole, and the window keeps its width."""

import pytest
from PySide6.QtCore import QRect

from reader.ui.reading.find_bar import QUERY_CHARACTERS, WIDEST_COUNT


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(800, 600, 1.0), (1366, 768, 2.0), (1366, 768, 3.0), (640, 480, 1.0)],
)
def test_the_find_field_keeps_its_width_under_both_panels(window, qtbot, width, height, scale):
    window.appearance._set_interface_scale(scale)
    window.resize(width, height)
    window.library_dock.show()
    window.notes_dock.show()
    window.finder.open()
    bar = window.find_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.query.hasFocus())
    qtbot.waitUntil(lambda: window.width() == width)  # the bar did not widen the window

    query = bar.query
    assert query.width() >= QUERY_CHARACTERS * query.fontMetrics().averageCharWidth()
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
    assert window.rect().contains(QRect(bar.mapTo(window, bar.rect().topLeft()), bar.size()))
