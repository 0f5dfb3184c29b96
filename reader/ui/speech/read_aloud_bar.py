"""The read-aloud toolbar: play and pause, skipping, speed, voice, volume and highlight.

Every control is labelled for screen readers and reachable with Tab; when no speech
engine can start, the controls are disabled and the bar says why and how to fix it.
"""

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QActionGroup, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QMenu,
    QPushButton,
    QSlider,
    QToolBar,
    QWidget,
)

from reader.core.language.tags import native_language_name
from reader.core.speech.settings import (
    MAXIMUM_SPEED,
    MINIMUM_SPEED,
    SLEEP_TIMER_MINUTES,
    HighlightStyle,
    ListNumbers,
    SpeechSettings,
)
from reader.core.speech.voices import voices_by_language
from reader.ui.speech.read_aloud import SPEED_STEP, ReadAloud, ReadingState
from reader.ui.widgets.form import buttons_reachable_by_tab, labelled

translate = QCoreApplication.translate
# Commands that make sense only while reading or paused.
WHILE_READING = (
    "pause_reading",
    "stop_reading",
    "next_sentence",
    "previous_sentence",
    "next_passage",
    "previous_passage",
)
# The pauses offered after a heading, a paragraph or a list item, in milliseconds: the
# defaults (600, 150, 350) among them, up to settings.MAXIMUM_PAUSE_MS.
PAUSE_CHOICES_MS = (0, 150, 350, 600, 1000, 1500, 2000, 3000)
READING_COMMANDS = ("read_aloud", *WHILE_READING, "speak_faster", "speak_slower", "export_audio")


