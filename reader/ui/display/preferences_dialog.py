"""One accessible dialog for every display preference, previewed live in the window."""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.display.appearance import (
    FIELD_RANGES,
    FONT_WEIGHTS,
    PRESETS,
    Appearance,
    with_preset,
)
from reader.core.display.themes import (
    CUSTOM_THEME_NAME,
    best_extreme,
    format_ratio,
    judge_custom_colours,
)
from reader.core.language.tags import native_language_name
from reader.ui.accessibility.announcer import Announcer
from reader.ui.display.fonts import BUNDLED_FAMILIES
from reader.ui.display.language import available_languages
from reader.ui.display.theming import add_theme_choices
from reader.ui.widgets.form import labelled


class PreferencesDialog(QDialog):
    """Emits appearanceChanged on every change; Cancel brings back what was there before."""

    appearanceChanged = Signal(Appearance)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        appearance: Appearance,
        parent: QWidget | None = None,
        *,
        defaults: Appearance | None = None,
        announcer: Announcer | None = None,
    ) -> None:
        super().__init__(parent)
        self._announcer = announcer
        self.setWindowTitle(self.tr("Display Preferences"))
        self.setAccessibleName(self.tr("Display Preferences"))
        self._original = appearance
        self._defaults = defaults or Appearance()
        self._appearance = appearance
        self._updating = False

        self.text_size = _percent_spin("text_scale", 10)
        self.font_family = QComboBox()
        self.font_family.addItems(list(BUNDLED_FAMILIES))
        self.font_family.insertSeparator(len(BUNDLED_FAMILIES))
        installed = [
            family for family in QFontDatabase.families() if family not in BUNDLED_FAMILIES
        ]
        self.font_family.addItems(installed)
        self.font_weight = QComboBox()
        for weight, label in zip(
            FONT_WEIGHTS, (self.tr("Normal"), self.tr("Medium"), self.tr("Bold")), strict=True
        ):
            self.font_weight.addItem(label, weight)
        self.line_spacing = _double_spin("line_spacing", 0.1, self.tr(" × text size"))
        self.paragraph_spacing = _double_spin("paragraph_spacing", 0.25, self.tr(" × text size"))
        self.letter_spacing = _double_spin("letter_spacing", 0.02, self.tr(" × text size"))
        self.word_spacing = _double_spin("word_spacing", 0.04, self.tr(" × text size"))
        self.column_characters = _spin("column_characters", 5, self.tr(" characters"))
        self.justify = QCheckBox(self.tr("&Justify text (align both edges)"))
        self.hyphenate = QCheckBox(self.tr("Hyphenate words: brea&k long words at line ends"))
        self.hyphenate.setAccessibleDescription(
            self.tr(
                "Long words are broken at line ends with a hyphen: smaller gaps in justified "
                "text and narrow columns. The text read, copied and found stays the same."
            )
        )
        self.plain_styling = QCheckBox(
            self.tr("Plain st&yling: no bold, italic or underline (links stay underlined)")
        )
        self.sentence_case = QCheckBox(self.tr("Show passages in capitals in senten&ce case"))
        self.show_footnotes = QCheckBox(self.tr("Show footnotes and their nu&mbers"))
        self.show_pictures = QCheckBox(
            self.tr("Show pictures (when off, their descriptions are &given instead)")
        )
        self.theme = QComboBox()
        add_theme_choices(self.theme)
        self.custom_text = QPushButton()
        self.custom_background = QPushButton()
        self.contrast = QLabel()
        self.contrast.setWordWrap(True)
        self.contrast.setAccessibleName(self.tr("Contrast of the custom colours"))
        self.reading_ruler = _spin("reading_ruler", 1, self.tr(" lines"))
        self.reading_ruler.setSpecialValueText(self.tr("Off"))
        self.dimming = _percent_spin("dimming", 10)
        self.interface_size = _percent_spin("interface_scale", 10)
        self.language = QComboBox()
        # Each language by its own name, so that a reader finds theirs whatever is shown.
        self.language.addItem(self.tr("System language"), "")
        for code in available_languages():
            self.language.addItem(native_language_name(code), code)
        self.preset = QComboBox()
        for name in PRESETS:
            self.preset.addItem(QCoreApplication.translate("presets", name), name)
        self.apply_preset = QPushButton(self.tr("Apply &Preset"))
        self.reset = QPushButton(self.tr("&Reset to Defaults"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        self._build_layout()
        self._show(appearance)
        self._connect()

    @property
    def appearance(self) -> Appearance:
        return self._appearance

    def _build_layout(self) -> None:
        text = QFormLayout()
        text.addRow(labelled(self.tr("Text &size:"), self.text_size), self.text_size)
        text.addRow(labelled(self.tr("&Font:"), self.font_family), self.font_family)
        text.addRow(labelled(self.tr("&Weight:"), self.font_weight), self.font_weight)
        spacing = QFormLayout()
        spacing.addRow(labelled(self.tr("&Line spacing:"), self.line_spacing), self.line_spacing)
        spacing.addRow(
            labelled(self.tr("P&aragraph spacing:"), self.paragraph_spacing), self.paragraph_spacing
        )
        spacing.addRow(
            labelled(self.tr("Le&tter spacing:"), self.letter_spacing), self.letter_spacing
        )
        spacing.addRow(labelled(self.tr("W&ord spacing:"), self.word_spacing), self.word_spacing)
        spacing.addRow(
            labelled(self.tr("Line le&ngth (at most):"), self.column_characters),
            self.column_characters,
        )
        spacing.addRow(self.justify)
        spacing.addRow(self.hyphenate)
        spacing.addRow(self.plain_styling)
        spacing.addRow(self.sentence_case)
        spacing.addRow(self.show_footnotes)
        spacing.addRow(self.show_pictures)
        colours = QFormLayout()
        colours.addRow(labelled(self.tr("T&heme:"), self.theme), self.theme)
        colours.addRow(
            labelled(self.tr("Custom te&xt colour:"), self.custom_text), self.custom_text
        )
        colours.addRow(
            labelled(self.tr("Custom &background colour:"), self.custom_background),
            self.custom_background,
        )
        colours.addRow(self.contrast)
        aids = QFormLayout()
        aids.addRow(
            labelled(
                self.tr("Reading r&uler:"),
                self.reading_ruler,
                self.tr("Dims all but the lines around the caret; follows the keyboard."),
            ),
            self.reading_ruler,
        )
        aids.addRow(labelled(self.tr("&Dim the screen by:"), self.dimming), self.dimming)
        aids.addRow(
            labelled(
                self.tr("&Interface size:"),
                self.interface_size,
                self.tr("The size of menus, panels and dialogs, apart from the article's text."),
            ),
            self.interface_size,
        )
        aids.addRow(
            labelled(
                self.tr("&Language:"),
                self.language,
                self.tr("The language of menus and dialogs; it changes when you choose OK."),
            ),
            self.language,
        )
        presets = QHBoxLayout()
        presets.addWidget(labelled(self.tr("Pr&esets:"), self.preset))
        presets.addWidget(self.preset, 1)
        presets.addWidget(self.apply_preset)
        presets.addWidget(self.reset)

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(_group(self.tr("Text"), text))
        left.addWidget(_group(self.tr("Spacing and layout"), spacing))
        right.addWidget(_group(self.tr("Colours"), colours))
        right.addWidget(_group(self.tr("Reading aids and interface"), aids))
        right.addStretch(1)
        columns.addLayout(left)
        columns.addLayout(right)
        # At a large interface size the settings scroll; the buttons below them stay in view.
        settings = QWidget()
        settings_layout = QVBoxLayout(settings)
        settings_layout.addLayout(columns)
        settings_layout.addLayout(presets)
        scroller = QScrollArea()
        scroller.setWidget(settings)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.buttons)
        screen = self.screen().availableGeometry()
        wanted = settings.sizeHint()
        self.resize(
            min(wanted.width() + 40, screen.width() - 40),
            min(wanted.height() + 80, screen.height() - 60),
        )

    def _connect(self) -> None:
        for spin in (
            self.text_size,
            self.column_characters,
            self.reading_ruler,
            self.dimming,
            self.interface_size,
        ):
            spin.valueChanged.connect(self._read_controls)
        for spin in (
            self.line_spacing,
            self.paragraph_spacing,
            self.letter_spacing,
            self.word_spacing,
        ):
            spin.valueChanged.connect(self._read_controls)
        for combo in (self.font_family, self.font_weight, self.theme, self.language):
            combo.currentIndexChanged.connect(self._read_controls)
        self.justify.toggled.connect(self._read_controls)
        self.hyphenate.toggled.connect(self._read_controls)
        self.plain_styling.toggled.connect(self._read_controls)
        self.sentence_case.toggled.connect(self._read_controls)
        self.show_footnotes.toggled.connect(self._read_controls)
        self.show_pictures.toggled.connect(self._read_controls)
        self.custom_text.clicked.connect(self._choose_text_colour)
        self.custom_background.clicked.connect(self._choose_background_colour)
        self.apply_preset.clicked.connect(self._apply_preset)
        self.reset.clicked.connect(self._reset)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def original(self) -> Appearance:
        """The appearance as it was when the dialog opened."""
        return self._original

    def reject(self) -> None:
        """Cancel: the window goes back to how it looked before the dialog opened."""
        self._change(self._original)
        super().reject()

    def _show(self, appearance: Appearance) -> None:
        """Put an appearance into the controls without reading them back."""
        self._updating = True
        self.text_size.setValue(round(appearance.text_scale * 100))
        index = self.font_family.findText(appearance.font_family)
        if index < 0:
            self.font_family.addItem(appearance.font_family)
            index = self.font_family.count() - 1
        self.font_family.setCurrentIndex(index)
        self.font_weight.setCurrentIndex(self.font_weight.findData(appearance.font_weight))
        self.line_spacing.setValue(appearance.line_spacing)
        self.paragraph_spacing.setValue(appearance.paragraph_spacing)
        self.letter_spacing.setValue(appearance.letter_spacing)
        self.word_spacing.setValue(appearance.word_spacing)
        self.column_characters.setValue(appearance.column_characters)
        self.justify.setChecked(appearance.justify)
        self.hyphenate.setChecked(appearance.hyphenate)
        self.plain_styling.setChecked(appearance.plain_styling)
        self.sentence_case.setChecked(appearance.sentence_case)
        self.show_footnotes.setChecked(appearance.show_footnotes)
        self.show_pictures.setChecked(appearance.show_pictures)
        self.theme.setCurrentIndex(self.theme.findData(appearance.theme))
        self.reading_ruler.setValue(appearance.reading_ruler)
        self.dimming.setValue(round(appearance.dimming * 100))
        self.interface_size.setValue(round(appearance.interface_scale * 100))
        index = self.language.findData(appearance.language)
        if index < 0:  # a language this installation has no translation for
            self.language.addItem(native_language_name(appearance.language), appearance.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        self._show_custom_colours(appearance)
        self._updating = False

    def _show_custom_colours(self, appearance: Appearance) -> None:
        custom = appearance.theme == CUSTOM_THEME_NAME
        for button, colour in (
            (self.custom_text, appearance.custom_text),
            (self.custom_background, appearance.custom_background),
        ):
            button.setText(colour)
            button.setEnabled(custom)
            # The swatch only while it can be chosen: a coloured disabled button looks enabled.
            swatch = f"background: {colour}; color: {best_extreme(colour)};" if custom else ""
            button.setStyleSheet(swatch)
        verdict = judge_custom_colours(appearance.custom_text, appearance.custom_background)
        ratio = format_ratio(verdict.ratio)
        if not verdict.accepted:  # kept from an older preferences file: say so, not "refused"
            message = self.tr("Contrast {ratio}:1: too low, below 4.5:1.").format(ratio=ratio)
        else:
            message = verdict.message or self.tr("Contrast {ratio}:1.").format(ratio=ratio)
        self.contrast.setText(message)
        self.contrast.setEnabled(custom)

    def _read_controls(self) -> None:
        if self._updating:
            return
        self._change(
            self._appearance.changed(
                text_scale=self.text_size.value() / 100,
                font_family=self.font_family.currentText(),
                font_weight=self.font_weight.currentData(),
                line_spacing=self.line_spacing.value(),
                paragraph_spacing=self.paragraph_spacing.value(),
                letter_spacing=self.letter_spacing.value(),
                word_spacing=self.word_spacing.value(),
                column_characters=self.column_characters.value(),
                justify=self.justify.isChecked(),
                hyphenate=self.hyphenate.isChecked(),
                plain_styling=self.plain_styling.isChecked(),
                sentence_case=self.sentence_case.isChecked(),
                show_footnotes=self.show_footnotes.isChecked(),
                show_pictures=self.show_pictures.isChecked(),
                theme=self.theme.currentData(),
                reading_ruler=self.reading_ruler.value(),
                dimming=self.dimming.value() / 100,
                interface_scale=self.interface_size.value() / 100,
                language=self.language.currentData(),
            )
        )

    def _change(self, appearance: Appearance) -> None:
        self._appearance = appearance
        self._show_custom_colours(appearance)
        self.appearanceChanged.emit(appearance)

    def _choose_text_colour(self) -> None:
        self._choose_colour("custom_text", self.tr("Text Colour"))

    def _choose_background_colour(self) -> None:
        self._choose_colour("custom_background", self.tr("Background Colour"))

    def _choose_colour(self, field: str, title: str) -> None:
        current = QColor(getattr(self._appearance, field))
        chosen = QColorDialog.getColor(current, self, title)
        if chosen.isValid():
            self.set_custom_colour(field, chosen.name())

    def set_custom_colour(self, field: str, colour: str) -> bool:
        """Use `colour` ("#rrggbb") for "custom_text" or "custom_background" unless the pair
        falls below 4.5:1; a refusal or a warning (below 7:1) is shown and announced to
        screen readers. Answers whether the colour was used."""
        changed = self._appearance.changed(**{field: colour})
        verdict = judge_custom_colours(changed.custom_text, changed.custom_background)
        if verdict.accepted:
            self._change(changed)
        else:
            self.contrast.setText(verdict.message)
        if verdict.message and self._announcer is not None:
            self._announcer.announce(verdict.message)
        return verdict.accepted

    def _apply_preset(self) -> None:
        appearance = with_preset(self._appearance, self.preset.currentData())
        self._show(appearance)
        self._change(appearance)

    def _reset(self) -> None:
        """Back to the defaults: Reader's own, or those an NGO set for this machine."""
        self._show(self._defaults)
        self._change(self._defaults)


def _spin(field: str, step: int, suffix: str) -> QSpinBox:
    """A spin box over the field's range, as the core declares it."""
    minimum, maximum = FIELD_RANGES[field]
    spin = QSpinBox()
    spin.setRange(int(minimum), int(maximum))
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)  # typing "150" previews once, not at 1 and 15
    return spin


def _percent_spin(field: str, step: int) -> QSpinBox:
    """A spin box in per cent for a field stored as a fraction (1.0 is 100 %)."""
    minimum, maximum = FIELD_RANGES[field]
    spin = QSpinBox()
    spin.setRange(round(minimum * 100), round(maximum * 100))
    spin.setSingleStep(step)
    spin.setSuffix(" %")
    spin.setKeyboardTracking(False)
    return spin


def _double_spin(field: str, step: float, suffix: str) -> QDoubleSpinBox:
    minimum, maximum = FIELD_RANGES[field]
    spin = QDoubleSpinBox()
    spin.setRange(minimum, maximum)
    spin.setSingleStep(step)
    spin.setDecimals(2)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin


def _group(title: str, layout: QFormLayout) -> QGroupBox:
    group = QGroupBox(title)
    group.setLayout(layout)
    return group
