"""Marks: opening an article with 1,000 of them, and listing 10,000, against bare SQL.

Opening: MarksController.set_article as the window calls it when an article is shown:
the marks are read from the store, checked against the text's fingerprint (re-anchoring
is skipped for an unchanged text), drawn as the view's marks layer (Qt's extra
selections), and handed to both panels (a hidden panel fills its model only when shown,
and a shown one works out the sections of the rows it shows only; both are hidden, as at
the start, and the opening is also timed with the Highlights and Notes panel open). The
floor: the same SELECT, fetchall, on a connection of its own, timed in turn with each
opening (alternated_medians). Listing: Store.all_marks (what Export All reads) against
its SELECT, fetchall. Each part of the opening is also timed alone, to show where time
goes.

Re-anchoring: 1,000 marks found again (reanchored) after an edit that adds a paragraph at
the start and changes one character inside every mark, so that none is found word for
word; most are found between their unchanged context. Printed too, not a goal: the same
with the character before each mark changed as well, so that each one goes through the
approximate search. The floor: the bare rapidfuzz search, one partial_ratio_alignment of
each quote in the same stretch of text around its place (FUZZY_WINDOW on either side).
"""

import random
import sqlite3
import tempfile
from pathlib import Path

from rapidfuzz import fuzz

from reader.core.articles.library import Library
from reader.core.display.appearance import Appearance
from reader.core.display.preferences import PreferencesFile
from reader.core.marks.anchoring import FUZZY_WINDOW, anchor_at, fingerprint
from reader.core.marks.mark import Category, Mark, MarkKind, new_mark, reanchored
from reader.core.storage.store import Store
from reader.paths import DataPaths
from reader.ui.display.fonts import register_bundled_fonts
from reader.ui.main_window import MainWindow
from tests.bench.common import (
    Row,
    alternated_medians,
    dispose,
    median_seconds,
    qt_application,
    seconds,
)
from tests.bench.generate import long_article

ARTICLE_BYTES = 256 * 1024
ARTICLE_MARKS = 1_000
LISTED_MARKS = 10_000
REPEATS = 15
REANCHOR_REPEATS = 5
GOAL = 2.0
COLUMNS = (
    "id, article_id, kind, category, name, note, section, start_index, end_index, quote, "
    "prefix, suffix, text_fingerprint, orphaned, created_at, updated_at"
)
ORDER = "ORDER BY start_index, end_index, created_at"


def marks_for(article_id: str, text: str, count: int, rng: random.Random) -> list:
    """Highlights (with a note now and then) and bookmarks spread over the text."""
    marks = []
    for number in range(count):
        start = rng.randrange(0, len(text) - 80)
        anchor = anchor_at(text, start, start + rng.randrange(5, 80))
        if number % 4:
            marks.append(
                new_mark(
                    article_id,
                    MarkKind.HIGHLIGHT,
                    anchor,
                    fingerprint(text),
                    category=list(Category)[number % len(Category)],
                    note="A note on this." if number % 3 == 0 else "",
                )
            )
        else:
            marks.append(
                new_mark(article_id, MarkKind.BOOKMARK, anchor, fingerprint(text), name="Here")
            )
    return marks


