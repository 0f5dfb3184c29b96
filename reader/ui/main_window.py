"""The main window: builds the pieces and wires their signals, in one place."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QChildEvent,
    QCoreApplication,
    QEvent,
    QLocale,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.core.articles.article import ArticleError, RenderedArticle, read_article
from reader.core.articles.conversion import Conversion
from reader.core.articles.library import Library
from reader.core.articles.links import describe_external_link
from reader.core.articles.render_cache import RenderCache
from reader.core.articles.translations import (
    GUIDE_ARTICLE_ID,
    corresponding_block,
    guide_for_language,
    other_version,
)
from reader.core.display.appearance import Appearance
from reader.core.display.preferences import PreferencesFile
from reader.core.language.bidi import strip_bidi_controls
from reader.core.reading.citation import CitationStyle
from reader.core.reading.history import Place
from reader.core.safety.settings import SafetySettings
from reader.core.speech.settings import SpeechSettings
from reader.core.storage.files import (
    make_private_file,
    make_private_folder,
    unused_path,
    write_atomically,
)
from reader.core.storage.store import Store, StoreError
from reader.paths import DataPaths
from reader.ui.accessibility.announcer import Announcer
from reader.ui.accessibility.context_menu_key import install_context_menu_key
from reader.ui.display.appearance_controller import AppearanceController
from reader.ui.display.focus_mode import FocusMode
from reader.ui.display.theming import add_theme_choices
from reader.ui.importing.controller import ImportController
from reader.ui.marks.controller import MarksController
from reader.ui.reading.article_view import ArticleView
from reader.ui.reading.citing import copy_citation
from reader.ui.reading.exporting import choose_and_export
from reader.ui.reading.find_bar import ArticleFinder, FindBar
from reader.ui.reading.library_panel import LibraryPanel
from reader.ui.reading.navigation import ArticleNavigator
from reader.ui.reading.opening import ArticleConverter
from reader.ui.safety.content_note import ContentNotePage
from reader.ui.safety.guard import SafetyGuard
from reader.ui.speech.read_aloud import ReadAloud
from reader.ui.speech.read_aloud_bar import ReadAloudBar, add_read_aloud_submenus
from reader.ui.widgets import messages
from reader.ui.widgets.actions import MENUS, MenuLetters, build_actions
from reader.ui.widgets.first_paint import FirstInput, FirstPaint
from reader.ui.widgets.fitting import PanelDock, WrappingStatusBar
from reader.ui.widgets.form import buttons_reachable_by_tab, labelled
from reader.ui.widgets.timers import single_shot_timer

if TYPE_CHECKING:  # loaded after the first paint (MainWindow.media_session), or when
    # their panels are first shown (MainWindow._make_toc_panel and the like)
    from reader.ui.marks.bookmarks_panel import BookmarksPanel
    from reader.ui.marks.notes_panel import NotesPanel
    from reader.ui.reading.toc_panel import TocPanel
    from reader.ui.speech.mpris import MediaSession

SAVE_POSITION_DELAY_MS = 1500
MEDIA_SESSION_DELAY_MS = 200  # after the window's first paint (see MainWindow.__init__)
STATUS_DELAY_MS = 80
LAST_ARTICLE_KEY = "last_article"
LIBRARY_WIDTH = 380
LISTING_POLL_MS = 15  # how often the window looks for the library's listing after a start
SPEECH_SETTINGS_KEY = "speech_settings"


WATCHED_PROPERTY = "readerWatched"


def _focus_if_tabbed(tab_bar: QTabBar) -> None:
    """A panels' tab bar takes focus only while it has tabs (F6 and the View menu reach
    every panel whatever the bar)."""
    policy = Qt.FocusPolicy.TabFocus if tab_bar.count() else Qt.FocusPolicy.NoFocus
    tab_bar.setFocusPolicy(policy)


class MainWindow(QMainWindow):
    # The window that took this one's place after a change of interface language.
    replaced = Signal(QMainWindow)
    _tab_bars_due = False  # a look for new tab bars of tabbed panels is due (childEvent)

    def __init__(
        self,
        library: Library,
        store: Store,
        paths: DataPaths,
        preferences: PreferencesFile,
        appearance: Appearance,
        safety: SafetySettings | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.store = store
        self.paths = paths
        self._preferences = preferences
        self.article: RenderedArticle | None = None
        self.safety = safety or SafetySettings()
        # In private mode no article is kept rendered on disk (a rendering names what was read).
        folders = () if self.safety.private_mode else library.folders
        self.renderer = RenderCache(paths.render_cache, folders)
        self.converter = ArticleConverter(self)  # off the GUI thread, within a time budget
        self._store_error_shown = False
        self._last_save_failure = ""

        self.view = ArticleView()
        # Work the first screen does not need waits for the article's first paint: on a
        # busy machine a timer from here could fire before it.
        self.first_paint = FirstPaint(self.view.viewport())
        # The window's own, which comes also while a content note hides the article.
        self.window_paint = FirstPaint(self)
        self.setStatusBar(WrappingStatusBar(self))  # long text wraps at a large interface size
        self.announcer = Announcer(self.view, self.statusBar())
        # First, so that the interface's style applies as the other widgets are made.
        self.appearance = AppearanceController(
            appearance, preferences, self.view, self, self.announcer
        )
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.finder = ArticleFinder(self.find_bar, self.view)
        self.library_panel = LibraryPanel(library)
        self.marks = MarksController(store, library, self.view, self.announcer, self)
        self.position_label = self.statusBar().position
        self.position_label.setAccessibleDescription(self.tr("Reading position"))
        self.navigator = ArticleNavigator(self.view, self.announcer, self)
        self.actions_by_name = build_actions(self, self.view)
        speech_settings = SpeechSettings.from_json(store.state(SPEECH_SETTINGS_KEY))
        self.read_aloud = ReadAloud(self.view, self.announcer, speech_settings, self)
        self.read_aloud.hold_preparation_until(self.first_paint.painted)
        self.read_aloud_bar = ReadAloudBar(self.read_aloud, self.actions_by_name, self)
        self.theme_combo = QComboBox()
        self.importing = ImportController(self)  # Add Articles, dropped files, details
        self.content_note = ContentNotePage()
        self.pages = QStackedWidget()

        self._build_layout()
        self._build_menus()
        self._build_toolbar()
        self.menu_letters = MenuLetters(self)
        install_context_menu_key(self)  # Shift+F10 opens a context menu, as the Menu key does
        for menu in self.findChildren(QMenu):
            self.menu_letters.watch(menu)
        self.view.contextMenuCreated.connect(self.menu_letters.watch)
        self.menu_letters.watch(self.menuBar())
        self._connect()
        self.appearance.attach(self.actions_by_name["reading_ruler"], self.theme_combo)
        self.appearance.attach_shown(
            {
                name: self.actions_by_name[name]
                for name in ("show_footnotes", "show_pictures", "show_note_markers")
            }
        )
        self.setWindowTitle(self.tr("Reader"))
        self._rebuild_timer = single_shot_timer(self, 0, self._rebuild_in_new_language)
        self.guard = SafetyGuard(self, preferences.path)  # quick exit, private mode, notes
        # Media keys and headsets (MPRIS, Linux): made after the window's first paint.
        self._media_session: MediaSession | None = None
        # Later than the window's paint, which comes before the article view's: QtDBus's
        # import would otherwise run before the article's first paint has been handed on,
        # and together with that paint's own work (read-aloud's preparation, the library's
        # check) it held the window up for longer than 100 ms.
        self._media_session_timer = single_shot_timer(
            self, MEDIA_SESSION_DELAY_MS, self._start_media_session
        )
        self.window_paint.painted.connect(self._media_session_timer.start)
        make_private_file(paths.window_settings)  # QSettings keeps the mode it finds
        self._settings = QSettings(str(paths.window_settings), QSettings.Format.IniFormat)
        self._restore_window_state()
        references = store.library_references()
        if references:  # files added from elsewhere (File, Open) join the folders' articles
            library.references = references
            library.load(quick=not library.checked)
        self._show_library_state(dates_after_paint=True)
        if not library.checked:  # a quick start: files edited in place are found after paint
            self.first_paint.painted.connect(self._check_library)

    # Building ------------------------------------------------------------------

    def _build_layout(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self.pages.addWidget(page)
        self.pages.addWidget(self.content_note)  # shown in place of the text, until opened
        self.setCentralWidget(self.pages)
        self.library_dock = self._dock("libraryDock", self.tr("Library"), self.library_panel)
        # The panels hidden at start are made when first shown (PanelDock.make_panel_with).
        self.toc_dock = self._dock("contentsDock", self.tr("Contents"), self._make_toc_panel)
        # Qt does not mirror dock areas: in a right-to-left language the library and the
        # contents are on the right, where the reader's line starts, and the marks left.
        start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if self.isRightToLeft():
            start, end = end, start
        self.addDockWidget(start, self.library_dock)
        self.addDockWidget(start, self.toc_dock)
        self.toc_dock.hide()
        self.bookmarks_dock = self._dock(
            "bookmarksDock", self.tr("Bookmarks"), self._make_bookmarks_panel
        )
        self.notes_dock = self._dock(
            "notesDock", self.tr("Highlights and Notes"), self._make_notes_panel
        )
        for dock in (self.bookmarks_dock, self.notes_dock):
            self.addDockWidget(end, dock)
            dock.hide()
        # Panels on one side are tabs, not a stack: each keeps the side's full height, so
        # its list stays readable at a 300 % interface on a small screen.
        self.tabifyDockWidget(self.library_dock, self.toc_dock)
        self.tabifyDockWidget(self.bookmarks_dock, self.notes_dock)
        self.resizeDocks([self.library_dock], [LIBRARY_WIDTH], Qt.Orientation.Horizontal)

    def _dock(self, name: str, title: str, content: QWidget | Callable[[], QWidget]) -> PanelDock:
        """A panel's dock; `content` is the panel, or what makes it when first needed."""
        dock = PanelDock(title, self)
        dock.setObjectName(name)
        if isinstance(content, QWidget):
            dock.setWidget(content)
        else:
            dock.make_panel_with(content)
        dock.setAccessibleName(title)
        return dock

    @property
    def toc_panel(self) -> "TocPanel":
        return self.toc_dock.widget()

    @property
    def bookmarks_panel(self) -> "BookmarksPanel":
        return self.bookmarks_dock.widget()

    @property
    def notes_panel(self) -> "NotesPanel":
        return self.notes_dock.widget()

    def _make_toc_panel(self) -> "TocPanel":
        from reader.ui.reading.toc_panel import TocPanel

        panel = TocPanel()
        panel.headingActivated.connect(self._jump_to_heading)
        panel.set_outline(self.navigator.outline)
        return panel

    def _make_bookmarks_panel(self) -> "BookmarksPanel":
        from reader.ui.marks.bookmarks_panel import BookmarksPanel

        panel = BookmarksPanel()
        self._connect_marks_panel(panel)
        panel.renameRequested.connect(self.marks.rename)
        return panel

    def _make_notes_panel(self) -> "NotesPanel":
        from reader.ui.marks.notes_panel import NotesPanel

        panel = NotesPanel()
        self._connect_marks_panel(panel)
        panel.noteEditRequested.connect(self.marks.edit_note)
        return panel

    def _connect_marks_panel(self, panel: "BookmarksPanel | NotesPanel") -> None:
        panel.markActivated.connect(self.marks.jump_to)
        panel.deleteRequested.connect(self.marks.delete)
        panel.undoRequested.connect(self.marks.undo_delete)
        panel.attachRequested.connect(self.marks.attach_here)
        panel.leaveRequested.connect(self.focus_article)
        panel.set_entries(self.marks.listing())

    def _list_marks(self, listing: object) -> None:
        """The marks changed: the panels made so far list them (one made later asks)."""
        for dock in (self.bookmarks_dock, self.notes_dock):
            if dock.made:
                dock.widget().set_entries(listing)

    def _list_contents(self) -> None:
        if self.toc_dock.made:
            self.toc_panel.set_outline(self.navigator.outline)

    def _build_menus(self) -> None:
        menus = {}
        for title, names in MENUS:
            menu = self.menuBar().addMenu(QCoreApplication.translate("menus", title))
            menus[title] = menu
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions_by_name[name])
        view_menu = menus["&View"]
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        theme_menu.addActions(self.appearance.theme_group.actions())
        theme_menu.addSeparator()
        theme_menu.addAction(self.appearance.follow_system_action)
        article_menu = view_menu.addMenu(self.tr("This &Article's Display"))
        article_menu.addActions(
            [
                self.appearance.article_only_action,
                self.appearance.use_for_all_action,
                self.appearance.reset_article_action,
            ]
        )
        view_menu.insertMenu(view_menu.actions()[1], article_menu)
        view_menu.insertMenu(view_menu.actions()[0], theme_menu)
        view_menu.insertAction(
            self.actions_by_name["reading_ruler"], self.appearance.hyphenate_action
        )
        view_menu.addSeparator()
        add_read_aloud_submenus(
            menus["&Read Aloud"], self.actions_by_name["export_audio"], self.read_aloud
        )
        marks_menu = menus["&Bookmarks"]
        highlight_as = marks_menu.addMenu(self.tr("Highlight &As"))
        highlight_as.addActions(self.marks.category_group.actions())
        marks_menu.insertMenu(self.actions_by_name["add_note"], highlight_as)
        for dock in (self.library_dock, self.toc_dock, self.bookmarks_dock, self.notes_dock):
            toggle = dock.toggleViewAction()
            toggle.setText(self.tr("Show {panel} Panel").format(panel=dock.windowTitle()))
            view_menu.addAction(toggle)

    def _build_toolbar(self) -> None:
        """The most used display controls, one click or Tab away."""
        toolbar = QToolBar(self.tr("Display"), self)
        toolbar.setObjectName("displayToolbar")
        toolbar.setAccessibleName(self.tr("Display toolbar"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        act = self.actions_by_name
        toolbar.addAction(act["text_smaller"])
        toolbar.addAction(act["text_larger"])
        add_theme_choices(self.theme_combo)
        self.theme_combo.setToolTip(self.tr("The colours of the page and the interface"))
        toolbar.addWidget(labelled(self.tr("The&me:"), self.theme_combo))
        toolbar.addWidget(self.theme_combo)
        toolbar.addAction(act["reading_ruler"])
        toolbar.addAction(act["preferences"])
        toolbar.addSeparator()
        toolbar.addAction(act["quick_exit"])  # visible and labelled, not only a key
        buttons_reachable_by_tab(toolbar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.read_aloud_bar)

    def _connect(self) -> None:
        act = self.actions_by_name
        act["open_file"].triggered.connect(self.choose_file)
        act["reload_library"].triggered.connect(self.reload_library)
        act["add_articles"].triggered.connect(self.importing.choose_files)
        act["edit_article_details"].triggered.connect(self.importing.edit_details)
        act["remove_article"].triggered.connect(self.importing.remove_article)
        act["open_articles_folder"].triggered.connect(self.open_articles_folder)
        act["quit"].triggered.connect(self.close)
        act["copy"].triggered.connect(self.view.copy)
        act["copy_citation_mla"].triggered.connect(self._copy_citation_mla)
        act["copy_citation_apa"].triggered.connect(self._copy_citation_apa)
        act["select_all"].triggered.connect(self.view.selectAll)
        act["find"].triggered.connect(self.finder.open)
        act["find_next"].triggered.connect(self.finder.find_next)
        act["find_previous"].triggered.connect(self.finder.find_previous)
        act["back"].triggered.connect(self.navigator.go_back)
        act["forward"].triggered.connect(self.navigator.go_forward)
        act["next_heading"].triggered.connect(self.navigator.next_heading)
        act["previous_heading"].triggered.connect(self.navigator.previous_heading)
        act["next_paragraph"].triggered.connect(self.navigator.next_paragraph)
        act["previous_paragraph"].triggered.connect(self.navigator.previous_paragraph)
        act["start_of_article"].triggered.connect(self.navigator.go_to_start)
        act["end_of_article"].triggered.connect(self.navigator.go_to_end)
        act["where_am_i"].triggered.connect(self.where_am_i)
        act["other_language"].triggered.connect(self.switch_language)
        act["show_library"].triggered.connect(self.show_library)
        act["show_contents"].triggered.connect(self.show_contents)
        act["focus_article"].triggered.connect(self.focus_article)
        act["next_pane"].triggered.connect(self.focus_next_pane)
        act["previous_pane"].triggered.connect(self.focus_previous_pane)
        act["text_larger"].triggered.connect(self.appearance.larger_text)
        act["text_smaller"].triggered.connect(self.appearance.smaller_text)
        act["text_reset"].triggered.connect(self.appearance.reset_text)
        act["interface_larger"].triggered.connect(self.appearance.larger_interface)
        act["interface_smaller"].triggered.connect(self.appearance.smaller_interface)
        act["interface_reset"].triggered.connect(self.appearance.reset_interface)
        act["preferences"].triggered.connect(self.appearance.open_preferences)
        self.appearance.use_article_store(self.store.state, self._set_state)
        self.focus_mode = FocusMode(self, self.announcer)
        act["focus_mode"].toggled.connect(self.focus_mode.set_on)
        self.view.textSizeStepRequested.connect(self.appearance.step_text)
        self.appearance.saveFailed.connect(self._report_save_failure)
        act["guide"].triggered.connect(self.open_guide)
        act["about"].triggered.connect(self.show_about)

        self.library_panel.articleActivated.connect(self.open_article_by_id)
        self.library_panel.problemActivated.connect(self._explain_problem)
        self.library_panel.removeRequested.connect(self.remove_from_library)
        self.library_panel.leaveRequested.connect(self.focus_article)
        act["import_file"].triggered.connect(self.import_file)
        act["export_article"].triggered.connect(self.export_article)
        self.library_panel.searchFinished.connect(self._announce_search_results)
        act["add_bookmark"].triggered.connect(self.marks.add_bookmark)
        act["highlight"].triggered.connect(self.marks.highlight_selection)
        act["add_note"].triggered.connect(self.marks.add_note)
        act["remove_highlight"].triggered.connect(self.marks.remove_highlight_at_caret)
        act["show_bookmarks"].triggered.connect(self.show_bookmarks)
        act["show_notes"].triggered.connect(self.show_notes)
        act["show_highlights"].setChecked(True)
        act["show_highlights"].toggled.connect(self.marks.set_highlights_visible)
        act["read_note"].triggered.connect(self.marks.read_note)
        act["read_all_notes"].triggered.connect(self.marks.read_all_notes)
        self.marks.speakRequested.connect(self.read_aloud.say)
        act["export_marks"].triggered.connect(self.marks.export_all)
        act["export_article_marks"].triggered.connect(self.marks.export_article)
        act["import_marks"].triggered.connect(self.marks.import_file)
        self.marks.marksChanged.connect(self._list_marks)
        self.marks.jumpRequested.connect(self._jump_to_heading)
        self.marks.markReached.connect(self.navigator.jump_to)
        # Bound methods, not partials: a partial connected to a signal keeps the window alive.
        act["next_bookmark"].triggered.connect(self.marks.next_bookmark)
        act["previous_bookmark"].triggered.connect(self.marks.previous_bookmark)
        act["next_highlight"].triggered.connect(self.marks.next_highlight)
        act["previous_highlight"].triggered.connect(self.marks.previous_highlight)
        act["next_note"].triggered.connect(self.marks.next_note)
        act["previous_note"].triggered.connect(self.marks.previous_note)
        self.marks.saveFailed.connect(self._report_save_failure)
        self.view.themeApplied.connect(self.marks.draw)
        self.view.positionsChanged.connect(self._take_positions_again)
        self._connect_read_aloud()
        self.view.internalLinkRequested.connect(self.navigator.follow_anchor)
        self.view.externalLinkRequested.connect(self._confirm_external_link)
        self.view.unsupportedLinkRequested.connect(self._refuse_link)
        self.view.readingPositionChanged.connect(self._on_position_changed)
        self.view.highlighted.connect(self._announce_link)
        self.finder.resultChanged.connect(self.announcer.announce)
        self.finder.jumping.connect(self.navigator.record_jump)
        self.navigator.articleRequested.connect(self._return_to_article)
        self.navigator.historyChanged.connect(self._update_history_actions)

        self._save_timer = single_shot_timer(
            self, SAVE_POSITION_DELAY_MS, self.save_reading_position
        )
        self._status_timer = single_shot_timer(self, STATUS_DELAY_MS, self._update_status)
        self._update_history_actions()

    def _connect_read_aloud(self) -> None:
        act, read_aloud = self.actions_by_name, self.read_aloud
        act["read_aloud"].triggered.connect(self._read_aloud_or_note)
        act["pause_reading"].triggered.connect(read_aloud.toggle)
        act["stop_reading"].triggered.connect(read_aloud.stop)
        # The Stop media key (a keyboard's or a headset's) wherever focus is in the window:
        # Escape, the action's own key, stops only from the article.
        stop_key = QShortcut(QKeySequence(Qt.Key.Key_MediaStop), self)
        stop_key.activated.connect(act["stop_reading"].trigger)
        act["next_sentence"].triggered.connect(self._next_sentence)
        act["previous_sentence"].triggered.connect(self._previous_sentence)
        act["next_passage"].triggered.connect(self._next_passage)
        act["previous_passage"].triggered.connect(self._previous_passage)
        act["speak_faster"].triggered.connect(self._speak_faster)
        act["speak_slower"].triggered.connect(self._speak_slower)
        # On until switched off (issue 18, item 4), as a setting kept between sessions.
        act["stop_after_passage"].setChecked(read_aloud.settings.stop_after_each_paragraph)
        act["stop_after_passage"].toggled.connect(read_aloud.set_stop_after_passage)
        act["continue_to_next_article"].setChecked(read_aloud.settings.continue_to_next_article)
        act["continue_to_next_article"].toggled.connect(read_aloud.set_continue_to_next_article)
        act["export_audio"].triggered.connect(self.export_audio)
        # Saved once a change is over: a volume slider moves through many values.
        self._speech_settings_timer = single_shot_timer(
            self, SAVE_POSITION_DELAY_MS, self._save_speech_settings
        )
        read_aloud.settingsChanged.connect(self._speech_settings_timer.start)
        read_aloud.nextArticleRequested.connect(self._read_next_article)
        # The engine starts at the reader's first key, click or wheel turn, not on every
        # start: one only looked at does not load it (7.8 MiB resident and 0.3 s of a CPU
        # on its thread, measured), and F5 as the very first key starts it (ReadAloud.start).
        self.first_input = FirstInput(self)
        self.first_input.arrived.connect(read_aloud.start_engine)
        # The window's paint, not the article's: a content note may stand in its place.
        self.window_paint.painted.connect(self.first_input.watch)

    def _next_sentence(self) -> None:
        self.read_aloud.skip_sentences(1)

    def _previous_sentence(self) -> None:
        self.read_aloud.skip_sentences(-1)

    def _next_passage(self) -> None:
        self.read_aloud.skip_passages(1)

    def _previous_passage(self) -> None:
        self.read_aloud.skip_passages(-1)

    def _speak_faster(self) -> None:
        self.read_aloud.change_speed(1)

    def _speak_slower(self) -> None:
        self.read_aloud.change_speed(-1)

    def _save_speech_settings(self) -> None:
        self._speech_settings_timer.stop()
        self._set_state(SPEECH_SETTINGS_KEY, self.read_aloud.settings.to_json())

    def _read_aloud_or_note(self) -> None:
        """F5 reads the content note while it is shown, never the text behind it."""
        if self.guard.note_shown():
            self.guard.read_note_aloud()
        else:
            self.read_aloud.toggle()

    def _read_next_article(self) -> None:
        """Read-aloud reached the end: go on with the next article, in the library's order."""
        following = self.library_panel.article_after(self.article.meta.id) if self.article else None
        if following is not None and self.open_article_by_id(following):
            self.view.move_caret_to(0)
            if self.guard.note_shown():  # its note is read instead, and the reader chooses
                self.guard.read_note_aloud()
            else:
                self.read_aloud.start()

    @property
    def media_session(self) -> "MediaSession":
        """The MPRIS player, made on first use: QtDBus and its adaptors (about 30 ms of a
        start, measured with -X importtime) wait until the first screen is painted."""
        if self._media_session is None:
            from reader.ui.speech.mpris import MediaSession

            self._media_session = MediaSession(self)
            if self.article is not None:
                self._media_session.set_article(*self._track())
        return self._media_session

    def _track(self) -> tuple[str, str, str]:
        meta = self.article.meta
        return meta.id, meta.title, meta.author

    def _start_media_session(self) -> None:
        if self.isVisible():  # not for a window closed before its first paint was handed on
            self.media_session.register_soon()

    def export_audio(self) -> None:
        # Imported when first used: most sessions never export.
        from reader.ui.speech.audio_export_dialog import export_audio

        if self.article is not None:
            export_audio(self, self.article, self.view, self.read_aloud)

    # Opening articles --------------------------------------------------------------

    def open_article_by_id(self, article_id: str) -> bool:
        meta = self.library.find(article_id)
        if meta is None:
            self._error(
                self.tr("No article called “{id}” is in the library.").format(id=article_id)
            )
            return False
        return self.open_path(meta.path, meta.id)

    def open_path(self, path: Path, article_id: str | None = None) -> bool:
        """Open an article file; a broken one is explained and the current article stays."""
        if article_id is None:  # a file from File, Open may be in the library already
            known = self.library.find(str(path))
            article_id = known.id if known else str(path.resolve())
        try:
            article = self.renderer.render(path, article_id, self.converter)
        except ArticleError as error:
            self._error(
                self.tr("Cannot open {name}: {reason}").format(name=path.name, reason=error.reason)
            )
            return False
        if self.article is not None and self.article.meta.id != article.meta.id:
            self.navigator.record_jump()
        self._show(article)
        saved = self.store.reading_position(article.meta.id)
        if saved is not None:
            position = self.marks.restored_position(saved)
            self.view.move_caret_to(position)
            self.view.scroll_to_top_of_view(position)
        return True

    def _return_to_article(self, place: Place) -> None:
        """Back or Forward leads into another article: show it, then land on the place."""
        meta = self.library.find(place.article_id)
        # Articles opened from a file are known by their path.
        path = meta.path if meta else Path(place.article_id)
        try:
            article = self.renderer.render(path, place.article_id, self.converter)
        except ArticleError as error:
            self._error(error.reason)
            return
        self._show(article)
        self.navigator.arrive(place)

    def _show(self, article: RenderedArticle) -> None:
        self.save_reading_position()
        self.article = article
        self.appearance.set_article(article.meta.id)  # its own display settings, if any
        self.view.show_article(article)
        self.read_aloud.set_article(article.meta.language)
        if self._media_session is not None:  # else it takes the article when made
            self._media_session.set_article(*self._track())
        self.navigator.set_article(article.meta.id)
        self.marks.set_article(article.meta.id, self.navigator.outline)
        self._list_contents()
        self.setWindowTitle(
            self.tr("Reader")
            if self.safety.neutral_title
            else self.tr("{title} — Reader").format(title=strip_bidi_controls(article.meta.title))
        )
        self.library_panel.select_article(article.meta.id)
        if not self.safety.private_mode:
            self._set_state(LAST_ARTICLE_KEY, article.meta.id)
        # Mark the query's matches in the new article, but open it at its top (or saved
        # place), and say its name rather than a count.
        self.finder.refresh(announce=False, follow=False)
        self._update_status()
        if self.guard.show_content_note(article):  # it says the note, in place of the text
            return
        self.pages.setCurrentIndex(0)
        message = self.tr("Opened {title}.").format(title=article.meta.title)
        if article.notice:
            message += " " + article.notice
        self.announcer.announce(message)

    def _take_positions_again(self) -> None:
        """Hyphenation came or went: the same text at other document positions, so what
        holds positions in the article takes them again (read-aloud stops)."""
        if self.article is None:
            return
        self.read_aloud.set_article(self.article.meta.language)
        self.navigator.set_article(self.article.meta.id)
        self.marks.set_article(self.article.meta.id, self.navigator.outline)
        self._list_contents()
        self.finder.refresh(announce=False, follow=False)

    def open_start_article(self) -> None:
        """At start: the article read last, else the guide, else the first in the library."""
        last = None if self.safety.private_mode else self.store.state(LAST_ARTICLE_KEY)
        candidates = [last, self._guide_id()]
        candidates += self.library.articles.column("id")
        for article_id in candidates:
            if (
                article_id
                and self.library.find(article_id) is not None
                and self.open_article_by_id(article_id)
            ):
                return
        self.show_library()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Article"),
            str(Path.home()),
            self.tr("Markdown articles (*.md *.markdown)"),
        )
        if name:
            self.add_to_library(Path(name))

    def add_to_library(self, path: Path) -> bool:
        """Open a file and keep it in the library where it is (by reference), remembered
        across restarts; a file in the library already is only opened."""
        if self.library.find(str(path)) is not None:
            return self.open_path(path)
        if not self.open_path(path):
            return False  # said why; a file that cannot be read is not added
        meta = self.library.add_reference(path)
        if meta is None:
            return True
        try:
            self.store.add_library_reference(meta.id, meta.path)
        except StoreError as error:
            self._report_store_error(error)
        self._show_library_state()
        self.library_panel.select_article(meta.id)
        self.announcer.announce(
            self.tr("{title} is added to the library; the file stays where it is.").format(
                title=meta.title
            )
        )
        return True

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Copy an Article into My Articles Folder"),
            str(Path.home()),
            self.tr("Markdown articles (*.md *.markdown)"),
        )
        if name:
            self.copy_into_articles(Path(name))

    def copy_into_articles(self, path: Path) -> bool:
        """Copy an article file into the reader's articles folder and open the copy."""
        try:
            read_article(path)
        except ArticleError as error:
            self._error(
                self.tr("Cannot open {name}: {reason}").format(name=path.name, reason=error.reason)
            )
            return False
        try:
            make_private_folder(self.paths.articles)
            target = unused_path(self.paths.articles / path.name)
            write_atomically(target, path.read_bytes())
        except OSError as error:
            self._report_save_failure(
                self.tr("Cannot copy {name} into {folder}: {reason}.").format(
                    name=path.name, folder=self.paths.articles, reason=error.strerror
                )
            )
            return False
        self.library.load()
        self._show_library_state()
        meta = self.library.find(str(target))
        if meta is None:
            return False
        self.announcer.announce(
            self.tr("{title} is copied into your articles folder.").format(title=meta.title)
        )
        return self.open_article_by_id(meta.id)

    def remove_from_library(self, path: Path) -> None:
        """Take a file added by reference out of the library; the file itself stays."""
        try:
            self.store.remove_library_reference(path)
        except StoreError as error:
            self._report_store_error(error)
            return
        self.library.references = [known for known in self.library.references if known != path]
        self.library.load()
        self._show_library_state()
        self.announcer.announce(
            self.tr("{name} is taken out of the library; the file is not deleted.").format(
                name=path.name
            )
        )

    def _show_library_state(self, *, dates_after_paint: bool = False) -> None:
        """List the library with its progress and when each article was added (noting now
        for the articles seen for the first time). `dates_after_paint` (a start): every
        date, and the noting, wait for the first paint (5,000 take about 10 ms); until
        then the details shown read their one article's date."""
        if dates_after_paint:
            self.library_panel.set_progress(self.store.all_progress(), self.store.added_time)
            self.first_paint.painted.connect(self._show_dates_added)
            return
        self.library_panel.set_progress(self.store.all_progress(), self._dates_added())

    def _show_dates_added(self) -> None:
        self.library_panel.set_added(self._dates_added())

    def _dates_added(self) -> dict[str, float]:
        """When each article was added, by id; now for those not noted before."""
        added = self.store.added_times()
        new = [key for key in self.library.articles.column("id") if key not in added]
        if new:
            try:
                self.store.record_added(new)
            except StoreError as error:
                self._report_store_error(error)
            added = self.store.added_times()
        return added

    def export_article(self) -> None:
        if self.article is not None:
            choose_and_export(self, self.article, self.view, self.announcer)

    def copy_citation(self, style: CitationStyle) -> str:
        meta = self.article.meta if self.article else None
        return copy_citation(self.view, meta, self.navigator.outline, style, self.announcer)

    def _copy_citation_mla(self) -> None:
        self.copy_citation(CitationStyle.MLA)

    def _copy_citation_apa(self) -> None:
        self.copy_citation(CitationStyle.APA)

    def _check_library(self) -> None:
        """After a quick start's first paint: each file's stat() on a worker thread (5,000
        take tens of milliseconds), then any change listed (issue 16, goal 5)."""
        if not self.isVisible():  # closed before its first paint was handed on
            return
        listing = Conversion(self.library.listing)
        poll = QTimer(self)
        poll.setInterval(LISTING_POLL_MS)

        def listed() -> None:
            if listing.finished:
                poll.stop()
                poll.deleteLater()
                if self.library.check(listing.result()):
                    self._show_library_state()

        poll.timeout.connect(listed)
        poll.start()

    def reload_library(self) -> None:
        self.library.load()
        self._show_library_state()
        self.announcer.announce(
            self.tr(
                "Library reloaded: %n article(s); cannot be opened: {problems}.",
                None,
                len(self.library.articles),
            ).format(problems=len(self.library.problems))
        )

    def open_articles_folder(self) -> None:
        try:
            make_private_folder(self.paths.articles)
        except OSError as error:  # a data folder that cannot be written: said, not raised
            self._report_save_failure(
                self.tr("Cannot create the folder {folder}: {reason}.").format(
                    folder=self.paths.articles, reason=error.strerror
                )
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.articles)))

    def open_guide(self) -> None:
        self.open_article_by_id(self._guide_id())
        self.focus_article()

    def _guide_id(self) -> str:
        """The guide in the interface's language: the default QLocale's, which the language
        preference sets (QLocale.setDefault); English when there is none in it."""
        language = (QLocale().uiLanguages() or ["en"])[0]
        guides = self.library.articles.sharing_original(GUIDE_ARTICLE_ID)
        return guide_for_language(language, guides) or GUIDE_ARTICLE_ID

    def switch_language(self) -> None:
        """Open the article's translation (or original) at the paragraph matching the caret's:
        the Nth paragraph, heading or item of one is the Nth of the other."""
        other = other_version(self.article.meta, self.library.articles) if self.article else None
        if other is None:
            self.announcer.announce(self.tr("This article is not in another language."))
            return
        outline = self.navigator.outline
        count = len(outline.paragraph_starts)
        index = outline.paragraph_index(self.view.caret_position()) if count else 0
        self.guard.pass_note_of_version(other.id)
        if not self.open_article_by_id(other.id):
            return
        starts = self.navigator.outline.paragraph_starts
        if count and starts:
            position = starts[corresponding_block(index, count, len(starts))]
            self.view.move_caret_to(position)
            self.view.scroll_to_top_of_view(position)
        self.focus_article()

    # Moving around ----------------------------------------------------------------

    def _update_history_actions(self) -> None:
        self.actions_by_name["back"].setEnabled(self.navigator.can_go_back())
        self.actions_by_name["forward"].setEnabled(self.navigator.can_go_forward())

    def _jump_to_heading(self, position: int) -> None:
        self.navigator.jump_to(position)
        self.focus_article()
        self.navigator.announce_section()

    # Panes and announcements ----------------------------------------------------------------

    def show_library(self) -> None:
        self.library_dock.show()
        self.library_dock.raise_()
        self.library_panel.setFocus()
        title = self.library_panel.current_title()
        if title:
            self.announcer.announce(self.tr("Library: {title}").format(title=title))

    def show_contents(self) -> None:
        self.toc_dock.show()
        self.toc_dock.raise_()
        heading = self.navigator.current_heading()
        self.toc_panel.select_heading(heading)
        self.toc_panel.setFocus()
        if heading is not None:
            self.announcer.announce(self.tr("Contents: {heading}").format(heading=heading.text))

    def show_bookmarks(self) -> None:
        self._show_dock(self.bookmarks_dock, self.tr("Bookmarks: {count}."))

    def show_notes(self) -> None:
        self._show_dock(self.notes_dock, self.tr("Highlights and notes: {count}."))

    def _show_dock(self, dock: QDockWidget, message: str) -> None:
        dock.show()
        dock.raise_()
        dock.widget().setFocus()
        count = dock.widget().model.rowCount()
        self.announcer.announce(message.format(count=count))

    def _announce_search_results(self, count: int) -> None:
        self.announcer.announce(self.tr("Articles found: {count}.").format(count=count))

    def _announce_link(self, url: QUrl) -> None:
        """Tab moves through links without moving the caret: say which link is reached."""
        text = self.view.textCursor().selectedText()
        if url.isEmpty() or not text:  # hovering with the mouse selects nothing: stay quiet
            return
        self.announcer.announce(
            self.tr("Link: {text}, {address}").format(text=text, address=url.toString())
        )

    def focus_article(self) -> None:
        if self.guard.note_shown():
            self.content_note.focus_first()
        else:
            self.view.setFocus()

    def _panes(self) -> list[QWidget]:
        panes: list[QWidget] = [self.content_note if self.guard.note_shown() else self.view]
        docks = (self.library_dock, self.toc_dock, self.bookmarks_dock, self.notes_dock)
        panes += [dock.widget() for dock in docks if dock.isVisible()]
        if self.find_bar.isVisible():
            panes.append(self.find_bar)
        return panes

    def focus_next_pane(self) -> None:
        self._cycle_panes(1)

    def focus_previous_pane(self) -> None:
        self._cycle_panes(-1)

    def _cycle_panes(self, step: int) -> None:
        panes = self._panes()
        focused = QApplication.focusWidget()
        current = next(
            (
                i
                for i, pane in enumerate(panes)
                if (focused and pane.isAncestorOf(focused)) or pane is focused
            ),
            0,
        )
        target = panes[(current + step) % len(panes)]
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def where_am_i(self) -> None:
        if self.article is None:
            self.announcer.announce(self.tr("No article is open."))
        else:
            self.navigator.announce_where(self.article.meta.title)

    def _on_position_changed(self) -> None:
        self._status_timer.start()
        self._save_timer.start()

    def _update_status(self) -> None:
        self.position_label.setText(self.navigator.position_summary() if self.article else "")

    # Links ------------------------------------------------------------------------------

    def _confirm_external_link(self, url: QUrl) -> None:
        if url.scheme() == "mailto":
            question = self.tr(
                "This link writes an e-mail to:\n\n{address}\n\nOpen it in your e-mail program? "
                "Reader itself never goes online."
            )
        else:
            question = self.tr(
                "This link leads out of Reader to:\n\n{address}\n\nOpen it in your web browser? "
                "Reader itself never goes online; your browser will."
            )
        # The host in ASCII form, hidden characters shown, a warning for each disguise.
        link = describe_external_link(url.toString())
        text = question.format(address=link.address)
        if link.warnings:
            text += "\n\n" + "\n\n".join(link.warnings)
        if messages.ask(
            self, self.tr("Leave Reader?"), text, messages.Button.Open, messages.Button.Cancel
        ):
            QDesktopServices.openUrl(url)

    def _refuse_link(self, url: QUrl) -> None:
        self._error(
            self.tr(
                "Reader does not open this link: {address}. "
                "Only web addresses and places in the article are opened."
            ).format(address=url.toString())
        )

    def _explain_problem(self, path: Path, reason: str) -> None:
        self._error(
            self.tr("{name} cannot be opened: {reason}").format(name=path.name, reason=reason)
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Reader"),
            self.tr(
                "Reader {version}\n\nAn accessible offline reading app. "
                "Nothing is ever fetched from the network.\n\nYour articles folder: {folder}"
            ).format(version=__version__, folder=self.paths.articles),
        )

    def _error(self, message: str) -> None:
        self.announcer.announce(message)
        messages.warn(self, self.tr("Reader"), message)

    # Saving -------------------------------------------------------------------------------------

    def save_reading_position(self) -> None:
        if self.article is None:
            return
        article_id = self.article.meta.id
        progress = self.view.reading_progress()
        position = self.view.first_visible_position()
        try:
            self.store.save_reading_position(
                article_id, position, progress, *self.marks.reading_anchor(position)
            )
        except StoreError as error:
            self._report_store_error(error)
            return
        self.library_panel.set_article_progress(article_id, progress)

    def _set_state(self, key: str, value: str) -> None:
        try:
            self.store.set_state(key, value)
        except StoreError as error:
            self._report_store_error(error)

    def saving_is_off(self) -> None:
        """The reader was told at start that nothing can be saved: a failure to save is then
        announced, but never shown again in a box (which on quitting would hold the window)."""
        self._store_error_shown = True

    def _report_store_error(self, error: StoreError) -> None:
        self._report_save_failure(str(error))

    def _report_save_failure(self, message: str) -> None:
        """Said once per problem, shown once per session: the reader can go on reading."""
        if message == self._last_save_failure:
            return
        self._last_save_failure = message
        self.announcer.announce(message)
        if not self._store_error_shown:
            self._store_error_shown = True
            messages.warn(self, self.tr("Reader cannot save"), message)

    def _restore_window_state(self) -> None:
        """Size and panels as they were; anything unreadable in window.ini is ignored."""
        geometry = self._settings.value("geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1100, 760)
        state = self._settings.value("window_state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def childEvent(self, event: QChildEvent) -> None:  # noqa: N802 - Qt override
        # Qt makes tab bars for tabbed panels when it needs them and keeps unused ones, with
        # no tabs: such a bar is a focusable control with no name for a screen reader (its
        # name is its current tab's). Watched once made: at ChildAdded the child is still
        # being constructed, not yet a QTabBar.
        super().childEvent(event)
        if event.type() == QEvent.Type.ChildAdded and not self._tab_bars_due:
            self._tab_bars_due = True
            QTimer.singleShot(0, self, self._watch_tab_bars)

    def _watch_tab_bars(self) -> None:
        self._tab_bars_due = False
        options = Qt.FindChildOption.FindDirectChildrenOnly
        for tab_bar in self.findChildren(QTabBar, options=options):
            if not tab_bar.property(WATCHED_PROPERTY):
                tab_bar.setProperty(WATCHED_PROPERTY, True)
                # The current tab is -1 exactly when the bar has no tabs.
                tab_bar.currentChanged.connect(lambda _, bar=tab_bar: _focus_if_tabbed(bar))
                _focus_if_tabbed(tab_bar)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Once for however many translators changed, after the change is complete.
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self._rebuild_timer.start()
        super().changeEvent(event)

    def _rebuild_in_new_language(self) -> None:
        """A new window in the new language takes this one's place, with the same article,
        place, panels and size (all saved on closing, read back on opening).

        Building again, rather than setting each widget's texts anew, means that every
        text, also those formatted with values when made, comes from the one code that
        made it first; no widget can be left in the old language. Read-aloud stops.
        """
        self._save_state()  # the new window reads it back
        window = MainWindow(
            self.library,
            self.store,
            self.paths,
            self._preferences,
            self.appearance.appearance,
            self.safety,
        )
        window._store_error_shown = self._store_error_shown
        window.show()  # first: closing the only window would end the application
        self.close()
        window.open_start_article()
        window.focus_article()
        # Python owns both windows: the closed one (its article already cleared) is freed
        # when the last reference to it goes.
        self.replaced.emit(window)

    def _save_state(self) -> None:
        """The reading place, settings, size and panels, to be found at the next opening."""
        self._save_speech_settings()
        self._save_timer.stop()
        self.save_reading_position()
        self.appearance.save()
        self.focus_mode.set_on(False)  # the layout saved is the reader's usual one
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.setValue("window_state", self.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._media_session is not None:
            self._media_session.unregister()
        self.read_aloud.shut_down()
        self._save_state()
        # Nothing pending may run on a closed window: Python's garbage collector can free
        # it (and its document) at any allocation, also in the middle of a pending task.
        # Qt lays a long article out lazily, on timers of its own that call back into
        # Python (for images): a closed window keeps no article to lay out.
        self.view.document().clear()
        for timer in self.findChildren(QTimer):
            timer.stop()
        super().closeEvent(event)
