import pytest

from reader.core.articles.facts import (
    WORDS_PER_MINUTE,
    published_key,
    reading_minutes,
    word_count,
)


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        ("One two three.", 3),
        ("# Heading\n\n- a well-known list\n- item", 5),
        ("See [the report](https://example.org/a/long/path) now.", 4),
        ("یہ ایک اردو جملہ ہے۔", 5),
        ("<span>tagged</span> text {lang=ur}", 2),
        ("ਪੰਜਾਬੀ ਲੇਖ — 2018", 3),
        ("", 0),
    ],
)
def test_word_count_counts_the_words_a_reader_reads(markdown, words):
    assert word_count(markdown) == words


@pytest.mark.parametrize(
    ("words", "minutes"), [(0, 0), (1, 1), (WORDS_PER_MINUTE, 1), (WORDS_PER_MINUTE + 1, 2)]
)
def test_reading_time_is_rounded_up_to_whole_minutes(words, minutes):
    assert reading_minutes(words) == minutes


def test_reading_time_needs_a_positive_rate():
    with pytest.raises(ValueError):
        reading_minutes(100, 0)


@pytest.mark.parametrize(
    ("published", "key"),
    [
        ("2018-05-01", (2018, 5, 1)),
        ("2018", (2018, 0, 0)),
        ("2026-11", (2026, 11, 0)),
        ("May 2018", (2018, 0, 0)),
        ("", None),
        ("recently", None),
    ],
)
def test_published_dates_become_sortable(published, key):
    assert published_key(published) == key
