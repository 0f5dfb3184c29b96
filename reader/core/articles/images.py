"""The images an article shows: read by Reader itself, from the article's folder only.

Qt's image loaders must never be given a file name. Its SVG renderer resolves an
`<image href="../../outside/secret.png">`, an absolute path or a `file:` URL inside the
SVG, and opens that file wherever it is (issue 17, seen with strace). So Reader reads an
image's bytes itself, asks Qt which decoder its content would select (the content decides,
not the file's suffix: a "photo.png" may hold an SVG), and decodes only raster formats,
which cannot refer to other files, and SVGs that refer to nothing outside themselves.
"""

import base64
import binascii
import html
import re
import zlib
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QUrl,
    QXmlStreamReader,
)
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextLength,
)

from reader.core.articles.links import is_local_reference

# Decoders that read only the bytes they are given.
RASTER_FORMATS = frozenset({"png", "jpeg", "jpg", "gif", "webp", "bmp"})
SVG_FORMATS = frozenset({"svg", "svgz"})
# Larger files are not shown: the article itself is at most 8 MB.
MAX_IMAGE_BYTES = 32 * 1024 * 1024
# An .svgz is expanded to check it: a small file must not expand without limit.
MAX_SVG_BYTES = 16 * 1024 * 1024
# Raster pictures embedded in an SVG (as Inkscape writes them) are allowed; base64 only,
# so that Reader and Qt decode the same bytes.
_EMBEDDED_RASTER = re.compile(
    r"data:image/(?:png|jpeg|gif|webp);base64,([A-Za-z0-9+/=\s]*)", re.IGNORECASE
)
# The one character a QTextDocument's text holds where a picture (or other object) is:
# defined here only, for every module that meets it in a document's text.
OBJECT_REPLACEMENT = "\ufffc"
_IMAGE_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)  # Qt escapes ">" in attributes
_CSS_REFERENCE = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]*)|@import", re.IGNORECASE)


def load_article_image(base_dir: Path, reference: str) -> QImage:
    """The image `reference` (as written in the article) names in `base_dir`, decoded.

    A null QImage when the reference leaves the folder, the file cannot be read or is over
    MAX_IMAGE_BYTES, its content is no allowed format, or it is an SVG that refers to
    anything but itself (see svg_references). Never raises.
    """
    if not is_local_reference(reference):
        return QImage()
    base = base_dir.resolve()
    target = (base / QUrl(reference).path()).resolve()
    if not target.is_relative_to(base):
        return QImage()
    try:
        if not target.is_file() or target.stat().st_size > MAX_IMAGE_BYTES:
            return QImage()
        data = target.read_bytes()
    except OSError:
        return QImage()
    return image_from_bytes(data)


def image_from_bytes(data: bytes) -> QImage:
    """Decode an image's bytes; SVGs only when svg_references finds nothing. Never raises."""
    image_format = detected_format(data)
    if image_format in SVG_FORMATS:
        text = _svg_text(data) if image_format == "svgz" else data
        if text is None or svg_references(text):
            return QImage()
    elif image_format not in RASTER_FORMATS:
        return QImage()
    buffer = _buffer(data)
    reader = QImageReader(buffer, image_format.encode())
    # Only the decoder checked above: no second guess from the content.
    reader.setAutoDetectImageFormat(False)
    return reader.read()


def detected_format(data: bytes) -> str:
    """The decoder Qt picks for these bytes by their content ("png", "svg", "svgz"), or ""."""
    buffer = _buffer(data)  # kept alive while the reader looks: Qt does not own it
    return bytes(QImageReader(buffer).format().data()).decode("ascii", "replace")


def svg_references(svg: bytes) -> list[str]:
    """What an SVG document refers to outside itself; [] for a self-contained one.

    Read with QXmlStreamReader, the parser Qt's SVG renderer uses, so both see the same
    attributes once entities are expanded. Anything but a reference within the document
    (`#id`) or an embedded raster picture counts: href and src attributes, CSS `url(...)`
    and `@import`, style-sheet processing instructions, unresolved entities, external
    entity declarations. A document that cannot be parsed is answered ["(not well-formed)"].
    """
    buffer = _buffer(svg)  # bytes, as Qt reads them: the XML declaration names the encoding
    reader = QXmlStreamReader(buffer)
    found: list[str] = []
    token = QXmlStreamReader.TokenType
    while not reader.atEnd():
        kind = reader.readNext()
        if kind == token.StartElement:
            for attribute in reader.attributes():
                name = attribute.name().lower()
                value = attribute.value()
                if name in ("href", "src") and not _within_document(value):
                    found.append(value)
                found.extend(_css_references(value))
        elif kind == token.Characters:
            found.extend(_css_references(reader.text()))
        elif kind == token.ProcessingInstruction and reader.processingInstructionTarget() != "xml":
            found.append(f"<?{reader.processingInstructionTarget()}?>")
        elif kind == token.EntityReference:
            found.append(f"&{reader.name()};")
        elif kind == token.DTD:
            found.extend(
                declaration.systemId() or declaration.publicId()
                for declaration in reader.entityDeclarations()
                if declaration.systemId() or declaration.publicId()
            )
    if reader.hasError():
        found.append("(not well-formed)")
    return found


