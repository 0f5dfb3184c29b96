"""Articles: Markdown files with YAML front matter, read defensively.

An article may come from anywhere (a USB stick, an NGO's folder), so reading one
never raises anything but ArticleError, whose message says what is wrong in
words a reader can act on.
"""

import datetime as dt
import re
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.language.tags import is_right_to_left

MAX_ARTICLE_BYTES = 8 * 1024 * 1024
FRONT_MATTER_FENCE = "---"
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
translate = QCoreApplication.translate
# The front matter fields that are text (the library keeps each as a column).
TEXT_FIELDS = (
    "title",
    "author",
    "source",
    "published",
    "language",
    "summary",
    "content_note",
    "translation_of",
    "translator",
)
_CACHED_KEYS = {*TEXT_FIELDS, "extra"}
_CACHED_TEXTS = itemgetter(*TEXT_FIELDS)
# An article id names a file (its name without .md): one line, no path separators.
_ARTICLE_ID = re.compile(r"^[^/\\\n]{1,200}$")


class ArticleError(Exception):
    """An article that cannot be read; str() is a message for the reader."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class ArticleMeta:
    """What the front matter says about an article."""

    id: str
    path: Path
    title: str
    author: str = ""  # "" when the front matter names none: the header says so, translated
    source: str = ""
    published: str = ""
    language: str = "en"
    summary: str = ""
    content_note: str = ""
    # The id of the article this one translates ("" for an original), and who translated it.
    translation_of: str = ""
    translator: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def is_right_to_left(self) -> bool:
        return is_right_to_left(self.language)


@dataclass(frozen=True)
class Article:
    meta: ArticleMeta
    body: str


@dataclass(frozen=True)
class RenderedArticle:
    """An article as safe HTML for the view, with what its front matter says.

    `notice` is "" or a sentence for the reader about how it is shown (as plain text when
    its Markdown took too long to convert), to be said each time it is opened.
    """

    meta: ArticleMeta
    html: str
    notice: str = ""


def article_id_for(path: Path) -> str:
    return path.stem


def read_article(path: Path, article_id: str | None = None) -> Article:
    """Read and check one article file."""
    text = _read_text(path)
    front_matter, body = split_front_matter(path, text)
    meta = parse_front_matter(path, front_matter, article_id or article_id_for(path))
    if not body.strip():
        raise ArticleError(
            path, translate("articles", "the article has front matter but no text after it.")
        )
    return Article(meta=meta, body=body)


def read_meta(path: Path, article_id: str | None = None) -> ArticleMeta:
    return read_article(path, article_id).meta


def read_body(path: Path) -> str:
    """The text after the front matter, without checking the front matter again."""
    return split_front_matter(path, _read_text(path))[1]


def unreadable(path: Path, error: OSError) -> ArticleError:
    """The error for a file the system will not give us (permissions, a vanished stick)."""
    reason = translate("articles", "the file cannot be read ({error}).")
    return ArticleError(path, reason.format(error=error.strerror))


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise unreadable(path, error) from error
    if size == 0:
        raise ArticleError(path, translate("articles", "the file is empty."))
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            path,
            translate(
                "articles", "the file is too large ({size:.1f} MB; the limit is {limit} MB)."
            ).format(size=size / 1048576, limit=MAX_ARTICLE_BYTES // 1048576),
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise unreadable(path, error) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            path,
            translate(
                "articles",
                "the file is not UTF-8 text (bad byte at position {position}); "
                "save it again as UTF-8.",
            ).format(position=error.start),
        ) from error
    if "\x00" in text:
        raise ArticleError(path, translate("articles", "the file contains binary data, not text."))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(path: Path, text: str) -> tuple[str, str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        raise ArticleError(
            path,
            translate(
                "articles",
                "the file does not start with front matter (a line with three dashes, ---).",
            ),
        )
    for index in range(1, len(lines)):
        if lines[index].strip() in (FRONT_MATTER_FENCE, "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :])
    raise ArticleError(
        path, translate("articles", "the front matter is never closed (no second line of ---).")
    )


def parse_front_matter(path: Path, front_matter: str, article_id: str) -> ArticleMeta:
    # Imported here: a start-up served from the caches never parses YAML, and skips the import.
    import yaml

    # The base loader keeps every scalar as the text the author wrote: YAML 1.1 would
    # read "No" as false, 9:11 as 551 and 012 as 10. libyaml's parser where available.
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    try:
        data = yaml.load(front_matter, Loader=loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else "?"
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise ArticleError(
            path,
            translate(
                "articles", "the front matter is not valid YAML (line {line}): {problem}."
            ).format(line=line, problem=problem),
        ) from error
    if not isinstance(data, dict):
        raise ArticleError(
            path, translate("articles", "the front matter must be a list of 'name: value' lines.")
        )
    values = {str(key): _as_text(value) for key, value in data.items()}
    for name in TEXT_FIELDS:
        if name in data and values[name] is None:
            raise ArticleError(
                path,
                translate("articles", "the front matter field '{name}' must be text.").format(
                    name=name
                ),
            )
    title = (values.get("title") or "").strip()
    if not title:
        raise ArticleError(path, translate("articles", "the front matter has no 'title'."))
    language = (values.get("language") or "en").strip()
    if not _LANGUAGE_TAG.match(language):
        raise ArticleError(
            path,
            translate(
                "articles", "the language '{language}' is not a language tag such as 'en' or 'ur'."
            ).format(language=language),
        )
    translation_of = (values.get("translation_of") or "").strip()
    if translation_of and not _ARTICLE_ID.match(translation_of):
        raise ArticleError(
            path,
            translate(
                "articles",
                "'translation_of' must be the name of another article's file without .md,"
                " such as 'how-to-use-reader'.",
            ),
        )
    if translation_of == article_id:
        raise ArticleError(
            path, translate("articles", "the article cannot be a translation of itself.")
        )
    extra = {key: value for key, value in values.items() if key not in TEXT_FIELDS and value}
    return ArticleMeta(
        id=article_id,
        path=path,
        title=title,
        author=(values.get("author") or "").strip(),
        source=(values.get("source") or "").strip(),
        published=(values.get("published") or "").strip(),
        language=language,
        summary=" ".join((values.get("summary") or "").split()),
        content_note=" ".join((values.get("content_note") or "").split()),
        translation_of=translation_of,
        translator=" ".join((values.get("translator") or "").split()),
        extra=extra,
    )


def _as_text(value: object) -> str | None:
    """Scalars become text (YAML reads 2018 as a number, 2018-05-01 as a date); others None."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | dt.date):
        return str(value)
    return None


def meta_to_dict(meta: ArticleMeta) -> dict:
    """The front matter fields as plain data, for the caches."""
    return {**{name: getattr(meta, name) for name in TEXT_FIELDS}, "extra": dict(meta.extra)}


def meta_from_dict(path: Path, article_id: str, data: object) -> ArticleMeta | None:
    """An ArticleMeta from meta_to_dict's data; None unless the data is exactly that shape."""
    # Runs for every article at every start, from the library's cache: the checks are a
    # few C-level calls rather than a Python test per field (5,000 articles: issue 16).
    if type(data) is not dict or data.keys() != _CACHED_KEYS:
        return None
    extra = data["extra"]
    if (
        type(extra) is not dict
        or set(map(type, _CACHED_TEXTS(data))) != {str}
        or any(type(value) is not str for value in extra.values())
    ):
        return None
    return ArticleMeta(id=article_id, path=path, **data)
