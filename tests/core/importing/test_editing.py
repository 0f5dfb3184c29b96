"""Editing an article's details: the front matter changes, the body stays byte for byte."""

import pytest

from reader.core.articles.article import ArticleError, read_article
from reader.core.importing.editing import change_details
from tests.conftest import BUNDLED_ARTICLES

BODIES = [
    b"\nSome text.\r\nWith Windows line ends.\r\n\r\n---\r\nA rule above.\r\n",
    "\nپاکستان میں پانی\n\n> نقل\n".encode(),
    b"\n\n\n  Indented start, no final newline",
]


@pytest.mark.parametrize("body", BODIES)
def test_the_body_is_untouched_byte_for_byte(tmp_path, body):
    path = tmp_path / "a.md"
    path.write_bytes(b"---\ntitle: Old\nlanguage: en\neditorial_note: kept\n---" + body)
    meta = change_details(
        path, {"title": "New: a title", "language": "ur", "summary": "Short.", "author": ""}
    )
    data = path.read_bytes()
    assert data.endswith(b"\n---" + body) and data.count(body) == 1
    assert (meta.title, meta.language, meta.summary, meta.author) == (
        "New: a title",
        "ur",
        "Short.",
        "",  # no author: the header says so in the reader's language
    )
    assert meta.extra == {"editorial_note": "kept"}
    assert read_article(path).meta == meta


def test_the_bundled_metoo_article_keeps_its_body(tmp_path):
    source = BUNDLED_ARTICLES / "metoo-pakistan-marginalised.md"
    path = tmp_path / "metoo.md"
    path.write_bytes(source.read_bytes())
    change_details(path, {"content_note": "Changed note."})
    assert read_article(path).body == read_article(source).body
    assert read_article(path).meta.content_note == "Changed note."


@pytest.mark.parametrize(
    ("changes", "reason"),
    [({"title": "  "}, "no 'title'"), ({"language": "Urdu language"}, "not a language tag")],
)
def test_invalid_details_change_nothing(tmp_path, changes, reason):
    path = tmp_path / "a.md"
    original = b"---\ntitle: Old\n---\n\nText.\n"
    path.write_bytes(original)
    with pytest.raises(ArticleError, match=reason):
        change_details(path, changes)
    assert path.read_bytes() == original


def test_a_file_that_is_not_an_article_is_refused(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"no front matter\n")
    with pytest.raises(ArticleError):
        change_details(path, {"title": "T"})
    assert path.read_bytes() == b"no front matter\n"
