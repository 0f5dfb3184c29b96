from html import escape as html_escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles import sanitise
from reader.core.articles.article import Article, ArticleError, ArticleMeta, read_article
from reader.core.articles.layout_breaks import ZERO_WIDTH_SPACE
from reader.core.articles.links import is_local_reference
from reader.core.articles.rendering import (
    markdown_to_html,
    nested_lists_indented,
    render_article,
    render_plain,
)
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


class _ListItems(HTMLParser):
    """Each list item's first words, with the tags of the lists around it, outermost first."""

    def __init__(self) -> None:
        super().__init__()
        self.lists: list[str] = []
        self.items: list[tuple[str, str]] = []
        self.waiting = False  # for the words of the item just opened

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("ul", "ol"):
            self.lists.append(tag)
        elif tag == "li":
            self.waiting = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol"):
            self.lists.pop()

    def handle_data(self, data: str) -> None:
        if self.waiting and data.strip():
            self.items.append((data.strip(), "/".join(self.lists)))
            self.waiting = False


def list_items(markdown_text: str) -> list[tuple[str, str]]:
    """(first words, enclosing lists such as "ul/ul") of each item the Markdown renders."""
    parser = _ListItems()
    parser.feed(markdown_to_html(markdown_text))
    return parser.items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # The fresh tester's case: GitHub's and CommonMark's 2 spaces a level.
        ("- a\n  - b\n    - c", [("a", "ul"), ("b", "ul/ul"), ("c", "ul/ul/ul")]),
        # Under "1. ", by the width of its marker.
        ("1. one\n   1. sub", [("one", "ol"), ("sub", "ol/ol")]),
        ("- پہلا\n  - دوسرا", [("پہلا", "ul"), ("دوسرا", "ul/ul")]),
        (
            "1. پہلا\n   - ذیلی\n     - اور نیچے\n2. دوسرا",
            [("پہلا", "ol"), ("ذیلی", "ol/ul"), ("اور نیچے", "ol/ul/ul"), ("دوسرا", "ol")],
        ),
        ("* a\n   * b\n* c", [("a", "ul"), ("b", "ul/ul"), ("c", "ul")]),
        (
            "1. one\n  1. two spaces under three",
            [("one", "ol"), ("two spaces under three", "ol/ol")],
        ),
        (
            "- a\n  - b\n- c\n  - d\n    - e\n  - f",
            [
                ("a", "ul"),
                ("b", "ul/ul"),
                ("c", "ul"),
                ("d", "ul/ul"),
                ("e", "ul/ul/ul"),
                ("f", "ul/ul"),
            ],
        ),
        # Already as Python-Markdown wants it: unchanged.
        ("- a\n    - b\n        - c", [("a", "ul"), ("b", "ul/ul"), ("c", "ul/ul/ul")]),
        ("1. one\n    - sub\n2. two", [("one", "ol"), ("sub", "ol/ul"), ("two", "ol")]),
        # A list after a paragraph, and a nested list after a blank line.
        ("Before.\n\n- a\n  - b\n- c", [("a", "ul"), ("b", "ul/ul"), ("c", "ul")]),
        ("- a\n\n  - b\n\n- c", [("a", "ul"), ("b", "ul/ul"), ("c", "ul")]),
        # Within a quotation.
        ("> - a\n>   - b", [("a", "ul"), ("b", "ul/ul")]),
        ("> - الف\n>   - ب", [("الف", "ul"), ("ب", "ul/ul")]),
        # A fence never closed (or closed by another fence) is no code to Python-Markdown.
        ("```\n\n- a\n  - b", [("a", "ul"), ("b", "ul/ul")]),
        ("````\n\n- a\n  - b\n\n```", [("a", "ul"), ("b", "ul/ul")]),
        # Quotes within quotes.
        (">> - a\n>>   - b", [("a", "ul"), ("b", "ul/ul")]),
        # A tab is 4 spaces, as Python-Markdown reads it.
        ("- a\n\t- b", [("a", "ul"), ("b", "ul/ul")]),
        # One space is not nesting, in CommonMark either.
        ("- a\n - b", [("a", "ul"), ("b", "ul")]),
    ],
)
def test_nested_lists_keep_their_levels_however_far_in_they_are_written(text, items):
    assert list_items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "- a\n    - b\n        - c\n",
        "- a\n\n        code in a\n",
        "- a\n\n    second paragraph of a\n",
        "1. one\n    1. sub\n\n            code in sub\n",
        "Text.\n\n    - code\n      - not a list\n",
        "```\n- fenced\n  - not a list\n```\n",
        "- a\n```\n  - fenced in a list's text\n```\n",
        "~~~\n- اردو\n  - کوڈ\n~~~\n",
        "* * *\n",
        "Plain text\n  with a line in.\n",
        "- a\nlazy line of a\n- b\n",
        "1. one\n   continued\n2. two\n",
        "- الف\nجاری\n- ب\n",
    ],
)
def test_markdown_already_indented_by_four_and_code_are_left_as_they_are(text):
    assert nested_lists_indented(text) == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("```\n- a\n  - b\n```", "- a\n  - b\n"),
        ("- item\n\n```\n1. one\n   1. sub\n```", "1. one\n   1. sub\n"),
        ("Text.\n\n    - a\n      - b", "- a\n  - b\n"),
        ("- a\n  - b\n\n        code in b\n", "code in b\n"),  # 4 past b's text
        ("- الف\n  - ب\n\n          کوڈ\n", "  کوڈ\n"),
    ],
)
def test_code_keeps_its_own_indents_in_and_out_of_lists(text, code):
    assert f"<pre><code>{code}</code></pre>" in markdown_to_html(text)


