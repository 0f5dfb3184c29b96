import json

import pytest

from reader.core.marks.anchoring import anchor_at, fingerprint
from reader.core.marks.mark import Category, MarkKind, new_mark
from reader.core.marks.transfer import (
    MAX_FILE_BYTES,
    MarksExportError,
    MarksFileError,
    import_marks,
    mark_to_json,
    marks_json,
    marks_markdown,
    write_marks_json,
    write_marks_markdown,
)
from reader.core.storage.store import Store
from reader.resources import resource_path

TEXT = (
    "Rivers\u2029The floods came every spring 🌊 and left the fields rich.\u2029اردو متن یہاں ہے۔"
)
PRINT = fingerprint(TEXT)


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "reader.sqlite3")
    yield store
    store.close()


def some_marks():
    return [
        new_mark(
            "rivers",
            MarkKind.BOOKMARK,
            anchor_at(TEXT, 7, 30),
            PRINT,
            name="Rivers: The floods",
            section="Rivers",
        ),
        new_mark(
            "rivers",
            MarkKind.HIGHLIGHT,
            anchor_at(TEXT, 11, 17),
            PRINT,
            category=Category.QUESTION,
            note="Which floods?\nAll of them?",
        ),
        new_mark(
            "urdu", MarkKind.HIGHLIGHT, anchor_at(TEXT, 66, 70), "", category=Category.IDEA
        )._replace(
            orphaned=True,
        ),
    ]


def test_export_then_import_into_an_empty_store_gives_the_same_marks(store, tmp_path):
    marks = some_marks()
    for mark in marks:
        store.add_mark(mark)
    exported = tmp_path / "marks.json"
    write_marks_json(exported, store.all_marks(), exported_at=1714557600.0)

    other = Store(tmp_path / "other.sqlite3")
    report = import_marks(other, exported)
    assert (report.added, report.replaced, report.skipped) == (3, 0, [])
    assert other.all_marks() == store.all_marks()

    again = import_marks(other, exported)
    assert (again.added, again.replaced, len(again.skipped)) == (0, 0, 3)
    assert {reason for _, reason in again.skipped} == {"already saved"}
    assert len(other.all_marks()) == 3
    other.close()


def test_a_newer_copy_replaces_and_an_older_one_is_skipped(store, tmp_path):
    first, second, _ = some_marks()
    store.add_mark(first)
    store.add_mark(second)
    edited = first._replace(name="Edited elsewhere", updated_at=first.updated_at + 60)
    stale = second._replace(note="An old note", updated_at=second.updated_at - 60)
    path = tmp_path / "marks.json"
    write_marks_json(path, [edited, stale], exported_at=0.0)
    report = import_marks(store, path)
    assert (report.added, report.replaced) == (0, 1)
    assert [reason for _, reason in report.skipped] == ["a newer version is saved"]
    assert store.mark(first.id).name == "Edited elsewhere"
    assert store.mark(second.id).note == second.note
    assert "1 updated" in report.summary() and "a newer version is saved" in report.summary()


def good_document():
    return json.loads(marks_json(some_marks(), 0.0))


def broken(change):
    document = good_document()
    change(document)
    return json.dumps(document).encode()


