"""Changing an article's details (its front matter) without touching its text.

The file is rewritten atomically (reader.core.storage.files.write_atomically), so a
crash leaves the old file or the new one; the bytes after the front matter's closing
line are copied unchanged, byte for byte, whatever their line endings.
"""

from pathlib import Path

import yaml
from PySide6.QtCore import QCoreApplication

from reader.core.articles.article import (
    ArticleError,
    ArticleMeta,
    parse_front_matter,
    read_article,
    unreadable,
)
from reader.core.storage.files import write_atomically

translate = QCoreApplication.translate
EDITABLE_FIELDS = ("title", "author", "source", "language", "summary", "content_note")
_FENCES = (b"---", b"...")


def _split(path: Path, data: bytes) -> tuple[bytes, bytes]:
    """The front matter's bytes and everything after its closing line."""
    lines = data.split(b"\n")
    if lines[0].removeprefix(b"\xef\xbb\xbf").strip() != b"---":
        raise ArticleError(path, translate("editing", "the file does not start with front matter."))
    offset = len(lines[0]) + 1
    for line in lines[1:]:
        if line.strip() in _FENCES:
            return data[len(lines[0]) + 1 : offset], data[offset + len(line) + 1 :]
        offset += len(line) + 1
    raise ArticleError(path, translate("editing", "the front matter is never closed."))


def change_details(path: Path, changes: dict[str, str]) -> ArticleMeta:
    """Write `changes` (names of EDITABLE_FIELDS -> text; "" removes a field, except the
    title, which is required) into the article's front matter; its new details.

    Other front matter fields are kept; the body is kept byte for byte. Raises
    ArticleError when the file is not a readable article or the new details are not
    valid (an empty title, a language that is not a tag), and then changes nothing."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    read_article(path)  # refuses a file that is not an article now
    try:
        data = path.read_bytes()
    except OSError as error:
        raise unreadable(path, error) from error
    front, body = _split(path, data)
    values = yaml.load(front.decode("utf-8"), Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
    values = dict(values) if isinstance(values, dict) else {}
    for name, value in changes.items():
        value = " ".join(value.split())
        if value:
            values[name] = value
        else:
            values.pop(name, None)
    header = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=100)
    meta = parse_front_matter(path, header, path.stem)  # raises before anything is written
    try:
        write_atomically(path, b"---\n" + header.encode("utf-8") + b"---\n" + body)
    except OSError as error:
        raise ArticleError(
            path,
            translate("editing", "the file cannot be written ({error}).").format(
                error=error.strerror
            ),
        ) from error
    return meta
