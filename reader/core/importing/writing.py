"""An imported text written as an article: front matter, a unique file name, its images.

Nothing in the folder is ever overwritten: the file name comes from the title, and a
name already taken (by a file, or by an article id anywhere in the library) gets -2,
-3, ...; the file is created exclusively before it is written.
"""

import re
import shutil
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import yaml
from PySide6.QtCore import QCoreApplication

from reader.core.articles.article import MAX_ARTICLE_BYTES, ArticleError, read_article
from reader.core.importing.document import ImportedText, ImportRefusedError
from reader.core.storage.files import make_private_folder, write_atomically

translate = QCoreApplication.translate
IMAGE_PLACEHOLDER = "reader-import-images"
MAX_NAME_CHARACTERS = 60
MAX_SUMMARY_CHARACTERS = 240
_NOT_NAME = re.compile(r"[^\w]+")
_MARKUP = re.compile(r"\\(.)|[*_`]|!?\[([^\]]*)\]\([^)]*\)|\[\^\d+\]")


@dataclass(frozen=True)
class ArticleFields:
    """The front matter written for an imported article ("" = not written)."""

    title: str
    author: str = ""
    source: str = ""
    published: str = ""
    language: str = "en"
    summary: str = ""
    content_note: str = ""


def file_stem(title: str, fallback: str) -> str:
    """A file name (without .md) from a title: its words, lower case, joined by hyphens,
    in any script ("Water for Every Village" -> "water-for-every-village")."""
    for text in (title, fallback):
        stem = _NOT_NAME.sub("-", unicodedata.normalize("NFKC", text).casefold()).strip("-_")
        stem = stem[:MAX_NAME_CHARACTERS].rstrip("-_")
        if stem:
            return stem
    return "article"


def plain_summary(body: str) -> str:
    """The first paragraph of text (not a heading, quote, list or table), without
    Markdown's marks, cut at a word to at most MAX_SUMMARY_CHARACTERS."""
    for block in body.split("\n\n"):
        block = block.strip()
        if not block or block[0] in "#>|-![" or block[:2].rstrip(".").isdigit():
            continue
        text = " ".join(_MARKUP.sub(lambda m: m.group(1) or m.group(2) or "", block).split())
        if len(text) <= MAX_SUMMARY_CHARACTERS:
            return text
        return text[:MAX_SUMMARY_CHARACTERS].rsplit(" ", 1)[0] + "…"
    return ""


def without_title_heading(body: str, title: str) -> str:
    """The body without a first heading that only repeats the title."""
    first, _, rest = body.lstrip().partition("\n")
    heading = first.lstrip("#").strip()
    if first.startswith("#") and heading.casefold() == title.strip().casefold():
        return rest.lstrip("\n")
    return body


def write_article(
    imported: ImportedText, fields: ArticleFields, folder: Path, taken_ids: Collection[str]
) -> Path:
    """Write the article (and copy its images beside it) into `folder`; its path.

    Raises ImportRefusedError when the article would be too large or the folder cannot be
    written (the reason says which)."""
    front = {name: value for name, value in vars(fields).items() if value}
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=100)
    try:
        make_private_folder(folder)
        path = _reserve(folder, file_stem(fields.title, ""), taken_ids)
    except OSError as error:
        raise ImportRefusedError(
            translate("importing", "the articles folder cannot be written ({error}).").format(
                error=error.strerror
            )
        ) from error
    image_folder = f"{path.stem}-images"
    body = imported.body.replace(f"]({IMAGE_PLACEHOLDER}/", f"]({image_folder}/")
    data = f"---\n{header}---\n\n{body}".encode()
    try:
        if len(data) > MAX_ARTICLE_BYTES:
            raise ImportRefusedError(
                translate(
                    "importing",
                    "the text is too long for one article ({size} MB; at most {limit} MB).",
                ).format(size=len(data) // 1048576, limit=MAX_ARTICLE_BYTES // 1048576)
            )
        write_atomically(path, data)
        for name, source in imported.images.items():
            target = folder / name.replace(IMAGE_PLACEHOLDER, image_folder, 1)
            make_private_folder(target.parent)
            shutil.copyfile(source, target)
        read_article(path)  # what was written must open like any article
    except (ImportRefusedError, ArticleError, OSError) as error:
        path.unlink(missing_ok=True)
        shutil.rmtree(folder / image_folder, ignore_errors=True)
        if isinstance(error, ImportRefusedError):
            raise
        reason = error.reason if isinstance(error, ArticleError) else error.strerror
        raise ImportRefusedError(
            translate("importing", "the article could not be written ({error}).").format(
                error=reason
            )
        ) from error
    return path


def _reserve(folder: Path, stem: str, taken_ids: Collection[str]) -> Path:
    """A new, empty file `stem.md` (or stem-2.md, ...) that no article id or file has:
    created exclusively, so that two imports at once never take the same name."""
    number = 1
    while True:
        candidate = stem if number == 1 else f"{stem}-{number}"
        number += 1
        path = folder / f"{candidate}.md"
        if candidate in taken_ids or (folder / f"{candidate}-images").exists():
            continue
        try:
            path.open("x").close()
        except FileExistsError:
            continue
        return path
