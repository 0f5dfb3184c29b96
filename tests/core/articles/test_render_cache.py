import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reader.core.articles.rendering as rendering
from reader.core.articles.article import ArticleError, RenderedArticle, read_article
from reader.core.articles.render_cache import RENDERING_VERSION, RenderCache
from tests.conftest import REPO_ROOT, article_text

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def renders(monkeypatch) -> list[str]:
    """Records each real rendering (a spy: the real function still runs)."""
    seen: list[str] = []
    real = rendering.render_article
    monkeypatch.setattr(
        rendering, "render_article", lambda article: seen.append(article.meta.id) or real(article)
    )
    return seen


def test_an_unchanged_article_is_rendered_once(tmp_path, renders):
    path = tmp_path / "a.md"
    path.write_text(article_text("Title", "Some *text*."), encoding="utf-8")
    cache = RenderCache(tmp_path / "cache", [tmp_path])
    first = cache.render(path, "a")
    second = RenderCache(tmp_path / "cache", [tmp_path]).render(path, "a")
    assert renders == ["a"]
    assert second == first
    assert "<em>text</em>" in second.html


@pytest.mark.parametrize(
    ("body", "language", "kept"),
    [
        ("میں نے Google پر تلاش کیا۔\n{lang=ur}", "en", 'dir="rtl" class="lang-nastaliq"'),
        ("- ایک\n- دو", "ur", 'class="lang-nastaliq-item"'),
        ("An English line.\n{lang=en}", "ur", 'dir="ltr" class="lang-plain"'),
        ("نص عربي.\n{lang=ar}", "en", 'class="lang-rtl"'),
    ],
)
def test_each_parts_direction_and_typography_survive_the_cache(tmp_path, body, language, kept):
    path = tmp_path / "a.md"
    path.write_text(article_text("Title", body, language=language), encoding="utf-8")
    first = RenderCache(tmp_path / "cache", [tmp_path]).render(path, "a")
    second = RenderCache(tmp_path / "cache", [tmp_path]).render(path, "a")  # sanitised again
    assert kept in first.html
    assert second.html == first.html


