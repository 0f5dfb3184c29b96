"""What every importer hands back, the reasons an import is refused, and the limits.

Limits (documented in README.md, "Adding your own articles"): a file to import may be at
most MAX_IMPORT_BYTES; a .docx or .epub (a zip) may unpack to at most MAX_UNPACKED_BYTES
in all, in at most MAX_ZIP_MEMBERS files, none packed more than MAX_PACKING_RATIO to one
(a "zip bomb" unpacks a few kilobytes into gigabytes); the article made may be at most
reader.core.articles.article.MAX_ARTICLE_BYTES, as any article.
"""

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

MAX_IMPORT_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
# Text and XML pack at most about 20:1 with zip's deflate; 200:1 only from repetition.
MAX_PACKING_RATIO = 200
# Below this size a member's ratio does not matter: it cannot fill a disk or memory.
_RATIO_FREE_BYTES = 1024 * 1024

translate = QCoreApplication.translate


class ImportRefusedError(Exception):
    """A file that cannot become an article; str() is the reason, for the reader."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class ImportedText:
    """An imported document before it is written: front matter fields and a Markdown body.

    `images` maps a name relative to the article's folder (as the body refers to it) to
    the local file to copy there; `notes` are sentences for the report (what was not kept).
    """

    body: str
    title: str = ""
    author: str = ""
    source: str = ""
    published: str = ""
    language: str = ""
    summary: str = ""
    images: dict[str, Path] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def check_zip(path: Path) -> None:
    """Refuse a zip (a .docx or .epub) that is not one, or unpacks too far, before any
    library opens it: the sizes are the ones the zip's directory declares, which
    zipfile also enforces as it unpacks (it stops at a member's declared size).

    Raises ImportRefusedError with the reason.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ImportRefusedError(
            translate(
                "importing", "the file is damaged or not really a {kind} file ({error})."
            ).format(kind=path.suffix.lstrip(".").upper(), error=error)
        ) from error
    if len(members) > MAX_ZIP_MEMBERS:
        raise ImportRefusedError(
            translate(
                "importing", "the file holds too many parts ({count}; the limit is {limit})."
            ).format(count=len(members), limit=MAX_ZIP_MEMBERS)
        )
    total = sum(member.file_size for member in members)
    packed_too_far = any(
        member.file_size > _RATIO_FREE_BYTES
        and member.file_size > MAX_PACKING_RATIO * max(member.compress_size, 1)
        for member in members
    )
    if total > MAX_UNPACKED_BYTES or packed_too_far:
        raise ImportRefusedError(
            translate(
                "importing",
                "the file would unpack to {size} MB, or is packed suspiciously tightly "
                "(a “zip bomb”); the limit is {limit} MB.",
            ).format(size=total // 1048576, limit=MAX_UNPACKED_BYTES // 1048576)
        )
