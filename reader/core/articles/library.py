"""The library: every article in the bundled and the user's folders, and the files the
reader added from elsewhere (File, Open), which stay where they are and are referenced.

Front matter is read once per file and cached by modification time and size. The cache
holds each field as a column (one JSON list per field, in the library's order), with each
folder's modification time: a start whose folders have not changed since (no file added,
removed or renamed) trusts the cache without a stat() per file, and each ArticleMeta is
made when first asked for, so a start with 5,000 articles makes the few the window shows
(issue 16, goal 5). A file edited in place does not change its folder's time: check(),
the full scan, finds it, and the window runs it just after its first paint. A file that
cannot be read is listed with its reason and never stops the others from loading.
"""

import contextlib
import json
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import overload

from PySide6.QtCore import QCoreApplication

from reader.core.articles.article import (
    TEXT_FIELDS,
    ArticleError,
    ArticleMeta,
    read_article,
    read_body,
    unreadable,
)
from reader.core.articles.facts import published_key, word_count
from reader.core.reading.matching import DEFAULT_FOLDING, Folding, contains_words, fold
from reader.core.storage.files import typed_path, write_atomically

translate = QCoreApplication.translate
# 3: columns, with the folders' modification times; 2: each entry also held a word count.
CACHE_FORMAT_VERSION = 3
ARTICLE_SUFFIXES = (".md", ".markdown")
# A folder changed this little before it was listed is not trusted at the next start: a
# file added in the same tick of its clock (2 s on FAT) would leave its time as it was.
UNSETTLED_NS = 3_000_000_000
_STAMPS = ("mtime_ns", "size")
_COLUMNS = ("key", *_STAMPS, "reference", "id", "words", *TEXT_FIELDS, "extra")

Stamp = tuple[int, int]  # a file's modification time (ns) and size (bytes)


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


class _Table:
    """Articles as columns (_COLUMNS: "key" is the file's path as text), made into
    ArticleMeta one at a time when asked for. What the cache holds, and what loads
    compare and reuse."""

    def __init__(
        self, columns: dict[str, list], made: list[ArticleMeta | None] | None = None
    ) -> None:
        self.columns = columns
        self.size = len(columns["key"])
        self._made = made or [None] * self.size
        self._row_of_id: dict[str, int] | None = None
        self._words: dict[str, int] | None = None

    @classmethod
    def empty(cls) -> "_Table":
        return cls({name: [] for name in _COLUMNS})

    def meta(self, row: int) -> ArticleMeta:
        made = self._made[row]
        if made is None:
            columns = self.columns
            made = ArticleMeta(
                id=columns["id"][row],
                path=Path(columns["key"][row]),
                **{name: columns[name][row] for name in TEXT_FIELDS},
                extra=columns["extra"][row],
            )
            self._made[row] = made
        return made

    def path(self, row: int) -> Path:
        return self.meta(row).path  # made once: a search asks for every row's, each time

    def row_of(self, article_id: str) -> int | None:
        if self._row_of_id is None:
            self._row_of_id = {key: row for row, key in enumerate(self.columns["id"])}
        return self._row_of_id.get(article_id)

    def words(self) -> dict[str, int]:
        if self._words is None:
            self._words = dict(zip(self.columns["id"], self.columns["words"], strict=True))
        return self._words

    def sharing(self, original: str) -> list[int]:
        """The rows whose id is `original` or that translate it, in order. Found by
        list.index, a C loop: it runs for the details of each article shown."""
        rows = [] if (own := self.row_of(original)) is None else [own]
        translated, row = self.columns["translation_of"], -1
        with contextlib.suppress(ValueError):
            while True:
                row = translated.index(original, row + 1)
                rows.append(row)
        return sorted(set(rows))

    def stamp(self, row: int) -> Stamp:
        return (self.columns["mtime_ns"][row], self.columns["size"][row])


