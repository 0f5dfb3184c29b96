"""Safety on a shared computer, wired into the main window: the quick exit and the return
from it, private mode, Clear My Data, content notes and the NGO's help article.

The window (reader.ui.main_window.MainWindow) is passed in and used through its public
parts; it is typed as QMainWindow here because the window module imports this one.
"""

import contextlib
import json
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from reader.core.articles.article import RenderedArticle
from reader.core.safety.clearing import DISMISSED_NOTES_KEY, DataKind, clear_data, kind_label
from reader.core.safety.settings import AfterQuickExit, save_safety
from reader.core.storage.store import Store, StoreError
from reader.ui.safety.dialogs import ClearDataDialog, SafetyDialog
from reader.ui.safety.quick_exit import QuickExitKeys, WakeListener, hide_every_window
from reader.ui.widgets import messages
from reader.ui.widgets.banner import Banner

GUIDE_ARTICLE_ID = "how-to-use-reader"


class SafetyGuard(QObject):
    modeChanged = Signal()  # noqa: N815 - private mode or the neutral title may have changed
    quickExitStarted = Signal()  # noqa: N815 - before the windows hide
    returned = Signal()  # the hidden Reader was started again and shows itself

    def __init__(self, window: Any, preferences: Path) -> None:
        super().__init__(window)
        self._window = window
        self._preferences = preferences
        self._note_article: RenderedArticle | None = None
        self._version_passed: str | None = None  # see pass_note_of_version
        self._marks_notice_given = False
        self._hidden = False
        self.wake = WakeListener(window.paths.root, self)
        self.wake.woken.connect(self.come_back)
        self.keys = QuickExitKeys(self)
        self.keys.requested.connect(self.quick_exit)
        # The window's own first paint, not its article's: a content note may be shown first.
        window.window_paint.painted.connect(self.keys.watch)
        self.private_label = QLabel()
        self.private_label.setAccessibleName(self.tr("Private mode"))
        window.statusBar().addPermanentWidget(self.private_label)
        act = window.actions_by_name
        act["quick_exit"].triggered.connect(self.quick_exit)
        act["safety_settings"].triggered.connect(self.open_settings)
        act["clear_data"].triggered.connect(self.clear_my_data)
        act["help_article"].triggered.connect(self.open_help)
        for name in ("add_bookmark", "highlight", "add_note"):
            act[name].triggered.connect(self._notice_marks_in_memory)
        page = window.content_note
        page.openRequested.connect(self.open_noted_article)
        page.libraryRequested.connect(self.back_to_library)
        page.helpRequested.connect(self.open_help)
        self._show_mode()

    @property
    def settings(self) -> Any:
        return self._window.safety

    # Quick exit ---------------------------------------------------------------------

    def quick_exit(self) -> None:
        """Hide every window and silence speech at once; then quit, or stay hidden until
        Reader is started again. Said to a screen reader before, and nothing after."""
        if self._hidden:
            return
        window = self._window
        window.announcer.announce(self.tr("Quick exit."))
        window.announcer.muted = True
        window.read_aloud.silence()
        self.quickExitStarted.emit()
        hide_every_window()
        if self.settings.after_quick_exit == AfterQuickExit.HIDE and self.wake.listen():
            self._hidden = True
            QApplication.instance().setQuitOnLastWindowClosed(False)
            return
        # Closing saves and ends the speech thread (closeEvent); after the windows are gone.
        QTimer.singleShot(0, self._quit)

    def _quit(self) -> None:
        """Close the window, then end the application: a hidden window's closing does not
        count as the last window closed, so Qt would not quit by itself."""
        self._window.close()
        QApplication.quit()

    def come_back(self) -> None:
        """Reader was started again after a hidden quick exit: show it, on the neutral
        article, with Back and Forward forgotten."""
        window = self._window
        self._hidden = False
        self.keys.reset()
        QApplication.instance().setQuitOnLastWindowClosed(True)
        window.announcer.muted = False
        window.save_reading_position()
        window.article = None  # the article that was open is not saved again, nor gone back to
        window.navigator.forget()
        window.find_bar.hide()
        chosen = self.settings.neutral_article
        if not (chosen and window.library.find(chosen) and window.open_article_by_id(chosen)):
            window.open_article_by_id(GUIDE_ARTICLE_ID)
        window.showNormal()
        window.raise_()
        window.activateWindow()
        window.focus_article()
        self.returned.emit()

    @property
    def hidden(self) -> bool:
        return self._hidden

    # Content notes ------------------------------------------------------------------

    def note_shown(self) -> bool:
        return self._window.pages.currentWidget() is self._window.content_note

    def pass_note_of_version(self, article_id: str) -> None:
        """The reader, reading past one version's note, switches to the article in another
        language (`article_id`): the same text, whose note they have just passed, opens
        without it. Only for the next opening."""
        self._version_passed = None if self.note_shown() else article_id

    def show_content_note(self, article: RenderedArticle) -> bool:
        """Show the article's content note in place of its text, unless it has none, the
        reader chose not to see it again, or passed it in another language a moment ago;
        True when shown."""
        note = article.meta.content_note
        passed, self._version_passed = self._version_passed, None
        if not note or article.meta.id in self._dismissed() or article.meta.id == passed:
            self._note_article = None
            return False
        window = self._window
        self._note_article = article
        help_meta = self._help_meta()
        message = window.content_note.show_note(
            article.meta.title,
            note,
            can_remember=not self.settings.private_mode,
            help_title=help_meta.title if help_meta else None,
        )
        window.pages.setCurrentWidget(window.content_note)
        window.content_note.focus_first()
        window.announcer.announce(message)
        return True

    def read_note_aloud(self) -> None:
        if self._note_article is not None:
            self._window.read_aloud.say(self._note_article.meta.content_note)

    def open_noted_article(self, remember: bool) -> None:
        window = self._window
        article = self._note_article
        window.read_aloud.stop()
        window.pages.setCurrentIndex(0)
        self._note_article = None
        if article is None:
            return
        if remember and not self.settings.private_mode:
            dismissed = sorted(self._dismissed() | {article.meta.id})
            try:
                window.store.set_state(DISMISSED_NOTES_KEY, json.dumps(dismissed))
            except StoreError as error:
                window.announcer.announce(str(error))
        window.focus_article()
        message = self.tr("Opened {title}.").format(title=article.meta.title)
        if article.notice:
            message += " " + article.notice
        window.announcer.announce(message)

    def back_to_library(self) -> None:
        """Leave the article unread: the note stays in place of its text, and the library
        has focus to choose another."""
        window = self._window
        window.read_aloud.stop()
        window.setWindowTitle(self.tr("Reader"))
        window.show_library()

    def _dismissed(self) -> set[str]:
        try:
            saved = json.loads(self._window.store.state(DISMISSED_NOTES_KEY) or "[]")
        except ValueError:
            return set()
        return (
            {each for each in saved if isinstance(each, str)} if isinstance(saved, list) else set()
        )

    # The help article ---------------------------------------------------------------

    def _help_meta(self) -> Any:
        chosen = self.settings.help_article
        return self._window.library.find(chosen) if chosen else None

    def open_help(self) -> None:
        meta = self._help_meta()
        if meta is not None:
            self._window.open_article_by_id(meta.id)
            self._window.focus_article()

    # Private mode and settings ------------------------------------------------------

    def _show_mode(self) -> None:
        """The status line says private mode is on; the Help menu offers the help article
        only when the NGO named one that is in the library."""
        private = self.settings.private_mode
        self.private_label.setText(self.tr("Private mode") if private else "")
        self.private_label.setVisible(private)
        help_meta = self._help_meta()
        action = self._window.actions_by_name["help_article"]
        action.setVisible(help_meta is not None)
        if help_meta is not None:
            action.setText(self.tr("Where to Get &Help: {title}").format(title=help_meta.title))
        self.modeChanged.emit()

    def ask_about_private_mode(self) -> None:
        """At first start: a bar above the article asks whether others use this computer.
        It takes no focus and holds nothing up; the answer is kept."""
        use = QPushButton(self.tr("Use &Private Mode"))
        no = QPushButton(self.tr("&Not Now"))
        question = self.tr(
            "Do other people use this computer? Private mode keeps no record of what you "
            "read here. You can change this later in File, Privacy and Safety."
        )
        bar = Banner(question, [use, no])  # wraps, never cut off at a large interface
        bar.setObjectName("privateModeQuestion")
        bar.setAccessibleName(self.tr("Private mode"))
        self._window.pages.widget(0).layout().insertWidget(0, bar)
        self.question_bar = bar

        def answer(private: bool) -> None:
            bar.hide()
            if private:
                self.enter_private_mode()
            chosen = replace(self._window.safety, asked=True)
            self._window.safety = chosen
            with contextlib.suppress(OSError):  # asked again next time: no harm
                save_safety(self._preferences, chosen)
            self._window.focus_article()

        use.clicked.connect(partial(answer, True))
        no.clicked.connect(partial(answer, False))

    def _notice_marks_in_memory(self) -> None:
        if self.settings.private_mode and not self._marks_notice_given:
            self._marks_notice_given = True
            message = self.tr(
                "Private mode: your bookmarks, highlights and notes are kept only until Reader "
                "closes. They will be gone after that."
            )
            self._window.announcer.announce(message)
            messages.inform(self._window, self.tr("Private mode"), message)

    def open_settings(self) -> None:
        window = self._window
        dialog = SafetyDialog(self.settings, window.library, window)
        if not dialog.exec():
            return
        chosen = dialog.chosen()
        if chosen.private_mode and not self.settings.private_mode:
            self.enter_private_mode()
        window.safety = chosen
        try:
            save_safety(self._preferences, chosen)
        except OSError as error:
            window.announcer.announce(str(error.strerror))
        if window.article is not None and chosen.neutral_title:
            window.setWindowTitle(self.tr("Reader"))
        self._show_mode()

    def enter_private_mode(self) -> None:
        """From now on nothing about this reading is written: marks and places go to a
        store in memory, and no rendering is kept on disk."""
        window = self._window
        window.save_reading_position()  # the place so far, as the reader had it
        memory = Store(Path(":memory:"))
        window.store = memory
        window.marks.use_store(memory)
        window.renderer.library_folders = ()
        window.safety = replace(window.safety, private_mode=True)
        if window.article is not None:
            window.marks.set_article(window.article.meta.id, window.navigator.outline)
        self._show_mode()

    # Clear my data ------------------------------------------------------------------

    def clear_my_data(self) -> None:
        window = self._window
        dialog = ClearDataDialog(window)
        if not dialog.exec():
            return
        kinds = dialog.kinds()
        chosen = "\n".join(f"• {kind_label(kind)}" for kind in DataKind if kind in kinds)
        question = self.tr(
            "Remove these from this computer?\n\n{kinds}\n\nThis cannot be undone."
        ).format(kinds=chosen)
        if not messages.ask(
            window, self.tr("Clear My Data"), question, messages.Button.Yes, messages.Button.No
        ):
            return
        window.save_reading_position()
        report = clear_data(window.paths, kinds, window.store)
        if window.article is not None:
            window.marks.set_article(window.article.meta.id, window.navigator.outline)
        window.library_panel.set_progress(window.store.all_progress())
        summary = self.tr("Removed:\n{report}").format(report=report.summary())
        window.announcer.announce(summary)
        messages.inform(window, self.tr("Clear My Data"), summary)
