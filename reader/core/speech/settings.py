"""The reader's read-aloud settings, clamped to what is allowed whenever they are read."""

import json
from dataclasses import asdict, dataclass, replace
from enum import StrEnum

from reader.core.speech.synthesiser import MAXIMUM_SPEED, MINIMUM_SPEED

SLEEP_TIMER_MINUTES = (0, 5, 10, 15, 30, 45, 60, 90)


class HighlightStyle(StrEnum):
    BACKGROUND = "background"
    UNDERLINE = "underline"
    NONE = "none"  # nothing drawn; the view still follows the speech


@dataclass(frozen=True)
class SpeechSettings:
    voice_id: str = ""  # "" lets each language pick its voice
    speed: float = 1.0
    volume: float = 1.0
    highlight: HighlightStyle = HighlightStyle.BACKGROUND
    mark_words: bool = True  # the word being spoken too, where the engine times its words
    continue_to_next_article: bool = False
    # What read-aloud skips (DAISY RA-20): a footnote's reference is silent unless said as
    # "note 1"; the notes themselves are read where they are, at the end, unless skipped.
    say_note_references: bool = False
    read_footnotes: bool = True
    # A picture is said as "Picture: " and its description where it stands, or skipped.
    describe_pictures: bool = True

    # The language unmarked Arabic-script text is read as (a BCP 47 tag): Urdu for
    # Reader's readers, whose articles quote Urdu far more than Arabic or Persian.
    arabic_script_language: str = "ur"

    def clamped(self) -> "SpeechSettings":
        return replace(
            self,
            speed=round(min(max(self.speed, MINIMUM_SPEED), MAXIMUM_SPEED), 2),
            volume=round(min(max(self.volume, 0.0), 1.0), 2),
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str | None) -> "SpeechSettings":
        """Saved settings; anything missing, mistyped or out of range falls back or is clamped."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        defaults = cls()
        values = {}
        for name, default in asdict(defaults).items():
            value = data.get(name, default)
            if isinstance(default, bool):
                values[name] = value if isinstance(value, bool) else default
            elif isinstance(default, float):
                number = isinstance(value, int | float) and not isinstance(value, bool)
                values[name] = float(value) if number else default
            elif isinstance(default, HighlightStyle):
                values[name] = HighlightStyle(value) if value in set(HighlightStyle) else default
            else:
                values[name] = value if isinstance(value, str) else default
        return cls(**values).clamped()
