from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QPainter,
    QRawFont,
)

from reader.core.display.page_style import MINIMUM_NASTALIQ_LINE_SPACING, line_height_percent
from reader.resources import resource_path
from reader.ui.display.fonts import (
    BUNDLED_FAMILIES,
    URDU_FAMILY,
    bundled_font_files,
    register_font_files,
)

FONTS_DIR = resource_path("fonts")
FAMILY_DIRS = sorted(path for path in FONTS_DIR.iterdir() if path.is_dir())
# The seed article's subject; words whose letters stack steeply in Nastaliq; and the
# tallest line measured (کچھ climbs highest, پیدا drops lowest).
URDU_SAMPLES = [
    "پاکستان میں می ٹو تحریک",
    "کیجیے مستحکم تشخیص لکھنؤ سمجھتے ٹھیکیدار",
    "کچھ لوگ پیدا ہوئے",
    # From the Urdu article: the highest ink (گفتگو, 2.82 sizes up) and the lowest
    # (ناپسندیدہ, 0.87 down) of all its words.
    "ناپسندیدہ گفتگو",
    "جگہ اقدامِ الزام",
]
PIXEL_SIZE = 40


def ink_rows(image: QImage) -> tuple[int, int] | None:
    """The first and last rows that hold any pixel unlike the (white) background."""
    blank = bytes(image.constScanLine(0))  # the top row is left empty on purpose
    inked = [y for y in range(image.height()) if bytes(image.constScanLine(y)) != blank]
    return (inked[0], inked[-1]) if inked else None


def render(text: str, font: QFont) -> tuple[QImage, int]:
    """Draw one line of right-to-left text with room all round; returns it and its baseline."""
    metrics = QFontMetricsF(font)
    size = font.pixelSize()
    image = QImage(
        int(metrics.horizontalAdvance(text)) + 4 * size, 8 * size, QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    baseline = 4 * size
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    painter.drawText(2 * size, baseline, text)
    painter.end()
    return image, baseline


def test_every_bundled_family_is_registered(bundled_fonts):
    available = QFontDatabase.families()
    for family in BUNDLED_FAMILIES:
        assert family in bundled_fonts
        assert family in available


def test_latin_families_have_regular_bold_and_italics(bundled_fonts):
    for family in BUNDLED_FAMILIES[:3]:
        styles = set(QFontDatabase.styles(family))
        assert {"Regular", "Bold", "Italic", "Bold Italic"} <= styles, family


def test_normal_text_gets_the_regular_face(bundled_fonts):
    # NotoNastaliqUrdu-Bold.ttf in Debian's fonts-noto-core 20201225 claims weight 400, so
    # Qt could pick it for normal text; it is not shipped, and this keeps it out.
    for family in BUNDLED_FAMILIES:
        font = QFont(family)
        font.setPixelSize(PIXEL_SIZE)
        assert QRawFont.fromFont(font).styleName() == "Regular", family


def test_each_family_folder_has_fonts_and_a_licence():
    assert len(FAMILY_DIRS) == len(BUNDLED_FAMILIES)
    for folder in FAMILY_DIRS:
        assert [p for p in folder.iterdir() if p.suffix in {".ttf", ".otf"}], folder
        licences = list(folder.glob("OFL.txt")) + list(folder.glob("LICENSE*"))
        assert licences, f"{folder.name} has no licence file"
        for licence in folder.glob("OFL.txt"):
            text = licence.read_text(encoding="utf-8")
            assert "SIL OPEN FONT LICENSE Version 1.1" in text
            assert "OTHER DEALINGS IN THE FONT SOFTWARE." in text  # the full text, to the end


def test_bundled_font_files_are_found():
    names = {path.name for path in bundled_font_files()}
    assert {"NotoSans-Regular.ttf", "NotoNastaliqUrdu-Regular.ttf"} <= names


def test_a_font_that_fails_to_load_is_skipped_with_a_warning(qapp, tmp_path: Path):
    broken = tmp_path / "Broken-Regular.ttf"
    broken.write_bytes(b"not a font")
    good = FONTS_DIR / "NotoSans" / "NotoSans-Regular.ttf"
    with pytest.warns(RuntimeWarning, match="Broken-Regular.ttf"):
        families = register_font_files([broken, good])
    assert families == ["Noto Sans"]


@pytest.mark.parametrize("text", URDU_SAMPLES)
def test_urdu_renders_and_fits_the_recommended_line_height(bundled_fonts, text):
    font = QFont(URDU_FAMILY)
    font.setPixelSize(PIXEL_SIZE)
    assert QFontInfo(font).family() == URDU_FAMILY
    image, baseline = render(text, font)
    rows = ink_rows(image)
    assert rows is not None, "the Urdu sample drew nothing"
    top, bottom = rows
    ink_height = bottom - top + 1
    metrics = QFontMetricsF(font)
    percent = line_height_percent(MINIMUM_NASTALIQ_LINE_SPACING, metrics.lineSpacing() / PIXEL_SIZE)
    line_height = metrics.lineSpacing() * percent / 100
    assert ink_height <= line_height
    # Nastaliq needs far more than the 1.2 to 1.5 times the font size Latin text gets.
    assert ink_height > 1.5 * PIXEL_SIZE
    assert top < baseline < bottom
