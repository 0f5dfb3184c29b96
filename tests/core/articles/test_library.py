import json
import os

import pytest

import reader.core.articles.library as library_module
from reader.core.articles.library import (
    Library,
    ReadingState,
    SortOrder,
    filtered_articles,
    sorted_articles,
)
from tests.conftest import BUNDLED_ARTICLES


@pytest.fixture
def library(data_paths) -> Library:
    return Library([BUNDLED_ARTICLES, data_paths.articles], cache_path=data_paths.library_cache)


def test_bundled_and_user_articles_load(library, write_article):
    write_article("ngo-article.md", "From an NGO", language="ur")
    library.load()
    ids = [meta.id for meta in library.articles]
    assert ids == [
        "how-to-use-reader",
        "how-to-use-reader.ur",
        "metoo-pakistan-marginalised",
        "metoo-pakistan-marginalised.ur",
        "ngo-article",
    ]
    assert library.problems == []


def test_a_broken_file_is_listed_with_its_reason_and_the_rest_still_load(
    library, data_paths, write_article
):
    write_article("good.md", "Good one")
    (data_paths.articles / "latin1.md").write_bytes("---\ntitle: café\n---\ntext".encode("latin-1"))
    (data_paths.articles / "empty.md").write_bytes(b"")
    (data_paths.articles / "no-front-matter.md").write_text("# Hello\n", encoding="utf-8")
    (data_paths.articles / "notes.txt").write_text("not an article", encoding="utf-8")
    library.load()
    assert "good" in [meta.id for meta in library.articles]
    reasons = {problem.path.name: problem.reason for problem in library.problems}
    assert set(reasons) == {"latin1.md", "empty.md", "no-front-matter.md"}
    assert "not UTF-8" in reasons["latin1.md"]
    assert "empty" in reasons["empty.md"]


def test_same_file_name_in_two_folders_gets_distinct_ids(library, write_article):
    write_article("how-to-use-reader.md", "My own guide")
    library.load()
    ids = [meta.id for meta in library.articles]
    assert "how-to-use-reader" in ids and "how-to-use-reader-2" in ids


