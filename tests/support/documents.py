"""Real documents made for the import tests and benchmark: a saved web page with its
chrome, a .docx, an EPUB, a text PDF and a scanned one, Urdu text in Windows-1256 and
UTF-16, and broken files. Each maker writes into a folder and returns the file's path."""

import zipfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter

WEB_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Water for Every Village | The Daily Example</title>
<meta name="author" content="Amina Khan">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:url" content="https://daily.example.org/water">
<meta name="description" content="How three villages built their own wells.">
<meta property="article:published_time" content="2023-04-05"></head><body>
<div class="cookie-banner">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Water for Every Village</h1>
<p>In the summer of 2022 the wells of three villages in Tharparkar ran dry, and the women
of each village walked four hours a day to fetch water from the next town.</p>
<h2>What the villagers did</h2>
<p>They met in the school and agreed on a plan: each family would give two days of work a
month, and the district would lend the drilling machine.</p>
<ul><li>Dig a new well in each village</li><li>Line it with stone</li>
<li>Keep a rota for the pump</li></ul>
<blockquote><p>We did not wait for anyone to save us.</p></blockquote>
<table><tr><th>Village</th><th>Depth</th></tr><tr><td>Mithi</td><td>40 m</td></tr>
<tr><td>Islamkot</td><td>55 m</td></tr></table>
<p>The new wells were finished before the rains.
<img src="https://cdn.example.org/well.jpg" alt="The new well at Mithi">
<img src="page_files/pump.png" alt="The pump"> Read the
<a href="https://example.org/report">district report</a> for the figures.</p>
</article>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<section class="related"><h3>Related posts</h3><ul><li><a href="/a">Drought in Sindh</a></li>
<li><a href="/b">Solar pumps</a></li></ul></section>
<section id="comments"><h3>Leave a Comment</h3><form><textarea></textarea>
<button>Post Comment</button></form></section></main>
<footer><p>© 2023 The Daily Example. All rights reserved.</p></footer></body></html>
"""

WEB_PAGE_MARKDOWN = """\
In the summer of 2022 the wells of three villages in Tharparkar ran dry, and the women of \
each village walked four hours a day to fetch water from the next town.

## What the villagers did

They met in the school and agreed on a plan: each family would give two days of work a \
month, and the district would lend the drilling machine.

- Dig a new well in each village
- Line it with stone
- Keep a rota for the pump

> We did not wait for anyone to save us.

| Village | Depth |
| --- | --- |
| Mithi | 40 m |
| Islamkot | 55 m |

