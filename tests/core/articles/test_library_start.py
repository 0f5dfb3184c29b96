"""What the library does for each article at every start, made cheaper (issue 16, goal 5),
still does what it did: a tampered cache is read again from the files, ids are made from
file names with the same (Unicode) spaces replaced, and a start that trusts the cache for
an unchanged folder (load(quick=True)) lists what a full scan lists, while check() finds
the files added, edited or removed since."""

import json
import os
import time

import pytest

import reader.core.articles.library as library_module
from reader.core.articles.article import meta_from_dict, meta_to_dict
from reader.core.articles.library import Library, SortOrder, filtered_articles, sorted_articles

FRONT_MATTER = "---\ntitle: {title}\nlanguage: {language}\n---\n\nText.\n"


def write(folder, name, title, language="en"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(FRONT_MATTER.format(title=title, language=language), "utf-8")
    return path


def settle(folder):
    """The folder's time a minute ago: as if its files were added long before this start
    (a folder changed within UNSETTLED_NS of its listing is not trusted)."""
    past = time.time_ns() - 60_000_000_000
    os.utime(folder, ns=(past, past))


def loaded(data_paths, quick=False):
    library = Library([data_paths.articles], data_paths.library_cache)
    library.load(quick=quick)
    return library


def listing(library):
    return (
        [(meta.id, meta.title, meta.language, meta.path) for meta in library.articles],
        library.problems,
    )


def tamper_cache(data_paths, change):
    cache = json.loads(data_paths.library_cache.read_text(encoding="utf-8"))
    change(cache)
    data_paths.library_cache.write_text(json.dumps(cache), encoding="utf-8")


# Each one a shape of cache that is not what the library writes.
TAMPERED = {
    "a number for the title": lambda cache: cache["articles"]["title"].__setitem__(0, 7),
    "a list for the language": lambda cache: cache["articles"]["language"].__setitem__(0, ["ur"]),
    "null for the summary": lambda cache: cache["articles"]["summary"].__setitem__(0, None),
    "a column missing": lambda cache: cache["articles"].pop("translator"),
    "a column added": lambda cache: cache["articles"].update(colour=["red"]),
    "a column too short": lambda cache: cache["articles"]["title"].clear(),
    "extra holding a number": lambda cache: cache["articles"]["extra"].__setitem__(
        0, {"series": 2}
    ),
    "extra as a list": lambda cache: cache["articles"]["extra"].__setitem__(0, ["series"]),
    "words as text": lambda cache: cache["articles"]["words"].__setitem__(0, "12"),
    "a folder's time as text": lambda cache: cache["folders"][0].__setitem__(1, ["now"]),
    "another folder": lambda cache: cache["folders"][0].__setitem__(0, "/elsewhere"),
}


@pytest.mark.parametrize("quick", [False, True], ids=["full", "quick"])
@pytest.mark.parametrize("tamper", TAMPERED.values(), ids=TAMPERED.keys())
def test_a_tampered_cache_is_read_again_from_the_files(data_paths, tamper, quick):
    write(data_paths.articles, "urdu.md", "اردو مضمون", "ur")
    settle(data_paths.articles)
    loaded(data_paths)
    tamper_cache(data_paths, tamper)
    [meta] = loaded(data_paths, quick).articles
    assert (meta.title, meta.language, meta.summary) == ("اردو مضمون", "ur", "")
    assert loaded(data_paths).word_count("urdu") == 1


@pytest.mark.parametrize("title", ["Plain title", "اردو مضمون", "ਪੰਜਾਬੀ 😀 ਲੇਖ"])
def test_cached_front_matter_comes_back_as_it_was_written(data_paths, title):
    write(data_paths.articles, "one.md", title)
    first = Library([data_paths.articles], data_paths.library_cache)
    first.load()
    again = Library([data_paths.articles], data_paths.library_cache)
    again.load()
    assert again.articles == first.articles
    assert again.articles[0].path == data_paths.articles / "one.md"
    meta = again.articles[0]
    assert meta_from_dict(meta.path, meta.id, meta_to_dict(meta)) == meta


# File names and the ids made from them: runs of any Unicode space (as re's \s) become one
# hyphen, spaces at either end go, and a name taken already gets a number.
IDS = {
    "my article.md": "my-article",
    " spaced\tout .md": "spaced-out",
    "no\u00a0break.md": "no-break",  # a no-break space
    "اردو\u3000مضمون.md": "اردو-مضمون",  # an ideographic space
    "sep\x1carated.md": "sep-arated",  # a file separator: a space to str.split and to re
    "zero\u200bwidth.md": "zero\u200bwidth",  # not a space: kept
}


def test_ids_are_made_from_file_names_with_their_spaces_replaced(data_paths):
    for number, name in enumerate(IDS):
        write(data_paths.articles, name, f"Article {number}")
    library = Library([data_paths.articles], data_paths.library_cache)
    library.load()
    assert {meta.path.name: meta.id for meta in library.articles} == IDS


def test_names_that_become_the_same_id_are_numbered_in_name_order(data_paths):
    for name in ("a b.md", "a\u00a0b.md", "a\tb.md"):
        write(data_paths.articles, name, name)
    library = Library([data_paths.articles], data_paths.library_cache)
    library.load()
    assert sorted(meta.id for meta in library.articles) == ["a-b", "a-b-2", "a-b-3"]


TITLES = ["Zebra crossing", "اردو مضمون", "ਪੰਜਾਬੀ ਲੇਖ", "apple orchard", "Éclair"]


def a_library(data_paths):
    """Five articles in three scripts, one file that cannot be read, a settled folder
    and a cache written for it."""
    for number, title in enumerate(TITLES):
        write(data_paths.articles, f"article {number}.md", title, ("en", "ur", "pa")[number % 3])
    (data_paths.articles / "broken.md").write_text("---\ntitle: [oops\n---\n\nText.\n", "utf-8")
    settle(data_paths.articles)
    return loaded(data_paths)


def test_a_quick_start_lists_what_a_full_scan_lists_without_reading_a_file(data_paths, monkeypatch):
    full = a_library(data_paths)
    read: list = []
    real_read = library_module.read_article
    monkeypatch.setattr(
        library_module, "read_article", lambda *args: read.append(args[0]) or real_read(*args)
    )
    quick = loaded(data_paths, quick=True)
    assert listing(quick) == listing(full)
    assert read == [data_paths.articles / "broken.md"]  # its reason, in today's language
    assert not quick.checked
    assert [problem.path.name for problem in quick.problems] == ["broken.md"]
    assert [meta.title for meta in sorted_articles(quick.articles, SortOrder.TITLE, {})] == [
        "apple orchard",
        "Zebra crossing",
        "Éclair",  # after z: by code point, as ever
        "اردو مضمون",
        "ਪੰਜਾਬੀ ਲੇਖ",
    ]
    assert quick.word_count("article-1") == full.word_count("article-1") == 1
    assert quick.find("article-2").title == "ਪੰਜਾਬੀ ਲੇਖ"
    assert not quick.check()  # nothing changed: the full scan finds the same
    assert quick.checked


@pytest.mark.parametrize("title", ["A new one", "نیا مضمون", "ਨਵਾਂ ਲੇਖ"])
def test_an_article_added_while_the_cache_exists_is_listed_at_the_next_start(data_paths, title):
    a_library(data_paths)
    write(data_paths.articles, "new.md", title)  # the folder's time changes
    quick = loaded(data_paths, quick=True)
    assert quick.find("new").title == title
    assert len(quick.articles) == len(TITLES) + 1
    assert listing(quick) == listing(loaded(data_paths))


@pytest.mark.parametrize("removed", ["article 0.md", "article 1.md", "broken.md"])
def test_a_file_removed_while_the_cache_exists_is_gone_at_the_next_start(data_paths, removed):
    full = a_library(data_paths)
    (data_paths.articles / removed).unlink()
    quick = loaded(data_paths, quick=True)
    assert data_paths.articles / removed not in [meta.path for meta in quick.articles]
    assert data_paths.articles / removed not in [problem.path for problem in quick.problems]
    assert len(quick.articles) + len(quick.problems) == len(full.articles) + len(full.problems) - 1
    assert listing(quick) == listing(loaded(data_paths))


def edit_in_place(path, old, new):
    """Change a file's text without changing its folder's time, as an editor writing
    the file itself (not a copy renamed over it) does."""
    folder = path.parent.stat()
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    os.utime(path.parent, ns=(folder.st_atime_ns, folder.st_mtime_ns))


@pytest.mark.parametrize(
    ("number", "new"), [(0, "Zebra stripes"), (1, "اردو کہانی"), (2, "ਪੰਜਾਬੀ ਕਹਾਣੀ")]
)
def test_an_article_edited_in_place_is_found_by_the_check_after_a_quick_start(
    data_paths, number, new
):
    a_library(data_paths)
    path = data_paths.articles / f"article {number}.md"
    edit_in_place(path, TITLES[number], new)
    quick = loaded(data_paths, quick=True)
    assert quick.find(f"article-{number}").title == TITLES[number]  # the cache, trusted
    assert quick.check()
    assert quick.find(f"article-{number}").title == new
    assert listing(quick) == listing(loaded(data_paths))
    assert not quick.check()


def test_a_broken_file_mended_in_place_is_listed_at_the_next_start(data_paths):
    a_library(data_paths)
    broken = data_paths.articles / "broken.md"
    edit_in_place(broken, "[oops", "Mended")
    quick = loaded(data_paths, quick=True)
    assert quick.find("broken").title == "Mended"
    assert quick.problems == []


def test_a_folder_changed_just_before_it_was_listed_is_scanned_at_the_next_start(data_paths):
    """A file added in the same tick of the folder's clock as the listing would leave the
    folder's time as it was: a folder that recent is not trusted."""
    write(data_paths.articles, "one.md", "One")
    loaded(data_paths)  # the folder changed just now
    path = write(data_paths.articles, "two.md", "Two")
    edit_in_place(path, "Two", "Two")  # the folder's time as the listing saw it
    assert loaded(data_paths, quick=True).find("two").title == "Two"


def test_a_quick_start_reads_each_reference_again(data_paths, tmp_path):
    a_library(data_paths)
    outside = write(tmp_path / "outside", "kept.md", "Kept where it is")
    library = Library([data_paths.articles], data_paths.library_cache, references=[outside])
    library.load()
    edit_in_place(outside, "Kept where it is", "کہیں اور")
    again = Library([data_paths.articles], data_paths.library_cache, references=[outside])
    again.load(quick=True)
    assert again.find(str(outside)).title == "کہیں اور"
    outside.unlink()
    again.load(quick=True)
    assert [problem.path for problem in again.problems] == [
        data_paths.articles / "broken.md",
        outside,
    ]


def made(library):
    """How many of the library's ArticleMeta have been made so far."""
    return sum(meta is not None for meta in library.articles._table._made)


def test_listing_sorting_and_filtering_make_no_article_until_one_is_asked_for(data_paths):
    a_library(data_paths)
    library = loaded(data_paths, quick=True)
    listed = sorted_articles(library.articles, SortOrder.LANGUAGE, {"article-3": 0.5})
    listed = filtered_articles(listed, {}, language="ur")
    assert listed.column("title") == ["Éclair", "اردو مضمون"]
    assert library.languages() == {"en", "ur", "pa"}
    assert library.word_count("article-4") == 1
    assert library.articles.sharing_original("article-1").column("id") == ["article-1"]
    assert made(library) == 0
    assert listed[1].title == "اردو مضمون"
    assert made(library) == 1
