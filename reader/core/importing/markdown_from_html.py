"""HTML (from a web page, a Word document or an EPUB) to Markdown, with markdownify.

markdownify was chosen over html2text: it is kept up to date, turns tables, nested lists,
block quotes and headings into the Markdown Python-Markdown reads back, and each tag's
conversion is a method, so images can follow Reader's offline rule here (a remote image
becomes its alt text; a local one is kept and copied) without post-processing the text.
"""

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from markdownify import MarkdownConverter
from PySide6.QtCore import QCoreApplication

from reader.core.articles.links import is_local_reference

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp")
_BLANK_LINES = re.compile(r"\n{3,}")


class _ReaderConverter(MarkdownConverter):
    def __init__(self, base_folder: Path | None, image_folder: str, **options: object) -> None:
        super().__init__(**options)
        self.base_folder = base_folder
        self.image_folder = image_folder
        self.images: dict[str, Path] = {}

    def convert_img(self, el: object, text: str, parent_tags: set[str]) -> str:
        alt = " ".join((el.attrs.get("alt") or "").split())
        source = el.attrs.get("src") or ""
        local = self._local_image(source)
        if local is not None:
            name = f"{self.image_folder}/{len(self.images) + 1}{local.suffix.lower()}"
            self.images[name] = local
            return f"![{self.escape(alt, parent_tags)}]({name})"
        if not alt:
            return ""
        label = QCoreApplication.translate("importing", "Image: {alt}").format(alt=alt)
        return f"*{self.escape(label, parent_tags)}*"

    def _local_image(self, source: str) -> Path | None:
        """The file an image refers to beside the saved page, if it is one to copy."""
        if self.base_folder is None or not source or not is_local_reference(source):
            return None
        candidate = (self.base_folder / unquote(urlsplit(source).path)).resolve()
        inside = candidate.is_relative_to(self.base_folder.resolve())
        if inside and candidate.suffix.lower() in IMAGE_SUFFIXES and candidate.is_file():
            return candidate
        return None


def html_to_markdown(
    page_html: str, base_folder: Path | None = None, image_folder: str = "images"
) -> tuple[str, dict[str, Path]]:
    """Markdown for `page_html`, and the local images it refers to.

    Images: a `src` that is a file below `base_folder` (a saved page's own folder) is
    kept as `image_folder/N.ext`, returned in the map (name -> file to copy); any other
    image becomes "*Image: alt text*", or nothing without alt text. Scripts and styles are
    dropped with their content.
    """
    converter = _ReaderConverter(
        base_folder,
        image_folder,
        heading_style="ATX",
        bullets="-",
        escape_misc=True,
        table_infer_header=True,  # Word tables mark no header row; the first row is one
    )
    soup = BeautifulSoup(page_html, "html.parser")
    for head in soup.find_all("head"):
        head.decompose()  # the document's <title> is front matter, not text
    markdown = converter.convert_soup(soup.body or soup)
    lines = [line.rstrip() for line in markdown.splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip() + "\n", converter.images