def test_a_nested_item_s_later_paragraph_stays_in_it():
    text = "- a\n  - b\n\n    more of b\n\n- c"
    assert "<li>\n<p>b</p>\n<p>more of b</p>\n</li>" in markdown_to_html(text)
    assert list_items(text)[-1] == ("c", "ul")


def test_each_line_in_gives_one_line_out():
    text = "- a\n  - b\n\n    b again\n> - q\n>   - r\n```\n- x\n```\n1. one\n   - sub"
    assert nested_lists_indented(text).count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("text", "code", "items"),
    [
        # A fresh tester's case: CommonMark's fence under "1. ", by its marker's width.
        (
            "1. Step one:\n\n   ```\n   code line 1\n     code line 2\n   ```\n\n2. Step two\n",
            "code line 1\n  code line 2\n",
            [("Step one:", "ol"), ("Step two", "ol")],
        ),
        # Python-Markdown's 4 spaces, a language named, the next item right after the fence.
        (
            "- Item\n\n    ```python\n    x = 1\n    ```\n- Next\n",
            "x = 1\n",
            [("Item", "ul"), ("Next", "ul")],
        ),
        # Under a nested item, in Urdu, with tildes, straight after the item's line.
        (
            "- الف\n  - ب\n    ~~~\n    کوڈ\n      اندر\n    ~~~\n- ج\n",
            "کوڈ\n  اندر\n",
            [("الف", "ul"), ("ب", "ul/ul"), ("ج", "ul")],
        ),
        # In a quotation; a blank line within the code kept.
        (
            "> - a\n>\n>   ```\n>   one\n>\n>   two\n>   ```\n> - b\n",
            "one\n\ntwo\n",
            [("a", "ul"), ("b", "ul")],
        ),
        # Markdown in the fence is code, not a list.
        ("- a\n\n  ```\n  - not\n    - a list\n  ```\n", "- not\n  - a list\n", [("a", "ul")]),
    ],
)
def test_fenced_code_in_a_list_item_is_code_in_that_item(text, code, items):
    html = markdown_to_html(text)
    assert f"<pre><code>{html_escape(code, quote=False)}</code></pre>" in html, html
    assert list_items(text) == items
    assert "```" not in html and "~~~" not in html


def test_a_fence_in_an_item_never_closed_is_left_as_written():
    text = "- a\n\n  ```\n  not closed\n- b\n"
    assert nested_lists_indented(text).count("```") == 1


@pytest.mark.parametrize(
    ("text", "items", "paragraph"),
    [
        # A fresh tester's case: the second item joined the first item's later paragraph.
        (
            "- First item\n\n  A continuation paragraph.\n- Second item\n- Third\n",
            [("First item", "ul"), ("Second item", "ul"), ("Third", "ul")],
            "<p>A continuation paragraph.</p>",
        ),
        (
            "1. پہلا\n\n   مزید متن۔\n2. دوسرا\n",
            [("پہلا", "ol"), ("دوسرا", "ol")],
            "<p>مزید متن۔</p>",
        ),
        (
            "- a\n  - b\n\n    more of b\n  - c\n- d\n",
            [("a", "ul"), ("b", "ul/ul"), ("c", "ul/ul"), ("d", "ul")],
            "<p>more of b</p>",
        ),
        # A list right after prose, as CommonMark and GitHub read it.
        ("Steps:\n- one\n- two\n", [("one", "ul"), ("two", "ul")], "<p>Steps:</p>"),
        ("اقدامات:\n1. ایک\n2. دو\n", [("ایک", "ol"), ("دو", "ol")], "<p>اقدامات:</p>"),
        # In a quotation.
        ("> - a\n>\n>   more of a\n> - b\n", [("a", "ul"), ("b", "ul")], "<p>more of a</p>"),
        # After an item's code (Python-Markdown nested the next item in the first).
        ("- a\n\n        code in a\n- b\n", [("a", "ul"), ("b", "ul")], "<p>a</p>"),
    ],
)
def test_an_item_after_a_paragraph_s_line_is_an_item(text, items, paragraph):
    assert list_items(text) == items
    assert paragraph in markdown_to_html(text)


@pytest.mark.parametrize(
    "text",
    [
        # A number other than 1 within prose is prose (CommonMark): a year, wrapped.
        "It ended in\n1990. That year the law changed.\n",
        "- a\nlazy line of a\n- b\n",  # the first paragraph of an item: no line added
        "- a\n  - b\n- c\n",
        "```\n- x\n```\n- a\n",
    ],
)
def test_no_blank_line_is_added_where_python_markdown_reads_the_same(text):
    assert nested_lists_indented(text).count("\n") == text.count("\n")
