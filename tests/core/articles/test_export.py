from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from reader.core.articles.article import ArticleMeta
from reader.core.articles.export import (
    epub_book,
    html_page,
    paragraphs_of,
    passage_html,
    plain_text,
    source_line,
)

URDU = ArticleMeta(
    id="ur",
    path=Path("ur.md"),
    title="کشمیر <کی> کہانی",
    author="ثنا & احمد",
    published="2019",
    language="ur",
)
ENGLISH = ArticleMeta(id="en", path=Path("en.md"), title="Rivers", author="Unknown")


def test_paragraphs_of_a_views_text_leave_pictures_and_empty_lines_out():
    raw = "Title\u2029\u2029First line\u2028second line\u2029\ufffc\u2029 Last. "
    assert paragraphs_of(raw) == ["Title", "First line\nsecond line", "Last."]


def test_plain_text_of_the_article_and_of_a_passage():
    raw = "یہ پہلا ہے۔\u2029یہ دوسرا ہے۔"
    assert plain_text(URDU, raw, passage=False) == "یہ پہلا ہے۔\n\nیہ دوسرا ہے۔\n"
    assert plain_text(ENGLISH, "The river.", passage=True) == (
        "From “Rivers”, by Unknown.\n\nThe river.\n"
    )
    assert source_line(URDU) == "From “کشمیر <کی> کہانی”, by ثنا & احمد (2019)."
    # No author, no date, or neither: the line is still a whole sentence, with no empty "by".
    assert source_line(replace(URDU, author="")) == "From “کشمیر <کی> کہانی” (2019)."
    assert source_line(replace(ENGLISH, author="")) == "From “Rivers”."


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "html":
            self.attrs = dict(attrs)

    def handle_data(self, data):
        self.text.append(data)


def test_html_pages_carry_language_direction_and_escape_the_text():
    page = html_page(URDU, "<p>متن</p>")
    parsed = _Collector()
    parsed.feed(page)
    assert parsed.attrs == {"lang": "ur", "dir": "rtl"}
    assert "<title>کشمیر &lt;کی&gt; کہانی</title>" in page
    assert 'content="ثنا &amp; احمد"' in page

    passage = passage_html(ENGLISH, "<script>alert(1)</script>\u2029Two & three")
    parsed = _Collector()
    parsed.feed(passage)
    assert "script" not in parsed.tags
    assert "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>" in passage
    assert "<p>Two &amp; three</p>" in passage
    assert 'dir="ltr"' in passage


def test_an_epub_book_holds_the_article_with_its_language_and_no_dangling_pictures(tmp_path):
    import zipfile

    body = (
        '<div lang="ur" dir="rtl"><h1 id="top">کشمیر</h1><p>یہ متن ہے۔ '
        '<img src="map.png" alt="نقشہ"> <img src="x.png"></p></div>'
    )
    data = epub_book(URDU, body)
    path = tmp_path / "book.epub"
    path.write_bytes(data)
    with zipfile.ZipFile(path) as book:
        names = book.namelist()
        assert names[0] == "mimetype"
        assert book.read("mimetype") == b"application/epub+zip"
        opf = book.read("EPUB/content.opf").decode("utf-8")
        chapter = book.read("EPUB/article.xhtml").decode("utf-8")
    assert "<dc:language>ur</dc:language>" in opf
    assert "ثنا &amp; احمد" in opf
    assert 'page-progression-direction="rtl"' in opf
    assert "یہ متن ہے۔" in chapter and "نقشہ" in chapter
    assert "<img" not in chapter