BAD_FILES = {
    "syntax": (b'{"format": "reader-marks", "version": 1, "marks": [', "not valid JSON"),
    "not utf-8": (b"\xff\xfe{}", "UTF-8"),
    "other format": (b'{"format": "something-else", "version": 1, "marks": []}', "not a Reader"),
    "newer version": (
        b'{"format": "reader-marks", "version": 2, "marks": []}',
        "newer version of Reader",
    ),
    "no version": (b'{"format": "reader-marks", "marks": []}', "no valid format version"),
    "marks not a list": (b'{"format": "reader-marks", "version": 1, "marks": {}}', "no list"),
    "missing field": (
        broken(lambda d: d["marks"][1].pop("article_id")),
        "Mark 2, “article_id”: it is missing",
    ),
    "wrong type": (
        broken(lambda d: d["marks"][2]["anchor"].update(start="7")),
        "Mark 3, “anchor.start”: it must be a whole number",
    ),
    "boolean as number": (
        broken(lambda d: d["marks"][0]["anchor"].update(end=True)),
        "“anchor.end”: it must be a whole number",
    ),
    "end before start": (
        broken(lambda d: d["marks"][0]["anchor"].update(start=50)),
        "“anchor.end”: it comes before the start",
    ),
    "bad id": (broken(lambda d: d["marks"][0].update(id="42")), "it is not a UUID"),
    "unknown kind": (
        broken(lambda d: d["marks"][0].update(kind="sticker")),
        "“kind”: “sticker” is not one of the choices",
    ),
    "highlight without category": (
        broken(lambda d: d["marks"][1].update(category=None)),
        "a highlight needs a category",
    ),
    "bad time": (
        broken(lambda d: d["marks"][1].update(updated_at="yesterday")),
        "“updated_at”: it is not a date and time",
    ),
    "time without zone": (
        broken(lambda d: d["marks"][1].update(updated_at="2024-05-01T12:00:00")),
        "“updated_at”: it is not a date and time",
    ),
    "mark not an object": (broken(lambda d: d["marks"].append(7)), "Mark 4: it is not an object"),
    "huge note": (
        broken(lambda d: d["marks"][0].update(note="x" * 100_001)),
        "“note”: it is longer than",
    ),
    # Issue 17, item 13: nesting and numbers beyond what can be kept are named.
    "deep nesting in the marks": (
        b'{"format": "reader-marks", "version": 1, "marks": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}",
        "nested too deeply",
    ),
    "deep nesting of objects": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nested too deeply"),
    "deep nesting left open": (b"[" * 100_000, "nested too deeply"),
    "start of 2^63": (
        broken(lambda d: d["marks"][0]["anchor"].update(start=2**63, end=2**63)),
        "Mark 1, “anchor.start”: it is larger than 2147483647",
    ),
    "end of 2^64": (
        broken(lambda d: d["marks"][1]["anchor"].update(end=2**64)),
        "Mark 2, “anchor.end”: it is larger than 2147483647",
    ),
    "end past Qt's positions": (
        broken(lambda d: d["marks"][2]["anchor"].update(end=2**31)),
        "Mark 3, “anchor.end”: it is larger than 2147483647",
    ),
    "a number of 5000 digits": (
        json.dumps(good_document()).replace('"start": 7', '"start": ' + "9" * 5000).encode(),
        "a number too long to read",
    ),
    # Issue 17, item 14: dates whose UTC moment is outside the years 1 to 9999.
    "date before year 1 in UTC": (
        broken(lambda d: d["marks"][0].update(created_at="0001-01-01T00:00:00+14:00")),
        "“created_at”: “0001-01-01T00:00:00\\+14:00” is outside the dates Reader can keep",
    ),
    "date after year 9999 in UTC": (
        broken(lambda d: d["marks"][1].update(updated_at="9999-12-31T23:00:00-05:00")),
        "“updated_at”: “9999-12-31T23:00:00-05:00” is outside the dates",
    ),
    "date rounding into year 10000": (
        broken(lambda d: d["marks"][2].update(updated_at="9999-12-31T23:59:59.9999+00:00")),
        "“updated_at”: .* is outside the dates",
    ),
    # Half of a UTF-16 pair, escaped in JSON: neither the store nor a file can hold it.
    "lone surrogate in a note": (
        broken(lambda d: d["marks"][0].update(note="a \ud800 b")),
        "Mark 1, “note”: it holds an escaped half of a character pair",
    ),
    "lone surrogate in a quote": (
        broken(lambda d: d["marks"][1]["anchor"].update(quote="اردو\udfff")),
        "Mark 2, “anchor.quote”: it holds an escaped half",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_refused_with_its_problem_named_and_nothing_changes(store, tmp_path, case):
    data, message = BAD_FILES[case]
    kept = some_marks()[0]
    store.add_mark(kept)
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(MarksFileError, match=message):
        import_marks(store, path)
    assert store.all_marks() == [kept]


def test_a_file_with_good_marks_before_a_bad_one_imports_none_of_them(store, tmp_path):
    document = good_document()
    document["marks"][2]["orphaned"] = "yes"
    path = tmp_path / "half.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(MarksFileError, match="Mark 3, “orphaned”: it must be true or false"):
        import_marks(store, path)
    assert store.all_marks() == []


def test_an_oversized_file_is_refused_before_it_is_read(store, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(MarksFileError, match="too large"):
        import_marks(store, path)


def test_the_json_schema_describes_what_is_written():
    schema = json.loads(resource_path("schemas", "marks.schema.json").read_text("utf-8"))
    document = good_document()
    assert set(document) <= set(schema["properties"])
    assert set(schema["required"]) <= set(document)
    mark_schema = schema["$defs"]["mark"]
    written = mark_to_json(some_marks()[1])
    assert set(written) == set(mark_schema["properties"])
    # note_format came after version 1 and is optional: older files are still valid.
    assert set(mark_schema["required"]) == set(written) - {"note_format"}
    anchor_schema = mark_schema["properties"]["anchor"]
    assert set(written["anchor"]) == set(anchor_schema["required"])
    assert document["version"] == schema["properties"]["version"]["const"]


def test_the_markdown_export_groups_marks_by_article_with_quotes_and_notes(tmp_path):
    path = tmp_path / "marks.md"
    titles = {"rivers": "About Rivers"}
    write_marks_markdown(path, some_marks(), titles, exported_at=1714557600.0)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Bookmarks and notes\n\nExported from Reader on 2024-05-01 10:00 UTC.")
    assert "## About Rivers" in text and "## urdu" in text
    assert text.index("### Bookmark: Rivers: The floods") < text.index("### Highlight: Question")
    assert "Section: Rivers" in text
    assert "> floods" in text
    assert "Which floods?\nAll of them?" in text
    assert "(orphaned: no longer found in the article)" in text
    assert marks_markdown([], titles, 0.0).count("##") == 0


@pytest.mark.parametrize(
    "moment",
    [
        "0001-01-01T00:00:00Z",
        "0001-01-01T13:59:59-14:00",
        "9999-12-31T23:59:59.999Z",
        "1969-07-20T20:17:40+00:00",
    ],
)
def test_dates_at_the_edges_of_the_range_import_and_export_again(store, tmp_path, moment):
    document = good_document()
    document["marks"][0]["created_at"] = moment
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    import_marks(store, path)
    exported = tmp_path / "again.json"
    write_marks_json(exported, store.all_marks(), exported_at=0.0)
    other = Store(tmp_path / "other.sqlite3")
    assert import_marks(other, exported).added == 3
    assert other.all_marks() == store.all_marks()
    other.close()


@pytest.mark.parametrize("seconds", [-62135596801.0, -1e15, 253402300800.0, 1e20])
def test_a_saved_date_that_cannot_be_written_stops_the_export_with_the_mark_named(
    tmp_path, seconds
):
    # A mark imported before dates were checked: the export says which, and writes nothing.
    good, bad, _ = some_marks()
    bad = bad._replace(updated_at=seconds)
    path = tmp_path / "marks.json"
    path.write_text("an earlier export", encoding="utf-8")
    with pytest.raises(MarksExportError, match="The mark “floods” in rivers has a date"):
        write_marks_json(path, [good, bad], exported_at=0.0)
    assert path.read_text(encoding="utf-8") == "an earlier export"
