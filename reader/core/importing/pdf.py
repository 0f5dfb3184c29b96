"""PDF: the text layer, as paragraphs, without running headers, footers and page numbers.

pdfminer.six was chosen over pypdf for its layout analysis: it groups a page's lines into
text boxes in reading order with their positions, which is what rejoining paragraphs and
telling a running header from the text needs; pypdf gives a page's text as one string.
Layout, columns' look and images are not kept (said in the report); a scanned PDF, with
no text layer, is refused: Reader does not read text from pictures.
"""

import re
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.importing.document import ImportedText, ImportRefusedError
from reader.core.importing.plain_text import escape_markdown

translate = QCoreApplication.translate
# A box in the top or bottom MARGIN_SHARE of a page may be a running header or footer.
MARGIN_SHARE = 0.1
_PAGE_NUMBER = re.compile(
    r"^\W*(page|p\.|صفحہ|صفحة)?\s*[\d\u0660-\u0669\u06f0-\u06f9]+"
    r"(\s*(of|/|از|من)\s*[\d\u0660-\u0669\u06f0-\u06f9]+)?\W*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"[\d\u0660-\u0669\u06f0-\u06f9]+")
_SENTENCE_END = tuple('.!?:;"”’)]؟۔')


def import_pdf(path: Path) -> ImportedText:
    """The PDF's text as Markdown paragraphs, with its Title and Author properties.

    Raises ImportRefusedError for a scanned PDF (no text), an encrypted or a damaged one."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    pages: list[list[tuple[str, bool]]] = []  # per page: (text, in the top or bottom margin)
    try:
        for page in extract_pages(str(path), laparams=LAParams()):
            margin = page.height * MARGIN_SHARE
            boxes = []
            for element in page:
                if isinstance(element, LTTextContainer):
                    text = _joined_lines(element.get_text())
                    if text:
                        in_margin = element.y0 > page.height - margin or element.y1 < margin
                        boxes.append((text, in_margin))
            pages.append(boxes)
    except (PDFEncryptionError, PDFPasswordIncorrect) as error:
        raise ImportRefusedError(
            translate("importing", "the PDF is locked with a password; unlock it first.")
        ) from error
    if not any(pages):
        raise ImportRefusedError(
            translate(
                "importing",
                "the PDF has no text in it, only pictures of pages (a scan); Reader cannot "
                "read text from pictures. Use a PDF with a text layer (made with text "
                "recognition, OCR) instead.",
            )
        )
    paragraphs = _rejoined(_without_running_lines(pages))
    title, author = _properties(path)
    imported = ImportedText(body="\n\n".join(escape_markdown(text) for text in paragraphs) + "\n")
    imported.title, imported.author = title, author
    if not title and paragraphs and len(paragraphs[0]) <= 150:
        imported.title = paragraphs[0]
        imported.body = "\n\n".join(escape_markdown(text) for text in paragraphs[1:]) + "\n"
    imported.notes.append(
        translate("importing", "From a PDF: its layout and images are not kept, only its text.")
    )
    return imported


def _joined_lines(text: str) -> str:
    """A text box's lines as one paragraph: a word broken by a hyphen at a line's end is
    joined again (when the next line goes on in lower case), other lines with a space."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    joined = ""
    for line in lines:
        if joined.endswith("-") and line[:1].islower() and joined[-2:-1].isalpha():
            joined = joined[:-1] + line
        else:
            joined = f"{joined} {line}" if joined else line
    return " ".join(joined.split())


def _shape(text: str) -> str:
    """A line with its numbers blanked: "Report 2023 — page 4" repeats as "Report # — page #"."""
    return _DIGITS.sub("#", text.casefold())


def _without_running_lines(pages: list[list[tuple[str, bool]]]) -> list[list[str]]:
    """Each page's boxes without page numbers and the margin lines that repeat on at least
    half of the pages (two at least): running headers and footers."""
    counts = Counter(
        shape for boxes in pages for shape in {_shape(text) for text, margin in boxes if margin}
    )
    needed = max(2, (len(pages) + 1) // 2)
    return [
        [
            text
            for text, margin in boxes
            if not (margin and (_PAGE_NUMBER.match(text) or counts[_shape(text)] >= needed))
        ]
        for boxes in pages
    ]


def _rejoined(pages: list[list[str]]) -> list[str]:
    """The pages' paragraphs in order; one cut by a page break (no sentence end before it,
    lower case after it) is joined again."""
    paragraphs: list[str] = []
    for boxes in pages:
        for index, text in enumerate(boxes):
            previous = paragraphs[-1] if paragraphs else ""
            if (
                index == 0
                and previous
                and not previous.endswith(_SENTENCE_END)
                and (text[:1].islower())
            ):
                paragraphs[-1] = f"{previous} {text}"
            else:
                paragraphs.append(text)
    return paragraphs


def _properties(path: Path) -> tuple[str, str]:
    """The document's Title and Author, or ""."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    def text(value: object) -> str:
        value = resolve1(value)
        if isinstance(value, bytes):
            value = decode_text(value)
        return " ".join(value.split()) if isinstance(value, str) else ""

    with path.open("rb") as stream:
        document = PDFDocument(PDFParser(stream))
        info = document.info[0] if document.info else {}
        return text(info.get("Title")), text(info.get("Author"))