class ReadAloudBar(QToolBar):
    def __init__(self, read_aloud: ReadAloud, actions: dict[str, QAction], parent: QWidget) -> None:
        super().__init__(self.tr("Read Aloud"), parent)
        self.setObjectName("readAloudToolbar")
        self.setAccessibleName(self.tr("Read aloud toolbar"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._read_aloud = read_aloud
        self._actions = actions
        settings = read_aloud.settings

        for name in ("read_aloud", "stop_reading", "previous_sentence", "next_sentence"):
            self.addAction(actions[name])

        self.speed = QDoubleSpinBox()
        self.speed.setRange(MINIMUM_SPEED, MAXIMUM_SPEED)
        self.speed.setSingleStep(SPEED_STEP)
        self.speed.setDecimals(1)
        self.speed.setSuffix("×")
        self.speed.setValue(settings.speed)
        self.speed.setKeyboardTracking(False)  # one restart per change, not per digit typed
        self.speed.setToolTip(self.tr("How fast to speak: 0.5× to 3×"))
        self._settings_actions: list[QAction] = []  # hidden, with the reason shown, without engine
        self._add_labelled(self.tr("S&peed:"), self.speed)

        self.voice = QComboBox()
        self.voice.setToolTip(self.tr("The voice for the article's language"))
        self.voice.setMinimumContentsLength(14)
        self._add_labelled(self.tr("Vo&ice:"), self.voice)
        self.test_voice = QPushButton(self.tr("&Test Voice"))
        self.test_voice.setAccessibleName(self.tr("Test voice"))
        self.test_voice.setToolTip(self.tr("Hear a sentence in the chosen voice"))
        self._settings_actions.append(self.addWidget(self.test_voice))

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setValue(round(settings.volume * 100))
        self.volume.setMaximumWidth(120)
        self.volume.setToolTip(self.tr("Volume of the speech"))
        self._add_labelled(self.tr("Vol&ume:"), self.volume)

        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.reason.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # readable by Tab and caret
        self._reason_action = self.addWidget(self.reason)
        self._reason_action.setVisible(False)
        buttons_reachable_by_tab(self)

        self.speed.valueChanged.connect(read_aloud.set_speed)
        self.voice.activated.connect(self._on_voice_chosen)
        self.test_voice.clicked.connect(self._on_test_voice)
        self.volume.valueChanged.connect(self._on_volume)
        read_aloud.stateChanged.connect(self._show_state)
        read_aloud.engineChanged.connect(self._show_engine)
        read_aloud.settingsChanged.connect(self._show_settings)
        self._show_engine()
        self._show_state(read_aloud.state.value)

    def _add_labelled(self, text: str, control: QWidget) -> None:
        self._settings_actions.append(self.addWidget(labelled(text, control)))
        self._settings_actions.append(self.addWidget(control))

    def _show_state(self, state: str) -> None:
        reading = state != ReadingState.STOPPED
        for name in WHILE_READING:
            self._actions[name].setEnabled(reading and self._read_aloud.available)
        toggle = self._actions["read_aloud"]
        toggle.setText(
            {
                ReadingState.STOPPED: self.tr("&Read Aloud"),
                ReadingState.READING: self.tr("Pa&use"),
                ReadingState.PAUSED: self.tr("Res&ume"),
            }[ReadingState(state)]
        )

    def _show_engine(self) -> None:
        read_aloud = self._read_aloud
        available = read_aloud.available
        for name in READING_COMMANDS:
            action = self._actions[name]
            action.setEnabled(available and (name not in WHILE_READING or self._reading()))
            if not available:
                action.setToolTip(read_aloud.unavailable_reason)
                action.setStatusTip(read_aloud.unavailable_reason)
        for control in (self.speed, self.voice, self.test_voice, self.volume):
            control.setEnabled(available)
        self.reason.setText(read_aloud.unavailable_reason)
        self.reason.setAccessibleName(read_aloud.unavailable_reason)
        self._reason_action.setVisible(not available)
        for action in self._settings_actions:
            action.setVisible(available)
        self._fill_voices()

    def _reading(self) -> bool:
        return self._read_aloud.state != ReadingState.STOPPED

    def _fill_voices(self) -> None:
        """Voices grouped under their language; the groups' headings cannot be chosen."""
        model = QStandardItemModel(self.voice)
        automatic = QStandardItem(self.tr("Automatic (by language)"))
        automatic.setData("", Qt.ItemDataRole.UserRole)
        rows = [automatic]
        for language, voices in voices_by_language(self._read_aloud.voices).items():
            heading = QStandardItem(f"— {native_language_name(language)} —")
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            rows.append(heading)
            for voice in voices:
                item = QStandardItem(f"    {voice.name}")
                item.setData(voice.id, Qt.ItemDataRole.UserRole)
                item.setData(voice.name, Qt.ItemDataRole.AccessibleTextRole)
                rows.append(item)
        # All at once: row by row, each insertion is announced to the model's views. It
        # runs when the engine is ready, just after the window's first paint.
        model.invisibleRootItem().appendRows(rows)
        self.voice.setModel(model)
        self._select_voice(self._read_aloud.settings.voice_id)

    def _select_voice(self, voice_id: str) -> None:
        index = self.voice.findData(voice_id, Qt.ItemDataRole.UserRole)
        self.voice.setCurrentIndex(max(index, 0))

    def _show_settings(self, settings: SpeechSettings) -> None:
        for control, value in (
            (self.speed, settings.speed),
            (self.volume, round(settings.volume * 100)),
        ):
            if control.value() != value:
                control.blockSignals(True)
                control.setValue(value)
                control.blockSignals(False)

    def _on_voice_chosen(self, index: int) -> None:
        self._read_aloud.set_voice(self.voice.itemData(index, Qt.ItemDataRole.UserRole) or "")

    def _on_test_voice(self) -> None:
        voice_id = self.voice.currentData(Qt.ItemDataRole.UserRole) or ""
        self._read_aloud.test_voice(voice_id or self._read_aloud.default_voice_id)

    def _on_volume(self, value: int) -> None:
        self._read_aloud.set_volume(value / 100)


def add_read_aloud_submenus(menu: QMenu, before: QAction, read_aloud: ReadAloud) -> None:
    """The spoken sentence's mark, footnotes, pictures and the sleep timer, as choices in
    the Read Aloud menu."""
    settings = read_aloud.settings
    marks = menu.addMenu(translate("ReadAloudBar", "&Mark the Spoken Sentence"))
    _choices(
        marks,
        (
            (
                HighlightStyle.BACKGROUND.value,
                translate("ReadAloudBar", "With a &Coloured Background"),
            ),
            (HighlightStyle.UNDERLINE.value, translate("ReadAloudBar", "With an &Underline")),
            (HighlightStyle.NONE.value, translate("ReadAloudBar", "&Not at All")),
        ),
        settings.highlight.value,
        read_aloud.choose_highlight,
    )
    marks.addSeparator()
    _switch(
        marks,
        translate("ReadAloudBar", "Mark the Spoken &Word Too"),
        settings.mark_words,
        read_aloud.set_mark_words,
    )
    notes = menu.addMenu(translate("ReadAloudBar", "&Footnotes"))
    _switch(
        notes,
        translate("ReadAloudBar", "&Read the Footnotes"),
        settings.read_footnotes,
        read_aloud.set_read_footnotes,
        translate("ReadAloudBar", "Read the notes at the end of the article, or skip them"),
    )
    _switch(
        notes,
        translate("ReadAloudBar", "Say References as “&Note 1”"),
        settings.say_note_references,
        read_aloud.set_say_note_references,
        translate(
            "ReadAloudBar",
            "Say where a sentence refers to a footnote, or read the sentence without it",
        ),
    )
    _switch(
        menu,
        translate("ReadAloudBar", "Describe P&ictures"),
        settings.describe_pictures,
        read_aloud.set_describe_pictures,
        translate(
            "ReadAloudBar", "Read each picture's description where it stands, or skip pictures"
        ),
        "describe_pictures",
    )
    numbers = _list_numbers_menu(menu, read_aloud)
    _switch(
        menu,
        translate("ReadAloudBar", "Read &Code Blocks"),
        settings.read_code_blocks,
        read_aloud.set_read_code_blocks,
        translate("ReadAloudBar", "Read code blocks line by line, or skip them without a word"),
        "read_code_blocks",
    )
    pauses = _pauses_menu(menu, read_aloud)
    one_voice = _switch(
        menu,
        translate("ReadAloudBar", "One &Voice for All Languages"),
        settings.one_voice_for_all,
        read_aloud.set_one_voice_for_all,
        translate(
            "ReadAloudBar",
            "Read every part, whatever its language, in the chosen voice (or the article "
            "language's). A voice cannot read every script: an English voice spells Urdu "
            "words out letter by letter.",
        ),
        "one_voice_for_all",
    )
    one_voice.setToolTip(one_voice.statusTip())

    arabic = menu.addMenu(translate("ReadAloudBar", "Read Unmarked &Arabic-Script Text As"))
    _choices(
        arabic,
        (  # Languages written in Arabic script that espeak-ng has a voice for.
            ("ur", translate("ReadAloudBar", "&Urdu")),
            ("sd", translate("ReadAloudBar", "&Sindhi")),
            ("ps", translate("ReadAloudBar", "&Pashto")),
            ("fa", translate("ReadAloudBar", "P&ersian")),
            ("ar", translate("ReadAloudBar", "&Arabic")),
        ),
        settings.arabic_script_language,
        read_aloud.choose_arabic_script_language,
    )
    sleep = menu.addMenu(translate("ReadAloudBar", "Sleep &Timer"))
    sleep_group = _choices(
        sleep,
        (
            (
                minutes,
                translate("ReadAloudBar", "&Off")
                if minutes == 0
                else translate("ReadAloudBar", "Pause after {n} min").format(n=minutes),
            )
            for minutes in SLEEP_TIMER_MINUTES
        ),
        0,
        read_aloud.choose_sleep_timer,
    )
    read_aloud.sleepTimerEnded.connect(sleep_group.actions()[0].trigger)  # back to Off
    menu.insertMenu(before, marks)
    menu.insertMenu(before, notes)
    menu.insertMenu(before, numbers)
    menu.insertMenu(before, pauses)
    menu.insertMenu(before, arabic)
    menu.insertMenu(before, sleep)


def _switch(
    menu: QMenu,
    text: str,
    checked: bool,
    on_toggled: Callable[[bool], None],
    tip: str = "",
    name: str = "",
) -> QAction:
    """A checkable item of `menu`, calling `on_toggled(checked)` when switched."""
    action = menu.addAction(text)
    action.setObjectName(name)
    action.setCheckable(True)
    action.setChecked(checked)
    if tip:
        action.setStatusTip(tip)
    action.toggled.connect(on_toggled)
    return action


def _choices(
    menu: QMenu,
    choices: Iterable[tuple[object, str]],
    current: object,
    on_chosen: Callable[[QAction], None],
) -> QActionGroup:
    """One item of `menu` per (value, text), exclusive, the one whose value is `current`
    checked; `on_chosen(action)` is called with the chosen item (its value is its data)."""
    group = QActionGroup(menu)
    for value, text in choices:
        action = group.addAction(text)
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        menu.addAction(action)
    group.triggered.connect(on_chosen)
    return group


def _list_numbers_menu(menu: QMenu, read_aloud: ReadAloud) -> QMenu:
    """How a numbered list item's number is said: "1." or "item 1"."""
    numbers = menu.addMenu(translate("ReadAloudBar", "Say List &Numbers"))
    _choices(
        numbers,
        (
            (ListNumbers.NUMBER.value, translate("ReadAloudBar", "As Shown, “&1.”")),
            (ListNumbers.ITEM.value, translate("ReadAloudBar", "As “&Item 1”")),
        ),
        read_aloud.settings.list_numbers.value,
        read_aloud.choose_list_numbers,
    )
    return numbers


def _pauses_menu(menu: QMenu, read_aloud: ReadAloud) -> QMenu:
    """The pause after headings, paragraphs and list items, each a choice of lengths."""
    pauses = menu.addMenu(translate("ReadAloudBar", "&Pauses"))
    settings = read_aloud.settings
    for name, current, title in (
        (
            "pause_after_heading_ms",
            settings.pause_after_heading_ms,
            translate("ReadAloudBar", "After &Headings"),
        ),
        (
            "pause_after_paragraph_ms",
            settings.pause_after_paragraph_ms,
            translate("ReadAloudBar", "After &Paragraphs"),
        ),
        (
            "pause_after_list_item_ms",
            settings.pause_after_list_item_ms,
            translate("ReadAloudBar", "After &List Items"),
        ),
    ):
        lengths = pauses.addMenu(title)
        lengths.setObjectName(name)
        _choices(
            lengths,
            (
                (
                    (name, milliseconds),
                    translate("ReadAloudBar", "&No Pause")
                    if milliseconds == 0
                    else translate("ReadAloudBar", "{seconds} seconds").format(
                        seconds=QLocale().toString(milliseconds / 1000, "g", 3)
                    ),
                )
                for milliseconds in sorted({*PAUSE_CHOICES_MS, current})  # a saved odd one too
            ),
            (name, current),
            read_aloud.set_pause,
        )
    return pauses