def test_front_matter_is_parsed_once_and_reread_when_the_file_changes(
    library, data_paths, write_article, monkeypatch
):
    path = write_article("a.md", "First title")
    library.load()
    parsed = []
    real_read_meta = library_module.read_article
    monkeypatch.setattr(
        library_module, "read_article", lambda p, i: parsed.append(p) or real_read_meta(p, i)
    )

    fresh = Library(library.folders, cache_path=data_paths.library_cache)
    fresh.load()
    assert parsed == []  # every file came from the cache
    assert fresh.find("a").title == "First title"

    path.write_text(path.read_text(encoding="utf-8").replace("First", "Second"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    fresh.load()
    assert parsed == [path]
    assert fresh.find("a").title == "Second title"


@pytest.mark.parametrize(
    "damage",
    [
        "not json at all",
        json.dumps({"version": 1, "entries": []}),
        json.dumps({"version": 999, "entries": {}}),
    ],
)
def test_a_damaged_cache_is_rebuilt(library, data_paths, damage):
    data_paths.library_cache.parent.mkdir(parents=True, exist_ok=True)
    data_paths.library_cache.write_text(damage, encoding="utf-8")
    library.load()
    assert len(library.articles) == 4
    cache = json.loads(data_paths.library_cache.read_text(encoding="utf-8"))
    assert cache["version"] == library_module.CACHE_FORMAT_VERSION


def test_a_tampered_cache_entry_is_not_trusted(library, data_paths):
    library.load()
    cache = json.loads(data_paths.library_cache.read_text(encoding="utf-8"))
    titles = cache["articles"]["title"]
    titles[:] = [["not", "text"]] * len(titles)
    data_paths.library_cache.write_text(json.dumps(cache), encoding="utf-8")
    fresh = Library(library.folders, cache_path=data_paths.library_cache)
    fresh.load()
    assert all(isinstance(meta.title, str) for meta in fresh.articles)


def test_search_matches_title_summary_and_text(library, write_article):
    write_article("bread.md", "Baking bread", body="Knead the dough for ten minutes.")
    write_article("urdu.md", "اردو مضمون", body="یہ ایک مضمون ہے۔", language="ur")
    library.load()
    assert [m.id for m in library.search("baking")] == ["bread"]
    assert [m.id for m in library.search("DOUGH knead")] == ["bread"]
    assert [m.id for m in library.search("Khawaja Sira")] == ["metoo-pakistan-marginalised"]
    assert [m.id for m in library.search("مضمون")] == ["how-to-use-reader.ur", "urdu"]
    assert [m.id for m in library.search("خواجہ سرا")] == ["metoo-pakistan-marginalised.ur"]
    assert library.search("dough nowhere-else") == []
    assert len(library.search("  ")) == 6


def test_find_by_id_or_path(library, write_article):
    path = write_article("x.md", "X")
    library.load()
    assert library.find("x").path == path
    assert library.find(str(path)).id == "x"
    assert library.find("missing") is None


def test_sort_orders(library, write_article):
    write_article("b.md", "Beta", language="ur")
    write_article("a.md", "alpha", language="fr")
    library.load()
    by_title = [m.title for m in sorted_articles(library.articles, SortOrder.TITLE, {})]
    assert by_title[:2] == ["alpha", "Beta"]
    by_language = [m.language for m in sorted_articles(library.articles, SortOrder.LANGUAGE, {})]
    assert by_language == sorted(by_language)
    by_progress = sorted_articles(library.articles, SortOrder.PROGRESS, {"b": 0.9, "a": 0.5})
    assert [m.id for m in by_progress[:2]] == ["b", "a"]


def test_search_matches_as_find_does(library, write_article):
    """Library search uses the matching rule of find: quotes, marks, letter variants."""
    write_article("urdu.md", "پاکِستان کی کہانی", body="عَلی نے كتاب پڑھی۔", language="ur")
    write_article("cafe.md", "Café culture", body="He said “enough” in 1947–1971.")
    library.load()
    # The case: a keyboard apostrophe finds Pakistan’s in the #MeToo article.
    assert [m.id for m in library.search("Pakistan's")] == ["metoo-pakistan-marginalised"]
    # A zer in the title; the bundled Urdu article has the word as well.
    assert [m.id for m in library.search("پاکستان")] == ["metoo-pakistan-marginalised.ur", "urdu"]
    assert [m.id for m in library.search("علی کتاب")] == ["urdu"]  # marks, yeh and kaf
    assert [m.id for m in library.search('cafe "enough" 1947-1971')] == ["cafe"]
    assert library.search("Pakistan's nowhere-else") == []


def test_sort_by_date_published_and_by_date_added(library, write_article):
    write_article("old.md", "Old", published="2001-02-03")
    write_article("undated.md", "Undated")
    write_article("new.md", "New", published="2024")
    write_article("newer.md", "Newer", published="2024-06-01")
    library.load()
    ids = [m.id for m in sorted_articles(library.articles, SortOrder.PUBLISHED, {})]
    # The guide is from 2026-11-24, #MeToo from 2018; undated articles come last.
    assert ids == [
        "how-to-use-reader",
        "how-to-use-reader.ur",
        "newer",
        "new",
        "metoo-pakistan-marginalised",
        "metoo-pakistan-marginalised.ur",
        "old",
        "undated",
    ]
    added = {"old": 30.0, "new": 10.0, "undated": 20.0}
    by_added = [m.id for m in sorted_articles(library.articles, SortOrder.ADDED, {}, added)]
    assert by_added[:3] == ["old", "undated", "new"]


def test_filter_by_language_and_reading_state(library, write_article):
    write_article("ur.md", "اردو", language="ur")
    write_article("ur-pk.md", "پاکستانی", language="ur-PK")
    write_article("pa.md", "ਲੇਖ", language="pa")
    library.load()
    progress = {"ur": 0.3, "pa": 1.0, "how-to-use-reader": 0.996}

    def ids(**chosen):
        return sorted(m.id for m in filtered_articles(library.articles, progress, **chosen))

    bundled_urdu = ["how-to-use-reader.ur", "metoo-pakistan-marginalised.ur"]
    assert ids(language="ur") == [*bundled_urdu, "ur", "ur-pk"]
    assert ids(language="pa") == ["pa"]
    assert ids(state=ReadingState.UNREAD) == [
        "how-to-use-reader.ur",
        "metoo-pakistan-marginalised",
        "metoo-pakistan-marginalised.ur",
        "ur-pk",
    ]
    assert ids(state=ReadingState.STARTED) == ["ur"]
    assert ids(state=ReadingState.FINISHED) == ["how-to-use-reader", "pa"]
    assert ids(language="ur", state=ReadingState.UNREAD) == [*bundled_urdu, "ur-pk"]


def test_a_referenced_file_is_listed_where_it_is_and_a_missing_one_is_a_problem(
    data_paths, tmp_path
):
    elsewhere = tmp_path / "usb stick"
    elsewhere.mkdir()
    path = elsewhere / "مضمون.md"
    path.write_text("---\ntitle: باہر کا مضمون\nlanguage: ur\n---\nیہ متن ہے۔\n", encoding="utf-8")
    library = Library([BUNDLED_ARTICLES], data_paths.library_cache)
    library.load()
    meta = library.add_reference(path)
    assert meta is not None and meta.id == str(path.resolve()) and meta.path == path.resolve()
    assert library.find(str(path)) == meta
    assert library.is_reference(meta)
    assert library.word_count(meta.id) == 3
    assert not any(p.parent == data_paths.articles for p in data_paths.articles.glob("*"))

    again = Library([BUNDLED_ARTICLES], data_paths.library_cache, references=[path.resolve()])
    again.load()
    assert again.find(meta.id) == meta
    path.unlink()
    again.load()
    assert again.find(meta.id) is None
    assert [problem.path for problem in again.problems] == [path.resolve()]
    assert "not there any more" in again.problems[0].reason


def test_a_reference_to_a_file_in_the_articles_folder_is_listed_once(library, write_article):
    path = write_article("mine.md", "Mine")
    library.add_reference(path)
    assert [m.id for m in library.articles].count("mine") == 1
    assert str(path.resolve()) not in [m.id for m in library.articles]
