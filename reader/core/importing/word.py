"""Word documents (.docx): mammoth turns the document's styles into plain HTML.

mammoth was chosen because it maps Word's paragraph styles to headings, keeps lists,
emphasis, tables, links and footnotes, and ignores direct formatting (fonts, colours),
which is what a reader with their own display settings wants. Its HTML then becomes
Markdown; footnotes become Markdown footnotes.
"""

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from bs4 import BeautifulSoup
from PySide6.QtCore import QCoreApplication

from reader.core.importing.document import ImportedText, ImportRefusedError, check_zip
from reader.core.importing.markdown_from_html import html_to_markdown

translate = QCoreApplication.translate
_CORE_NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}
_NOTE_MARK = "READERFOOTNOTE{number}END"
_NOTE_PATTERN = re.compile(r"READERFOOTNOTE(\d+)END")


def import_word(path: Path) -> ImportedText:
    """The document as Markdown, with the title, author and date of its properties.

    Raises ImportRefusedError for a damaged file or a zip bomb (check_zip)."""
    import mammoth

    check_zip(path)
    try:
        with path.open("rb") as stream:
            result = mammoth.convert_to_html(stream)
    except (KeyError, ValueError, zipfile.BadZipFile) as error:
        raise ImportRefusedError(
            translate("importing", "the Word document is damaged ({error}).").format(error=error)
        ) from error
    page, notes = _footnotes_apart(result.value)
    body, _ = html_to_markdown(page)
    body = _NOTE_PATTERN.sub(lambda match: f"[^{match.group(1)}]", body)
    if notes:
        body += "\n" + "\n".join(f"[^{number}]: {text}" for number, text in notes) + "\n"
    imported = ImportedText(body=body)
    # The document's creation date is not when it was published: it is left out.
    imported.title, imported.author = _core_properties(path)
    return imported


def _footnotes_apart(page_html: str) -> tuple[str, list[tuple[str, str]]]:
    """mammoth's HTML with each footnote reference as a marker, and the notes' texts
    (mammoth writes them as a list of items with ids "footnote-N" and back links)."""
    soup = BeautifulSoup(page_html, "html.parser")
    notes: list[tuple[str, str]] = []
    for item in soup.select('li[id^="footnote-"], li[id^="endnote-"]'):
        number = item["id"].rsplit("-", 1)[-1]
        for back_link in item.select('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]'):
            back_link.decompose()
        notes.append((number, " ".join(item.get_text(" ").split())))
        parent = item.parent
        item.decompose()
        if parent is not None and parent.name == "ol" and not parent.find("li"):
            parent.decompose()
    for reference in soup.select('a[href^="#footnote-"], a[href^="#endnote-"]'):
        number = reference["href"].rsplit("-", 1)[-1]
        holder = reference.parent if reference.parent and reference.parent.name == "sup" else None
        (holder or reference).replace_with(_NOTE_MARK.format(number=number))
    return str(soup), notes


def _core_properties(path: Path) -> tuple[str, str]:
    """Title and author from docProps/core.xml; "" for each one missing."""
    try:
        with zipfile.ZipFile(path) as archive:
            root = ElementTree.fromstring(archive.read("docProps/core.xml"))
    except (KeyError, OSError, zipfile.BadZipFile, ElementTree.ParseError):
        return "", ""

    def text(name: str) -> str:
        element = root.find(name, _CORE_NAMESPACES)
        return " ".join((element.text or "").split()) if element is not None else ""

    return text("dc:title"), text("dc:creator")
