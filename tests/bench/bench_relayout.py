"""A text size change on a 1 MB article, against a bare QTextBrowser whose font grows alike.

Reader: the window's AppearanceController applies the new size as Ctrl+Plus does: the
view changes its default font at once, and imports the article again once the size
stops changing, so that margins follow (Qt resolves CSS lengths at import time). Both
are measured, each until the whole document is laid out and painted. The floor: a bare
QTextBrowser of the same size, with the same HTML and style sheet, whose default
font size changes by the same factor, laid out and painted.
"""

import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser

from reader.ui.display.fonts import register_bundled_fonts
from tests.bench.common import (
    Row,
    bench_window,
    dispose,
    median_seconds,
    qt_application,
    seconds,
    timed,
)
from tests.bench.generate import long_article

ARTICLE_BYTES = 1024 * 1024
REPEATS = 5  # size changes measured, alternating between the two sizes
SCALES = (1.25, 1.0)
GOAL = 1.2


def lay_out_and_paint(view: QTextBrowser) -> None:
    # Qt lays a long document out lazily; documentSize() finishes it, as scrolling would.
    view.document().documentLayout().documentSize()
    view.viewport().repaint()


def median_alternating(change_to: Callable[[float], object], app: QApplication) -> float:
    """The median time of REPEATS size changes, alternating between SCALES; the events each
    change leaves (timers, updates) are handled between them, as the event loop would."""
    times = []
    for n in range(REPEATS):
        app.processEvents()
        scale = SCALES[n % len(SCALES)]
        times.append(timed(lambda: change_to(scale)))  # noqa: B023 - called at once
    return statistics.median(times)


def run() -> list[Row]:
    print("== Text size change on a 1 MB article: the window against a bare QTextBrowser ==")
    app = qt_application()
    register_bundled_fonts()  # as the app does at start: the article's faces are the bundled ones
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        path = Path(tmp) / "long-article.md"
        path.write_text(long_article(ARTICLE_BYTES), encoding="utf-8")
        window = bench_window(Path(tmp))
        store = window.store
        app.processEvents()
        window.open_path(path)
        view = window.view
        lay_out_and_paint(view)
        app.processEvents()

        controller = window.appearance

        def reader_change(scale: float) -> None:
            controller.apply(controller.appearance.changed(text_scale=scale))
            lay_out_and_paint(view)

        def reader_change_settled(scale: float) -> None:
            reader_change(scale)
            view.settle_spacing()  # what follows 400 ms after the last change
            lay_out_and_paint(view)

        # The floor: the same HTML, style sheet, starting font and size, in a bare widget.
        floor_view = QTextBrowser()
        floor_view.resize(view.size())
        document = floor_view.document()
        document.setDefaultFont(view.document().defaultFont())
        document.setDefaultStyleSheet(view.document().defaultStyleSheet())
        document.setHtml(window.article.html)
        base_point_size = document.defaultFont().pointSizeF()
        floor_view.show()
        lay_out_and_paint(floor_view)

        def floor_change(scale: float) -> None:
            font = document.defaultFont()
            font.setPointSizeF(base_point_size * scale)
            document.setDefaultFont(font)
            lay_out_and_paint(floor_view)

        for change in (reader_change, floor_change):  # unmeasured: one-time costs, caches
            for scale in (*SCALES, 1.0):
                change(scale)
                app.processEvents()
        floor = median_alternating(floor_change, app)
        reader = median_alternating(reader_change, app)
        view.settle_spacing()
        settled = median_alternating(reader_change_settled, app)
        # Where Reader's extra time goes: importing the HTML again, which the floor does not
        # do; measured alone on a document that no view lays out.
        alone = QTextDocument()
        alone.setDefaultFont(document.defaultFont())
        alone.setDefaultStyleSheet(document.defaultStyleSheet())
        import_only = median_seconds(lambda: alone.setHtml(window.article.html), REPEATS)
        characters = view.document().characterCount()
        dispose(floor_view)
        dispose(window)
        store.close()
    ratio = reader / floor
    print(f"{characters:,} characters; text size {SCALES[0]:g} and {SCALES[1]:g} in turn")
    print(f"  bare QTextBrowser, setDefaultFont, laid out and painted: {seconds(floor)}")
    print(f"  AppearanceController.apply, laid out and painted: {seconds(reader)}")
    print(f"  the same, then the spacing settled (the article imported again): {seconds(settled)}")
    print(f"    of which the HTML imported again (QTextDocument.setHtml): {seconds(import_only)}")
    return [
        Row(
            "Text size change, 1 MB article",
            seconds(reader),
            f"QTextBrowser {seconds(floor)}",
            ratio,
            goal=GOAL,
        ),
        Row(
            "Text size change, spacing settled",
            seconds(settled),
            f"QTextBrowser {seconds(floor)}",
            settled / floor,
            goal=None,
        ),
    ]