def test_an_edited_article_is_rendered_again(tmp_path, renders):
    path = tmp_path / "a.md"
    path.write_text(article_text("Title", "Old."), encoding="utf-8")
    cache = RenderCache(tmp_path / "cache", [tmp_path])
    cache.render(path, "a")
    path.write_text(article_text("Title", "New text."), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert "New text." in cache.render(path, "a").html
    assert renders == ["a", "a"]


def test_a_damaged_entry_is_ignored(tmp_path, renders):
    path = tmp_path / "a.md"
    path.write_text(article_text("Title", "Text."), encoding="utf-8")
    cache = RenderCache(tmp_path / "cache", [tmp_path])
    cache.render(path, "a")
    for entry in (tmp_path / "cache").iterdir():
        entry.write_text('{"validity": "nonsense", "html": 5}', encoding="utf-8")
    assert "Text." in cache.render(path, "a").html
    assert renders == ["a", "a"]


def test_a_broken_article_raises_and_leaves_nothing(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"no front matter")
    with pytest.raises(ArticleError):
        RenderCache(tmp_path / "cache", [tmp_path]).render(path, "a")
    assert not (tmp_path / "cache").exists()


WARM_START = """
import sys
from pathlib import Path
from reader.core.articles.library import Library
from reader.core.articles.render_cache import RENDERING_VERSION, RenderCache
root = Path(sys.argv[1])
library = Library([Path(sys.argv[2])], cache_path=root / "library.json")
library.load()
meta = library.find("metoo-pakistan-marginalised")
RenderCache(root / "rendered", library.folders).render(meta.path, meta.id)
print(" ".join(name for name in ("yaml", "markdown") if name in sys.modules))
"""


def test_a_start_from_warm_caches_loads_no_parser(tmp_path):
    def start() -> str:
        command = [sys.executable, "-c", WARM_START, str(tmp_path), str(REPO_ROOT / "articles")]
        return subprocess.run(
            command, cwd=REPO_ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()

    assert start() == "yaml markdown"  # the first start parses and renders
    assert start() == ""  # later ones are served from the caches


def test_a_tampered_entry_is_sanitised_again(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(article_text("Title", "Text."), encoding="utf-8")
    cache = RenderCache(tmp_path / "cache", [tmp_path])
    cache.render(path, "a")
    (entry,) = (tmp_path / "cache").iterdir()
    source, _, rest = entry.read_text(encoding="utf-8").partition("\n")
    data = json.loads(rest)
    data["html"] = (
        '<p style="color:#fff;font-size:1px">hidden</p><img src="file:///etc/x.png" alt="x">'
    )
    entry.write_text(source + "\n" + json.dumps(data), encoding="utf-8")
    html = cache.render(path, "a").html
    assert "style=" not in html and "file:" not in html
    assert "hidden" in html and "[Image: x]" in html


@pytest.mark.parametrize(
    "body", ["- a\n  - b", "1. one\n   1. sub", "- پہلا\n  - دوسرا", "> - a\n>   - b"]
)
def test_an_entry_rendered_before_nested_lists_kept_their_level_is_not_reused(
    tmp_path, renders, body
):
    """An entry written by the same version before rendering changed (its validity lacks
    RENDERING_VERSION) holds the flattened list: it must be rendered again."""
    path = tmp_path / "a.md"
    path.write_text(article_text("Title", body), encoding="utf-8")
    cache = RenderCache(tmp_path / "cache", [tmp_path])
    fresh = cache.render(path, "a")
    assert fresh.html.count("<ul>") + fresh.html.count("<ol>") == 2  # nested
    (entry,) = (tmp_path / "cache").iterdir()
    source, _, rest = entry.read_text(encoding="utf-8").partition("\n")
    data = json.loads(rest)
    assert RENDERING_VERSION in data["validity"]
    data["validity"].remove(RENDERING_VERSION)  # as the earlier rendering wrote it
    data["html"] = "<ul><li>a</li><li>b</li></ul>"
    entry.write_text(source + "\n" + json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert RenderCache(tmp_path / "cache", [tmp_path]).render(path, "a") == fresh
    assert renders == ["a", "a"]


# The cache gives exactly what a fresh rendering gives --------------------------------------


def fresh_and_cached(folder: Path, path: Path) -> tuple[RenderedArticle, RenderedArticle]:
    """A rendering straight from the file, and what a later start gets from the cache."""
    fresh = rendering.render_article(read_article(path, "a"))
    RenderCache(folder / "cache", [folder]).render(path, "a")
    return fresh, RenderCache(folder / "cache", [folder]).render(path, "a")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (r'"A\0B"', "Text."),  # the case: a NUL from a YAML escape
        (r'"\0"', "Text."),
        (r'"عنوان\0"', "متن \\0 یہاں"),  # Urdu, with a NUL in the title only
        (r'"Заголовок\x01\x1b[31m"', "Текст."),  # other controls, Cyrillic
        (r'"\x85\xa0\u200b\t"', "Next line, no-break and zero-width spaces, a tab."),
        (r'"a\u2028b\u202ec"', "Line and paragraph separators, a bidi override."),
    ],
)
def test_a_reopened_article_is_exactly_the_fresh_rendering(tmp_path, title, body):
    path = tmp_path / "a.md"
    path.write_text(article_text(title, body), encoding="utf-8")
    fresh, cached = fresh_and_cached(tmp_path, path)
    assert cached == fresh
    assert cached.meta.title == fresh.meta.title  # the text positions marks count in


def test_an_ordinary_article_is_served_from_the_cache(tmp_path, renders):
    path = tmp_path / "a.md"
    path.write_text(article_text("عنوان", "متن *یہاں*۔"), encoding="utf-8")
    fresh, cached = fresh_and_cached(tmp_path, path)
    assert cached == fresh
    assert renders == ["a", "a"]  # the direct call and the first start; the second is cached


# Printable characters and the ones that differ between HTML parsers and YAML escapes.
FUZZ_CHARACTERS = st.characters(
    codec="utf-8", categories=("L", "N", "P", "S", "Zs", "Cc", "Cf")
) | st.sampled_from("\0\r\x0c\u2028\u2029\u202e&<>*_[]()`#!\\")


@settings(
    max_examples=int(os.environ.get("READER_FUZZ_EXAMPLES", "50")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(title=st.text(FUZZ_CHARACTERS, min_size=1, max_size=30), body=st.text(FUZZ_CHARACTERS))
def test_fuzzed_articles_come_back_from_the_cache_as_rendered(title, body):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        # A JSON string is a YAML double-quoted scalar: every character escaped as YAML reads it.
        text = article_text(json.dumps(title), "") + body
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            fresh, cached = fresh_and_cached(Path(folder), path)
        except ArticleError:
            return  # refused with a message, the same on every open
        assert cached == fresh


# Only the library's articles, only while they exist, only so much ---------------------------


def test_an_article_from_outside_the_library_is_not_kept(tmp_path, renders):
    library, stick = tmp_path / "articles", tmp_path / "usb-stick"
    stick.mkdir()
    path = stick / "private.md"
    path.write_text(article_text("Private", "Not to be kept."), encoding="utf-8")
    for _ in range(2):
        assert (
            "Not to be kept." in RenderCache(tmp_path / "cache", [library]).render(path, "p").html
        )
    assert renders == ["p", "p"]
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").iterdir())


def test_a_link_from_the_library_to_outside_is_not_kept(tmp_path):
    library, stick = tmp_path / "articles", tmp_path / "usb-stick"
    library.mkdir()
    stick.mkdir()
    (stick / "private.md").write_text(article_text("Private", "Text."), encoding="utf-8")
    (library / "linked.md").symlink_to(stick / "private.md")
    RenderCache(tmp_path / "cache", [library]).render(library / "linked.md", "linked")
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").iterdir())


def test_an_entry_whose_article_is_gone_is_deleted(tmp_path):
    library = tmp_path / "articles"
    library.mkdir()
    kept, gone = library / "kept.md", library / "gone.md"
    for path in (kept, gone):
        path.write_text(article_text(path.stem, "Text of " + path.stem), encoding="utf-8")
        RenderCache(tmp_path / "cache", [library]).render(path, path.stem)
    assert len(list((tmp_path / "cache").iterdir())) == 2
    gone.unlink()
    (library / "new.md").write_text(article_text("New", "Text of new"), encoding="utf-8")
    # Adding an entry prunes the others.
    RenderCache(tmp_path / "cache", [library]).render(library / "new.md", "new")
    entries = [each.read_text(encoding="utf-8") for each in (tmp_path / "cache").iterdir()]
    assert sorted(entry.partition("\n")[0] for entry in entries) == sorted(
        json.dumps(str(path.resolve())) for path in (kept, library / "new.md")
    )


def test_entries_from_outside_the_library_or_an_older_format_are_deleted(tmp_path):
    library, stick = tmp_path / "articles", tmp_path / "usb-stick"
    stick.mkdir()
    (stick / "private.md").write_text("x", encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "outside.json").write_text(json.dumps(str(stick / "private.md")) + "\n{}")
    (cache / "older.json").write_text('{"validity": [], "meta": {}, "html": "secret"}')
    (cache / "binary.json").write_bytes(b"\xff\xfe\n{}")
    RenderCache(cache, [library]).prune()
    assert list(cache.iterdir()) == []


def test_the_cache_keeps_the_most_recently_used_within_its_size(tmp_path):
    library, folder = tmp_path / "articles", tmp_path / "cache"
    library.mkdir()
    paths = [library / f"{number}.md" for number in range(4)]
    cache = RenderCache(folder, [library])
    for number, path in enumerate(paths):
        path.write_text(article_text(f"Article {number}", "word " * 2000), encoding="utf-8")
        cache.render(path, path.stem)
    entries = {
        json.loads(each.read_text(encoding="utf-8").partition("\n")[0]): each
        for each in folder.iterdir()
    }
    for number, path in enumerate(paths):  # used in order, whatever the clock's resolution
        stamp = 1_000_000_000_000_000_000 + number
        os.utime(entries[str(path.resolve())], ns=(stamp, stamp))
    cache.render(paths[1], "1")  # used again: now the most recent
    cap = max(each.stat().st_size for each in entries.values()) * 2 + 100  # room for two
    RenderCache(folder, [library], max_bytes=cap).prune()
    left = list(folder.iterdir())
    assert sum(each.stat().st_size for each in left) <= cap
    assert sorted(left) == sorted(entries[str(paths[n].resolve())] for n in (1, 3))
