"""The library: every article in the bundled and the user's folders, and the files the
reader added from elsewhere (File, Open), which stay where they are and are referenced.

Front matter is read once per file and cached by modification time and size,
so starting with a thousand articles costs a thousand stat() calls, not a
thousand parses. A file that cannot be read is listed with its reason and
never stops the others from loading.
"""

import contextlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.articles.article import (
    ArticleError,
    ArticleMeta,
    meta_from_dict,
    meta_to_dict,
    read_article,
    read_body,
    unreadable,
)
from reader.core.articles.facts import published_key, word_count
from reader.core.reading.matching import DEFAULT_FOLDING, Folding, contains_words, fold
from reader.core.storage.files import typed_path, write_atomically

translate = QCoreApplication.translate
CACHE_FORMAT_VERSION = 2  # 2: each entry also holds the article's word count
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


def reference_id(path: Path) -> str:
    """The id of an article added by reference: its absolute path, as File, Open has always
    named a file opened from outside the library (its saved place and marks keep it)."""
    return str(path.resolve())


class Library:
    """`folders` are scanned for articles; `references` are files added one by one from
    elsewhere, listed as they are (a missing one is listed as a problem, never dropped)."""

    def __init__(
        self,
        folders: Iterable[Path],
        cache_path: Path | None = None,
        references: Iterable[Path] = (),
    ) -> None:
        self.folders = [Path(folder) for folder in folders]
        self.cache_path = cache_path
        self.references = [Path(path) for path in references]
        self.articles: list[ArticleMeta] = []
        self.problems: list[LibraryProblem] = []
        self._bodies: dict[tuple[Path, Folding], tuple[_FileStamp, str]] = {}
        self._by_id: dict[str, ArticleMeta] = {}
        self._words: dict[str, int] = {}

    def add_reference(self, path: Path) -> ArticleMeta | None:
        """Add a file from outside the folders and load the library again; the file's
        ArticleMeta, or None if it cannot be read (then it is among `problems`)."""
        resolved = path.resolve()
        if resolved not in (known.resolve() for known in self.references):
            self.references.append(resolved)
        self.load()
        return self.find(str(resolved))

    def is_reference(self, meta: ArticleMeta) -> bool:
        """Whether the article is a file added from elsewhere, not one in the folders."""
        return meta.path in self.references

    def word_count(self, article_id: str) -> int | None:
        """Words in the article's text (reader.core.articles.facts.word_count), if listed."""
        return self._words.get(article_id)

    def load(self) -> None:
        """Scan the folders and the references, reusing cached front matter for unchanged
        files.

        One directory listing per folder and one stat() per file (from the listing's
        entries); a cached entry is checked and turned into an ArticleMeta once.
        """
        cache = self._read_cache()
        fresh_cache: dict[str, dict] = {}
        articles: list[ArticleMeta] = []
        problems: list[LibraryProblem] = []
        words: dict[str, int] = {}
        taken_ids: set[str] = set()
        for key, path, stat_or_error, referenced in self._files():
            if isinstance(stat_or_error, OSError):
                problems.append(LibraryProblem(path, _missing_or_unreadable(path, stat_or_error)))
                continue
            stamp = [stat_or_error.st_mtime_ns, stat_or_error.st_size]
            article_id = reference_id(path) if referenced else _unique_id(path.stem, taken_ids)
            cached = cache.get(key)
            meta = None
            if isinstance(cached, dict) and cached.get("stamp") == stamp:
                meta = meta_from_dict(path, article_id, cached.get("meta"))
            if meta is None or not isinstance(cached.get("words"), int):
                try:
                    article = read_article(path, article_id)
                except ArticleError as error:
                    # Not cached: the reason is read again, in the interface's language.
                    taken_ids.discard(article_id)
                    problems.append(LibraryProblem(path, error.reason))
                    continue
                meta = article.meta
                cached = {
                    "stamp": stamp,
                    "meta": meta_to_dict(meta),
                    "words": word_count(article.body),
                }
            fresh_cache[key] = cached
            words[article_id] = cached["words"]
            articles.append(meta)
        self.articles = articles
        self.problems = problems
        self._words = words
        self._by_id = {meta.id: meta for meta in articles}
        if fresh_cache != cache:
            self._write_cache(fresh_cache)

    def _files(self) -> list[tuple[str, Path, os.stat_result | OSError, bool]]:
        """The folders' article files, then the references not already in a folder (True):
        each as its path (text, the cache's key, and Path), with its stat() or the error
        that stopped it. Only references are resolved: a folder of 5,000 articles is not."""
        files: list[tuple[str, Path, os.stat_result | OSError, bool]] = []
        for folder, entry in self._article_entries():
            # folder / name: half the time of Path(entry.path), for each article at each start.
            try:
                files.append((entry.path, folder / entry.name, entry.stat(), False))
            except OSError as error:
                files.append((entry.path, folder / entry.name, error, False))
        if not self.references:
            return files
        folders = {folder.resolve() for folder in self.folders}
        for path in self.references:
            resolved = path.resolve()
            if resolved.parent in folders and resolved.name.lower().endswith(ARTICLE_SUFFIXES):
                continue  # listed with its folder already
            try:
                files.append((str(path), path, path.stat(), True))
            except OSError as error:
                files.append((str(path), path, error, True))
        return files

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

    def _article_entries(self) -> list[tuple[Path, os.DirEntry]]:
        """The article files' directory entries, by folder, each folder's sorted by name,
        each with its folder."""
        found: list[tuple[Path, os.DirEntry]] = []
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
            found.extend((folder, entry) for entry in names)
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


