import re
from pathlib import Path

import pytest

from reader.core.articles.article import (
    MAX_ARTICLE_BYTES,
    ArticleError,
    is_right_to_left,
    read_article,
)
from tests.conftest import BUNDLED_ARTICLES, article_text


def write(tmp_path: Path, content: str | bytes, name: str = "a.md") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def reason_for(path: Path) -> str:
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    return caught.value.reason


def test_reads_front_matter_and_body(tmp_path):
    path = write(
        tmp_path,
        article_text(
            "Title", "Body text.", author="Someone", published="2018-05-01", language="ur"
        ),
    )
    article = read_article(path)
    assert article.meta.id == "a"
    assert article.meta.title == "Title"
    assert article.meta.author == "Someone"
    assert article.meta.published == "2018-05-01"  # YAML reads a date; Reader keeps the text
    assert article.meta.language == "ur"
    assert article.meta.is_right_to_left
    assert article.body.strip() == "Body text."


def test_missing_fields_get_plain_defaults(tmp_path):
    article = read_article(write(tmp_path, "---\ntitle: Only a title\n---\nText\n"))
    assert article.meta.author == ""
    assert article.meta.language == "en"
    assert article.meta.content_note == ""


def test_windows_line_endings_and_byte_order_mark(tmp_path):
    path = write(tmp_path, "\ufeff---\r\ntitle: CRLF\r\n---\r\nLine one\r\n".encode())
    article = read_article(path)
    assert article.meta.title == "CRLF"
    assert article.body.strip() == "Line one"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00t\x00i", "not UTF-8"),
        ("---\ntitle: x\n---\nbinary\x00data", "binary"),
        ("# Just markdown\n", "does not start with front matter"),
        ("---\ntitle: x\nno closing fence\n", "never closed"),
        ("---\ntitle: [unclosed\n---\ntext\n", "not valid YAML (line 3)"),
        ("---\n- a list\n---\ntext\n", "'name: value'"),
        ("---\nauthor: x\n---\ntext\n", "no 'title'"),
        ("---\ntitle: x\nlanguage: not a tag!\n---\ntext\n", "is not a language tag"),
        ("---\ntitle: [a, b]\n---\ntext\n", "'title' must be text"),
        ("---\ntitle: x\n---\n\n   \n", "no text"),
    ],
)
def test_unreadable_articles_say_why(tmp_path, content, expected):
    assert expected in reason_for(write(tmp_path, content))


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.md"
    with path.open("wb") as stream:
        stream.truncate(MAX_ARTICLE_BYTES + 1)
    assert "too large" in reason_for(path)


def test_missing_file(tmp_path):
    assert "cannot be read" in reason_for(tmp_path / "gone.md")


def test_bundled_articles_have_the_required_front_matter():
    paths = sorted(BUNDLED_ARTICLES.glob("*.md"))
    assert len(paths) >= 2
    for path in paths:
        meta = read_article(path).meta
        assert meta.title and meta.source and meta.published and meta.summary
        assert meta.language
        # The #MeToo article's page names no author: its header says "Author unknown",
        # translated, rather than a made-up name.
        assert meta.author or meta.id.startswith("metoo-pakistan-marginalised")


def test_seed_article_is_clean_of_page_chrome():
    article = read_article(BUNDLED_ARTICLES / "metoo-pakistan-marginalised.md")
    for chrome in (
        "Type to search",
        "Facebook Comments",
        "You Might also Like",
        "Leave a Comment",
        "Your email address will not be published",
    ):
        assert chrome not in article.body
    assert "sexual violence" in article.meta.content_note
    assert "\n> In a country like Pakistan" in article.body  # the quotation is a block quote
    assert article.body.count("\n## ") >= 3


SEED = BUNDLED_ARTICLES.parent.parent / "shared" / "seeds" / "000_4eebaccbc8e53cc2.txt"
CHROME_LINES = {
    "Type to search",
    "Facebook Comments",
    "You Might also Like",
    "Leave a Comment",
    "Your email address will not be published. Required fields are marked *",
    "What #MeToo Means for Pakistan’s Most Marginalised",
    "Ayesha Gulalai harassment claims",  # the alt text of an image that is not bundled
}


def _words(text: str) -> list[str]:
    return "".join(ch.lower() if ch.isalnum() else " " for ch in text).split()


@pytest.mark.skipif(
    not SEED.exists(), reason="the seed article lives in shared/, beside the repository"
)
def test_cleaning_the_seed_kept_every_paragraph():
    article = read_article(BUNDLED_ARTICLES / "metoo-pakistan-marginalised.md")
    without_footnote_marks = re.sub(r"\[\^\w+\](?!:)", "", article.body)
    cleaned = " ".join(_words(without_footnote_marks))
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if line.strip() and line.strip() not in CHROME_LINES:
            assert " ".join(_words(line)) in cleaned, line[:60]


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("title: No", "title", "No"),
        ("title: 9:11", "title", "9:11"),
        ("published: 012", "published", "012"),
        ("published: 2018-05-01", "published", "2018-05-01"),
        ("language: no", "language", "no"),
    ],
)
def test_front_matter_values_stay_the_text_the_author_wrote(tmp_path, line, field, expected):
    front = {"title": "T", "language": "en"}
    key, value = line.split(": ", 1)
    front[key] = value
    text = "---\n" + "\n".join(f"{k}: {v}" for k, v in front.items()) + "\n---\nBody.\n"
    assert getattr(read_article(write(tmp_path, text)).meta, field) == expected


@pytest.mark.parametrize(
    ("tag", "right_to_left"),
    [("ur", True), ("ur-PK", True), ("ur-Latn", False), ("pa", False), ("pa-Arab", True),
     ("pnb", True), ("skr", True), ("sd-Deva", False), ("en", False), ("ar-EG", True)],
)  # fmt: skip
def test_direction_follows_the_language_and_its_script(tag, right_to_left):
    assert is_right_to_left(tag) is right_to_left


def test_a_translation_names_its_original_and_its_translator(tmp_path):
    path = write(
        tmp_path,
        article_text(
            "ترجمہ",
            "متن۔",
            language="ur",
            translation_of="an-original",
            translator='"Reader team,  machine-assisted"',
        ),
    )
    meta = read_article(path).meta
    assert meta.translation_of == "an-original"
    assert meta.translator == "Reader team, machine-assisted"
    assert "translation_of" not in meta.extra
    original = read_article(write(tmp_path, article_text("Original"), "b.md")).meta
    assert (original.translation_of, original.translator) == ("", "")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("translation_of: [a, b]", "the front matter field 'translation_of' must be text."),
        ("translator: {name: x}", "the front matter field 'translator' must be text."),
        ("translation_of: ../guide", "'translation_of' must be the name of another article's"),
        ("translation_of: a", "the article cannot be a translation of itself."),
    ],
)
def test_translation_fields_are_checked_like_the_others(tmp_path, line, expected):
    path = write(tmp_path, f"---\ntitle: T\n{line}\n---\nBody.\n")
    assert reason_for(path).startswith(expected)
