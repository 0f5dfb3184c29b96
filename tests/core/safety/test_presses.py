from reader.core.safety.presses import RepeatedPress


def test_three_presses_within_a_second_complete_a_series():
    presses = RepeatedPress()
    assert [presses.press(t) for t in (10.0, 10.3, 10.9)] == [False, False, True]
    assert presses.press(11.0) is False  # a fourth press starts a new series


def test_presses_spread_over_more_than_a_second_do_not():
    presses = RepeatedPress()
    assert [presses.press(t) for t in (0.0, 0.6, 1.2, 1.9)] == [False, False, False, False]
    assert presses.press(2.1) is True  # 1.2, 1.9 and 2.1 are within a second


def test_another_key_between_breaks_the_series():
    presses = RepeatedPress()
    presses.press(0.0)
    presses.press(0.1)
    presses.reset()
    assert presses.press(0.2) is False


def test_the_count_and_window_can_be_chosen():
    presses = RepeatedPress(count=2, window=0.5)
    assert [presses.press(t) for t in (0.0, 0.6, 0.9)] == [False, False, True]
