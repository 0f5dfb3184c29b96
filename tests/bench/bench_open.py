"""Opening a 1 MB article in the real window, against converting it with `markdown` alone."""

import shutil
import tempfile
from pathlib import Path

import markdown

from reader.core.articles.article import read_article
from reader.core.articles.rendering import markdown_extensions, render_article
from tests.bench.common import Row, bench_window, dispose, median_seconds, qt_application, seconds
from tests.bench.generate import long_article

ARTICLE_BYTES = 1024 * 1024
REPEATS = 3


def run() -> list[Row]:
    print("== Open a 1 MB article: the window against markdown alone ==")
    app = qt_application()
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        path = Path(tmp) / "long-article.md"
        text = long_article(ARTICLE_BYTES).encode("utf-8")
        path.write_bytes(text)
        article = read_article(path)
        floor = median_seconds(
            lambda: markdown.markdown(article.body, extensions=markdown_extensions()),
            REPEATS,
        )
        window = bench_window(Path(tmp))
        paths, store = window.paths, window.store
        app.processEvents()
        view = window.view

        def lay_out_and_paint() -> None:
            # Qt lays a long document out lazily; documentSize() finishes it, as scrolling would.
            view.document().documentLayout().documentSize()
            view.viewport().repaint()

        def open_article() -> None:
            window.open_path(path)
            lay_out_and_paint()

        def open_article_first_time() -> None:
            shutil.rmtree(paths.render_cache, ignore_errors=True)
            open_article()

        def show_rendered() -> None:
            view.show_article(rendered)
            lay_out_and_paint()

        open_article()  # unmeasured: one-time costs (fonts, caches) belong to start-up
        first = median_seconds(open_article_first_time, REPEATS)
        again = median_seconds(open_article, REPEATS)  # served by the render cache
        # Where the time goes: the stages one by one, on the same view (the window also
        # builds the outline and the table of contents, and refreshes find and the status).
        rendered = render_article(article)
        stages = {
            "read the file": median_seconds(lambda: read_article(path), REPEATS),
            "Markdown to safe HTML": median_seconds(lambda: render_article(article), REPEATS),
            "into the view, laid out, painted": median_seconds(show_rendered, REPEATS),
        }
        dispose(window)
        store.close()
    print(f"{len(text):,} bytes of Markdown")
    print(f"  markdown.markdown alone: {seconds(floor)}")
    print(f"  MainWindow.open_path, laid out and painted, first time: {seconds(first)}")
    print(f"  the same, unchanged article again (render cache): {seconds(again)}")
    for name, value in stages.items():
        print(f"    {name}: {seconds(value)}")
    against = f"markdown {seconds(floor)}"
    return [
        Row("Open a 1 MB article, first time", seconds(first), against, first / floor, goal=None),
        Row("Open a 1 MB article again", seconds(again), against, again / floor, goal=None),
    ]
