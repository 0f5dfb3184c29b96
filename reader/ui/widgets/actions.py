"""Every command of the window, declared once with its text, shortcuts and help.

Menus are built from this registry, so a command is always one step away by
keyboard and screen reader, and its shortcut is shown where it is offered.
"""

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcuts: tuple[QKeySequence | StandardKey | str | Qt.Key, ...] = ()
    tip: str = ""
    article_only: bool = False  # single-key shortcuts that act only while the article has focus
    checkable: bool = False


translate = QCoreApplication.translate


def action_specs() -> list[ActionSpec]:
    return [
        ActionSpec(
            "open_file",
            translate("actions", "&Open File…"),
            (StandardKey.Open,),
            translate("actions", "Open a Markdown file and add it to the library where it is"),
        ),
        ActionSpec(
            "import_file",
            translate("actions", "Cop&y an Article into My Articles…"),
            ("Ctrl+Shift+O",),
            translate("actions", "Copy a Markdown file into your articles folder and open it"),
        ),
        ActionSpec(
            "export_article",
            translate("actions", "Export Ar&ticle…"),
            (),
            translate(
                "actions", "Save the article, or the selection, as plain text, a web page or EPUB"
            ),
        ),
        ActionSpec(
            "add_articles",
            translate("actions", "A&dd Articles…"),
            (),
            translate("actions", "Add web pages, Word documents, EPUB books, PDF and text files"),
        ),
        ActionSpec(
            "edit_article_details",
            translate("actions", "Edit Article De&tails…"),
            (),
            translate("actions", "Change the title, author, language or summary of an article"),
        ),
        ActionSpec(
            "remove_article",
            translate("actions", "Re&move Article…"),
            (),
            translate("actions", "Move one of your articles to the trash"),
        ),
        ActionSpec(
            "reload_library",
            translate("actions", "&Reload Library"),
            ("Ctrl+Shift+R",),
            translate("actions", "Look for new or changed articles"),
        ),
        ActionSpec(
            "open_articles_folder",
            translate("actions", "Show &Articles Folder"),
            (),
            translate("actions", "Open the folder where you can add your own articles"),
        ),
        ActionSpec(
            "quit",
            translate("actions", "&Quit"),
            (StandardKey.Quit, "Ctrl+Q"),
            translate("actions", "Close Reader"),
        ),
        ActionSpec(
            "copy",
            translate("actions", "&Copy"),
            (StandardKey.Copy,),
            translate("actions", "Copy the selected text"),
            article_only=True,
        ),
        ActionSpec(
            "copy_citation_mla",
            translate("actions", "Copy Ci&tation (MLA)"),
            ("Ctrl+Shift+C",),
            translate("actions", "Copy the selected passage with its article, author and date"),
        ),
        ActionSpec(
            "copy_citation_apa",
            translate("actions", "Copy Citat&ion (APA)"),
            (),
            translate("actions", "Copy the selected passage with its source, in APA style"),
        ),
        ActionSpec(
            "select_all",
            translate("actions", "Select &All"),
            (StandardKey.SelectAll,),
            article_only=True,
        ),
        ActionSpec(
            "find",
            translate("actions", "&Find…"),
            (StandardKey.Find,),
            translate("actions", "Find text in the article"),
        ),
        ActionSpec("find_next", translate("actions", "Find &Next"), (StandardKey.FindNext,)),
        ActionSpec(
            "find_previous", translate("actions", "Find Pre&vious"), (StandardKey.FindPrevious,)
        ),
        ActionSpec(
            "back",
            translate("actions", "&Back"),
            (StandardKey.Back,),
            translate("actions", "Return to where you were before the last jump"),
        ),
        ActionSpec(
            "forward",
            translate("actions", "&Forward"),
            (StandardKey.Forward,),
            translate("actions", "Go forward again after Back"),
        ),
        ActionSpec(
            "next_heading", translate("actions", "Next &Heading"), ("H",), article_only=True
        ),
        ActionSpec(
            "previous_heading",
            translate("actions", "Previous H&eading"),
            ("Shift+H",),
            article_only=True,
        ),
        ActionSpec(
            "next_paragraph", translate("actions", "Next &Paragraph"), ("P",), article_only=True
        ),
        ActionSpec(
            "previous_paragraph",
            translate("actions", "Previous P&aragraph"),
            ("Shift+P",),
            article_only=True,
        ),
        ActionSpec(
            "start_of_article",
            translate("actions", "&Start of Article"),
            (StandardKey.MoveToStartOfDocument,),
            article_only=True,
        ),
        ActionSpec(
            "end_of_article",
            translate("actions", "E&nd of Article"),
            (StandardKey.MoveToEndOfDocument,),
            article_only=True,
        ),
        ActionSpec(
            "where_am_i",
            translate("actions", "&Where Am I?"),
            ("Ctrl+I",),
            translate("actions", "Say the article, section and percentage read"),
        ),
        ActionSpec(
            "other_language",
            translate("actions", "Switch to the Other &Language"),
            ("Ctrl+Shift+L",),
            translate("actions", "Open this article in its other language, at the same paragraph"),
        ),
        ActionSpec(
            "show_library",
            translate("actions", "&Library"),
            ("Ctrl+L",),
            translate("actions", "Show the library and move to it"),
        ),
        ActionSpec(
            "show_contents",
            translate("actions", "&Contents"),
            ("Ctrl+T",),
            translate("actions", "Show the table of contents and move to it"),
        ),
        ActionSpec(
            "focus_article",
            translate("actions", "&Article"),
            ("Ctrl+E",),
            translate("actions", "Move to the article text"),
        ),
        ActionSpec(
            "next_pane",
            translate("actions", "Next &Pane"),
            ("F6",),
            translate("actions", "Move between the article, the library and the contents"),
        ),
        ActionSpec("previous_pane", translate("actions", "Pre&vious Pane"), ("Shift+F6",)),
        ActionSpec(
            "text_larger",
            translate("actions", "Lar&ger Text"),
            (StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"),
            translate("actions", "Make the article's text larger (also Ctrl+mouse wheel)"),
        ),
        ActionSpec(
            "text_smaller",
            translate("actions", "&Smaller Text"),
            (StandardKey.ZoomOut, "Ctrl+-"),
            translate("actions", "Make the article's text smaller"),
        ),
        ActionSpec("text_reset", translate("actions", "&Normal Text Size"), ("Ctrl+0",)),
        ActionSpec(
            "interface_larger",
            translate("actions", "Larger &Interface"),
            ("Ctrl+Alt+=", "Ctrl+Alt++"),
            translate("actions", "Make menus, panels and dialogs larger"),
        ),
        ActionSpec(
            "interface_smaller", translate("actions", "Smaller Int&erface"), ("Ctrl+Alt+-",)
        ),
        ActionSpec(
            "interface_reset", translate("actions", "Normal Interface Si&ze"), ("Ctrl+Alt+0",)
        ),
        ActionSpec(
            "reading_ruler",
            translate("actions", "Reading &Ruler"),
            ("F9",),
            translate("actions", "Dim all but the lines around the caret"),
            checkable=True,
        ),
        ActionSpec(
            "show_footnotes",
            translate("actions", "Show Footn&otes"),
            (),
            translate(
                "actions", "Show or hide the footnotes and their numbers; the text stays in place"
            ),
            checkable=True,
        ),
        ActionSpec(
            "show_pictures",
            translate("actions", "Show Pict&ures"),
            (),
            translate("actions", "Show pictures, or only their descriptions"),
            checkable=True,
        ),
        ActionSpec(
            "focus_mode",
            translate("actions", "&Focus Mode"),
            ("F11",),
            translate("actions", "Hide the menus, toolbars and panels; F11 again shows them"),
            checkable=True,
        ),
        ActionSpec(
            "preferences",
            translate("actions", "Display &Preferences…"),
            (StandardKey.Preferences, "Ctrl+,"),
            translate("actions", "Text size, font, spacing, colours and reading aids"),
        ),
        ActionSpec(
            "guide",
            translate("actions", "&How to Use Reader"),
            (StandardKey.HelpContents, "F1"),
            translate("actions", "Open the guide"),
        ),
        ActionSpec("about", translate("actions", "&About Reader")),
        *_marks_specs(),
        *_read_aloud_specs(),
        ActionSpec(
            "quick_exit",
            translate("actions", "&Quick Exit"),
            ("Shift+Esc",),
            translate(
                "actions",
                "Hide Reader at once and stop reading aloud (also Escape three times quickly)",
            ),
        ),
        ActionSpec(
            "safety_settings",
            translate("actions", "Privacy and &Safety…"),
            (),
            translate("actions", "Private mode, the quick exit, the window's title"),
        ),
        ActionSpec(
            "clear_data",
            translate("actions", "C&lear My Data…"),
            (),
            translate("actions", "Remove reading positions, marks, history, caches or settings"),
        ),
        ActionSpec(
            "help_article",
            translate("actions", "Where to Get &Help"),
            (),
            translate(
                "actions", "Helplines and legal aid, from the organisation that set up Reader"
            ),
        ),
    ]


def _read_aloud_specs() -> list[ActionSpec]:
    """Read-aloud (issue 4). Space and Escape act only while reading, and only in the article."""
    return [
        ActionSpec(
            "read_aloud",
            translate("actions", "&Read Aloud / Pause"),
            ("F5", Qt.Key.Key_MediaTogglePlayPause, Qt.Key.Key_MediaPlay, Qt.Key.Key_MediaPause),
            translate(
                "actions",
                "Read aloud from the caret, the first sentence in view, or the selection; "
                "press again to pause or resume",
            ),
        ),
        ActionSpec(
            "pause_reading",
            translate("actions", "Pause or Resume Reading"),
            ("Space",),
            article_only=True,
        ),
        ActionSpec(
            "stop_reading",
            translate("actions", "&Stop Reading"),
            ("Escape",),
            translate("actions", "Stop reading aloud and leave the caret at the sentence"),
            article_only=True,
        ),
        ActionSpec(
            "next_sentence",
            translate("actions", "&Next Sentence"),
            ("Alt+Shift+Right", Qt.Key.Key_MediaNext),
            translate("actions", "Skip to the next sentence"),
        ),
        ActionSpec(
            "previous_sentence",
            translate("actions", "&Previous Sentence"),
            ("Alt+Shift+Left", Qt.Key.Key_MediaPrevious),
            translate("actions", "Go back to the previous sentence"),
        ),
        ActionSpec(
            "next_passage",
            translate("actions", "Next P&aragraph"),
            ("Alt+Shift+Down",),
            translate("actions", "Skip to the next paragraph"),
        ),
        ActionSpec(
            "previous_passage",
            translate("actions", "Previous Paragrap&h"),
            ("Alt+Shift+Up",),
            translate("actions", "Go back to the start of this paragraph, or the one before"),
        ),
        ActionSpec(
            "speak_faster",
            translate("actions", "&Faster"),
            ("Alt+Shift+=", "Alt+Shift++"),
            translate("actions", "Speak faster"),
        ),
        ActionSpec(
            "speak_slower",
            translate("actions", "S&lower"),
            ("Alt+Shift+-",),
            translate("actions", "Speak more slowly"),
        ),
        ActionSpec(
            "stop_after_passage",
            translate("actions", "Stop at the &End of Each Paragraph"),
            (),
            translate(
                "actions",
                "Stop reading when a paragraph ends, until switched off; "
                "Read Aloud then reads the next paragraph",
            ),
            checkable=True,
        ),
        ActionSpec(
            "continue_to_next_article",
            translate("actions", "&Continue into the Next Article"),
            (),
            translate("actions", "At the end of an article, go on with the next in the library"),
            checkable=True,
        ),
        ActionSpec(
            "export_audio",
            translate("actions", "E&xport Audio…"),
            ("Ctrl+Shift+E",),
            translate("actions", "Save the article, or the selection, as spoken audio"),
        ),
    ]


def _marks_specs() -> list[ActionSpec]:
    """Bookmarks, highlights and notes (issue 5)."""
    return [
        ActionSpec(
            "add_bookmark",
            translate("actions", "Add &Bookmark"),
            ("Ctrl+D",),
            translate("actions", "Bookmark the place of the caret"),
        ),
        ActionSpec(
            "highlight",
            translate("actions", "&Highlight Selection"),
            ("Ctrl+H",),
            translate("actions", "Highlight the selected text in the last category chosen"),
        ),
        ActionSpec(
            "add_note",
            translate("actions", "Add or Edit &Note…"),
            ("Ctrl+Shift+N",),
            translate("actions", "Write a note on the highlight at the caret, or on the selection"),
        ),
        ActionSpec(
            "remove_highlight",
            translate("actions", "&Remove Highlight"),
            (),
            translate("actions", "Delete the highlight at the caret, with its note"),
        ),
        # Single letters, as H and P: only while the article has focus (issue 12, item 7).
        ActionSpec(
            "next_bookmark",
            translate("actions", "Next Boo&kmark"),
            ("B",),
            translate("actions", "Move to the next bookmark and say its name"),
            article_only=True,
        ),
        ActionSpec(
            "previous_bookmark",
            translate("actions", "Pre&vious Bookmark"),
            ("Shift+B",),
            article_only=True,
        ),
        ActionSpec(
            "next_highlight",
            translate("actions", "Next Hi&ghlight"),
            ("M",),
            translate("actions", "Move to the next highlight and say its category and text"),
            article_only=True,
        ),
        ActionSpec(
            "previous_highlight",
            translate("actions", "Previous High&light"),
            ("Shift+M",),
            article_only=True,
        ),
        ActionSpec(
            "next_note",
            translate("actions", "Next N&ote"),
            ("N",),
            translate("actions", "Move to the next note and read it"),
            article_only=True,
        ),
        ActionSpec(
            "previous_note",
            translate("actions", "Previous No&te"),
            ("Shift+N",),
            article_only=True,
        ),
        ActionSpec(
            "read_note",
            translate("actions", "Rea&d Note Aloud"),
            ("Alt+Shift+N",),
            translate("actions", "Read aloud the note of the highlight at the caret"),
        ),
        ActionSpec(
            "read_all_notes",
            translate("actions", "Read All Notes Alo&ud"),
            (),
            translate("actions", "Read aloud every note of the article, in reading order"),
        ),
        ActionSpec(
            "show_note_markers",
            translate("actions", "Show Note Mar&kers"),
            (),
            translate("actions", "Show or hide the dashed underline under highlights with a note"),
            checkable=True,
        ),
        ActionSpec(
            "show_bookmarks",
            translate("actions", "Bookmarks &Panel"),
            ("Ctrl+B",),
            translate("actions", "Show the article's bookmarks and move to them"),
        ),
        ActionSpec(
            "show_notes",
            translate("actions", "Highlights and Notes Pan&el"),
            ("Ctrl+Shift+B",),
            translate("actions", "Show the article's highlights and notes and move to them"),
        ),
        ActionSpec(
            "show_highlights",
            translate("actions", "&Show Highlights"),
            (),
            translate("actions", "Show or hide every highlight in the article"),
            checkable=True,
        ),
        ActionSpec(
            "export_marks",
            translate("actions", "&Export All Marks…"),
            (),
            translate("actions", "Save every bookmark, highlight and note to a file"),
        ),
        ActionSpec(
            "export_article_marks",
            translate("actions", "Export This Article's &Marks…"),
            (),
            translate("actions", "Save this article's bookmarks, highlights and notes to a file"),
        ),
        ActionSpec(
            "import_marks",
            translate("actions", "&Import Marks…"),
            (),
            translate("actions", "Add bookmarks, highlights and notes from an exported file"),
        ),
    ]


MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("menus", "&File"),
        (
            "open_file",
            "import_file",
            "add_articles",
            "edit_article_details",
            "remove_article",
            "reload_library",
            "open_articles_folder",
            None,
            "export_article",
            "export_marks",
            "export_article_marks",
            "import_marks",
            None,
            "safety_settings",
            "clear_data",
            None,
            "quick_exit",
            "quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("menus", "&Edit"),
        (
            "copy",
            "copy_citation_mla",
            "copy_citation_apa",
            "select_all",
            None,
            "find",
            "find_next",
            "find_previous",
            None,
            "preferences",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("menus", "&Go"),
        (
            "back",
            "forward",
            None,
            "next_heading",
            "previous_heading",
            "next_paragraph",
            "previous_paragraph",
            None,
            "start_of_article",
            "end_of_article",
            None,
            "where_am_i",
            "other_language",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("menus", "&View"),
        (
            "text_larger",
            "text_smaller",
            "text_reset",
            None,
            "interface_larger",
            "interface_smaller",
            "interface_reset",
            None,
            "reading_ruler",
            "focus_mode",
            None,
            "show_note_markers",
            "show_footnotes",
            "show_pictures",
            None,
            "show_library",
            "show_contents",
            "focus_article",
            None,
            "next_pane",
            "previous_pane",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("menus", "&Bookmarks"),
        (
            "add_bookmark",
            "highlight",
            "add_note",
            "remove_highlight",
            None,
            "next_bookmark",
            "previous_bookmark",
            "next_highlight",
            "previous_highlight",
            "next_note",
            "previous_note",
            None,
            "read_note",
            "read_all_notes",
            None,
            "show_bookmarks",
            "show_notes",
            None,
            "show_highlights",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("menus", "&Read Aloud"),
        (
            "read_aloud",
            "stop_reading",
            None,
            "previous_sentence",
            "next_sentence",
            "previous_passage",
            "next_passage",
            None,
            "speak_slower",
            "speak_faster",
            None,
            "stop_after_passage",
            "continue_to_next_article",
            None,
            "export_audio",
        ),
    ),
    (QT_TRANSLATE_NOOP("menus", "&Help"), ("guide", "help_article", "about")),
)


def build_actions(window: QWidget, article_widget: QWidget) -> dict[str, QAction]:
    """QActions for every spec; article-only shortcuts live on the article widget alone."""
    actions: dict[str, QAction] = {}
    for spec in action_specs():
        action = QAction(spec.text, window)
        action.setObjectName(spec.name)
        action.setCheckable(spec.checkable)
        shortcuts = _unique_sequences(spec.shortcuts)
        action.setShortcuts(shortcuts)
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        if spec.article_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            article_widget.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        actions[spec.name] = action
    return actions


def _unique_sequences(
    shortcuts: tuple[QKeySequence | StandardKey | str | Qt.Key, ...],
) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, StandardKey):
            candidates = QKeySequence.keyBindings(shortcut)
        else:
            candidates = [QKeySequence(shortcut)]
        sequences.extend(s for s in candidates if not s.isEmpty() and s not in sequences)
    return sequences


class MenuLetters(QObject):
    """Gives open menus and the menu bar their keys before the article's single-key shortcuts.

    Qt matches an action's shortcut against the focus widget, and an action in a menu also
    against the menu bar holding that menu. A popup menu leaves the focus widget as it was:
    with the article focused, H in its own menu (the Menu key) went to the next heading.
    A menu opened from the menu bar by keyboard (Alt+V) gives the menu bar the focus: H
    there went to the Go menu's Next Heading, behind the open View menu, which stayed open.
    Qt asks the focus widget first (a ShortcutOverride event): a watched menu or menu bar
    accepting every unmodified key it can type keeps those keys for the menus' access keys
    (Escape, arrows and Enter Qt's menus keep themselves). Ctrl and Alt combinations still
    reach the window's shortcuts.

    It also gives the keyboard back after a menu bar item runs. Escape out of one menu
    leaves the menu bar focused; Qt then takes the menu bar itself as the widget to return
    to, so after Alt+G, H (Next Heading) the keys stayed in the menu bar and the next H
    opened the Help menu (found by a fresh tester under X11). The widget focused before
    the menu bar gets the focus back instead.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._before_menus: QWidget | None = None  # focused last outside menus and menu bars
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def watch(self, widget: QMenu | QMenuBar) -> None:
        """Keep `widget`'s keys for it: the menu bar, and each menu (one opened by the mouse
        leaves the focus where it was; a menu made later, as a context menu, is watched then)."""
        widget.installEventFilter(self)
        if isinstance(widget, QMenuBar):
            widget.triggered.connect(self._menu_bar_item_ran)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and not isinstance(new, QMenu | QMenuBar):
            self._before_menus = new

    def _menu_bar_item_ran(self) -> None:
        # After the menu has closed and Qt has given the focus where it would.
        QTimer.singleShot(0, self._focus_back)

    def _focus_back(self) -> None:
        widget = self._before_menus
        if not isinstance(QApplication.focusWidget(), QMenuBar) or widget is None:
            return
        if shiboken6.isValid(widget) and widget.isVisible():
            widget.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and menu_key(event):
            event.accept()  # Space too: it chooses the item, not the next page
            return True
        return False


def menu_key(event: QKeyEvent) -> bool:
    """Whether an open menu or the focused menu bar acts on `event` itself: a character
    typed (an access key, Space) with no Ctrl, Alt or Meta held."""
    typed = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    text = event.text()
    return typed == Qt.KeyboardModifier.NoModifier and bool(text) and text.isprintable()
