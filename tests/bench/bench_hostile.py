"""Hostile articles (issue 17, item 8) opened in the real window, against prose of the same size.

Each is opened for the first time (no render cache), laid out in full and painted. Prose
of the same size is the floor; the row reports the worst ratio. Markdown that outlasts
its conversion budget is shown as plain text, so its time is about the budget.
"""

import shutil
import tempfile
from pathlib import Path

from tests.bench.common import Row, bench_window, qt_application, seconds, timed
from tests.bench.generate import long_article

MEGABYTES = 1_000_000
HOSTILE_BODIES = {
    "20,000 [": "[" * 20_000,
    "[a]( x 5,000": "[a](" * 5_000,
    "![ x 10,000": "![" * 10_000,
    "a 500,000-letter word": "a" * 500_000,
    "an 8 MB line of words": ("word " * (8 * MEGABYTES // 5)).strip(),
    "an 8 MB word": "a" * (8 * MEGABYTES),
}


def _prose(size: int) -> str:
    """Generated prose with exactly `size` characters of body."""
    text = long_article(size + 4096).split("\n---\n", 1)[1]
    return text[:size]


def run() -> list[Row]:
    print("== Hostile articles against prose of the same size, opened the first time ==")
    app = qt_application()
    ratios: list[tuple[float, str, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        window = bench_window(Path(tmp))
        paths, store = window.paths, window.store
        app.processEvents()

        def open_first_time(name: str, body: str) -> float:
            path = paths.articles / f"{name}.md"
            path.write_text(f"---\ntitle: {name}\n---\n\n{body}\n", encoding="utf-8")
            shutil.rmtree(paths.render_cache, ignore_errors=True)

            def open_and_lay_out() -> None:
                assert window.open_path(path)
                window.view.document().documentLayout().documentSize()
                window.view.viewport().repaint()

            return timed(open_and_lay_out)

        open_first_time("warm-up", _prose(20_000))  # one-time costs belong to start-up
        for label, body in HOSTILE_BODIES.items():
            hostile = open_first_time("hostile", body)
            degraded = bool(window.article.notice)
            prose = open_first_time("prose", _prose(len(body)))
            ratios.append((hostile / prose, label, hostile, prose))
            shown = "as plain text" if degraded else "converted"
            print(
                f"  {label} ({len(body):,} characters): {seconds(hostile)}, {shown};"
                f" prose {seconds(prose)}; {hostile / prose:.1f}x"
            )
        window.close()
        store.close()
    worst, label, hostile, prose = max(ratios)
    return [
        Row(
            f"Open hostile Markdown, worst ({label})",
            seconds(hostile),
            f"prose of its size {seconds(prose)}",
            worst,
            goal=None,
        )
    ]
