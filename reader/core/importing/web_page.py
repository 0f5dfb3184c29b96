"""Saved web pages (.html, .htm): the article's own text, without the page around it.

trafilatura finds the main content and the page's metadata (title, author, date,
language, description); it is maintained, benchmarked against the other extractors
(readability, jusText, boilerpy3) and keeps headings, lists, quotes, tables and links,
which readability-lxml partly loses. Its HTML output then becomes Markdown.
"""

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.importing.document import ImportedText, ImportRefusedError
from reader.core.importing.markdown_from_html import html_to_markdown

translate = QCoreApplication.translate
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def decode_page(data: bytes) -> str:
    """A page's text in the encoding it declares (a BOM, then <meta charset>), else the
    one charset-normalizer finds; UTF-8 as the last resort, with bad bytes replaced."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            return str(best)
    declared = _CHARSET.search(data[:4096])
    if declared is not None:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass  # an encoding Python does not know: detect it instead
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


def import_web_page(path: Path, data: bytes, image_folder: str) -> ImportedText:
    """The main text of a saved page as Markdown, with its metadata.

    Raises ImportRefusedError when no article text is found (a page of links only)."""
    import trafilatura

    page = decode_page(data)
    content = trafilatura.extract(
        page,
        output_format="html",
        include_formatting=True,
        include_links=True,
        include_images=True,
        include_tables=True,
        include_comments=False,
        with_metadata=False,
    )
    if not content or not content.strip():
        raise ImportRefusedError(
            translate("importing", "no article text was found in this web page.")
        )
    body, images = html_to_markdown(content, path.parent, image_folder)
    metadata = trafilatura.extract_metadata(page)
    imported = ImportedText(body=body, images=images)
    if metadata is not None:
        imported.title = metadata.title or ""
        imported.author = metadata.author or ""
        imported.source = ", ".join(part for part in (metadata.sitename, metadata.url) if part)
        imported.published = metadata.date or ""
        imported.summary = metadata.description or ""
        imported.language = _page_language(page)
    return imported


_LANG_ATTRIBUTE = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)""")


def _page_language(page: str) -> str:
    """The language the page declares on its <html> element, or ""."""
    match = _LANG_ATTRIBUTE.search(page[:8192])
    return match.group(1) if match else ""
