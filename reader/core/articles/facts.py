"""Facts about an article for the library: its length in words, the time it takes to
read, and its date of publication as something to sort by."""

import math
import re

# Brysbaert, M. (2019). How many words do we read per minute? A review and meta-analysis
# of reading rate. Journal of Memory and Language 109, 104047: silent reading of English
# non-fiction averages 238 words a minute. Used for every language: no comparable figure
# for Urdu was found, and the estimate is only offered as "about".
WORDS_PER_MINUTE = 238

# Markdown that is not read as words: link and image targets "](...)", HTML tags and
# {lang=..} attributes of parts. Markers alone ("-", "#", ">") hold no letter: not counted.
_NOT_WORDS = re.compile(r"\]\([^)]*\)|<[^>]*>|\{[^}]*\}")
# ISO 8601 calendar dates as front matter writes them: 2018, 2018-05 or 2018-05-01.
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\b")
_YEAR = re.compile(r"\b(\d{4})\b")


def word_count(markdown: str) -> int:
    """Words in an article's Markdown body: runs of text between spaces that hold a letter
    or a digit, once links' targets and markup are left out.

    Scripts written without spaces between words (Chinese, Thai) count a run as one word.
    """
    return sum(
        1 for token in _NOT_WORDS.sub(" ", markdown).split() if any(c.isalnum() for c in token)
    )


def reading_minutes(words: int, words_per_minute: int = WORDS_PER_MINUTE) -> int:
    """Whole minutes to read `words` at `words_per_minute` (rounded up; 0 only for 0 words).

    Raises ValueError if `words_per_minute` is not positive.
    """
    if words_per_minute <= 0:
        raise ValueError("words_per_minute must be positive")
    return math.ceil(words / words_per_minute)


def published_key(published: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a front matter 'published' value, to sort by; a missing month
    or day is 0, so "2018" comes before "2018-05-01". Text with a four-digit year
    ("May 2018") gives that year; None when no year is found."""
    found = _ISO_DATE.match(published)
    if found:
        year, month, day = found.groups()
        return int(year), int(month or 0), int(day or 0)
    year_only = _YEAR.search(published)
    return (int(year_only.group(1)), 0, 0) if year_only else None
