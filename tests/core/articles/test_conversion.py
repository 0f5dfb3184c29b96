"""Converting on a worker thread: results, errors, and stopping a conversion that runs on."""

import gc
import threading
from pathlib import Path

import pytest

from reader.core.articles.article import Article, ArticleMeta
from reader.core.articles.conversion import Conversion, conversion_budget, render_within_budget
from reader.core.articles.rendering import plain_text_notice, render_article

pytestmark = pytest.mark.usefixtures("qapp")


def wait(conversion: Conversion) -> None:
    while not conversion.finished:
        threading.Event().wait(0.01)


def hostile(body: str) -> Article:
    return Article(ArticleMeta(id="h", path=Path("h.md"), title="H"), body)


def test_a_conversion_gives_the_work_s_result_or_raises_its_error():
    conversion = Conversion(lambda: render_article(hostile("Some *text*.")))
    wait(conversion)
    assert "<em>text</em>" in conversion.result().html
    failing = Conversion(lambda: 1 // 0)
    wait(failing)
    with pytest.raises(ZeroDivisionError):
        failing.result()


@pytest.mark.parametrize(
    "body",
    [
        "[" * 20_000,  # the case: minutes of Python-Markdown's link scanning
        "[a](" * 5_000,  # the second case
        "![" * 10_000,  # images are scanned the same way
        "[ب](" * 5_000,  # in Urdu letters
    ],
)
def test_stop_ends_a_quadratic_markdown_conversion(body):
    conversion = Conversion(lambda: render_article(hostile(body)))
    threading.Event().wait(0.2)  # well into the conversion
    assert not conversion.finished
    conversion.stop(wait_seconds=30)
    assert not any(thread.name == "article-conversion" for thread in threading.enumerate())
    assert not conversion.finished  # stopped: there is no result to take
    with pytest.raises(RuntimeError):
        conversion.result()


def test_stopping_a_finished_conversion_keeps_its_result():
    conversion = Conversion(lambda: "done")
    wait(conversion)
    conversion.stop()
    assert conversion.result() == "done"


def test_the_budget_grows_with_the_text():
    assert conversion_budget(0) == pytest.approx(2.0)
    assert conversion_budget(8_000_000) > conversion_budget(20_000) > conversion_budget(0)


def test_render_within_budget_shows_quadratic_markdown_as_plain_text():
    """The command line's way (export-audio): the same budget, blocking."""
    rendered = render_within_budget(hostile("Before.\n\n" + "[" * 20_000))
    assert rendered.notice == plain_text_notice()
    assert "[" * 100 in rendered.html and "<p>Before.</p>" in rendered.html
    ordinary = render_within_budget(hostile("Some *text*."))
    assert ordinary.notice == "" and "<em>text</em>" in ordinary.html


def test_the_cycle_collector_is_off_while_a_conversion_runs_and_back_after():
    """Collecting on the worker thread would destroy the GUI thread's Qt objects there.
    (The app and the tests turn automatic collection off altogether: turned on here.)"""
    gc.enable()
    try:
        finishing = Conversion(lambda: "done")
        assert not gc.isenabled()
        wait(finishing)
        finishing.result()
        assert gc.isenabled()
        stopped = Conversion(lambda: render_article(hostile("[" * 20_000)))
        assert not gc.isenabled()
        stopped.stop(wait_seconds=30)
        assert gc.isenabled()
    finally:
        gc.disable()
