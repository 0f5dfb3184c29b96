from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles import sanitise
from reader.core.articles.article import Article, ArticleError, ArticleMeta, read_article
from reader.core.articles.layout_breaks import ZERO_WIDTH_SPACE
from reader.core.articles.links import is_local_reference
from reader.core.articles.rendering import markdown_to_html, render_article, render_plain
from reader.core.articles.sanitise import sanitise_html
from tests.conftest import BUNDLED_ARTICLES, article_text

pytestmark = pytest.mark.usefixtures("qapp")  # QCoreApplication.translate needs an application


def test_markdown_features_become_html():
    html = markdown_to_html(
        """
        # Title

        ## Section two

        A paragraph with *emphasis*, **strong** text and a [link](https://example.org).

        - first
        - second

        1. one
        2. two

        > A quotation.

        | Name | Count |
        | :--- | ----: |
        | a    | 1     |

        Text with a note.[^1]

        [^1]: The note.
        """.replace("\n        ", "\n")
    )
    assert '<h1 id="title">Title</h1>' in html
    assert '<h2 id="section-two">Section two</h2>' in html
    assert "<em>emphasis</em>" in html and "<strong>strong</strong>" in html
    assert '<a href="https://example.org">link</a>' in html
    assert "<ul>" in html and "<ol>" in html and "<blockquote>" in html
    assert "<table>" in html and 'style="text-align:right"' in html
    assert 'id="fn:1"' in html and 'href="#fn:1"' in html


def test_headings_in_urdu_keep_their_letters_in_ids():
    assert '<h2 id="پاکستان">پاکستان</h2>' in markdown_to_html("## پاکستان")


HOSTILE = """
<script>alert('x')</script>
<p onclick="steal()">Click text</p>
<img src="http://127.0.0.1:9/tracker.png" alt="A tracking pixel" onerror="steal()">
<img src="https://example.org/photo.jpg">
<a href="javascript:alert(1)">js link</a>
<a href="file:///etc/passwd">file link</a>
<a href="data:text/html,hi">data link</a>
<span style="display:none">hidden words</span>
<p style="color: white; font-size: 0">invisible paragraph</p>
<iframe src="https://example.org"></iframe>
<style>p { display: none }</style>
<link rel="stylesheet" href="https://example.org/x.css">
<object data="x.swf"></object>
"""


def test_hostile_html_is_made_safe():
    html = sanitise_html(HOSTILE)
    forbidden = ["<script", "alert(", "onclick", "onerror", "javascript:", "file:", "data:"]
    forbidden += ["style=", "<iframe", "<style", "<link", "<object", "127.0.0.1", "example.org"]
    for fragment in forbidden:
        assert fragment not in html, fragment
    assert "Click text" in html
    assert "hidden words" in html and "invisible paragraph" in html
    assert "[Image: A tracking pixel]" in html
    assert "[Image]" in html


def test_local_images_are_kept_and_remote_ones_are_not():
    assert '<img src="pictures/map.png" alt="Map">' in sanitise_html(
        '<img src="pictures/map.png" alt="Map">'
    )
    assert is_local_reference("pictures/map.png")
    for remote in ("http://x/a.png", "//host/a.png", "/etc/a.png", "file:///a.png", "C:/a.png"):
        assert not is_local_reference(remote), remote


def test_header_shows_title_byline_source_and_content_note(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        article_text(
            "A <b>title</b>",
            "Body.",
            author="Ayesha",
            source="Dawn, https://dawn.example/story",
            published="2019",
            content_note="Discusses violence.",
        ),
        encoding="utf-8",
    )
    html = render_article(read_article(path)).html
    assert '<h1 id="top">A &lt;b&gt;title&lt;/b&gt;</h1>' in html
    assert "By Ayesha" in html and "Published 2019" in html
    assert '<a href="https://dawn.example/story">' in html
    assert "<b>Content note:</b> Discusses violence." in html


