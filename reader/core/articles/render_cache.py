"""Rendered articles kept on disk, so that reopening an unchanged one skips Markdown.

On a start served from the caches Reader neither imports nor runs the Markdown
converter or the YAML parser: that is most of what it adds to a bare Qt window's
start-up, and nearly all of the time a large article takes to open. The cached
HTML is sanitised again on every load (about 20 ms a megabyte): a cache file is
only as trustworthy as the folder it is in.

Only articles in the library's folders are kept, and only while their file exists
(checked whenever an entry is added): an article opened from a USB stick leaves no copy
of its text on the computer. Each
entry is one file, `<sha1 of the path>.json`: its first line is the article's path
(a JSON string, so that pruning reads no more than that line), the rest is the
rendering.
"""

import contextlib
import json
import os
from collections.abc import Callable, Iterable
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
from reader.core.storage.digests import sha1_hex
from reader.core.storage.files import write_atomically

# The largest article is 8 MB (MAX_ARTICLE_BYTES) and renders to about 10 MB of HTML:
# room for several of those, or some hundreds of ordinary articles.
MAX_CACHE_BYTES = 64 * 1024 * 1024
ENTRY_SUFFIX = ".json"
# Raised whenever reader.core.articles.rendering turns the same article into other HTML
# (2: nested lists indented by 2 or 3 spaces keep their level; 3: fenced code in a list
# item is code, an item after an item's later paragraph is an item), so that no entry
# made before is shown, even by a build that keeps the version number.
RENDERING_VERSION = 3


class RenderCache:
    """Renderings of the articles under `library_folders`, in `folder`, at most `max_bytes`.

    Each new entry prunes the folder (see prune): a miss already costs a Markdown
    rendering, whereas pruning at start-up would delay every window (it reads a line of
    each entry). A new Reader version misses on every entry, so an upgrade prunes too.
    """

    def __init__(
        self,
        folder: Path,
        library_folders: Iterable[Path],
        max_bytes: int = MAX_CACHE_BYTES,
    ) -> None:
        self.folder = folder
        self.library_folders = tuple(_resolved(Path(each)) for each in library_folders)
        self.max_bytes = max_bytes

    def render(
        self,
        path: Path,
        article_id: str,
        convert: Callable[[Article], RenderedArticle] | None = None,
    ) -> RenderedArticle:
        """The article as HTML, from the cache when nothing it depends on changed.

        Exactly what a fresh rendering gives: a rendering that would not come back
        unchanged from the cache is not cached. On a miss `convert` makes the HTML (the
        window passes one that converts off the GUI thread within a time budget); by
        default render_article. Raises ArticleError, as read_article and render_article do.
        """
        source = _resolved(path)
        cacheable = self._in_library(source)
        entry_path = self.folder / f"{sha1_hex(str(source).encode())}.json"
        validity = self._validity(path) if cacheable else None
        cached = self._load(entry_path, validity, path, article_id)
        if cached is not None:
            # Recently used entries are the last to go when the cache is over its size.
            with contextlib.suppress(OSError):
                os.utime(entry_path)
            return cached
        # Imported on a miss only: markdown and ammonia are the slowest part of a start-up.
        from reader.core.articles.rendering import render_article

        rendered = (convert or render_article)(read_article(path, article_id))
        if validity is not None:
            data = _entry_bytes(source, validity, rendered)
            if data is not None and _restored(data, path, article_id) == rendered:
                # The cache only saves time: a read-only or full disk must not stop reading.
                with contextlib.suppress(OSError):
                    write_atomically(entry_path, data)
                    self.prune()
        return rendered

    def prune(self) -> None:
        """Delete the entries whose article is gone or lies outside the library folders, and
        those in a format this Reader does not write; then the least recently used ones
        until the rest fit in `max_bytes`."""
        try:
            names = [entry for entry in self.folder.iterdir() if entry.suffix == ENTRY_SUFFIX]
        except OSError:
            return
        kept: list[tuple[int, int, Path]] = []
        for entry in names:
            source = _entry_source(entry)
            if source is None or not self._in_library(source) or not source.is_file():
                _delete(entry)
                continue
            with contextlib.suppress(OSError):
                status = entry.stat()
                kept.append((status.st_mtime_ns, status.st_size, entry))
        total = sum(size for _, size, _ in kept)
        for _, size, entry in sorted(kept):
            if total <= self.max_bytes:
                break
            _delete(entry)
            total -= size

    def _in_library(self, source: Path) -> bool:
        return any(source.is_relative_to(folder) for folder in self.library_folders)

    @staticmethod
    def _validity(path: Path) -> list | None:
        """What a rendering depends on: Reader's version and RENDERING_VERSION, the interface
        language, the file."""
        try:
            stat = path.stat()
        except OSError:
            return None
        return [__version__, RENDERING_VERSION, QLocale().name(), stat.st_mtime_ns, stat.st_size]

    @staticmethod
    def _load(
        entry_path: Path, validity: list | None, path: Path, article_id: str
    ) -> RenderedArticle | None:
        if validity is None:
            return None
        try:
            data = entry_path.read_bytes()
        except OSError:
            return None
        entry = _entry_document(data)
        if entry is None or entry.get("validity") != validity:
            return None
        return _article_from(entry, path, article_id)


def _entry_bytes(source: Path, validity: list, rendered: RenderedArticle) -> bytes | None:
    """The entry file's content; None when the text cannot be written as UTF-8 (a lone
    surrogate from a YAML escape)."""
    entry = {
        "validity": validity,
        "meta": meta_to_dict(rendered.meta),
        "html": rendered.html,
        "notice": rendered.notice,
    }
    first_line = json.dumps(str(source), ensure_ascii=False)
    text = first_line + "\n" + json.dumps(entry, ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _restored(data: bytes, path: Path, article_id: str) -> RenderedArticle | None:
    """What loading `data` back gives, to compare with the rendering it was made from."""
    entry = _entry_document(data)
    return None if entry is None else _article_from(entry, path, article_id)


def _entry_document(data: bytes) -> dict | None:
    _, _, rest = data.partition(b"\n")
    try:
        entry = json.loads(rest.decode("utf-8"))
    except ValueError:  # includes UnicodeDecodeError
        return None
    return entry if isinstance(entry, dict) else None


def _article_from(entry: dict, path: Path, article_id: str) -> RenderedArticle | None:
    meta = meta_from_dict(path, article_id, entry.get("meta"))
    html, notice = entry.get("html"), entry.get("notice", "")
    if meta is None or not isinstance(html, str) or not isinstance(notice, str):
        return None
    # Anyone who can write to the data folder can write here: trust nothing in it.
    return RenderedArticle(meta, sanitise_html(html), notice)


def _entry_source(entry: Path) -> Path | None:
    """The article an entry was made from, read from its first line; None if unreadable."""
    try:
        with entry.open("rb") as stream:
            first_line = stream.readline()
        source = json.loads(first_line.decode("utf-8"))
    except (OSError, ValueError):
        return None
    return Path(source) if isinstance(source, str) and source else None


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop; Python < 3.13 raises RuntimeError
        return path.absolute()


def _delete(entry: Path) -> None:
    with contextlib.suppress(OSError):
        entry.unlink()