The new wells were finished before the rains.
*Image: The new well at Mithi*
![The pump](water-for-every-village-images/1.png) Read the
[district report](https://example.org/report) for the figures.
"""

URDU_TEXT = (
    "پاکستان میں پانی کی کمی\n\n"
    "تھرپارکر کے گاؤں میں لوگ ہر روز چار گھنٹے پیدل چل کر پانی لاتے ہیں۔\n"
    "یہ ایک بڑا مسئلہ ہے۔\n\n"
    "حکومت نے نئے کنویں کھودنے کا وعدہ کیا ہے۔\n\n"
    "تبصرہ کریں\n"
)

PDF_PARAGRAPHS = [
    "Annual report on the water project",
    "The project dug nine wells in three districts of Sindh in the year under review, "
    "and trained forty people from the villages to keep the pumps working.",
    "Each well was lined with stone and covered, so that the water stays clean through "
    "the dry months; the villagers chose the places themselves, close to the schools and "
    "to the houses of the families who had walked furthest for water, and the district "
    "lent the drilling machine for",
    "the whole of the dry season, which made the work twice as fast as planned.",
    "Next year the project will reach two more districts.",
]


def web_page(folder: Path) -> Path:
    """A saved page with menus, a cookie banner, share links, related posts and a
    comment form around the article, and a local image in its _files folder."""
    (folder / "page_files").mkdir(parents=True, exist_ok=True)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    image.save(str(folder / "page_files" / "pump.png"))
    path = folder / "page.html"
    path.write_text(WEB_PAGE, encoding="utf-8")
    return path


def word_document(folder: Path, name: str = "report.docx") -> Path:
    """A .docx with a title, headings, a bulleted list, emphasis and a table."""
    import docx

    document = docx.Document()
    document.core_properties.title = "Clean Water Report"
    document.core_properties.author = "Sara Ahmed"
    document.add_heading("Clean Water Report", level=1)
    paragraph = document.add_paragraph("The wells are ")
    paragraph.add_run("finished").bold = True
    paragraph.add_run(" and the water is ")
    paragraph.add_run("clean").italic = True
    paragraph.add_run(".")
    document.add_heading("What was done", level=2)
    for item in ("Nine wells dug", "Forty people trained"):
        document.add_paragraph(item, style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate((("District", "Wells"), ("Tharparkar", "9"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.save(folder / name)
    return folder / name


WORD_MARKDOWN = """\
The wells are **finished** and the water is *clean*.

## What was done

- Nine wells dug
- Forty people trained

| District | Wells |
| --- | --- |
| Tharparkar | 9 |
"""


def epub_book(folder: Path, name: str = "book.epub") -> Path:
    """An EPUB 3 book of three chapters, with its title, author and language."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("reader-test-book")
    book.set_title("Stories of the River")
    book.set_language("en")
    book.add_author("Bilal Hussain")
    chapters = []
    for number, (title, text) in enumerate(
        (
            ("The Flood", "The river rose in the night."),
            ("The Boats", "Every family had a boat by morning."),
            ("The Return", "In spring they went home."),
        ),
        start=1,
    ):
        chapter = epub.EpubHtml(title=title, file_name=f"chapter{number}.xhtml", lang="en")
        chapter.content = f"<h1>{title}</h1><p>{text}</p>"
        book.add_item(chapter)
        chapters.append(chapter)
    book.toc = chapters
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = chapters
    epub.write_epub(str(folder / name), book)
    return folder / name


EPUB_MARKDOWN = """\
## The Flood

The river rose in the night.

## The Boats

Every family had a boat by morning.

## The Return

In spring they went home.
"""


def _pdf_writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(72)
    writer.setTitle("Water Project Report")
    return writer


def text_pdf(folder: Path, name: str = "report.pdf") -> Path:
    """A two-page PDF with a text layer: a running header and "Page N of 2" on each page,
    and a paragraph cut by the page break."""
    path = folder / name
    writer = _pdf_writer(path)
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPixelSize(11)
    painter.setFont(font)
    width = writer.width() - 144
    pages = [PDF_PARAGRAPHS[:3], PDF_PARAGRAPHS[3:]]
    for number, paragraphs in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        painter.drawText(QRectF(72, 30, width, 20), "Sindh Water Trust — Annual Report 2023")
        top = 100.0
        for text in paragraphs:
            rect = painter.boundingRect(
                QRectF(72, top, width, 1000), Qt.TextFlag.TextWordWrap, text
            )
            painter.drawText(rect, Qt.TextFlag.TextWordWrap, text)
            top = rect.bottom() + 24
        painter.drawText(
            QRectF(72, writer.height() - 40, width, 20),
            Qt.AlignmentFlag.AlignHCenter,
            f"Page {number} of {len(pages)}",
        )
    painter.end()
    return path


PDF_MARKDOWN = (
    "\n\n".join(
        [*PDF_PARAGRAPHS[:2], f"{PDF_PARAGRAPHS[2]} {PDF_PARAGRAPHS[3]}", PDF_PARAGRAPHS[4]]
    )
    + "\n"
)


def scanned_pdf(folder: Path, name: str = "scan.pdf") -> Path:
    """A PDF whose page is only a picture (as a scanner makes): no text layer."""
    path = folder / name
    writer = _pdf_writer(path)
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    picture = QPainter(image)
    picture.drawText(20, 40, "This text is only pixels")
    picture.end()
    painter = QPainter(writer)
    painter.drawImage(QRectF(50, 50, 400, 300), image)
    painter.end()
    return path


def zip_bomb(folder: Path, name: str = "bomb.docx") -> Path:
    """A .docx that declares almost nothing packed, but unpacks to 300 MB of zeros."""
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(300):
                member.write(block)
    return path