def test_right_to_left_articles_are_marked(tmp_path):
    path = tmp_path / "ur.md"
    path.write_text(article_text("عنوان", "متن", language="ur"), encoding="utf-8")
    assert render_article(read_article(path)).html.startswith('<div lang="ur" dir="rtl">')


@pytest.mark.parametrize(
    "reference", ["../secret.png", "a/../../secret.png", "%2E%2E/secret.png", "", "?x"]
)
def test_references_that_climb_out_of_the_folder_are_not_local(reference):
    assert not is_local_reference(reference)


def test_deeply_nested_markdown_is_an_article_error(tmp_path):
    path = tmp_path / "deep.md"
    path.write_text(
        article_text("Deep", "\n".join("    " * i + "- item" for i in range(400))), encoding="utf-8"
    )
    with pytest.raises(ArticleError, match="nested too deeply"):
        render_article(read_article(path))


def test_sanitising_twice_changes_nothing(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        article_text("T", "A [link](https://x.org) and ![pic](remote://x).", content_note="Note."),
        encoding="utf-8",
    )
    page = render_article(read_article(path)).html
    assert sanitise_html(page) == page


@pytest.mark.parametrize(
    "body",
    [
        "<script>alert(1)</script> & <b>not bold</b>",
        "[" * 5_000,
        "یہ ایک پیراگراف ہے۔\nدوسری سطر۔\n\nتیسرا پیراگراف",
    ],
)
def test_plain_text_shows_the_text_as_written_with_the_notice_first(body):
    article = Article(ArticleMeta(id="p", path=Path("p.md"), title="Plain", language="ur"), body)
    rendered = render_plain(article, "Shown as plain text.")
    document = QTextDocument()
    document.setHtml(rendered.html)
    text = document.toPlainText().replace(ZERO_WIDTH_SPACE, "")
    assert rendered.notice == "Shown as plain text."
    assert text.index("Shown as plain text.") < text.index(body.split("\n")[0][:20])
    for line in body.split("\n"):
        assert line in text
    assert "<script" not in rendered.html and "<b>" not in rendered.html


def _rewritten_and_quick(page: str) -> tuple[str, str | None]:
    """The last pass of sanitise_html both ways: parsed again, and read as nh3 wrote it."""
    cleaned = sanitise.nh3_clean(page)
    return sanitise._OfflineImageRewriter().rewrite(cleaned), sanitise._without_pictures(cleaned)


@pytest.mark.parametrize("article", sorted(BUNDLED_ARTICLES.glob("*.md")), ids=lambda p: p.stem)
def test_an_article_without_pictures_is_not_parsed_again(article):
    page = render_article(read_article(article)).html
    rewritten, quick = _rewritten_and_quick(page)
    assert quick == rewritten


@pytest.mark.parametrize(
    "page",
    [
        "<p>a&nbsp;b &amp;nbsp; &lt;x&gt; \"q\" 's' &#160;&copy;</p>",
        '<p lang="ur" dir="rtl">یہ\u00a0ایک&nbsp;جملہ ہے۔</p>',
        '<p title="a\u00a0b">तीन&nbsp;शब्द</p><pre>\n\ncode</pre>',
        '<a href="https://x.org/?a=1&amp;b=2">link</a><table><tr><td>1<td>2</table>',
        "<p>unclosed <b>bold <i>both</p> after<!-- a comment --><script>x</script>",
    ],
)
def test_html_without_pictures_reads_as_parsed_again(page):
    rewritten, quick = _rewritten_and_quick(page)
    assert quick == rewritten


@pytest.mark.parametrize(
    "page",
    [
        '<img src="pictures/map.png" alt="Map">',
        '<p>Before <IMG SRC="http://x.org/a.png" alt="remote"> after</p>',
        '<p title="it\'s">an apostrophe, escaped by the rewriter alone</p>',
        '<p lang="ur" dir="rtl" title="\'اردو\'">an apostrophe in Urdu text\'s title</p>',
    ],
)
def test_pictures_and_marks_written_differently_are_parsed_again(page):
    rewritten, quick = _rewritten_and_quick(page)
    assert quick is None
    assert sanitise_html(page) == rewritten
