"""Render Reader's icon (resources/icons/reader.svg) for the installers.

    python packaging/make_icons.py OUT_DIR

writes OUT_DIR/hicolor/SIZExSIZE/apps/APP_ID.png for the freedesktop icon theme sizes,
OUT_DIR/reader.ico (Windows: 16 to 256 px in one file) and OUT_DIR/reader.icns (macOS).
Qt's SVG renderer draws each size from the source; Pillow writes the .ico and .icns.
Generated at build time, never checked in: the SVG is the one source.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from reader.paths import APP_ID  # noqa: E402

SOURCE = ROOT / "resources" / "icons" / "reader.svg"
# The sizes the freedesktop icon theme specification's hicolor theme lists for apps.
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        sys.exit(f"make_icons.py: could not write {target}")


def main(out: Path) -> None:
    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.exit(f"make_icons.py: {SOURCE} is not a valid SVG")
    pngs = {}
    for size in HICOLOR_SIZES:
        pngs[size] = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(renderer, size, pngs[size])
    largest = Image.open(pngs[max(HICOLOR_SIZES)])
    largest.save(out / "reader.ico", sizes=[(size, size) for size in ICO_SIZES])
    largest.save(out / "reader.icns")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python packaging/make_icons.py OUT_DIR")
    main(Path(sys.argv[1]))