def _missing_or_unreadable(path: Path, error: OSError) -> str:
    """Why a file cannot be listed: gone (moved, renamed, a drive not connected) or other."""
    if isinstance(error, FileNotFoundError):
        return translate(
            "articles",
            "the file is not there any more: it was moved, renamed or deleted, or it is on a "
            "drive that is not connected.",
        )
    return unreadable(path, error).reason


def _unique_id(stem: str, taken: set[str]) -> str:
    # split() and join() as re.sub(r"\s+", "-", stem.strip()): the same (Unicode) spaces,
    # in a tenth of the time, for each of a library's articles at every start.
    base = "-".join(stem.split()) or "article"
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
    PUBLISHED = "published"  # newest first; undated articles last
    ADDED = "added"  # most recently added first


class ReadingState(Enum):
    """Which articles to list by how far they have been read."""

    ANY = "any"
    UNREAD = "unread"  # never opened: no saved reading position
    STARTED = "started"  # opened, not read to the end
    FINISHED = "finished"  # read to the end (the library shows 100 %)


# Progress that the library shows as 100 % (percentages are rounded) counts as finished.
FINISHED_AT = 0.995


def reading_state(article_id: str, progress: Mapping[str, float]) -> ReadingState:
    """UNREAD, STARTED or FINISHED, from the saved progress (0.0 to 1.0) by article id."""
    if article_id not in progress:
        return ReadingState.UNREAD
    return ReadingState.FINISHED if progress[article_id] >= FINISHED_AT else ReadingState.STARTED


def filtered_articles(
    articles: Iterable[ArticleMeta],
    progress: Mapping[str, float],
    *,
    language: str = "",
    state: ReadingState = ReadingState.ANY,
) -> list[ArticleMeta]:
    """The articles in `language` (a BCP 47 tag; "" for every language; "ur" also takes
    "ur-PK") and in reading `state`."""
    prefix = language.casefold() + "-"
    return [
        meta
        for meta in articles
        if (
            not language
            or meta.language.casefold() == language.casefold()
            or meta.language.casefold().startswith(prefix)
        )
        and (state is ReadingState.ANY or reading_state(meta.id, progress) is state)
    ]


def sorted_articles(
    articles: Iterable[ArticleMeta],
    order: SortOrder,
    progress: Mapping[str, float],
    added: Mapping[str, float] | None = None,
) -> list[ArticleMeta]:
    """Articles in the reader's chosen order; ties fall back to the title. `added` holds
    when each article was added (seconds since 1970) by id; one not in it sorts last."""

    def by_title(meta: ArticleMeta) -> str:
        return meta.title.casefold()

    ordered = sorted(articles, key=by_title)
    if order is SortOrder.LANGUAGE:
        ordered.sort(key=lambda meta: meta.language.casefold())
    elif order is SortOrder.PROGRESS:
        ordered.sort(key=lambda meta: progress.get(meta.id, 0.0), reverse=True)
    elif order is SortOrder.PUBLISHED:
        # Dated before undated, and newest first among the dated.
        ordered.sort(key=lambda meta: published_key(meta.published) or (-1, 0, 0), reverse=True)
    elif order is SortOrder.ADDED:
        times = added or {}
        ordered.sort(key=lambda meta: times.get(meta.id, float("-inf")), reverse=True)
    return ordered
