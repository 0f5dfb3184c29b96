"""Footnotes and pictures hidden from view, every character of the text kept.

Marks, the reading position, read-aloud and find all count positions in the document's
text, so nothing is removed: hidden footnotes are blocks made invisible (Qt's layout gives
an invisible block no height) and references drawn in the page's background colour at a
hair's size; a hidden picture keeps its character and its description (alt text), and is
drawn as the words "[Picture: description]" in the text's colour instead of the image, so
a low-vision reader still learns that a picture is there and what it shows, in type as
large as the text's, without the picture's bulk. Showing them again rebuilds the document
from the article (the view's import), so no state is kept here.
"""

from PySide6.QtCore import QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader.core.articles.images import OBJECT_REPLACEMENT, alt_text, picture_label
from reader.core.reading.structure import FOOTNOTE_PREFIX, HIDDEN_PROPERTY

# Python-Markdown's footnotes extension: a reference links to "#fn:NAME", each note's first
# letters carry the anchor "fn:NAME", and the notes come after everything else.
_REFERENCE_HREF = FOOTNOTE_PREFIX
_NOTE_ANCHOR = "fn:"
HIDDEN_PICTURE_SCHEME = "reader-hidden-picture"
_HAIR_POINT_SIZE = 1.0  # a hidden reference's size: it stays a character of the text
_PLACEHOLDER_PADDING = 2  # pixels around the words of a hidden picture


def footnote_blocks(document: QTextDocument) -> list[QTextBlock]:
    """The blocks of the footnotes at the end of the article (the rule above them too);
    [] when it has none."""
    block = document.firstBlock()
    while block.isValid():
        if block.textList() is not None and _has_note_anchor(block):
            break
        block = block.next()
    else:
        return []
    first = block.previous()
    if first.isValid() and first.blockFormat().hasProperty(
        QTextFormat.Property.BlockTrailingHorizontalRulerWidth
    ):
        block = first
    blocks = []
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def _has_note_anchor(block: QTextBlock) -> bool:
    iterator = block.begin()
    while not iterator.atEnd():
        char_format = iterator.fragment().charFormat()
        if any(name.startswith(_NOTE_ANCHOR) for name in char_format.anchorNames()):
            return True
        iterator += 1
    return False


def footnote_references(document: QTextDocument) -> list[tuple[int, int]]:
    """Where the footnote references (the superscript numbers) are: (start, end) document
    positions, in order."""
    ranges = []
    block = document.firstBlock()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref().startswith(_REFERENCE_HREF):
                ranges.append((fragment.position(), fragment.position() + fragment.length()))
            iterator += 1
        block = block.next()
    return ranges


def hide_footnotes(document: QTextDocument, background: str) -> int:
    """Hide the footnotes and their references (in the page's `background` colour, #rrggbb);
    how many blocks were hidden. The text, and every position in it, stays as it was."""
    blocks = footnote_blocks(document)
    for block in blocks:
        block.setVisible(False)
    if blocks:
        start = blocks[0].position()
        document.markContentsDirty(start, document.characterCount() - start)
    unseen = QTextCharFormat()
    unseen.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignNormal)
    unseen.setFontPointSize(_HAIR_POINT_SIZE)
    unseen.setForeground(QColor(background))
    unseen.setProperty(HIDDEN_PROPERTY, True)
    cursor = QTextCursor(document)
    for start, end in footnote_references(document):
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(unseen)
    return len(blocks)


def hide_pictures(document: QTextDocument, colour: str, width: float) -> list[str]:
    """Draw each picture as its label (`picture_label`) in `colour` (#rrggbb), in the
    document's font, wrapped within `width` pixels; the labels, in order. Each picture keeps
    its character and its alt text, so the screen reader's structure and read-aloud still
    describe it."""
    font = document.defaultFont()
    labels = []
    cursor = document.find(OBJECT_REPLACEMENT)
    while not cursor.isNull():
        picture = cursor.charFormat()
        if picture.isImageFormat():
            image_format = picture.toImageFormat()
            label = picture_label(alt_text(image_format))
            image = _label_image(label, font, QColor(colour), width)
            name = f"{HIDDEN_PICTURE_SCHEME}:{len(labels)}"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            image_format.setName(name)
            image_format.setWidth(image.width())
            image_format.setHeight(image.height())
            image_format.setToolTip(label)
            cursor.setCharFormat(image_format)
            labels.append(label)
        cursor = document.find(OBJECT_REPLACEMENT, cursor)
    return labels


def _label_image(label: str, font: QFont, colour: QColor, width: float) -> QImage:
    metrics = QFontMetricsF(font)
    most = max(metrics.averageCharWidth() * 10, width - 2 * _PLACEHOLDER_PADDING)
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeading
    bounds = metrics.boundingRect(QRectF(0, 0, most, 1e6), int(flags), label)
    image = QImage(
        int(bounds.width()) + 2 * _PLACEHOLDER_PADDING + 1,
        int(bounds.height()) + 2 * _PLACEHOLDER_PADDING + 1,
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(
        QRectF(QPointF(_PLACEHOLDER_PADDING, _PLACEHOLDER_PADDING), bounds.size()),
        int(flags),
        label,
    )
    painter.end()
    return image
