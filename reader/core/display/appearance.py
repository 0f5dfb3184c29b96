"""How the reader wants text to look: size, face, spacing, column, colours, dimming.

Every value that comes from outside (the preferences file, a machine's defaults, the
settings dialog) goes through `Appearance.from_dict`, which clamps each number to its
range and replaces anything unusable with that field's default, so one bad value never
costs the reader the rest of their settings. `value_problems` says what was wrong, so
that a file's bad values are reported rather than silently dropped. Types and ranges
are checked before any arithmetic: a number of 400 digits is out of range, not an
overflow.
"""

import json
import math
import re
import unicodedata
from dataclasses import asdict, dataclass, fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reader.core.display.themes import (
    BUILT_IN_THEMES,
    CUSTOM_THEME_NAME,
    Theme,
    custom_theme,
    dimmed,
    normalised,
    theme_named,
)

# The smallest and largest value of each numeric field; the settings dialog's sliders
# read them from here.
FIELD_RANGES: dict[str, tuple[float, float]] = {
    "text_scale": (0.5, 4.0),
    "line_spacing": (1.0, 3.0),  # a multiple of the font size
    "paragraph_spacing": (0.0, 4.0),  # em after each paragraph
    "letter_spacing": (0.0, 0.5),  # em; WCAG 1.4.12 asks that 0.12 work
    "word_spacing": (0.0, 1.0),  # em; WCAG 1.4.12 asks that 0.16 work
    "column_characters": (30, 200),
    "reading_ruler": (0, 5),  # lines left undimmed around the caret; 0 is off
    "dimming": (0.0, 0.8),  # how far backgrounds darken towards black (see themes.dimmed)
    "interface_scale": (0.5, 3.0),
}
FONT_WEIGHTS = ("normal", "medium", "bold")
THEME_NAMES = (*(theme.name for theme in BUILT_IN_THEMES), CUSTOM_THEME_NAME)
COLOUR_FIELDS = ("custom_text", "custom_background")
SHOWN_VALUE_CHARACTERS = 40  # a bad value is quoted in a message up to this length
# ISO 639 codes: Reader's translation files are named by them (reader_ur.ts).
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp"})  # Unicode categories shown as ⟨U+XXXX⟩

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Appearance:
    text_scale: float = 1.0
    font_family: str = "Noto Sans"
    font_weight: str = "normal"
    line_spacing: float = 1.5
    paragraph_spacing: float = 1.0
    letter_spacing: float = 0.0
    word_spacing: float = 0.0
    column_characters: int = 80
    justify: bool = False
    # Words broken at line ends with a hyphen (reader.core.display.hyphenation).
    hyphenate: bool = False
    # Bold, italic and underline shown as plain text (links keep their underline), for
    # readers whom emphasis hinders more than it helps.
    plain_styling: bool = False
    # Passages in capitals shown in sentence case (reader.core.display.sentence_case).
    sentence_case: bool = False
    # Footnotes and pictures can be hidden (DAISY reading-app requirements: hide footnotes
    # or images as chosen); hidden, their text stays, see reader.core.display.hidden_content.
    show_footnotes: bool = True
    show_pictures: bool = True
    # The dashed underline under a highlight with a note (the reader's own, not an article's).
    show_note_markers: bool = True
    theme: str = "Light"
    # False while the theme follows the system's colour scheme and high-contrast setting;
    # True once the reader (or a machine's defaults) picks one.
    theme_chosen: bool = False
    custom_text: str = "#000000"
    custom_background: str = "#ffffff"
    reading_ruler: int = 0
    dimming: float = 0.0
    interface_scale: float = 1.0
    # The interface language: "" follows the system, else a code such as "ur" or "en".
    language: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> "Appearance":
        """An appearance from plain data, each field checked and clamped on its own."""
        if not isinstance(data, dict):
            return cls()
        values = {}
        for field in fields(cls):
            if field.name in data:
                value = _checked(field.name, field.type, data[field.name])
                if value is not None:
                    values[field.name] = value
        return cls(**values)

    def changed(self, **changes: object) -> "Appearance":
        """A copy with `changes`, checked and clamped as from_dict does."""
        unknown = set(changes) - {field.name for field in fields(self)}
        if unknown:
            raise TypeError(f"Appearance has no field {', '.join(sorted(unknown))}")
        return Appearance.from_dict({**self.to_dict(), **changes})

    def theme_colours(self) -> Theme:
        """The colours to paint with: the chosen built-in theme, or the reader's own, with
        the backgrounds dimmed as far as the dimming asks and the text allows."""
        theme = theme_named(self.theme) or custom_theme(self.custom_text, self.custom_background)
        return dimmed(theme, self.dimming) if self.dimming else theme


