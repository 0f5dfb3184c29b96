"""Article images: Reader reads the bytes itself and lets Qt decode only what refers to nothing."""

import base64
import gzip
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from reader.core.articles.images import image_from_bytes, load_article_image, svg_references

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
