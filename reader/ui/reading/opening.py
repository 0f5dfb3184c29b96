"""Converting an article while the window keeps working, with a progress dialog to cancel.

The conversion runs on a worker thread (reader.core.articles.conversion); the GUI thread
waits processing the window's events, so the window still paints, screen readers still
hear it, and timers still run. Past its time budget the conversion is stopped and the article is
shown as plain text, with a notice saying so; Cancel in the dialog stops it and opens
nothing.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from reader.core.articles.article import Article, ArticleError, RenderedArticle
from reader.core.articles.conversion import Conversion, conversion_budget

POLL_MS = 15  # how often the GUI thread looks for the result: at most this much added delay
PROGRESS_DELAY_MS = 500  # a quicker conversion shows no dialog at all
translate = QCoreApplication.translate


class OpeningCancelledError(ArticleError):
    """The reader cancelled opening an article."""


def render_markdown(article: Article) -> RenderedArticle:
    # Imported on first use only: markdown and ammonia are the slowest part of a start-up.
    from reader.core.articles.rendering import render_article

    return render_article(article)


def render_as_plain_text(article: Article) -> RenderedArticle:
    from reader.core.articles.rendering import plain_text_notice, render_plain

    return render_plain(article, plain_text_notice())


class ArticleConverter:
    """Article → RenderedArticle off the GUI thread, for RenderCache.render's `convert`.

    Returns the converted article, or the plain-text one when the conversion outlasts
    `budget(characters)` seconds (reader.core.articles.conversion.conversion_budget).
    Raises OpeningCancelledError when the reader cancels, and what render_article raises.
    """

    def __init__(self, parent: QWidget, budget: Callable[[int], float] = conversion_budget) -> None:
        self._parent = parent
        self._budget = budget
        self.dialog: QProgressDialog | None = None  # while a conversion runs: for tests

    @property
    def busy(self) -> bool:
        """Whether a conversion is being waited for: a modal message opened now would run
        inside that wait, whose budget keeps counting while the message is read."""
        return self.dialog is not None

    def __call__(self, article: Article) -> RenderedArticle:
        conversion = Conversion(lambda: render_markdown(article))
        ending = self._wait(conversion, article)
        if conversion.finished:
            return conversion.result()
        conversion.stop()
        if ending == "cancelled":
            reason = translate("opening", "opening it was cancelled.")
            raise OpeningCancelledError(article.meta.path, reason)
        return render_as_plain_text(article)

    def _wait(self, conversion: Conversion[RenderedArticle], article: Article) -> str:
        """Run the window's events until the conversion ends, the budget is spent or the
        reader cancels; returns "finished", "over budget" or "cancelled".

        processEvents, not a nested QEventLoop: a nested loop would also carry out
        deleteLater() calls made outside any loop, under code that still uses the objects.
        """
        ending: list[str] = []

        def end(how: str) -> None:
            if not ending:
                ending.append(how)

        poll = QTimer()
        poll.setInterval(POLL_MS)
        poll.timeout.connect(lambda: end("finished") if conversion.finished else None)
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.setInterval(round(self._budget(len(article.body)) * 1000))
        deadline.timeout.connect(lambda: end("over budget"))
        dialog = QProgressDialog(
            translate("opening", "Opening {title}…").format(title=article.meta.title),
            translate("opening", "Cancel"),
            0,
            0,  # no steps to count: a busy indicator
            self._parent,
        )
        dialog.setWindowTitle(translate("opening", "Opening Article"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setValue(0)  # starts the delay: without a first value the dialog never shows
        # The Cancel button says canceled; Escape only rejects the dialog.
        dialog.canceled.connect(lambda: end("cancelled"))
        dialog.rejected.connect(lambda: end("cancelled"))
        self.dialog = dialog
        poll.start()
        deadline.start()
        if conversion.finished:
            end("finished")
        events = QEventLoop.ProcessEventsFlag
        while not ending:
            # Sleeps until an event comes; the poll timer brings one every POLL_MS. Until
            # the window-modal dialog shows, keys and clicks wait: they could open another
            # article inside this one's wait.
            flags = events.WaitForMoreEvents
            if not dialog.isVisible():
                flags |= events.ExcludeUserInputEvents
            QCoreApplication.processEvents(flags)
        poll.stop()
        deadline.stop()
        self.dialog = None
        dialog.canceled.disconnect()
        dialog.rejected.disconnect()
        dialog.reset()
        dialog.deleteLater()
        return ending[0]