def _checked(name: str, kind: object, value: object) -> object | None:
    """`value` made fit for the field, or None when it cannot be (the default is kept)."""
    if kind is bool:
        return value if isinstance(value, bool) else None
    if kind is str:
        return _checked_text(name, value)
    if not _is_number(value, kind):
        return None
    low, high = FIELD_RANGES[name]
    # Compared before any conversion: Python compares an int of any size with a float
    # exactly, whereas float() of a 400-digit int raises OverflowError.
    return kind(low if value < low else high if value > high else value)


def _is_number(value: object, kind: object) -> bool:
    """Whether `value` is a finite number of the field's kind (an int field takes 2.0)."""
    # bool is an int to Python but never a number in a preferences file.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, float):
        return math.isfinite(value) and (kind is float or value.is_integer())
    return True


def value_problems(data: dict) -> dict[str, str]:
    """For each known field in `data` whose value from_dict would not keep as it is (wrong
    type, unknown name, out of range), the field's name and a sentence saying so; {} when
    all are good. Fields this Reader does not know (a newer Reader's) are not problems."""
    problems = {}
    for field in fields(Appearance):
        if field.name not in data:
            continue
        value = data[field.name]
        checked = _checked(field.name, field.type, value)
        if checked is None:
            problems[field.name] = translate("appearance", "“{field}” cannot be {value}.").format(
                field=field.name, value=_shown(value)
            )
        elif field.name in FIELD_RANGES and checked != value:
            low, high = FIELD_RANGES[field.name]
            problems[field.name] = translate(
                "appearance", "“{field}” is {value}; it must be from {low} to {high}."
            ).format(field=field.name, value=_shown(value), low=f"{low:g}", high=f"{high:g}")
    return problems


def _digits(number: int) -> int:
    """How many decimal digits a positive int has, without converting it to text."""
    digits = math.floor((number.bit_length() - 1) * math.log10(2)) + 1
    return digits + 1 if number >= 10**digits else digits


def _shown(value: object) -> str:
    """`value` as the file has it, shortened: a message must not fill the screen."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**20:
        # str() of a long int is slow and refused past 4300 digits; the size is what matters.
        return translate("appearance", "a number of {digits} digits").format(
            digits=_digits(abs(value))
        )
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > SHOWN_VALUE_CHARACTERS:
        text = text[: SHOWN_VALUE_CHARACTERS - 1] + "…"
    # A bidi override or other invisible character would disguise the message around it.
    return "".join(
        f"⟨U+{ord(character):04X}⟩" if unicodedata.category(character) in INVISIBLE else character
        for character in text
    )


def _checked_text(name: str, value: object) -> str | None:
    if not isinstance(value, str):
        return None
    if name == "font_weight":
        return value if value in FONT_WEIGHTS else None
    if name == "theme":
        return value if value in THEME_NAMES else None
    if name == "language":
        return value if value == "" or LANGUAGE_CODE.fullmatch(value) else None
    if name in COLOUR_FIELDS:
        try:
            return normalised(value)
        except ValueError:
            return None
    return value.strip() or None  # font_family


# Ready-made sets of changes; each changes only the fields it names.
PRESETS: dict[str, dict[str, object]] = {
    QT_TRANSLATE_NOOP("presets", "Large print"): {
        "text_scale": 2.0,
        "line_spacing": 1.8,
        "paragraph_spacing": 1.5,
        "column_characters": 60,
        "font_weight": "medium",
    },
    QT_TRANSLATE_NOOP("presets", "High contrast, large"): {
        "theme": "High contrast",
        "text_scale": 2.0,
        "font_weight": "bold",
        "line_spacing": 1.8,
    },
    QT_TRANSLATE_NOOP("presets", "Dyslexia-friendly"): {
        "font_family": "OpenDyslexic",
        "theme": "Black on cream",
        "letter_spacing": 0.12,
        "word_spacing": 0.16,
        "line_spacing": 2.0,
        "paragraph_spacing": 2.0,
        "column_characters": 60,
        "justify": False,  # justified text opens uneven gaps between words
    },
}


def with_preset(base: Appearance, name: str) -> Appearance:
    """`base` with the preset's fields changed and the rest kept; KeyError for unknown names."""
    return base.changed(**PRESETS[name])


def system_theme(*, dark: bool, high_contrast: bool) -> str:
    """The built-in theme that matches the system's settings: high contrast wins over dark."""
    if high_contrast:
        return "High contrast"
    return "Dark" if dark else "Light"


def following_system(appearance: Appearance, *, dark: bool, high_contrast: bool) -> Appearance:
    """`appearance` in the theme the system's settings ask for, unless the reader chose one."""
    if appearance.theme_chosen:
        return appearance
    return appearance.changed(theme=system_theme(dark=dark, high_contrast=high_contrast))