class Articles(Sequence[ArticleMeta]):
    """Articles of the library in an order. Each is made as an ArticleMeta when first
    asked for; column(name) gives one front matter field ("id" or one of TEXT_FIELDS) of
    them all without making any. Equal to any sequence of the same ArticleMeta."""

    def __init__(self, table: _Table, rows: list[int], whole: bool = False) -> None:
        self._table = table
        self._rows = rows
        self._whole = whole  # rows is every row of the table, in order

    @classmethod
    def of(cls, metas: Iterable[ArticleMeta]) -> "Articles":
        """These articles, already made, in this order."""
        metas = list(metas)
        columns = {
            "key": [str(meta.path) for meta in metas],
            "id": [meta.id for meta in metas],
            **{name: [getattr(meta, name) for meta in metas] for name in TEXT_FIELDS},
        }
        return cls(_Table(columns, metas), list(range(len(metas))), whole=True)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> ArticleMeta: ...
    @overload
    def __getitem__(self, index: slice) -> "Articles": ...
    def __getitem__(self, index: int | slice) -> "ArticleMeta | Articles":
        if isinstance(index, slice):
            return Articles(self._table, self._rows[index])
        return self._table.meta(self._rows[index])

    def __iter__(self) -> Iterator[ArticleMeta]:
        return map(self._table.meta, self._rows)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment] - equal to lists, so unhashable as they are

    def __repr__(self) -> str:
        return f"Articles({list(self)!r})"

    def column(self, name: str) -> list[str]:
        """Field `name` ("id" or one of reader.core.articles.article.TEXT_FIELDS) of each."""
        values = self._table.columns[name]
        return list(values) if self._whole else list(map(values.__getitem__, self._rows))

    def select(self, positions: Iterable[int]) -> "Articles":
        """The articles at these positions (of this sequence), in that order."""
        rows = self._rows
        return Articles(self._table, [rows[position] for position in positions])

    def sharing_original(self, original: str) -> "Articles":
        """The articles whose id is `original` or that translate it, in this order: every
        article reader.core.articles.translations groups with `original`, and no other."""
        if self._whole:
            return Articles(self._table, self._table.sharing(original))
        ids, translated = self.column("id"), self.column("translation_of")
        return self.select(
            position
            for position, (article_id, of) in enumerate(zip(ids, translated, strict=True))
            if original in (article_id, of)
        )


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
        self.articles = Articles(_Table.empty(), [])
        self.problems: list[LibraryProblem] = []
        # False after load(quick=True) trusted the cache: check() would see an edit in place.
        self.checked = True
        self._bodies: dict[tuple[Path, Folding], tuple[_FileStamp, str]] = {}
        self._table: _Table | None = None
        self._folder_stamps: list[list[int] | None] = []
        self._problem_stamps: dict[str, Stamp] = {}  # the folders' unreadable files
        self._written: dict | None = None  # what the cache file holds

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
        return self.articles._table.words().get(article_id)

    def word_counts(self) -> Mapping[str, int]:
        """word_count of every article listed, by id: looked up in C (map(counts.get, ids))
        where thousands are asked for at once. Replaced, not changed, by the next load."""
        return self.articles._table.words()

    def load(self, *, quick: bool = False) -> None:
        """Scan the folders and the references, reusing cached front matter for unchanged
        files: one directory listing per folder and one stat() per file.

        `quick`: where no folder has changed since the cache was written, take its files
        from the cache without a stat() each (`checked` is then False: a file edited in
        place is seen by check()); a changed folder, or one the cache does not vouch for,
        is scanned in full. References are always looked at, each with a stat().
        """
        previous = self._table if self._table is not None else self._read_cache()
        if quick and previous is not None and self._quick_load(previous):
            return
        folder_stamps = [_folder_stamp(folder) for folder in self.folders]  # before listing
        builder = _Builder(previous, self._problem_stamps)
        for key, name, stat in self._folder_files():
            builder.add(key, name, stat, referenced=False)
        self._add_references(builder)
        self._finish(builder, [_settled(stamp) for stamp in folder_stamps])
        self.checked = True

    def listing(self) -> dict[str, Stamp | None]:
        """Each file of the folders and of the references, by its path as text, with its
        stamp (None where stat() failed): what check() compares with what was loaded.
        Reads only the file system, so it may run on a worker thread."""
        found: dict[str, Stamp | None] = {
            key: None if isinstance(stat, OSError) else (stat.st_mtime_ns, stat.st_size)
            for key, _, stat in self._folder_files()
        }
        for path in self._outside_references():
            try:
                stat = path.stat()
            except OSError:
                found[str(path)] = None
            else:
                found[str(path)] = (stat.st_mtime_ns, stat.st_size)
        return found

    def check(self, listing: Mapping[str, Stamp | None] | None = None) -> bool:
        """Whether any article or problem changed since the last load (a file added,
        removed or edited, in place or not); if so, load() again. `listing` is
        listing()'s, made now (the default) or just before on a worker thread."""
        table, problems, listed = self._table, self.problems, self.articles
        if listing is None:
            listing = self.listing()
        if table is not None:
            columns = table.columns
            loaded: dict[str, Stamp | None] = dict(
                zip(
                    columns["key"],
                    zip(columns["mtime_ns"], columns["size"], strict=True),
                    strict=True,
                )
            )
            loaded.update(self._problem_stamps)
            if loaded == listing:
                self.checked = True
                return False
        self.load()
        if table is not None and (table.columns, problems) == (self._table.columns, self.problems):
            # Nothing changed: the articles already made, and handed out, stay.
            self._table, self.problems, self.articles = table, problems, listed
            return False
        return True

    def _quick_load(self, cached: _Table) -> bool:
        """Load from `cached` if no folder changed since it was listed; False if one did
        (or a file that could not be read now can)."""
        folder_stamps = [_folder_stamp(folder) for folder in self.folders]
        if None in self._folder_stamps or folder_stamps != self._folder_stamps:
            return False
        builder = _Builder(cached, self._problem_stamps)
        builder.take(cached.columns["reference"].count(False))  # the references come last
        for key, stamp in self._problem_stamps.items():
            path = Path(key)
            try:
                read_article(path)
            except ArticleError as error:
                builder.problems.append(LibraryProblem(path, error.reason))
                builder.problem_stamps[key] = stamp
                continue
            return False  # readable now: its id could change others' (_unique_id)
        self._add_references(builder)
        self._finish(builder, self._folder_stamps)
        self.checked = False
        return True

    def _outside_references(self) -> list[Path]:
        """The references not in a folder (one there is listed with its folder)."""
        if not self.references:
            return []
        folders = {folder.resolve() for folder in self.folders}
        return [
            path
            for path in self.references
            if not (
                (resolved := path.resolve()).parent in folders
                and resolved.name.lower().endswith(ARTICLE_SUFFIXES)
            )
        ]

    def _add_references(self, builder: "_Builder") -> None:
        """The references not already in a folder, each with its stat() (or its error)."""
        for path in self._outside_references():
            try:
                stat: os.stat_result | OSError = path.stat()
            except OSError as error:
                stat = error
            builder.add(str(path), path.name, stat, referenced=True)

    def _finish(self, builder: "_Builder", folder_stamps: list[list[int] | None]) -> None:
        table = builder.table()
        self._table = table
        self.articles = Articles(table, list(range(table.size)), whole=True)
        self.problems = builder.problems
        self._problem_stamps = builder.problem_stamps
        self._folder_stamps = folder_stamps
        payload = self._payload()
        if payload != self._written:
            self._write_cache(payload)

    def _payload(self) -> dict:
        """What the cache file holds for the library as loaded."""
        table = self._table or _Table.empty()
        return {
            "version": CACHE_FORMAT_VERSION,
            "folders": [
                [str(f), s] for f, s in zip(self.folders, self._folder_stamps, strict=True)
            ],
            "articles": table.columns,
            "problems": {key: list(stamp) for key, stamp in self._problem_stamps.items()},
        }

    def _folder_files(self) -> Iterator[tuple[str, str, os.stat_result | OSError]]:
        """The folders' article files as (path as text, name, stat() or its error), by
        folder, each folder's sorted by name. No Path is made: 5,000 take 12 ms."""
        for folder in self.folders:
            try:
                with os.scandir(folder) as entries:
                    found = sorted(
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
            for entry in found:
                try:
                    yield entry.path, entry.name, entry.stat()
                except OSError as error:
                    yield entry.path, entry.name, error

    def find(self, id_or_path: str) -> ArticleMeta | None:
        table = self.articles._table
        row = table.row_of(id_or_path)
        if row is not None:
            return table.meta(row)
        candidate = typed_path(id_or_path)
        if candidate.exists():
            resolved = candidate.resolve()
            for row in range(table.size):
                if table.path(row).resolve() == resolved:
                    return table.meta(row)
        return None

    def languages(self) -> set[str]:
        """The language tag of each article, once each."""
        return set(self.articles.column("language"))

    def search(self, query: str, folding: Folding = DEFAULT_FOLDING) -> Articles:
        """Articles whose title, summary, author or text contain every word of the query,
        matched as find in the article matches (reader.core.reading.matching)."""
        listed = self.articles
        if not fold(query, folding).split():
            return listed
        table = listed._table
        headings = zip(
            listed.column("title"), listed.column("summary"), listed.column("author"), strict=True
        )
        found = []
        for row, (title, summary, author) in enumerate(headings):
            heading = fold(f"{title} {summary} {author}", folding)
            if contains_words(query, heading, folding=folding) or contains_words(
                query, heading, self._body_text(table.path(row), folding), folding=folding
            ):
                found.append(row)
        return listed.select(found)

    def _body_text(self, path: Path, folding: Folding) -> str:
        """The article's text, folded for search; read once per file version."""
        try:
            stat = path.stat()
        except OSError:
            return ""
        stamp = _FileStamp(stat.st_mtime_ns, stat.st_size)
        cached = self._bodies.get((path, folding))
        if cached is not None and cached[0] == stamp:
            return cached[1]
        try:
            text = fold(read_body(path), folding)
        except ArticleError:
            text = ""
        self._bodies[(path, folding)] = (stamp, text)
        return text

    def _read_cache(self) -> _Table | None:
        """The cache's table (its folders' stamps and problems taken too), or None if
        there is none, or it is damaged, tampered with or of another version."""
        if self.cache_path is None:
            return None
        try:
            data = json.loads(self.cache_path.read_bytes().decode("utf-8", "surrogatepass"))
        except (OSError, ValueError):
            return None  # a missing or damaged cache is rebuilt from the files
        parsed = _parse_cache(data, self.folders)
        if parsed is None:
            return None
        table, self._folder_stamps, self._problem_stamps = parsed
        self._written = data
        return table

    def _write_cache(self, payload: dict) -> None:
        if self.cache_path is None:
            return
        text = json.dumps(payload, ensure_ascii=False)
        # The cache only saves time; the library works without it.
        with contextlib.suppress(OSError):
            # A file name that is not UTF-8 holds lone surrogates (os.fsdecode): kept as such.
            write_atomically(self.cache_path, text.encode("utf-8", "surrogatepass"))
            self._written = payload


_OWN_COLUMNS = ("key", *_STAMPS, "reference", "id")  # what a load works out for every file
_KEPT_COLUMNS = ("words", *TEXT_FIELDS, "extra")  # what the cache keeps of a file's text


class _Builder:
    """The rows of a load, in order: each file's front matter from `previous` when its
    stamp is the same, else read from the file. Rows from `previous` are noted by number
    and copied a column at a time at the end (a C loop), not a value at a time."""

    def __init__(self, previous: _Table | None, problem_stamps: Mapping[str, Stamp]) -> None:
        self.own: dict[str, list] = {name: [] for name in _OWN_COLUMNS}
        self.made: list[ArticleMeta | None] = []
        self.problems: list[LibraryProblem] = []
        self.problem_stamps: dict[str, Stamp] = {}
        self._previous = previous or _Table.empty()
        self._previous_rows: dict[str, int] | None = None  # by key; made by the first add()
        self._sources: list[int] = []  # each row's in `previous`, or _fresh's
        self._fresh: dict[int, dict] = {}  # by row: the _KEPT_COLUMNS of a file read now
        self._taken: set[str] = set()

    def take(self, count: int) -> None:
        """The first `count` rows of `previous` as they are (ids included)."""
        for name, values in self.own.items():
            values.extend(self._previous.columns[name][:count])
        self._sources.extend(range(count))
        self.made.extend(self._previous._made[:count])

    def add(self, key: str, name: str, stat: os.stat_result | OSError, referenced: bool) -> None:
        if isinstance(stat, OSError):
            path = Path(key)
            self.problems.append(LibraryProblem(path, _missing_or_unreadable(path, stat)))
            return
        stamp = (stat.st_mtime_ns, stat.st_size)
        # A name ends in .md or .markdown: its stem is what comes before the last dot.
        article_id = (
            reference_id(Path(key))
            if referenced
            else _unique_id(name[: name.rfind(".")], self._taken)
        )
        previous = self._previous
        if self._previous_rows is None:
            self._previous_rows = {key: row for row, key in enumerate(previous.columns["key"])}
        row = self._previous_rows.get(key)
        if row is not None and previous.stamp(row) == stamp:
            made = previous._made[row]
            if made is not None and made.id != article_id:
                made = None
        else:
            path = Path(key)
            try:
                article = read_article(path, article_id)
            except ArticleError as error:
                # Not cached: the reason is read again, in the interface's language.
                self._taken.discard(article_id)
                self.problems.append(LibraryProblem(path, error.reason))
                if not referenced:
                    self.problem_stamps[key] = stamp
                return
            made = article.meta
            row = previous.size  # past the last: _fresh holds its values
            self._fresh[len(self.made)] = {
                **{name: getattr(made, name) for name in TEXT_FIELDS},
                "extra": made.extra,
                "words": word_count(article.body),
            }
        for column, value in zip(
            self.own.values(), (key, *stamp, referenced, article_id), strict=True
        ):
            column.append(value)
        self._sources.append(row)
        self.made.append(made)

    def table(self) -> _Table:
        previous = self._previous
        if (
            not self._fresh
            and self._sources == list(range(previous.size))
            and all(self.own[name] == previous.columns[name] for name in _OWN_COLUMNS)
        ):
            # Every row as it was (a quick start's usual case): the same table, uncopied,
            # and the cache's columns then compared with themselves, not value by value.
            return previous
        columns = dict(self.own)
        for name in _KEPT_COLUMNS:
            values = [*self._previous.columns[name], None]  # None: a file read now
            column = list(map(values.__getitem__, self._sources))
            for row, fresh in self._fresh.items():
                column[row] = fresh[name]
            columns[name] = column
        return _Table({name: columns[name] for name in _COLUMNS}, self.made)


def _parse_cache(
    data: object, folders: list[Path]
) -> tuple[_Table, list[list[int] | None], dict[str, Stamp]] | None:
    """The cache's table, folder stamps and problem files' stamps; None unless `data` is
    exactly what Library writes, for these folders. Every check is a few C-level calls
    per column: it runs over every article at every start."""
    if type(data) is not dict or data.get("version") != CACHE_FORMAT_VERSION:
        return None
    listed, columns, problems = data.get("folders"), data.get("articles"), data.get("problems")
    if (
        type(listed) is not list
        or [entry[0] if type(entry) is list and len(entry) == 2 else None for entry in listed]
        != [str(folder) for folder in folders]
        or any(not (stamp is None or _is_ints(stamp)) for _, stamp in listed)
        or type(columns) is not dict
        or columns.keys() != set(_COLUMNS)
        or any(type(column) is not list for column in columns.values())
        or len({len(column) for column in columns.values()}) != 1
        or type(problems) is not dict
        or any(not (_is_ints(stamp) and len(stamp) == 2) for stamp in problems.values())
    ):
        return None
    texts = [columns[name] for name in ("key", "id", *TEXT_FIELDS)]
    if (
        any(set(map(type, column)) - {str} for column in texts)
        or any(not _is_ints(columns[name]) for name in (*_STAMPS, "words"))
        or set(map(type, columns["reference"])) - {bool}
        or columns["reference"] != sorted(columns["reference"])  # the references last
        or set(map(type, columns["extra"])) - {dict}
        or any(set(map(type, extra.values())) - {str} for extra in filter(None, columns["extra"]))
        or len(set(columns["id"])) != len(columns["id"])
    ):
        return None
    stamps = [stamp for _, stamp in listed]
    return _Table(columns), stamps, {key: (stamp[0], stamp[1]) for key, stamp in problems.items()}


def _is_ints(values: object) -> bool:
    return type(values) is list and not set(map(type, values)) - {int}


def _folder_stamp(folder: Path) -> list[int]:
    """What changes when a file in `folder` is added, removed or renamed: its modification
    time (ns) and inode; [] when it is not there."""
    try:
        stat = folder.stat()
    except OSError:
        return []
    return [stat.st_mtime_ns, stat.st_ino]


def _settled(stamp: list[int]) -> list[int] | None:
    """The folder's stamp, or None if it changed too lately to vouch for its listing."""
    if stamp and abs(time.time_ns() - stamp[0]) < UNSETTLED_NS:
        return None
    return stamp


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
) -> Articles:
    """The articles in `language` (a BCP 47 tag; "" for every language; "ur" also takes
    "ur-PK") and in reading `state`. Made from their columns: no ArticleMeta is made."""
    listed = articles if isinstance(articles, Articles) else Articles.of(articles)
    if not language and state is ReadingState.ANY:
        return listed
    language = language.casefold()
    prefix = language + "-"
    languages = [tag.casefold() for tag in listed.column("language")]
    return listed.select(
        position
        for position, article_id in enumerate(listed.column("id"))
        if (
            not language
            or languages[position] == language
            or languages[position].startswith(prefix)
        )
        and (state is ReadingState.ANY or reading_state(article_id, progress) is state)
    )


