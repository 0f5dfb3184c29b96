"""Two files dragged from another program and dropped onto Reader's window, under Xvfb:
both become articles, the report comes up, and the last one opens.

xdotool cannot drag from a file manager, so tests/e2e/drag_source.py plays one: a second
Qt program whose drag Qt carries over the X server by the XDND protocol, as a file
manager's is; xdotool moves the real pointer and releases the button over Reader.
"""

import subprocess
import sys
import time

import pytest

from tests.conftest import REPO_ROOT
from tests.support import documents

pytestmark = pytest.mark.e2e


def test_dropping_two_files_adds_them_and_opens_the_new_article(
    x_display, start_app, tmp_path, qapp
):
    book = documents.epub_book(tmp_path)
    page = documents.web_page(tmp_path)
    app = start_app()
    main = x_display.window_named("How to Use Reader — Reader", timeout=60)
    x_display.xdotool("windowmove", main, "300", "100")
    source = subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "tests" / "e2e" / "drag_source.py"), str(book), str(page)],
        cwd=REPO_ROOT,
        env=x_display.env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        handle = x_display.window_named("Drag Source", timeout=60)
        x_display.xdotool("windowmove", handle, "0", "0")
        time.sleep(0.5)
        x_display.xdotool("mousemove", "--window", handle, "100", "100")
        x_display.xdotool("mousedown", "1")
        # Qt starts the drag on the press; the pointer then travels over Reader's article.
        for x, y in ((150, 150), (400, 300), (600, 400), (700, 450), (710, 455)):
            time.sleep(0.3)
            x_display.xdotool("mousemove", str(x), str(y))
        time.sleep(0.5)
        x_display.xdotool("mouseup", "1")
        report = x_display.window_named("Articles Added", timeout=60)
        x_display.xdotool("mousemove", "--window", report, "5", "5")  # no window manager:
        x_display.xdotool("click", "1")  # a click gives the box the keyboard focus
        x_display.xdotool("key", "Return")
        x_display.window_named("Water for Every Village — Reader", timeout=60)
    finally:
        source.kill()
        drag_output = source.communicate()[0]
    assert "drag ended: CopyAction" in drag_output
    articles = sorted(path.name for path in (tmp_path / "data" / "articles").glob("*.md"))
    assert articles == ["stories-of-the-river.md", "water-for-every-village.md"]
    app.terminate()
    app.wait(timeout=30)
