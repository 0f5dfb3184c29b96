"""Each format imported from a real file made for the test, compared with the Markdown
that should come out; files that must be refused give their reason and write nothing."""

import zipfile
from pathlib import Path

import pytest

from reader.core.articles.article import read_article
from reader.core.importing.dispatch import ImportOptions, import_file
from tests.support import documents


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "articles"


def imported(path: Path, out: Path, **options: str):
    outcome = import_file(path, out, ImportOptions(**options))
    assert outcome.article is not None, outcome.reason
    return outcome, read_article(outcome.article)


def test_a_saved_web_page_keeps_the_article_and_drops_the_page_around_it(tmp_path, out, qapp):
    _, article = imported(documents.web_page(tmp_path), out)
    assert article.body.strip() == documents.WEB_PAGE_MARKDOWN.strip()
    meta = article.meta
    assert (meta.title, meta.author, meta.published, meta.language) == (
        "Water for Every Village",
        "Amina Khan",
        "2023-04-05",
        "en",
    )
    assert meta.source == "The Daily Example, https://daily.example.org/water"
    assert meta.summary == "How three villages built their own wells."
    for chrome in ("cookies", "Share on Facebook", "Related posts", "Leave a Comment", "©"):
        assert chrome not in article.body
    # The local image is copied beside the article; the remote one is its alt text only.
    copied = out / "water-for-every-village-images" / "1.png"
    assert copied.read_bytes() == (tmp_path / "page_files" / "pump.png").read_bytes()
    assert "cdn.example.org" not in article.body


def test_a_web_archive_is_read_from_its_page(tmp_path, out):
    from email.message import EmailMessage

    message = EmailMessage()
    message["Subject"] = "Saved by a browser"
    message.set_content("The page follows.")
    message.add_alternative(documents.WEB_PAGE, subtype="html")
    path = tmp_path / "page.mhtml"
    path.write_bytes(message.as_bytes())
    _, article = imported(path, out)
    assert article.meta.title == "Water for Every Village"
    assert article.body.lstrip().startswith("In the summer of 2022 the wells")
    assert "*Image: The pump*" in article.body  # its own images are not kept


def test_a_word_document_keeps_headings_lists_emphasis_and_tables(tmp_path, out):
    _, article = imported(documents.word_document(tmp_path), out)
    assert article.body.strip() == documents.WORD_MARKDOWN.strip()
    assert (article.meta.title, article.meta.author) == ("Clean Water Report", "Sara Ahmed")


def test_an_epub_becomes_one_article_with_its_chapters_as_headings(tmp_path, out):
    _, article = imported(documents.epub_book(tmp_path), out)
    assert article.body.strip() == documents.EPUB_MARKDOWN.strip()
    assert (article.meta.title, article.meta.author, article.meta.language) == (
        "Stories of the River",
        "Bilal Hussain",
        "en",
    )


def test_a_text_pdf_is_rejoined_without_its_running_header_and_page_numbers(tmp_path, out, qapp):
    outcome, article = imported(documents.text_pdf(tmp_path), out)
    assert article.body.strip() == documents.PDF_MARKDOWN.strip()
    assert article.meta.title == "Water Project Report"
    assert any("layout and images are not kept" in note for note in outcome.notes)


def test_a_scanned_pdf_is_refused_with_its_reason(tmp_path, out, qapp):
    outcome = import_file(documents.scanned_pdf(tmp_path), out, ImportOptions())
    assert outcome.article is None
    assert "no text in it" in outcome.reason and "scan" in outcome.reason
    assert not out.exists() or not list(out.iterdir())


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig"])
def test_urdu_text_in_its_usual_encodings(tmp_path, out, encoding):
    text = documents.URDU_TEXT
    if encoding == "cp1256":  # Windows-1256 has no Persian yeh or Urdu full stop
        text = text.replace("ی", "ي").replace("۔", ".")
    path = tmp_path / "urdu.txt"
    path.write_bytes(text.encode(encoding))
    outcome, article = imported(path, out)
    assert article.meta.language == "ur" and outcome.guessed_language
    assert article.meta.title == "پاکستان میں پانی کی کمی"
    stop = "." if encoding == "cp1256" else "۔"
    assert article.body.strip() == (
        f"تھرپارکر کے گاؤں میں لوگ ہر روز چار گھنٹے پیدل چل کر پانی لاتے ہیں{stop} "
        f"یہ ایک بڑا مسئلہ ہے{stop}\n\nحکومت نے نئے کنویں کھودنے کا وعدہ کیا ہے{stop}"
    )


def test_the_options_override_what_the_file_says(tmp_path, out):
    outcome, article = imported(
        documents.epub_book(tmp_path),
        out,
        language="en-GB",
        title="River Stories",
        content_note="A flood.",
    )
    assert (article.meta.title, article.meta.language, article.meta.content_note) == (
        "River Stories",
        "en-GB",
        "A flood.",
    )
    assert not outcome.guessed_language


def test_a_name_clash_gets_a_new_id_and_overwrites_nothing(tmp_path, out):
    source = documents.epub_book(tmp_path)
    first = import_file(source, out, ImportOptions())
    before = first.article.read_bytes()
    second = import_file(source, out, ImportOptions())
    third = import_file(source, out, ImportOptions(), taken_ids={"stories-of-the-river-3"})
    assert [first.article.name, second.article.name, third.article.name] == [
        "stories-of-the-river.md",
        "stories-of-the-river-2.md",
        "stories-of-the-river-4.md",
    ]
    assert first.article.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bomb.docx", None, "zip bomb"),
        ("bomb.epub", None, "zip bomb"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "damaged"),
        ("broken.epub", b"\x00" * 100, "damaged"),
        ("broken.pdf", b"%PDF-1.4\n garbage", "damaged"),
        ("empty.txt", b"", "not text"),
        ("binary.txt", bytes(range(256)) * 40, "not text"),
        ("notes.odt", b"anything", "cannot import this kind of file"),
        ("missing.pdf", None, "cannot be read"),
    ],
)
def test_bad_files_are_refused_with_a_clear_reason_and_crash_nothing(
    tmp_path, out, name, content, reason
):
    path = tmp_path / name
    if name.startswith("bomb"):
        documents.zip_bomb(tmp_path, name)
    elif content is not None:
        path.write_bytes(content)
    outcome = import_file(path, out, ImportOptions())
    assert outcome.article is None
    assert reason in outcome.reason
    assert not out.exists() or not list(out.iterdir())


def test_a_zip_with_too_many_parts_is_refused(tmp_path, out, monkeypatch):
    from reader.core.importing import document

    monkeypatch.setattr(document, "MAX_ZIP_MEMBERS", 3)
    path = tmp_path / "many.epub"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(4):
            archive.writestr(f"part{number}.xhtml", "<p>x</p>")
    outcome = import_file(path, out, ImportOptions())
    assert "too many parts" in outcome.reason


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, out, monkeypatch):
    from reader.core.importing import dispatch

    monkeypatch.setattr(dispatch, "MAX_IMPORT_BYTES", 10)
    path = tmp_path / "long.txt"
    path.write_text("A title\n\nMore than ten bytes of text.", encoding="utf-8")
    outcome = import_file(path, out, ImportOptions())
    assert "too large" in outcome.reason