def edited_inside_every_mark(
    text: str, marks: list[Mark], *, before: bool = False
) -> tuple[str, int]:
    """The text with a paragraph added at the start and the middle character of every mark
    changed (with `before`, the character before it too); and how far the paragraph moved
    the rest."""
    characters = list(text)
    for mark in marks:
        characters[(mark.anchor.start + mark.anchor.end) // 2] = "#"
        if before and mark.anchor.start:
            characters[mark.anchor.start - 1] = "#"
    added = "A paragraph added at the start, before every mark.\u2029"
    return added + "".join(characters), len(added)


def reanchoring_row(text: str, rng: random.Random) -> Row:
    marks = marks_for("edited", text, ARTICLE_MARKS, rng)
    edited, shift = edited_inside_every_mark(text, marks)
    edited_print = fingerprint(edited)

    def bare_search() -> None:
        for mark in marks:
            start, end = mark.anchor.start + shift, mark.anchor.end + shift
            window = edited[max(0, start - FUZZY_WINDOW) : end + FUZZY_WINDOW]
            fuzz.partial_ratio_alignment(mark.anchor.quote, window)

    found = reanchored(marks, edited, edited_print)
    floor = median_seconds(bare_search, REANCHOR_REPEATS)
    measured = median_seconds(lambda: reanchored(marks, edited, edited_print), REANCHOR_REPEATS)
    orphaned = sum(mark.orphaned for mark in found)
    worst, _ = edited_inside_every_mark(text, marks, before=True)
    worst_print = fingerprint(worst)
    worst_time = median_seconds(lambda: reanchored(marks, worst, worst_print), REANCHOR_REPEATS)
    print(f"  re-anchoring {len(marks):,} marks, each changed inside ({orphaned} orphaned):")
    print(f"    bare rapidfuzz search (partial_ratio_alignment per mark): {seconds(floor)}")
    print(f"    reanchored: {seconds(measured)}  ({measured / floor:.2f}x)")
    print(
        f"    with the character before each mark changed too: {seconds(worst_time)}"
        f"  ({worst_time / floor:.2f}x)"
    )
    return Row(
        "Re-anchor 1,000 marks after an edit",
        seconds(measured),
        f"rapidfuzz {seconds(floor)}",
        measured / floor,
        goal=GOAL,
    )


def run() -> list[Row]:
    print("== Marks: an article with 1,000 opened, 10,000 listed, against bare SQL ==")
    app = qt_application()
    register_bundled_fonts()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        paths = DataPaths(Path(tmp) / "data")
        paths.articles.mkdir(parents=True)
        article = paths.articles / "marked.md"
        article.write_text(long_article(ARTICLE_BYTES), encoding="utf-8")
        store = Store(paths.store)
        library = Library([paths.articles], paths.library_cache)
        library.load()
        window = MainWindow(library, store, paths, PreferencesFile(paths.preferences), Appearance())
        window.show()
        window.open_article_by_id("marked")
        app.processEvents()
        text = window.view.plain_text()
        reanchoring = reanchoring_row(text, random.Random(6))
        store.merge_marks(marks_for("marked", text, ARTICLE_MARKS, rng))
        others = LISTED_MARKS - ARTICLE_MARKS
        for number in range(others // 1000):
            store.merge_marks(marks_for(f"other-{number}", text, 1000, rng))
        bare = sqlite3.connect(paths.store)
        outline = window.navigator.outline
        controller = window.marks

        def bare_article() -> None:
            bare.execute(
                f"SELECT {COLUMNS} FROM marks WHERE article_id = ? {ORDER}", ("marked",)
            ).fetchall()

        def bare_all() -> None:
            bare.execute(f"SELECT {COLUMNS} FROM marks ORDER BY article_id, {ORDER[9:]}").fetchall()

        text_print = fingerprint(text)
        loaded = store.marks_for_article("marked")
        parts = {
            "read from the store (Store.marks_for_article)": lambda: store.marks_for_article(
                "marked"
            ),
            "fingerprint of the text and re-anchoring check": lambda: reanchored(
                loaded, text, fingerprint(text)
            ),
            "drawn as the marks layer (extra selections)": controller.draw,
            "handed to the hidden panels (marksChanged)": lambda: controller.marksChanged.emit(
                controller.listing()
            ),
        }
        for action in (bare_article, bare_all, lambda: controller.set_article("marked", outline)):
            action()  # unmeasured: caches, first-time costs
        floor_open, reader_open = alternated_medians(
            bare_article, lambda: controller.set_article("marked", outline), REPEATS
        )
        part_times = {name: median_seconds(action, REPEATS) for name, action in parts.items()}
        window.notes_dock.show()
        app.processEvents()
        panel_floor, panel_open = alternated_medians(
            bare_article, lambda: controller.set_article("marked", outline), REPEATS
        )
        window.notes_dock.hide()
        floor_list, reader_list = alternated_medians(bare_all, store.all_marks, REPEATS)
        # Opening checks every page (quick_check) and every row's rules, once per start;
        # the floor opens the file and counts its marks, as the store did before.
        floor_start, reader_start = alternated_medians(
            lambda: bare_open(paths.store), lambda: Store(paths.store).close(), REPEATS
        )
        assert text_print == controller._fingerprint
        assert len(store.all_marks()) == LISTED_MARKS
        bare.close()
        dispose(window)
        store.close()
    print(f"{len(text):,} characters; {ARTICLE_MARKS:,} marks in it, {LISTED_MARKS:,} in the store")
    print(f"  bare SELECT of the article's marks, fetchall: {seconds(floor_open)}")
    ratio = reader_open / floor_open
    print(f"  MarksController.set_article: {seconds(reader_open)}  ({ratio:.2f}x)")
    for name, value in part_times.items():
        print(f"    of which {name}: {seconds(value)}")
    print(
        f"  the same with the Highlights and Notes panel open: {seconds(panel_open)}"
        f"  ({panel_open / panel_floor:.2f}x against its own floor, {seconds(panel_floor)})"
    )
    print(f"  bare SELECT of every mark, fetchall: {seconds(floor_list)}")
    print(f"  Store.all_marks: {seconds(reader_list)}  ({reader_list / floor_list:.2f}x)")
    print(f"  bare open of the store and a count of its marks: {seconds(floor_start)}")
    print(
        f"  Store() with its damage and rule checks: {seconds(reader_start)}"
        f"  ({reader_start / floor_start:.2f}x)"
    )
    return [
        Row(
            "Open an article with 1,000 marks",
            seconds(reader_open),
            f"SELECT {seconds(floor_open)}",
            ratio,
            goal=GOAL,
        ),
        Row(
            "Open it with the notes panel open",
            seconds(panel_open),
            f"SELECT {seconds(panel_floor)}",
            panel_open / panel_floor,
            goal=GOAL,
        ),
        Row(
            "List 10,000 marks",
            seconds(reader_list),
            f"SELECT {seconds(floor_list)}",
            reader_list / floor_list,
            goal=GOAL,
        ),
        reanchoring,
        Row(
            "Open a store of 10,000 marks, checked",
            seconds(reader_start),
            f"open and count {seconds(floor_start)}",
            reader_start / floor_start,
            goal=None,
        ),
    ]


def bare_open(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("SELECT count(*) FROM marks").fetchone()
    connection.close()
