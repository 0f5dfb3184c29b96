"""The library: every article in the bundled and the user's folders.

Front matter is read once per file and cached by modification time and size,
so starting with a thousand articles costs a thousand stat() calls, not a
thousand parses. A file that cannot be read is listed with its reason and
never stops the others from loading.
"""

import contextlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from reader.core.articles.article import (
    ArticleError,
    ArticleMeta,
    meta_from_dict,
    meta_to_dict,
    read_body,
    read_meta,
    unreadable,
)
from reader.core.reading.matching import DEFAULT_FOLDING, Folding, contains_words, fold
from reader.core.storage.files import typed_path, write_atomically

CACHE_FORMAT_VERSION = 1
ARTICLE_SUFFIXES = (".md", ".markdown")


@dataclass(frozen=True)
class LibraryProblem:
    """A file in an articles folder that cannot be opened, and why."""

    path: Path
    reason: str


@dataclass(frozen=True)
class _FileStamp:
    mtime_ns: int
    size: int


class Library:
    def __init__(self, folders: Iterable[Path], cache_path: Path | None = None) -> None:
        self.folders = [Path(folder) for folder in folders]
        self.cache_path = cache_path
        self.articles: list[ArticleMeta] = []
        self.problems: list[LibraryProblem] = []
        self._bodies: dict[tuple[Path, Folding], tuple[_FileStamp, str]] = {}
        self._by_id: dict[str, ArticleMeta] = {}

    def load(self) -> None:
        """Scan the folders, reusing cached front matter for unchanged files.

        One directory listing per folder and one stat() per file (from the listing's
        entries); a cached entry is checked and turned into an ArticleMeta once.
        """
        cache = self._read_cache()
        fresh_cache: dict[str, dict] = {}
        articles: list[ArticleMeta] = []
        problems: list[LibraryProblem] = []
        taken_ids: set[str] = set()
        for entry in self._article_entries():
            path = Path(entry.path)
            try:
                stat = entry.stat()
            except OSError as error:
                problems.append(LibraryProblem(path, unreadable(path, error).reason))
                continue
            stamp = [stat.st_mtime_ns, stat.st_size]
            article_id = _unique_id(path.stem, taken_ids)
            cached = cache.get(entry.path)
            meta = None
            if isinstance(cached, dict) and cached.get("stamp") == stamp:
                meta = meta_from_dict(path, article_id, cached.get("meta"))
            if meta is None:
                try:
                    meta = replace(read_meta(path), id=article_id)
                except ArticleError as error:
                    # Not cached: the reason is read again, in the interface's language.
                    taken_ids.discard(article_id)
                    problems.append(LibraryProblem(path, error.reason))
                    continue
                cached = {"stamp": stamp, "meta": meta_to_dict(meta)}
            fresh_cache[entry.path] = cached
            articles.append(meta)
        self.articles = articles
        self.problems = problems
        self._by_id = {meta.id: meta for meta in articles}
        if fresh_cache != cache:
            self._write_cache(fresh_cache)

    def find(self, id_or_path: str) -> ArticleMeta | None:
        meta = self._by_id.get(id_or_path)
        if meta is not None:
            return meta
        candidate = typed_path(id_or_path)
        if candidate.exists():
            resolved = candidate.resolve()
            for meta in self.articles:
                if meta.path.resolve() == resolved:
                    return meta
        return None

    def search(self, query: str, folding: Folding = DEFAULT_FOLDING) -> list[ArticleMeta]:
        """Articles whose title, summary, author or text contain every word of the query,
        matched as find in the article matches (reader.core.reading.matching)."""
        if not fold(query, folding).split():
            return list(self.articles)
        found = []
        for meta in self.articles:
            heading = fold(f"{meta.title} {meta.summary} {meta.author}", folding)
            if contains_words(query, heading, folding=folding) or contains_words(
                query, heading, self.body_text(meta, folding), folding=folding
            ):
                found.append(meta)
        return found

    def body_text(self, meta: ArticleMeta, folding: Folding = DEFAULT_FOLDING) -> str:
        """The article's text, folded for search; read once per file version."""
        try:
            stat = meta.path.stat()
        except OSError:
            return ""
        stamp = _FileStamp(stat.st_mtime_ns, stat.st_size)
        cached = self._bodies.get((meta.path, folding))
        if cached is not None and cached[0] == stamp:
            return cached[1]
        try:
            text = fold(read_body(meta.path), folding)
        except ArticleError:
            text = ""
        self._bodies[(meta.path, folding)] = (stamp, text)
        return text

    def _article_entries(self) -> list[os.DirEntry]:
        """The article files' directory entries, by folder, each folder's sorted by name."""
        found: list[os.DirEntry] = []
        for folder in self.folders:
            try:
                with os.scandir(folder) as entries:
                    names = sorted(
                        (
                            entry
                            for entry in entries
                            if entry.name.lower().endswith(ARTICLE_SUFFIXES)
                            and not entry.name.startswith(".")
                        ),
                        key=lambda entry: entry.name,
                    )
            except OSError:
                continue  # a folder that is not there (yet) has no articles
            found.extend(names)
        return found

    def _read_cache(self) -> dict[str, dict]:
        if self.cache_path is None:
            return {}
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # a missing or damaged cache is rebuilt from the files
        if not isinstance(data, dict) or data.get("version") != CACHE_FORMAT_VERSION:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def _write_cache(self, entries: dict[str, dict]) -> None:
        if self.cache_path is None:
            return
        payload = json.dumps(
            {"version": CACHE_FORMAT_VERSION, "entries": entries}, ensure_ascii=False
        )
        # The cache only saves time; the library works without it.
        with contextlib.suppress(OSError):
            write_atomically(self.cache_path, payload.encode("utf-8"))


def _unique_id(stem: str, taken: set[str]) -> str:
    base = re.sub(r"\s+", "-", stem.strip()) or "article"
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


class SortOrder(Enum):
    TITLE = "title"
    LANGUAGE = "language"
    PROGRESS = "progress"


def sorted_articles(
    articles: Iterable[ArticleMeta], order: SortOrder, progress: Mapping[str, float]
) -> list[ArticleMeta]:
    """Articles in the reader's chosen order; ties fall back to the title."""

    def by_title(meta: ArticleMeta) -> str:
        return meta.title.casefold()

    ordered = sorted(articles, key=by_title)
    if order is SortOrder.LANGUAGE:
        ordered.sort(key=lambda meta: meta.language.casefold())
    elif order is SortOrder.PROGRESS:
        ordered.sort(key=lambda meta: progress.get(meta.id, 0.0), reverse=True)
    return ordered
