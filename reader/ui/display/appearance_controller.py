"""Applies the reader's appearance everywhere at once, and remembers it."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from reader.core.display.appearance import Appearance, following_system
from reader.core.display.article_settings import (
    overrides_from_json,
    overrides_of,
    overrides_to_json,
    state_key,
    with_overrides,
    without_article_fields,
)
from reader.core.display.preferences import PreferencesFile
from reader.core.display.themes import BUILT_IN_THEMES, theme_label
from reader.ui.accessibility.announcer import Announcer
from reader.ui.display.language import chosen_language, current_language, install_language
from reader.ui.display.system_colours import SystemColours
from reader.ui.display.theming import apply_interface
from reader.ui.reading.article_view import ArticleView
from reader.ui.widgets.timers import single_shot_timer

if TYPE_CHECKING:  # the dialog's module loads when it is first opened
    from reader.ui.display.preferences_dialog import PreferencesDialog

TEXT_SCALE_STEPS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0)
INTERFACE_SCALE_STEPS = (0.5, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
SAVE_DELAY_MS = 400


def next_step(steps: tuple[float, ...], current: float, direction: int) -> float:
    """The next larger (direction 1) or smaller (-1) step from `current`, staying in range."""
    if direction > 0:
        return next((step for step in steps if step > current + 1e-6), steps[-1])
    return next((step for step in reversed(steps) if step < current - 1e-6), steps[0])


class AppearanceController(QObject):
    saveFailed = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        appearance: Appearance,
        preferences: PreferencesFile,
        view: ArticleView,
        window: QWidget,
        announcer: Announcer,
    ) -> None:
        super().__init__(window)
        self._appearance = appearance  # as shown: the usual settings, or the article's
        self._usual = appearance  # the reader's usual settings, kept in the preferences file
        self._article_id: str | None = None
        self._overrides: dict[str, object] = {}  # the open article's own settings
        self._article_only = False  # changes go to the open article alone
        self._read_state: Callable[[str], str | None] = lambda key: None
        self._write_state: Callable[[str, str], None] = lambda key, value: None
        self._preferences = preferences
        self._view = view
        self._window = window
        self._announcer = announcer
        apply_interface(QApplication.instance(), appearance)
        self._ruler_lines = appearance.reading_ruler or 1
        self._place_to_keep = 0
        self._choosing = False  # the preferences dialog is open
        self._ruler_action: QAction | None = None
        self._shown_actions: dict[str, QAction] = {}
        self._theme_combo: QComboBox | None = None
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        for theme in BUILT_IN_THEMES:
            action = QAction(theme_label(theme.name), self.theme_group)
            action.setCheckable(True)
            action.setData(theme.name)
            action.setStatusTip(
                self.tr("Show Reader in the {name} colours").format(name=theme_label(theme.name))
            )
        self.theme_group.triggered.connect(self._on_theme_action)
        self.follow_system_action = QAction(self.tr("&Follow the System's Colours"), self)
        self.follow_system_action.setCheckable(True)
        self.follow_system_action.setStatusTip(
            self.tr("Use the dark, light or high-contrast theme the system asks for")
        )
        self.follow_system_action.toggled.connect(self.set_following_system)
        self.article_only_action = QAction(self.tr("Settings for This &Article Only"), self)
        self.article_only_action.setCheckable(True)
        self.article_only_action.setStatusTip(
            self.tr("Text size, font, spacing and colours changed now apply to this article alone")
        )
        self.article_only_action.toggled.connect(self.set_article_only)
        self.hyphenate_action = QAction(self.tr("Hyphenate &Words"), self)
        self.hyphenate_action.setCheckable(True)
        self.hyphenate_action.setStatusTip(
            self.tr("Break long words at line ends with a hyphen, for even gaps in the text")
        )
        self.hyphenate_action.toggled.connect(self.set_hyphenation)
        self.use_for_all_action = QAction(self.tr("&Use for All Articles"), self)
        self.use_for_all_action.setStatusTip(
            self.tr("Make this article's display settings the usual ones for every article")
        )
        self.use_for_all_action.triggered.connect(self.use_for_all_articles)
        self.reset_article_action = QAction(self.tr("&Reset This Article"), self)
        self.reset_article_action.setStatusTip(
            self.tr("Show this article in the usual display settings again")
        )
        self.reset_article_action.triggered.connect(self.reset_article)
        self._system = SystemColours(self)
        self._system.changed.connect(self._follow_system)
        self._save_timer = single_shot_timer(self, SAVE_DELAY_MS, self.save)
        # A child timer, not QTimer.singleShot: a closing window can stop it.
        self._place_timer = single_shot_timer(self, 0, self._return_to_place)

    @property
    def appearance(self) -> Appearance:
        return self._appearance

    def attach_shown(self, actions: dict[str, QAction]) -> None:
        """Checkable actions that show or hide part of the page, by Appearance field
        ("show_footnotes", "show_pictures", "show_note_markers"); kept in step from now on."""
        self._shown_actions = actions
        # Bound methods, not lambdas: a lambda connected to a signal keeps the window alive.
        setters = {
            "show_footnotes": self.show_footnotes,
            "show_pictures": self.show_pictures,
            "show_note_markers": self.show_note_markers,
        }
        for name, action in actions.items():
            action.toggled.connect(setters[name])
        self._sync_controls()

    def show_footnotes(self, on: bool) -> None:
        self.set_shown("show_footnotes", on)

    def show_pictures(self, on: bool) -> None:
        self.set_shown("show_pictures", on)

    def show_note_markers(self, on: bool) -> None:
        self.set_shown("show_note_markers", on)

    def set_shown(self, name: str, on: bool) -> None:
        """Show or hide footnotes, pictures or note markers, and say so."""
        if getattr(self._appearance, name) == on:
            return
        messages = {
            "show_footnotes": (self.tr("Footnotes shown."), self.tr("Footnotes hidden.")),
            "show_pictures": (
                self.tr("Pictures shown."),
                self.tr("Pictures hidden; their descriptions are shown."),
            ),
            "show_note_markers": (self.tr("Note markers shown."), self.tr("Note markers hidden.")),
        }
        shown, hidden = messages[name]
        self.apply(self._appearance.changed(**{name: on}), message=shown if on else hidden)

    def attach(self, ruler_action: QAction, theme_combo: QComboBox) -> None:
        """The window's controls that show the current state; kept in step from now on."""
        self._ruler_action = ruler_action
        self._theme_combo = theme_combo
        ruler_action.toggled.connect(self.set_reading_ruler)
        theme_combo.activated.connect(self._on_theme_combo)
        self.apply(self._appearance)

    def apply(self, appearance: Appearance, *, message: str = "") -> None:
        """Show `appearance` everywhere, then save it shortly after: as the open article's
        own settings while those are on, else as the usual ones."""
        language_changed = appearance.language != self._appearance.language
        if self._article_only:
            self._overrides = overrides_of(appearance, self._usual)
            self._usual = without_article_fields(self._usual, appearance)
        else:
            self._usual = appearance
        self._appearance = appearance
        place = self._view.first_visible_position()
        if apply_interface(QApplication.instance(), appearance):
            # Panels and toolbar change size and so does the view: keep the reader's place.
            self._place_to_keep = place
            self._place_timer.start()
        if appearance.reading_ruler:
            self._ruler_lines = appearance.reading_ruler
        self._view.apply_appearance(appearance)
        self._sync_controls()
        if message:
            self._announcer.announce(message)
        self._save_timer.start()
        if language_changed and not self._choosing:
            self._show_language()

    def _show_language(self) -> None:
        """Install the chosen language if it is not the one shown; the window then rebuilds
        itself in it (MainWindow.changeEvent). The --language of this run gives way."""
        language = chosen_language(self._appearance.language)
        if language != current_language():
            self.save()  # the new window reads the preferences as they are now
            app = QApplication.instance()
            install_language(app, language)
            apply_interface(app, self._appearance)  # the new language's interface font

    def _return_to_place(self) -> None:
        """Once the window has laid itself out in the new size."""
        self._view.scroll_to_top_of_view(self._place_to_keep)
        self._view.ensureCursorVisible()

    def save(self) -> None:
        self._save_timer.stop()
        self._save_article()
        try:
            self._preferences.save(self._usual)
        except OSError as error:
            self.saveFailed.emit(
                self.tr("Your display preferences could not be saved: {reason}.").format(
                    reason=error.strerror or error
                )
            )

    # Commands -----------------------------------------------------------------------

    def larger_text(self) -> None:
        self.step_text(1)

    def smaller_text(self) -> None:
        self.step_text(-1)

    def step_text(self, direction: int) -> None:
        """One step larger (1) or smaller (-1), as from Ctrl+Plus, Ctrl+Minus or the wheel."""
        self._set_text_scale(next_step(TEXT_SCALE_STEPS, self._appearance.text_scale, direction))

    def reset_text(self) -> None:
        self._set_text_scale(1.0)

    def larger_interface(self) -> None:
        self._scale_interface(1)

    def smaller_interface(self) -> None:
        self._scale_interface(-1)

    def reset_interface(self) -> None:
        self._set_interface_scale(1.0)

    def set_reading_ruler(self, on: bool) -> None:
        if on == bool(self._appearance.reading_ruler):
            return
        lines = self._ruler_lines if on else 0  # back on as many lines as before
        message = self.tr("Reading ruler on.") if on else self.tr("Reading ruler off.")
        self.apply(self._appearance.changed(reading_ruler=lines), message=message)

    def set_hyphenation(self, on: bool) -> None:
        if on == self._appearance.hyphenate:
            return
        message = self.tr("Hyphenation on.") if on else self.tr("Hyphenation off.")
        self.apply(self._appearance.changed(hyphenate=on), message=message)

    def set_theme(self, name: str) -> None:
        """The reader's choice: kept from now on, whatever the system's setting."""
        self.apply(
            self._appearance.changed(theme=name, theme_chosen=True),
            message=self.tr("Theme: {name}.").format(name=theme_label(name)),
        )

    def set_following_system(self, on: bool) -> None:
        """Follow the system's colour scheme and contrast (on), or keep the current theme."""
        if on != self._appearance.theme_chosen:
            return  # already so
        if not on:
            self.apply(self._appearance.changed(theme_chosen=True))
            return
        self._usual = self._usual.changed(theme_chosen=False)
        self._overrides = {
            name: value
            for name, value in self._overrides.items()
            if name not in ("theme", "theme_chosen")
        }
        self._follow_system(force=True)

    def _follow_system(self, *, force: bool = False) -> None:
        """The system's setting changed (or its first answer arrived): follow it, unless
        the reader chose a theme."""
        usual = following_system(
            self._usual, dark=self._system.dark(), high_contrast=self._system.high_contrast()
        )
        if usual != self._usual or force:
            self._usual = usual
            shown = with_overrides(usual, self._overrides)  # an article's own theme stays
            name = theme_label(shown.theme)
            self.apply(
                shown,
                message=self.tr("Theme: {name}, as the system asks.").format(name=name),
            )

    # An article's own settings --------------------------------------------------------

    def use_article_store(
        self, read: Callable[[str], str | None], write: Callable[[str, str], None]
    ) -> None:
        """Where articles' own settings are kept (the store's app state)."""
        self._read_state, self._write_state = read, write

    def set_article(self, article_id: str) -> None:
        """The article now shown: in its own settings if it has any, else the usual ones."""
        self._save_article()  # the last article's settings, before they are forgotten here
        self._article_id = article_id
        self._overrides = overrides_from_json(self._read_state(state_key(article_id)))
        self._article_only = bool(self._overrides)
        self.apply(with_overrides(self._usual, self._overrides))

    def set_article_only(self, on: bool) -> None:
        """From now on, changes apply to the open article alone (on), or to every article."""
        if on == self._article_only or self._article_id is None:
            self._sync_controls()
            return
        if on:
            self._article_only = True
            self._announcer.announce(self.tr("Display changes now apply to this article only."))
        else:
            self.use_for_all_articles()

    def use_for_all_articles(self) -> None:
        """This article's settings become the usual ones; it has none of its own any more."""
        shown = self._appearance
        self._forget_article_settings()
        self.apply(shown, message=self.tr("These display settings now apply to every article."))

    def reset_article(self) -> None:
        """Back to the usual settings for this article."""
        self._forget_article_settings()
        self.apply(
            self._usual, message=self.tr("This article is shown in the usual display settings.")
        )

    def _save_article(self) -> None:
        if self._article_id is not None and self._article_only:
            self._write_state(state_key(self._article_id), overrides_to_json(self._overrides))

    def _forget_article_settings(self) -> None:
        if self._article_id is not None and self._overrides:
            self._write_state(state_key(self._article_id), overrides_to_json({}))
        self._overrides = {}
        self._article_only = False

    def open_preferences(self) -> None:
        # Imported when first opened: the dialog's many controls need not cost every start.
        from reader.ui.display.preferences_dialog import PreferencesDialog

        defaults, _ = self._preferences.defaults()  # the NGO's machine defaults, if any
        dialog = PreferencesDialog(
            self._appearance, self._window, defaults=defaults, announcer=self._announcer
        )
        dialog.appearanceChanged.connect(self.apply_from_dialog(dialog))
        language = self._appearance.language
        # A new language applies once the dialog is closed: the window, and the dialog in
        # it, are built again in that language.
        self._choosing = True
        try:
            dialog.exec()
        finally:
            self._choosing = False
        self.save()
        if self._appearance.language != language:
            self._show_language()

    def apply_from_dialog(self, dialog: "PreferencesDialog") -> Callable[[Appearance], None]:
        """What shows the dialog's every change: a theme or colours changed there are the
        reader's choice; Reset and Cancel bring back whether there was one."""

        def show(appearance: Appearance) -> None:
            self.apply(_marking_choice(dialog.original, appearance))

        return show

    def _set_text_scale(self, scale: float) -> None:
        self.apply(
            self._appearance.changed(text_scale=scale),
            message=self.tr("Text size {percent} %.").format(
                percent=QLocale().toString(round(scale * 100))
            ),
        )

    def _scale_interface(self, direction: int) -> None:
        self._set_interface_scale(
            next_step(INTERFACE_SCALE_STEPS, self._appearance.interface_scale, direction)
        )

    def _set_interface_scale(self, scale: float) -> None:
        self.apply(
            self._appearance.changed(interface_scale=scale),
            message=self.tr("Interface size {percent} %.").format(
                percent=QLocale().toString(round(scale * 100))
            ),
        )

    def _on_theme_action(self, action: QAction) -> None:
        self.set_theme(action.data())

    def _on_theme_combo(self, index: int) -> None:
        if self._theme_combo is not None:
            self.set_theme(self._theme_combo.itemData(index))

    def _sync_controls(self) -> None:
        for action in self.theme_group.actions():
            action.setChecked(action.data() == self._appearance.theme)
        for action, checked in (
            (self.follow_system_action, not self._appearance.theme_chosen),
            (self.article_only_action, self._article_only),
            (self.hyphenate_action, self._appearance.hyphenate),
            *(
                (action, getattr(self._appearance, name))
                for name, action in self._shown_actions.items()
            ),
        ):
            action.blockSignals(True)
            action.setChecked(checked)
            action.blockSignals(False)
        has_own = self._article_only or bool(self._overrides)
        self.use_for_all_action.setEnabled(has_own)
        self.reset_article_action.setEnabled(has_own)
        if self._ruler_action is not None:
            self._ruler_action.blockSignals(True)
            self._ruler_action.setChecked(bool(self._appearance.reading_ruler))
            self._ruler_action.blockSignals(False)
        if self._theme_combo is not None:
            index = self._theme_combo.findData(self._appearance.theme)
            self._theme_combo.blockSignals(True)
            self._theme_combo.setCurrentIndex(index)
            self._theme_combo.blockSignals(False)


def _marking_choice(original: Appearance, shown: Appearance) -> Appearance:
    """The dialog's appearance, its theme marked as chosen when the reader changed the
    theme or the colours there (Reset and Cancel bring back whether one was chosen)."""
    colours = ("theme", "custom_text", "custom_background")
    changed = any(getattr(original, name) != getattr(shown, name) for name in colours)
    if changed and shown.theme_chosen == original.theme_chosen:
        return shown.changed(theme_chosen=True)
    return shown
