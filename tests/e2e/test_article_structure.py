"""The article's structure as a screen reader finds it on the Linux accessibility bus (AT-SPI):
a document of headings with levels, tables with cells, links that can be followed, images
named by their alt text; and the focus changes that H, Tab and a table row bring."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.conftest import REPO_ROOT
from tests.e2e.test_screen_reader import SYSTEM_PYTHON, Lines, accessibility_bus  # noqa: F401

pytestmark = pytest.mark.e2e

INSPECTOR = Path(__file__).with_name("atspi_structure.py")
ARTICLE = """---
title: Structure Test
language: en
---

Intro with [first link](https://example.org/one) and [second link](#notes).

![A boat at dawn](boat.png)

## Section two

| Name | City |
| --- | --- |
| Amna | Lahore |
| Bilal | Karachi |

## Notes

1. one
2. two

اردو کا پیرا، پڑھنے والے کے لیے
{lang=ur}

Read [پاکستان کا نقشہ](#notes){lang=ur} in English.
"""


def write_article(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    image.save(str(folder / "boat.png"))
    path = folder / "structure-test.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def inspected(x_display, accessibility_bus, tmp_path):  # noqa: F811 - the imported fixture
    """The app on the structure article, and the inspector's output and input."""
    env = {**accessibility_bus, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    article = write_article(tmp_path / "article")
    app = subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data"), str(article)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    inspector = subprocess.Popen(
        [str(SYSTEM_PYTHON), str(INSPECTOR), "90"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        window = x_display.window_named("Structure Test — Reader")
        heard = Lines(inspector)
        heard.wait_for(lambda: any("document" in line for line in heard.lines), timeout=40)
        # The document can be read before the window takes keys: wait until H is heard.
        x_display.xdotool("windowfocus", "--sync", window)
        deadline = time.monotonic() + 60
        while not any(line.get("name") == "Section two" for line in heard.lines):
            assert time.monotonic() < deadline, f"H never gave focus: {heard.lines}"
            x_display.xdotool("key", "--delay", "200", "ctrl+e", "ctrl+Home", "h")
            time.sleep(1.0)
        yield window, heard, inspector
    finally:
        inspector.terminate()
        app.terminate()
        app.wait(timeout=20)
        inspector.wait(timeout=20)


def test_the_article_is_a_document_of_headings_tables_links_and_images(inspected):
    _, heard, _ = inspected
    found = next(line for line in heard.lines if "document" in line)
    # Beside Qt's text of the article (a "label" that reads by line, word and character).
    assert found["document_parent"] == ["label", "Article: Structure Test"]
    nodes = found["document"]
    roles = [(node["role"], node["name"], node["level"]) for node in nodes]
    assert ("heading", "Structure Test", "1") in roles
    assert ("heading", "Section two", "2") in roles
    assert ("heading", "Notes", "2") in roles
    assert ("list item", "1. one", "") in roles
    assert ("image", "A boat at dawn", "") in roles  # named by its alt text
    assert ("paragraph", "اردو کا پیرا، پڑھنے والے کے لیے", "") in roles
    cells = {node["name"]: node["cell"] for node in nodes if "cell" in node}
    assert cells == {
        "Name": [0, 0],
        "City": [0, 1],
        "Amna": [1, 0],
        "Lahore": [1, 1],
        "Bilal": [2, 0],
        "Karachi": [2, 1],
    }
    assert [n["role"] for n in nodes if n["name"] in ("Name", "Amna")] == [
        "table column header",
        "table cell",
    ]
    assert ("table row", "Amna, Lahore", "") in roles
    links = [node for node in nodes if node["role"] == "link"]
    assert [(link["name"], link["actions"]) for link in links] == [
        ("first link", ["Press"]),
        ("second link", ["Press"]),
        ("پاکستان کا نقشہ", ["Press"]),
    ]
    # On screen, in reading order, inside the document's extents.
    document = nodes[0]["extents"]
    headings = [node["extents"] for node in nodes if node["role"] == "heading"]
    assert all(extent[2] > 0 and extent[3] > 0 for extent in headings)
    assert [extent[1] for extent in headings] == sorted(extent[1] for extent in headings)
    first_link, second_link = links[0]["extents"], links[1]["extents"]
    assert first_link[1] == second_link[1] and first_link[0] < second_link[0]  # one line
    assert document[0] <= first_link[0] < document[0] + document[2]


def test_each_node_tells_its_language_as_its_locale(inspected):
    """Issue 18: a part in another language ({lang=ur}) says so, for a screen reader to
    switch voice (AT-SPI's object locale; Qt's QAccessible.Attribute.Locale)."""
    _, heard, _ = inspected
    nodes = next(line for line in heard.lines if "document" in line)["document"]
    locales = {(node["role"], node["name"]): node["locale"] for node in nodes}
    assert locales[("paragraph", "اردو کا پیرا، پڑھنے والے کے لیے")] == "ur_PK"
    assert locales[("link", "پاکستان کا نقشہ")] == "ur_PK"  # inside an English paragraph
    assert locales[("paragraph", "Read پاکستان کا نقشہ in English.")] == "en_US"
    assert locales[("heading", "Section two")] == "en_US"
    assert locales[("table cell", "Lahore")] == "en_US"
    assert locales[("image", "A boat at dawn")] == "en_US"


def test_a_links_press_action_follows_it(inspected):
    _, heard, inspector = inspected
    inspector.stdin.write("press second link\n")
    inspector.stdin.flush()
    heard.wait_for(lambda: {"notification": "Heading level 2: Notes"} in heard.lines)
    # A web address asks first, in a dialog: the action answers before the dialog waits.
    inspector.stdin.write("press first link\n")
    inspector.stdin.flush()
    heard.wait_for(lambda: {"pressed": "first link"} in heard.lines)


def test_structural_keys_give_focus_to_the_node_landed_on(inspected, x_display):
    _, heard, _ = inspected

    def focused() -> list[tuple[str, str, str]]:
        return [(n["focus"], n["name"], n["level"]) for n in heard.lines if "focus" in n]

    # Tab goes to the next link after the caret, Shift+Tab back.
    x_display.xdotool("key", "--delay", "300", "ctrl+e", "ctrl+Home", "Tab", "Tab", "shift+Tab")
    heard.wait_for(
        lambda: (
            focused()[-3:]
            == [
                ("link", "first link", ""),
                ("link", "second link", ""),
                ("link", "first link", ""),
            ]
        )
    )
    x_display.xdotool("key", "--delay", "300", "h")
    heard.wait_for(lambda: focused()[-1] == ("heading", "Section two", "2"))
    # Down through the table: each row in turn, with all its cells.
    x_display.xdotool("key", "--delay", "300", "Down", "Down", "Down", "Down")
    heard.wait_for(
        lambda: (
            [name for role, name, _ in focused() if role == "table row"]
            == ["Name, City", "Amna, Lahore", "Bilal, Karachi"]
        )
    )
    x_display.xdotool("key", "ctrl+i")  # no node for it: a notification that Orca 43 speaks
    heard.wait_for(
        lambda: any(
            line.get("notification", "").startswith("Structure Test. Section: Section two.")
            for line in heard.lines
        )
    )


def test_no_focusable_control_is_nameless(inspected):
    _, heard, _ = inspected
    found = next(line for line in heard.lines if "document" in line)
    assert [(n["role"], n["states"]) for n in found["unnamed_focusable"]] == []


def test_a_highlight_is_a_node_naming_its_category_and_colour(inspected, x_display):
    """Issue 18: a highlight tells its category: a node of the text it covers, described
    by the category's name (which names its colour too)."""
    _, heard, inspector = inspected
    x_display.xdotool("key", "--delay", "200", "ctrl+e", "ctrl+Home", "ctrl+shift+Right", "ctrl+h")

    def highlights() -> list[dict]:
        inspector.stdin.write("describe\n")
        inspector.stdin.flush()
        time.sleep(1.0)
        described = [line["again"] for line in heard.lines if "again" in line]
        return [node for node in (described[-1] if described else []) if node["role"] == "section"]

    heard.wait_for(lambda: highlights(), timeout=60)
    (highlight,) = highlights()
    assert (highlight["name"], highlight["description"]) == (
        "Structure",
        "Highlight: Important (yellow)",
    )
