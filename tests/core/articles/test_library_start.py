"""What the library does for each article at every start, made cheaper (issue 16, goal 5),
still does what it did: a tampered cache entry is read again from its file, and ids are
made from file names with the same (Unicode) spaces replaced."""

import json

import pytest

from reader.core.articles.article import meta_from_dict, meta_to_dict
from reader.core.articles.library import Library

FRONT_MATTER = "---\ntitle: {title}\nlanguage: {language}\n---\n\nText.\n"


def write(folder, name, title, language="en"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(FRONT_MATTER.format(title=title, language=language), "utf-8")


def cached_entry(data_paths):
    cache = json.loads(data_paths.library_cache.read_text(encoding="utf-8"))
    return cache, next(iter(cache["entries"].values()))


# Each one a shape of cached front matter that is not what meta_to_dict writes.
TAMPERED = {
    "a number for the title": lambda meta: meta.update(title=7),
    "a list for the language": lambda meta: meta.update(language=["ur"]),
    "null for the summary": lambda meta: meta.update(summary=None),
    "a field missing": lambda meta: meta.pop("translator"),
    "a field added": lambda meta: meta.update(colour="red"),
    "extra holding a number": lambda meta: meta.update(extra={"series": 2}),
    "extra as a list": lambda meta: meta.update(extra=["series"]),
}


@pytest.mark.parametrize("tamper", TAMPERED.values(), ids=TAMPERED.keys())
def test_a_tampered_cache_entry_is_read_again_from_its_file(data_paths, tamper):
    write(data_paths.articles, "urdu.md", "اردو مضمون", "ur")
    Library([data_paths.articles], data_paths.library_cache).load()
    cache, entry = cached_entry(data_paths)
    tamper(entry["meta"])
    data_paths.library_cache.write_text(json.dumps(cache), encoding="utf-8")
    library = Library([data_paths.articles], data_paths.library_cache)
    library.load()
    [meta] = library.articles
    assert (meta.title, meta.language, meta.summary) == ("اردو مضمون", "ur", "")


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
