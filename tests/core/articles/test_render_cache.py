import json
import os
import subprocess
import sys

import pytest

import reader.core.articles.rendering as rendering
from reader.core.articles.article import ArticleError
from reader.core.articles.render_cache import RenderCache
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
    cache = RenderCache(tmp_path / "cache")
    first = cache.render(path, "a")
    second = RenderCache(tmp_path / "cache").render(path, "a")
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
    first = RenderCache(tmp_path / "cache").render(path, "a")
    second = RenderCache(tmp_path / "cache").render(path, "a")  # sanitised again
    assert kept in first.html
    assert second.html == first.html


def test_an_edited_article_is_rendered_again(tmp_path, renders):
    path = tmp_path / "a.md"
    path.write_text(article_text("Title", "Old."), encoding="utf-8")
    cache = RenderCache(tmp_path / "cache")
    cache.render(path, "a")
    path.write_text(article_text("Title", "New text."), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert "New text." in cache.render(path, "a").html
    assert renders == ["a", "a"]


def test_a_damaged_entry_is_ignored(tmp_path, renders):
    path = tmp_path / "a.md"
    path.write_text(article_text("Title", "Text."), encoding="utf-8")
    cache = RenderCache(tmp_path / "cache")
    cache.render(path, "a")
    for entry in (tmp_path / "cache").iterdir():
        entry.write_text('{"validity": "nonsense", "html": 5}', encoding="utf-8")
    assert "Text." in cache.render(path, "a").html
    assert renders == ["a", "a"]


def test_a_broken_article_raises_and_leaves_nothing(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"no front matter")
    with pytest.raises(ArticleError):
        RenderCache(tmp_path / "cache").render(path, "a")
    assert not (tmp_path / "cache").exists()


WARM_START = """
import sys
from pathlib import Path
from reader.core.articles.library import Library
from reader.core.articles.render_cache import RenderCache
root = Path(sys.argv[1])
library = Library([Path(sys.argv[2])], cache_path=root / "library.json")
library.load()
meta = library.find("metoo-pakistan-marginalised")
RenderCache(root / "rendered").render(meta.path, meta.id)
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
    cache = RenderCache(tmp_path / "cache")
    cache.render(path, "a")
    (entry,) = (tmp_path / "cache").iterdir()
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["html"] = (
        '<p style="color:#fff;font-size:1px">hidden</p><img src="file:///etc/x.png" alt="x">'
    )
    entry.write_text(json.dumps(data), encoding="utf-8")
    html = cache.render(path, "a").html
    assert "style=" not in html and "file:" not in html
    assert "hidden" in html and "[Image: x]" in html
