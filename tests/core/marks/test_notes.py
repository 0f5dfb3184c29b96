import json

import pytest

from reader.core.marks import notes
from reader.core.marks.anchoring import anchor_at, fingerprint
from reader.core.marks.mark import Category, MarkKind, new_mark, notes_to_read
from reader.core.marks.notes import (
    NoteFormat,
    continued_list_item,
    editable_source,
    escape_markdown,
    note_html,
    note_text,
)
from reader.core.marks.transfer import import_marks, marks_json, marks_markdown
from reader.core.storage.store import Store

MARKDOWN, PLAIN = NoteFormat.MARKDOWN, NoteFormat.PLAIN
TEXT = "The river floods every year. یہ دریا ہر سال بہتا ہے۔"


@pytest.mark.parametrize(
    ("note", "html", "words"),
    [
        ("**Check** the *figures*", "<p><strong>Check</strong> the <em>figures</em></p>", None),
        ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>", "one\ntwo"),
        ("1. first\n2. second", "<ol>\n<li>first</li>\n<li>second</li>\n</ol>", None),
        (
            "**یہ اہم ہے** اور *یہ بھی*",
            "<p><strong>یہ اہم ہے</strong> اور <em>یہ بھی</em></p>",
            None,
        ),
        ("- پہلا\n- دوسرا", "<ul>\n<li>پہلا</li>\n<li>دوسرا</li>\n</ul>", "پہلا\nدوسرا"),
        ("line one\nline two", "<p>line one<br>\nline two</p>", "line one\nline two"),
        ("Buy:\n- milk", "<p>Buy:</p>\n<ul>\n<li>milk</li>\n</ul>", None),
    ],
)
def test_a_markdown_note_is_shown_formatted(note, html, words):
    assert note_html(note, MARKDOWN) == html


@pytest.mark.parametrize(
    ("note", "words"),
    [
        ("**Check** the *figures*", "Check the figures"),
        ("1. first\n2. second", "1. first\n2. second"),
        ("- one\n- two", "one\ntwo"),
        ("**یہ اہم ہے** اور *یہ بھی*", "یہ اہم ہے اور یہ بھی"),
        ("Intro:\n\n3. third\n4. fourth", "Intro:\n3. third\n4. fourth"),
    ],
)
def test_a_note_is_spoken_without_its_markup(note, words):
    assert note_text(note, MARKDOWN) == words


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        ("see <script>alert(1)</script>", "&lt;script&gt;", "<script"),
        ("[site](https://example.org/x)", "site", "<a"),
        ("![map](https://example.org/map.png)", "", "<img"),
        ('<img src="file:///etc/passwd"> <b onclick="x">b</b>', "&lt;img", "<b "),
        ("[یہاں](javascript:alert(1))", "یہاں", "javascript"),
    ],
)
def test_an_imported_note_renders_no_links_pictures_or_raw_html(note, kept, gone):
    html = note_html(note, MARKDOWN)
    assert kept in html and gone not in html


@pytest.mark.parametrize(
    "note",
    ["2*3*4 = 24, not **bold**", "- not a list\n1. nor this", "*اہم* نوٹ <b>", "a_b_c #tag"],
)
def test_a_plain_note_reads_as_typed_and_keeps_its_words_when_edited(note):
    assert note_text(note, PLAIN) == note
    assert "<em>" not in note_html(note, PLAIN) and "<strong>" not in note_html(note, PLAIN)
    # Opened in the editor and saved unchanged, it becomes Markdown saying the same.
    assert note_text(editable_source(note, PLAIN), MARKDOWN).replace("\n", " ") == " ".join(
        note.split("\n")
    )
    assert escape_markdown(note) == editable_source(note, PLAIN)
    assert editable_source(note, MARKDOWN) == note


@pytest.mark.parametrize(
    ("line", "next_start"),
    [
        ("- milk", "- "),
        ("  - nested", "  - "),
        ("1. first", "2. "),
        ("9. نواں", "10. "),
        ("- ", ""),
        ("3. ", ""),
        ("plain words", None),
        ("-no space", None),
    ],
)
def test_enter_in_a_list_item_continues_or_ends_the_list(line, next_start):
    assert continued_list_item(line) == next_start


def noted(note, note_format=MARKDOWN):
    mark = new_mark(
        "rivers",
        MarkKind.HIGHLIGHT,
        anchor_at(TEXT, 4, 9),
        fingerprint(TEXT),
        category=Category.IDEA,
    )
    return mark._replace(note=note, note_format=note_format)


def test_notes_are_read_aloud_without_markup():
    texts = notes_to_read([noted("**Look** at *this*"), noted("- پہلا\n- دوسرا")])
    assert texts == [
        "Note 1 of 2, on “river”: Look at this",
        "Note 2 of 2, on “river”: پہلا دوسرا",
    ]
    assert notes_to_read([noted("2*3*4", PLAIN)]) == ["Note on “river”: 2*3*4"]


def test_the_markdown_export_keeps_markdown_and_escapes_plain_notes():
    text = marks_markdown([noted("**Bold** and\n- a\n- b"), noted("2*3*4 = 24", PLAIN)], {}, 0.0)
    assert "**Bold** and\n- a\n- b" in text
    assert "2\\*3\\*4 = 24" in text


def test_the_json_export_keeps_the_source_and_its_format_and_imports_it_again(tmp_path):
    marks = [noted("**Bold** اور *ترچھا*"), noted("2*3*4", PLAIN)]
    document = json.loads(marks_json(marks, 0.0))
    assert [m["note"] for m in document["marks"]] == ["**Bold** اور *ترچھا*", "2*3*4"]
    assert [m["note_format"] for m in document["marks"]] == ["markdown", "plain"]
    path = tmp_path / "marks.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    store = Store(":memory:")
    import_marks(store, path)
    assert {(m.note, m.note_format) for m in store.all_marks()} == {
        ("**Bold** اور *ترچھا*", MARKDOWN),
        ("2*3*4", PLAIN),
    }


def test_a_file_written_before_formatting_holds_plain_notes(tmp_path):
    document = json.loads(marks_json([noted("*not italic*")], 0.0))
    del document["marks"][0]["note_format"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    store = Store(":memory:")
    import_marks(store, path)
    [mark] = store.all_marks()
    assert mark.note_format is PLAIN and mark.note_words() == "*not italic*"


@pytest.mark.parametrize(
    "note",
    [
        "Ask Amna about this",
        "Two lines\nof words, with a question?",
        "  spaced   words  \n\n  and a blank line between  ",
        "یہ نوٹ اردو میں ہے۔\nدوسری سطر",
        "Numbers 1947 and ۱۹۷۱ inside (not lists): 3.5 per cent",
        "A quote: ‘single’ and “double”, a dash – and an ellipsis…",
    ],
)
def test_words_of_a_note_without_markup_are_read_without_the_parser_and_agree(note):
    """A note with no character that could be Markdown is read as its lines, without
    rendering it (drawing 500 noted highlights rendered each note: 0.4 s); the words are
    those the rendered note gives."""
    assert not notes._MAY_BE_MARKUP.search(note)
    assert note_text(note, NoteFormat.MARKDOWN) == notes._markdown_text(note)


@pytest.mark.parametrize(
    "note",
    ["**bold**", "- item", "1. first", "a_b", "Title\n===", "    code", "x < y & z", "[a](b)"],
)
def test_a_note_that_may_hold_markup_is_rendered(note):
    assert notes._MAY_BE_MARKUP.search(note)
