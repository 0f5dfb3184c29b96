"""Rendered articles kept on disk, so that reopening an unchanged one skips Markdown.

On a start served from the caches Reader neither imports nor runs the Markdown
converter or the YAML parser: that is most of what it adds to a bare Qt window's
start-up, and nearly all of the time a large article takes to open. The cached
HTML is sanitised again on every load (about 20 ms a megabyte): a cache file is
only as trustworthy as the folder it is in.
"""

import contextlib
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale

from reader import __version__
from reader.core.articles.article import (
    Article,
    RenderedArticle,
    meta_from_dict,
    meta_to_dict,
    read_article,
)
from reader.core.articles.sanitise import sanitise_html
from reader.core.storage.files import write_atomically


class RenderCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def render(
        self,
        path: Path,
        article_id: str,
        convert: Callable[[Article], RenderedArticle] | None = None,
    ) -> RenderedArticle:
        """The article as HTML, from the cache when nothing it depends on changed.

        On a miss `convert` makes the HTML (the window passes one that converts off the GUI
        thread within a time budget); by default render_article. Raises ArticleError, as
        read_article and render_article do.
        """
        entry_path = self.folder / f"{hashlib.sha1(str(path.resolve()).encode()).hexdigest()}.json"
        validity = self._validity(path)
        cached = self._load(entry_path, validity, path, article_id)
        if cached is not None:
            return cached
        # Imported on a miss only: markdown and ammonia are the slowest part of a start-up.
        from reader.core.articles.rendering import render_article

        rendered = (convert or render_article)(read_article(path, article_id))
        if validity is not None:
            entry = {
                "validity": validity,
                "meta": meta_to_dict(rendered.meta),
                "html": rendered.html,
                "notice": rendered.notice,
            }
            # The cache only saves time: a read-only or full disk must not stop reading.
            with contextlib.suppress(OSError):
                write_atomically(entry_path, json.dumps(entry, ensure_ascii=False).encode("utf-8"))
        return rendered

    @staticmethod
    def _validity(path: Path) -> list | None:
        """What a rendering depends on: Reader's version, the interface language, the file."""
        try:
            stat = path.stat()
        except OSError:
            return None
        return [__version__, QLocale().name(), stat.st_mtime_ns, stat.st_size]

    @staticmethod
    def _load(
        entry_path: Path, validity: list | None, path: Path, article_id: str
    ) -> RenderedArticle | None:
        if validity is None:
            return None
        try:
            entry = json.loads(entry_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("validity") != validity:
            return None
        meta = meta_from_dict(path, article_id, entry.get("meta"))
        html, notice = entry.get("html"), entry.get("notice", "")
        if meta is None or not isinstance(html, str) or not isinstance(notice, str):
            return None
        # Anyone who can write to the data folder can write here: trust nothing in it.
        return RenderedArticle(meta, sanitise_html(html), notice)
