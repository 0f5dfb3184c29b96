"""Marks are read by one walk of the partial index of valid marks (schema 4, issue 16 goal 4):
the reads use it, and it follows every change to the rows, Reader's or another program's."""

import sqlite3

import pytest

from reader.core.marks.anchoring import anchor_at
from reader.core.marks.mark import Category, MarkKind, new_mark
from reader.core.storage.store import (
    ALL_MARKS_QUERY,
    ARTICLE_MARKS_QUERY,
    SCHEMA_VERSION,
    Store,
)
from tests.core.storage.golden.make_golden import SCHEMA_V1, SCHEMA_V2_STEP

TEXT = "Words of an article, to be marked here and there. اردو کے الفاظ بھی۔ 😀 and emoji."


def marks(article_id: str, count: int) -> list:
    return [
        new_mark(
            article_id,
            MarkKind.HIGHLIGHT,
            anchor_at(TEXT, number, number + 5),
            "print",
            category=Category.IDEA,
        )
        for number in range(count)
    ]


def plan(store: Store, query: str, parameters: tuple = ()) -> str:
    rows = store._connection.execute(f"EXPLAIN QUERY PLAN {query}", parameters).fetchall()
    return " / ".join(row[-1] for row in rows)


def test_both_reads_walk_the_index_without_sorting(tmp_path):
    store = Store(tmp_path / "reader.sqlite3")
    for query, parameters in ((ARTICLE_MARKS_QUERY, ("a",)), (ALL_MARKS_QUERY, ())):
        shown = plan(store, query, parameters)
        assert "USING INDEX marks_valid_in_order" in shown
        assert "TEMP B-TREE" not in shown  # no sort: the index holds document order
    store.close()


def test_a_store_of_an_earlier_schema_gets_the_index_and_keeps_its_marks(tmp_path):
    path = tmp_path / "reader.sqlite3"
    connection = sqlite3.connect(path)
    connection.executescript(
        f"BEGIN IMMEDIATE;{SCHEMA_V1}{SCHEMA_V2_STEP}PRAGMA user_version = 2;COMMIT;"
    )
    connection.close()
    store = Store(path)
    store.merge_marks(marks("a", 3))
    names = {row[0] for row in store._connection.execute("SELECT name FROM sqlite_master")}
    assert "marks_valid_in_order" in names
    assert store._connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert len(store.marks_for_article("a")) == 3
    store.close()


# Rows changed by another program while Reader has the store open: the index follows each
# change, so a read never hands Python (or Qt) a row that breaks the rules, and a row
# mended is read again.
BROKEN_BEHIND_READERS_BACK = {
    "text position": "UPDATE marks SET start_index = 'ten' WHERE id = ?",
    "position past Qt's int": "UPDATE marks SET end_index = 4294967296 WHERE id = ?",
    "end before start": "UPDATE marks SET start_index = end_index + 1 WHERE id = ?",
    "unknown kind": "UPDATE marks SET kind = 'sticker' WHERE id = ?",
    "blob quote": "UPDATE marks SET quote = x'00ff' WHERE id = ?",
}


@pytest.mark.parametrize(
    "statement", BROKEN_BEHIND_READERS_BACK.values(), ids=BROKEN_BEHIND_READERS_BACK.keys()
)
def test_a_row_broken_while_the_store_is_open_is_not_read_and_is_read_once_mended(
    tmp_path, statement
):
    path = tmp_path / "reader.sqlite3"
    store = Store(path)
    first, second, third = marks("a", 3)
    store.merge_marks([first, second, third])
    other = sqlite3.connect(path)
    other.execute("PRAGMA ignore_check_constraints = 1")  # as an editor or damage would
    with other:
        other.execute(statement, (second.id,))
    assert [mark.id for mark in store.marks_for_article("a")] == [first.id, third.id]
    assert [mark.id for mark in store.all_marks()] == [first.id, third.id]
    with other:  # mended: the row as Reader wrote it
        other.execute(
            "UPDATE marks SET kind = ?, start_index = ?, end_index = ?, quote = ? WHERE id = ?",
            (
                second.kind.value,
                second.anchor.start,
                second.anchor.end,
                second.anchor.quote,
                second.id,
            ),
        )
    assert store.marks_for_article("a") == [first, second, third]
    other.close()
    store.close()


def test_marks_moved_to_another_article_are_read_under_it_in_document_order(tmp_path):
    store = Store(tmp_path / "reader.sqlite3")
    mine, theirs = marks("ur-article", 4), marks("en-article", 2)
    store.merge_marks(list(reversed(mine)) + theirs)
    assert store.marks_for_article("ur-article") == mine
    assert [mark.article_id for mark in store.all_marks()] == ["en-article"] * 2 + [
        "ur-article"
    ] * 4
    store.close()
