"""Article images: Reader reads the bytes itself and lets Qt decode only what refers to nothing."""

import base64
import gzip
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from reader.core.articles.images import (
    OBJECT_REPLACEMENT,
    fit_images,
    html_with_pictures,
    image_at,
    image_from_bytes,
    load_article_image,
    picture_label,
    picture_labels,
    svg_references,
)
from tests.conftest import REPO_ROOT

SVG_HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
    ' width="12" height="12">'
)


def png_bytes(colour: str) -> bytes:
    image = QImage(12, 12, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def svg(body: str, head: str = SVG_HEAD) -> bytes:
    return f"{head}{body}</svg>".encode()


@pytest.fixture
def folders(tmp_path: Path, qapp) -> tuple[Path, Path]:
    """An articles folder and, beside it, a folder with a secret picture."""
    articles = tmp_path / "stick" / "articles"
    articles.mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.png").write_bytes(png_bytes("#ff0000"))
    (articles / "inside.png").write_bytes(png_bytes("#00ff00"))
    return articles, outside / "secret.png"


def centre(image: QImage) -> str:
    return image.pixelColor(image.width() // 2, image.height() // 2).name()


def test_a_self_contained_svg_is_shown(folders):
    articles, _ = folders
    (articles / "square.svg").write_bytes(svg('<rect width="12" height="12" fill="#0000ff"/>'))
    image = load_article_image(articles, "square.svg")
    assert centre(image) == "#0000ff"


def test_an_svg_compressed_as_svgz_is_checked_and_shown(folders):
    articles, secret = folders
    plain = svg('<rect width="12" height="12" fill="#0000ff"/>')
    (articles / "square.svgz").write_bytes(gzip.compress(plain))
    assert centre(load_article_image(articles, "square.svgz")) == "#0000ff"
    hostile = svg(f'<image href="{secret}" width="12" height="12"/>')
    (articles / "hostile.svgz").write_bytes(gzip.compress(hostile))
    assert load_article_image(articles, "hostile.svgz").isNull()


@pytest.mark.parametrize(
    "reference",
    [
        '<image href="../../outside/secret.png" width="12" height="12"/>',
        '<image xlink:href="{secret}" width="12" height="12"/>',
        '<image xlink:href="{uri}" width="12" height="12"/>',
        '<image href="inside.png" width="12" height="12"/>',  # even within the folder
        '<rect width="12" height="12" style="fill: url({uri}#paint)"/>',
        '<style>@import "{uri}";</style><rect width="12" height="12"/>',
        '<use href="../../outside/other.svg#shape"/>',
    ],
)
def test_an_svg_that_refers_to_any_file_is_refused(folders, reference):
    articles, secret = folders
    body = reference.format(secret=secret, uri=secret.as_uri())
    (articles / "picture.svg").write_bytes(svg(body))
    assert svg_references(svg(body)) != []
    assert load_article_image(articles, "picture.svg").isNull()


def test_an_svg_disguised_as_a_png_is_checked_as_an_svg(folders):
    """Qt picks its decoder by content: the suffix must not let an SVG through unchecked."""
    articles, secret = folders
    body = f'<image href="{secret.as_uri()}" width="12" height="12"/>'
    (articles / "photo.png").write_bytes(svg(body))
    (articles / "photo.jpg").write_bytes(svg('<image href="../../outside/secret.png"/>'))
    assert load_article_image(articles, "photo.png").isNull()
    assert load_article_image(articles, "photo.jpg").isNull()


def test_an_embedded_svg_inside_an_svg_is_refused_but_an_embedded_picture_is_shown(folders):
    _, secret = folders
    inner = svg(f'<image href="{secret.as_uri()}" width="12" height="12"/>')
    nested = base64.b64encode(inner).decode()
    # Declared as a PNG: Qt decodes by content, so the declaration must not be trusted.
    body = f'<image href="data:image/png;base64,{nested}" width="12" height="12"/>'
    assert svg_references(svg(body)) != []
    green = base64.b64encode(png_bytes("#00ff00")).decode()
    embedded = svg(f'<image href="data:image/png;base64,{green}" width="12" height="12"/>')
    assert svg_references(embedded) == []
    assert centre(image_from_bytes(embedded)) == "#00ff00"


def test_external_entities_and_style_sheets_are_refused(folders):
    _, secret = folders
    entity = (
        f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY pic SYSTEM "{secret.as_uri()}">]>'
        + SVG_HEAD
        + "<text>&pic;</text></svg>"
    ).encode()
    assert svg_references(entity) != []
    sheet = f'<?xml-stylesheet href="{secret.as_uri()}"?>'.encode() + svg("")
    assert svg_references(sheet) != []
    assert svg_references(b"<svg><unclosed></svg>") == ["(not well-formed)"]


def test_raster_images_inside_the_folder_are_shown_and_others_are_not(folders):
    articles, secret = folders
    assert centre(load_article_image(articles, "inside.png")) == "#00ff00"
    for reference in ("../../outside/secret.png", str(secret), secret.as_uri(), "missing.png"):
        assert load_article_image(articles, reference).isNull(), reference
    (articles / "notes.txt").write_text("not a picture", encoding="utf-8")
    assert load_article_image(articles, "notes.txt").isNull()


def document_with_pictures(sizes: list[tuple[int, int]], text_width: float) -> QTextDocument:
    document = QTextDocument()
    document.setTextWidth(text_width)
    for number, (width, height) in enumerate(sizes):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#3060c0"))
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"p{number}.png"), image
        )
    pictures = "".join(
        f'<p>Text <img src="p{n}.png" alt="Picture {n}"> more.</p>' for n in range(len(sizes))
    )
    document.setHtml(f"<p>Before.</p>{pictures}<p>After.</p>")
    return document