def _within_document(value: str) -> bool:
    value = value.strip()
    if not value or value.startswith("#"):
        return True
    match = _EMBEDDED_RASTER.fullmatch(value)
    if match is None:
        return False
    try:
        embedded = base64.b64decode("".join(match.group(1).split()), validate=True)
    except (binascii.Error, ValueError):
        return False
    # The declared type is not what Qt goes by: the content must be raster too.
    return detected_format(embedded) in RASTER_FORMATS


def _css_references(text: str) -> list[str]:
    if "url" not in text.lower() and "@import" not in text.lower():
        return []
    return [
        match.group(0)
        for match in _CSS_REFERENCE.finditer(text)
        if match.group(0).lower() == "@import" or not _within_document(match.group(1))
    ]


def _svg_text(compressed: bytes) -> bytes | None:
    """An .svgz expanded, or None when it is damaged or larger than MAX_SVG_BYTES."""
    expander = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)  # gzip framing
    try:
        text = expander.decompress(compressed, MAX_SVG_BYTES)
    except zlib.error:
        return None
    return None if expander.unconsumed_tail else text


def _buffer(data: bytes) -> QBuffer:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def alt_text(image: QTextFormat) -> str:
    """A picture's description as the article gives it (HTML's alt attribute, which Qt
    keeps as ImageAltText); "" when it has none."""
    return str(image.property(QTextFormat.Property.ImageAltText) or "")


def picture_label(description: str) -> str:
    """What stands for a picture where it is not shown (hidden, copied, cited, exported):
    "[Picture: a map of the Indus]", or "[Picture]" when it has no description."""
    translate = QCoreApplication.translate
    if description.strip():
        # Isolated (FSI … PDI), so an Urdu description does not pull the bracket after it
        # to its side of the line.
        return translate("display", "[Picture: {description}]").format(
            description="\u2068" + " ".join(description.split()) + "\u2069"
        )
    return translate("display", "[Picture]")


def picture_labels(document: QTextDocument) -> dict[int, str]:
    """The document position of each picture: its picture_label, from its alt text; for
    reader.core.marks.anchoring.DocumentPositions."""
    labels = {}
    cursor = document.find(OBJECT_REPLACEMENT)
    while not cursor.isNull():
        picture = cursor.charFormat()
        if picture.isImageFormat():
            labels[cursor.selectionStart()] = picture_label(alt_text(picture))
        cursor = document.find(OBJECT_REPLACEMENT, cursor)
    return labels


def html_with_pictures(fragment_html: str, words: list[str]) -> str:
    """Qt's HTML of a piece of the document with its Nth picture (`<img>`, whose address
    means nothing outside Reader) replaced by words[N], escaped; left out beyond them."""
    found = iter(words)
    return _IMAGE_TAG.sub(lambda _: html.escape(next(found, ""), quote=False), fragment_html)


def image_at(document: QTextDocument, position: int) -> QTextImageFormat | None:
    """The picture just after `position` in the document, or else just before it: where a
    caret "on" a picture is. None when neither neighbour is a picture."""
    cursor = QTextCursor(document)
    for after in (position + 1, position):
        if 0 < after < document.characterCount():
            cursor.setPosition(after)  # the format of the character before the cursor
            char_format = cursor.charFormat()
            if char_format.isImageFormat():
                return char_format.toImageFormat()
    return None


def fit_images(document: QTextDocument, width: float) -> int:
    """Keep every picture at most `width` pixels wide (the text column), its proportions
    kept, so that none is wider than the view; how many pictures there are. Qt's CSS
    `max-width: 100%` measures against the page, margins included, which is wider."""
    most = QTextLength(QTextLength.Type.FixedLength, max(1.0, width))
    count = 0
    cursor = document.find(OBJECT_REPLACEMENT)
    while not cursor.isNull():
        picture = cursor.charFormat()
        if picture.isImageFormat():
            count += 1
            image_format = picture.toImageFormat()
            if image_format.maximumWidth() != most:
                image_format.setMaximumWidth(most)
                cursor.setCharFormat(image_format)
        cursor = document.find(OBJECT_REPLACEMENT, cursor)
    return count
