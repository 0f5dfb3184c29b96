"""Importing files: the importer for each format, the front matter, and a result that
says what became of each file. Nothing here raises for a bad file: the reason is in the
outcome, and the next file goes on."""

import logging
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.importing.document import MAX_IMPORT_BYTES, ImportedText, ImportRefusedError
from reader.core.importing.language_guess import guess_language
from reader.core.importing.writing import (
    IMAGE_PLACEHOLDER,
    ArticleFields,
    plain_summary,
    without_title_heading,
    write_article,
)

translate = QCoreApplication.translate
log = logging.getLogger("reader.importing")
WEB_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml", ".mht")
SUFFIXES = (*WEB_SUFFIXES, ".docx", ".epub", ".pdf", ".txt", ".text")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# Urdu and Persian typed with an Arabic keyboard or saved as Windows-1256 (which has no
# Persian yeh) use Arabic yeh and kaf; they are the same letters, and search, speech and
# the Nastaliq face want the Urdu and Persian ones.
_ARABIC_YEH_KAF = str.maketrans({"ي": "ی", "ك": "ک"})


@dataclass(frozen=True)
class ImportOptions:
    """What the reader says for every file ("" = found in the file)."""

    language: str = ""
    title: str = ""
    content_note: str = ""


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one file: `article` is the new file, or None with `reason` why not.
    `notes` are sentences about what was not kept; `guessed_language` says the language
    was found from the text, for the reader to confirm."""

    source: Path
    article: Path | None
    title: str = ""
    language: str = ""
    reason: str = ""
    notes: tuple[str, ...] = ()
    guessed_language: bool = False


def is_importable(path: Path) -> bool:
    """Whether a file's name says it is in a format Reader imports."""
    return path.suffix.lower() in SUFFIXES


def import_file(
    path: Path, folder: Path, options: ImportOptions, taken_ids: Collection[str] = ()
) -> ImportOutcome:
    """Import one file into `folder` as a new article, never overwriting anything.

    Never raises for the file's sake: a file that is missing, too large, damaged, in an
    unknown format or without text gives an outcome with its reason."""
    try:
        imported = _read(path)
        return _written(path, imported, folder, options, taken_ids)
    except ImportRefusedError as error:
        return ImportOutcome(path, None, reason=error.reason)
    except Exception as error:
        log.warning("importing a %s file failed: %s", path.suffix, type(error).__name__)
        reason = translate(
            "importing", "the file is damaged or not in the format its name says ({error})."
        )
        return ImportOutcome(path, None, reason=reason.format(error=type(error).__name__))


def _read(path: Path) -> ImportedText:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportRefusedError(
            translate(
                "importing",
                "Reader cannot import this kind of file; it imports web pages (.html, .htm, "
                ".mhtml), Word documents (.docx), EPUB books, PDF and text files (.txt).",
            )
        )
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportRefusedError(
                translate(
                    "importing", "the file is too large ({size} MB; the limit is {limit} MB)."
                ).format(size=size // 1048576, limit=MAX_IMPORT_BYTES // 1048576)
            )
        # The .docx, .epub and .pdf libraries read the file themselves.
        data = b"" if suffix in (".docx", ".epub", ".pdf") else path.read_bytes()
    except OSError as error:
        raise ImportRefusedError(
            translate("importing", "the file cannot be read ({error}).").format(
                error=error.strerror
            )
        ) from error
    if suffix in WEB_SUFFIXES:
        from reader.core.importing.web_page import import_web_page

        if suffix in (".mhtml", ".mht"):
            data = _html_of_mhtml(data)
        return import_web_page(path, data, IMAGE_PLACEHOLDER)
    if suffix == ".docx":
        from reader.core.importing.word import import_word

        return import_word(path)
    if suffix == ".epub":
        from reader.core.importing.epub_book import import_epub

        return import_epub(path)
    if suffix == ".pdf":
        from reader.core.importing.pdf import import_pdf

        return import_pdf(path)
    from reader.core.importing.plain_text import import_plain_text

    return import_plain_text(data)


def _html_of_mhtml(data: bytes) -> bytes:
    """The page of a web archive (.mhtml: a MIME message, the page its first HTML part);
    the images it holds are not kept."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                return payload
    raise ImportRefusedError(translate("importing", "the web archive holds no web page."))


def _written(
    path: Path,
    imported: ImportedText,
    folder: Path,
    options: ImportOptions,
    taken_ids: Collection[str],
) -> ImportOutcome:
    language = options.language.strip() or imported.language.strip()
    guessed = not _LANGUAGE_TAG.match(language)
    if guessed:
        language = guess_language(imported.body) or "en"
    if language.split("-")[0].casefold() in ("ur", "fa"):
        imported.body = imported.body.translate(_ARABIC_YEH_KAF)
        imported.title = imported.title.translate(_ARABIC_YEH_KAF)
    title = " ".join((options.title or imported.title).split()) or _first_heading(imported.body)
    title = title or path.stem.replace("_", " ")
    imported.body = without_title_heading(imported.body, title)
    fields = ArticleFields(
        title=title,
        language=language,
        author=imported.author,
        source=imported.source or path.name,
        published=imported.published,
        summary=" ".join(imported.summary.split()) or plain_summary(imported.body),
        content_note=" ".join(options.content_note.split()),
    )
    article = write_article(imported, fields, folder, taken_ids)
    return ImportOutcome(
        path, article, title, language, notes=tuple(imported.notes), guessed_language=guessed
    )


def _first_heading(body: str) -> str:
    for line in body.splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
    return ""
