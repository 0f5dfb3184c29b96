from reader.core.reading.history import NavigationHistory, Place


def test_back_and_forward_retrace_jumps():
    history = NavigationHistory()
    assert not history.can_go_back()
    history.record_jump(Place("a", 0))
    history.record_jump(Place("a", 500))
    assert history.back(Place("a", 900)) == Place("a", 500)
    assert history.back(Place("a", 500)) == Place("a", 0)
    assert history.back(Place("a", 0)) is None
    assert history.forward(Place("a", 0)) == Place("a", 500)
    assert history.forward(Place("a", 500)) == Place("a", 900)
    assert not history.can_go_forward()


def test_a_new_jump_clears_forward():
    history = NavigationHistory()
    history.record_jump(Place("a", 0))
    history.back(Place("a", 100))
    assert history.can_go_forward()
    history.record_jump(Place("a", 0))
    assert not history.can_go_forward()


def test_history_is_bounded_and_skips_repeats():
    history = NavigationHistory(limit=3)
    for position in (1, 2, 2, 3, 4):
        history.record_jump(Place("a", position))
    places = []
    current = Place("a", 99)
    while (previous := history.back(current)) is not None:
        places.append(previous.position)
        current = previous
    assert places == [4, 3, 2]
