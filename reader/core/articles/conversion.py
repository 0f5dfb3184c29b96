"""Converting an article on a worker thread, within a time budget, and stopping it.

Python-Markdown takes quadratic time on some inputs: 20,000 `[` characters (20 KB) took
39.5 s to convert against 0.04 s for 20 KB of prose, and `[a](` repeated grows the same
way (issue 17). Such work must not run on the GUI thread, and must be stoppable: a
thread cannot be killed, so stop() raises ConversionStopped inside it with CPython's
PyThreadState_SetAsyncExc, which takes effect at the thread's next Python instruction.
Python-Markdown's slow paths are Python loops, so that comes within milliseconds.
(A process could be killed outright, but a PyInstaller build cannot start `python -m`.)

Python's cycle collector runs in whichever thread happens to allocate, and collecting a
Qt object's wrapper destroys the object: a window or document of the GUI thread would be
destroyed on the worker thread (the test suite crashed with heap corruption). So the
collector is held off while a conversion runs, and comes back with result() or stop().
"""

import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from reader.core.articles.article import Article, RenderedArticle

Result = TypeVar("Result")

# Generated prose (tests/bench/generate.py) takes about 6 s a megabyte to convert and
# sanitise on a two-core test machine shared by eight builds: the budget leaves a slow
# computer two and a half times that, and two seconds whatever the size.
BUDGET_BASE_SECONDS = 2.0
BUDGET_SECONDS_PER_MEGABYTE = 15.0


def conversion_budget(characters: int) -> float:
    """Seconds a text of `characters` may take to convert before it is shown degraded."""
    return BUDGET_BASE_SECONDS + BUDGET_SECONDS_PER_MEGABYTE * characters / 1_000_000


def render_within_budget(article: Article) -> RenderedArticle:
    """render_article, or render_plain with its notice once conversion_budget is spent.

    Blocks the calling thread (for the command line; the window waits with its own
    events running, reader.ui.reading.opening). Raises what render_article raises.
    """
    # Imported when used: markdown is the slowest part of a start-up served from caches.
    from reader.core.articles.rendering import plain_text_notice, render_article, render_plain

    conversion = Conversion(lambda: render_article(article))
    if conversion.wait(conversion_budget(len(article.body))):
        return conversion.result()
    conversion.stop()
    return render_plain(article, plain_text_notice())


class ConversionStopped(Exception):  # noqa: N818 - not an error: the reader or the budget
    """Raised inside the worker thread by Conversion.stop()."""


@dataclass
class _Outcome(Generic[Result]):
    value: Result | None = None
    error: BaseException | None = None


class Conversion(Generic[Result]):
    """`work()` run on a daemon thread: poll `finished`, then take `result()`, or `stop()`.

    Not reusable: one conversion, one thread. Python's cycle collector is off from here
    until result() or stop() is called (see the module's docstring): call one of them.
    """

    def __init__(self, work: Callable[[], Result]) -> None:
        self._work = work
        self._outcome: _Outcome[Result] | None = None
        self._lock = threading.Lock()
        self._running = True
        self._collector_was_on = gc.isenabled()
        gc.disable()
        self._thread = threading.Thread(target=self._run, name="article-conversion", daemon=True)
        self._thread.start()

    @property
    def finished(self) -> bool:
        return self._outcome is not None

    def result(self) -> Result:
        """The work's return value; re-raises what the work raised. Only once finished."""
        if self._outcome is None:
            raise RuntimeError("the conversion has not finished")
        self._restore_collector()
        if self._outcome.error is not None:
            raise self._outcome.error
        return self._outcome.value  # type: ignore[return-value] - set when error is None

    def wait(self, seconds: float) -> bool:
        """Block up to `seconds` for the work to end; True when it has finished."""
        self._thread.join(seconds)
        return self.finished

    def stop(self, wait_seconds: float = 1.0) -> None:
        """Stop the work (if it still runs) and wait up to `wait_seconds` for the thread."""
        import ctypes  # here, not held by the lock: only a stop needs it (3 ms of a start)

        with self._lock:
            if self._running:
                self._running = False  # one exception at most: the thread may be finishing
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self._thread.ident or 0), ctypes.py_object(ConversionStopped)
                )
        self._thread.join(wait_seconds)
        self._restore_collector()

    def _restore_collector(self) -> None:
        if self._collector_was_on:
            self._collector_was_on = False
            gc.enable()

    def _run(self) -> None:
        # The stop may land anywhere in here, even after the work returned: the outer
        # handler catches it so that nothing escapes the thread.
        try:
            try:
                outcome = _Outcome[Result](value=self._work())
            except ConversionStopped:
                raise
            except BaseException as error:  # handed to the caller's thread
                outcome = _Outcome[Result](error=error)
            with self._lock:
                self._running = False
            self._outcome = outcome
        except ConversionStopped:
            return