def sorted_articles(
    articles: Iterable[ArticleMeta],
    order: SortOrder,
    progress: Mapping[str, float],
    added: Mapping[str, float] | None = None,
) -> Articles:
    """Articles in the reader's chosen order; ties fall back to the title. `added` holds
    when each article was added (seconds since 1970) by id; one not in it sorts last.
    Sorted by their columns: no ArticleMeta is made."""
    listed = articles if isinstance(articles, Articles) else Articles.of(articles)
    titles = [title.casefold() for title in listed.column("title")]
    ordered = sorted(range(len(listed)), key=titles.__getitem__)
    keys: list | None = None
    if order is SortOrder.LANGUAGE:
        keys = [tag.casefold() for tag in listed.column("language")]
    elif order is SortOrder.PROGRESS:
        keys = [progress.get(article_id, 0.0) for article_id in listed.column("id")]
    elif order is SortOrder.PUBLISHED:
        # Dated before undated, and newest first among the dated.
        keys = [published_key(date) or (-1, 0, 0) for date in listed.column("published")]
    elif order is SortOrder.ADDED:
        times = added or {}
        keys = [times.get(article_id, float("-inf")) for article_id in listed.column("id")]
    if keys is not None:
        # Newest, furthest read first; the language in alphabetical order.
        ordered.sort(key=keys.__getitem__, reverse=order is not SortOrder.LANGUAGE)
    return listed.select(ordered)