@pytest.mark.parametrize("column", [300.0, 520.0, 900.0])
@pytest.mark.usefixtures("bundled_fonts")
def test_pictures_are_never_wider_than_the_column_and_keep_their_proportions(column):

    sizes = [(2400, 600), (640, 480), (120, 90), (1000, 3000)]
    document = document_with_pictures(sizes, 1200)
    assert fit_images(document, column) == len(sizes)
    document.documentLayout().documentSize()
    cursor = document.find(OBJECT_REPLACEMENT)
    shown = []
    while not cursor.isNull():
        position = cursor.selectionStart()
        block = document.findBlock(position)
        line = block.layout().lineForTextPosition(position - block.position())
        start, _ = line.cursorToX(position - block.position())
        end, _ = line.cursorToX(position - block.position() + 1)
        shown.append((end - start, line.height()))
        cursor = document.find(OBJECT_REPLACEMENT, cursor)
    for (width, height), (shown_width, shown_height) in zip(sizes, shown, strict=True):
        assert shown_width <= column + 0.5
        assert shown_width == pytest.approx(min(width, column), abs=1)
        # The line is as tall as the picture (and the text's descent below it).
        assert shown_height >= height * shown_width / width - 1


@pytest.mark.usefixtures("bundled_fonts")
def test_image_at_finds_the_picture_on_either_side_of_the_caret():
    document = document_with_pictures([(50, 50), (60, 40)], 800)
    text = document.toPlainText()
    first = text.index(OBJECT_REPLACEMENT)
    second = text.index(OBJECT_REPLACEMENT, first + 1)
    assert image_at(document, first).name() == "p0.png"  # just before the picture
    assert image_at(document, first + 1).name() == "p0.png"  # just after it
    assert image_at(document, second).name() == "p1.png"
    assert image_at(document, 2) is None  # in "Before."
    assert image_at(document, first + 4) is None  # in " more."


@pytest.mark.parametrize(
    ("html", "labels"),
    [
        ('<p>A <img src="a.png" alt="A map of the Indus"> b</p>', {2: "A map of the Indus"}),
        ('<p dir="rtl">نقشہ: <img src="a.png" alt="سیلاب کا نقشہ"></p>', {6: "سیلاب کا نقشہ"}),
        ('<p><img src="a.png"></p>', {0: ""}),
        ('<p><img src="a.png" alt="one"><img src="b.png" alt="دو"></p>', {0: "one", 1: "دو"}),
    ],
)
def test_each_picture_s_label_is_at_its_document_position(qapp, html, labels):
    document = QTextDocument()
    document.setHtml(html)
    assert picture_labels(document) == {
        position: picture_label(description) for position, description in labels.items()
    }


def test_a_picture_label_names_the_description_isolated_or_only_the_picture(qapp):
    assert picture_label("A  map\nof the Indus") == "[Picture: \u2068A map of the Indus\u2069]"
    assert picture_label("سیلاب کا نقشہ") == "[Picture: \u2068سیلاب کا نقشہ\u2069]"
    assert picture_label(" ") == "[Picture]"


@pytest.mark.parametrize(
    ("fragment", "words", "written"),
    [
        (
            'a <img src="x.png" alt="m &amp; n" /> b',
            ["[Picture: m & n]"],
            "a [Picture: m &amp; n] b",
        ),
        ('<IMG src="x.png"><img src="y.png" alt="&lt;b&gt;">', ["1", "<2>"], "1&lt;2&gt;"),
        ('<img src="x.png"> and <img src="y.png">', ["نقشہ"], "نقشہ and "),
        ("<p>no pictures</p>", [], "<p>no pictures</p>"),
    ],
)
def test_html_with_pictures_writes_each_picture_s_words_escaped(fragment, words, written):
    assert html_with_pictures(fragment, words) == written


def test_the_object_replacement_character_is_defined_once():
    """U+FFFC, the character standing for a picture in a document's text, is written in
    one place (images.OBJECT_REPLACEMENT), and every module meeting it imports that: it
    was defined in three (images, outline, anchoring) and inline in a fourth (export)."""
    spellings = ("\\ufffc", "\ufffc", "\\n{object replacement character}", "0xfffc")
    written = sorted(
        str(path.relative_to(REPO_ROOT))
        for path in (REPO_ROOT / "reader").rglob("*.py")
        if any(spelling in path.read_text(encoding="utf-8").lower() for spelling in spellings)
    )
    assert written == ["reader/core/articles/images.py"]
    assert chr(0xFFFC) == OBJECT_REPLACEMENT
