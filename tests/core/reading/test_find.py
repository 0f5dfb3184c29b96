from reader.core.reading.find import Match, find_all, match_after, match_before


def test_find_is_literal_and_case_insensitive_by_default():
    text = "Pakistan, pakistan. PAKISTAN? (a+b)"
    assert find_all(text, "pakistan") == [Match(0, 8), Match(10, 18), Match(20, 28)]
    assert find_all(text, "Pakistan", match_case=True) == [Match(0, 8)]
    assert find_all(text, "(a+b)") == [Match(30, 35)]
    assert find_all(text, "") == []


def test_find_in_urdu():
    assert find_all("یہ مضمون اور وہ مضمون", "مضمون") == [Match(3, 8), Match(16, 21)]


def test_next_and_previous_wrap_around():
    matches = [Match(5, 8), Match(20, 23)]
    assert match_after(matches, 0) == 0
    assert match_after(matches, 6) == 1
    assert match_after(matches, 21) == 0
    assert match_before(matches, 21) == 1
    assert match_before(matches, 5) == 1
    assert match_after([], 0) is None and match_before([], 0) is None


def test_positions_are_qt_document_positions_after_emoji():
    text = "😀😀😀 needle here 𝒳 needle"
    matches = find_all(text, "needle")
    utf16 = text.encode("utf-16-le")
    for match in matches:
        assert utf16[2 * match.start : 2 * match.end].decode("utf-16-le") == "needle"
