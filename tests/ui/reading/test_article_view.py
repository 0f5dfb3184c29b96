"""The article view under strace: an image in the articles folder never opens a file outside it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.core.articles.test_images import SVG_HEAD, png_bytes

# Shows an article whose pictures are hostile SVGs, in the real view, painted offscreen;
# with "qt" as its argument it lets Qt load each file by name instead (the control).
SHOW_ARTICLE = """
import sys
from pathlib import Path
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from reader.core.articles.article import ArticleMeta, RenderedArticle
from reader.ui.reading.article_view import ArticleView

app = QApplication([])
folder, names = Path(sys.argv[1]), sys.argv[3:]
if sys.argv[2] == "qt":
    images = [QImage(str(folder / name)) for name in names]
else:
    view = ArticleView()
    view.resize(600, 400)
    view.show()
    html = "".join(f'<p><img src="{name}"></p>' for name in names)
    view.show_article(RenderedArticle(ArticleMeta("a", folder / "a.md", "A"), html))
    view.document().documentLayout().documentSize()
    view.viewport().grab()
print("shown")
"""


def opened_files(folder: Path, mode: str, names: list[str], log: Path) -> list[str]:
    """The paths the process opened (openat and open, in every thread), as strace saw them."""
    command = ["strace", "-f", "-qq", "-e", "trace=openat,open", "-o", str(log)]
    command += [sys.executable, "-c", SHOW_ARTICLE, str(folder), mode, *names]
    environment = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT), "HOME": "/tmp"}
    result = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    assert "shown" in result.stdout, result.stderr
    return [line for line in log.read_text().splitlines() if "open" in line]


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (dev.sh)")
def test_no_svg_in_the_articles_folder_makes_qt_open_a_file_outside_it(tmp_path):
    articles = tmp_path / "library" / "articles"
    articles.mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.png"
    secret.write_bytes(png_bytes("#ff0000"))
    references = {
        "relative.svg": "../../outside/secret.png",
        "absolute.svg": str(secret),
        "url.svg": secret.as_uri(),
        "disguised.png": "../../outside/secret.png",  # an SVG by content, a PNG by name
    }
    for name, reference in references.items():
        body = f'<image xlink:href="{reference}" width="12" height="12"/>'
        (articles / name).write_text(f"{SVG_HEAD}{body}</svg>", encoding="utf-8")
    names = list(references)

    # The control: Qt left to itself opens the secret, so the trace below can see it.
    control = opened_files(articles, "qt", names, tmp_path / "control.log")
    assert any("outside" in line for line in control)
    through_reader = opened_files(articles, "reader", names, tmp_path / "reader.log")
    assert any(str(articles / "relative.svg") in line for line in through_reader)
    assert [line for line in through_reader if "outside" in line] == []
