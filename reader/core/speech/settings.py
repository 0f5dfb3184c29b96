"""The reader's read-aloud settings, clamped to what is allowed whenever they are read."""

import json
import math
from dataclasses import asdict, dataclass, replace
from enum import StrEnum

# The speeds a reader may choose, 1.0 being the engine's normal rate (speech.synthesiser).
MINIMUM_SPEED, MAXIMUM_SPEED = 0.5, 3.0
SLEEP_TIMER_MINUTES = (0, 5, 10, 15, 30, 45, 60, 90)
# The pauses a reader may set, in milliseconds: 0 runs passages together; 3 s is already
# longer than any pause in speech, and a mistyped saved value stays within reach of sense.
MAXIMUM_PAUSE_MS = 3000


class ListNumbers(StrEnum):
    """How a numbered list item's number is said before it (issue 18, item 4)."""

    NUMBER = "number"  # "1." as the page shows it
    ITEM = "item"  # "item 1", the word in the item's language (passages.ITEM_WORD)


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
    list_numbers: ListNumbers = ListNumbers.NUMBER
    read_code_blocks: bool = True  # skipped code blocks are silent, as skipped notes are
    # Silence after a heading, a paragraph and a list item, in milliseconds (0 to
    # MAXIMUM_PAUSE_MS); the defaults are passages.PAUSE_AFTER's, heard before they could be set.
    pause_after_heading_ms: int = 600
    pause_after_paragraph_ms: int = 150
    pause_after_list_item_ms: int = 350
    # Stop at the end of each paragraph read, until switched off; F5 reads the next one.
    stop_after_each_paragraph: bool = False
    # The voice chosen (or the article language's) for every part, whatever its language:
    # one voice throughout, at the cost of words a voice cannot read (an English voice
    # spells Urdu letters out one by one).
    one_voice_for_all: bool = False

    # The language unmarked Arabic-script text is read as (a BCP 47 tag): Urdu for
    # Reader's readers, whose articles quote Urdu far more than Arabic or Persian.
    arabic_script_language: str = "ur"

    def clamped(self) -> "SpeechSettings":
        return replace(
            self,
            speed=round(min(max(self.speed, MINIMUM_SPEED), MAXIMUM_SPEED), 2),
            volume=round(min(max(self.volume, 0.0), 1.0), 2),
            pause_after_heading_ms=_pause(self.pause_after_heading_ms),
            pause_after_paragraph_ms=_pause(self.pause_after_paragraph_ms),
            pause_after_list_item_ms=_pause(self.pause_after_list_item_ms),
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
            elif isinstance(default, int):
                number = isinstance(value, int | float) and not isinstance(value, bool)
                values[name] = round(value) if number and math.isfinite(value) else default
            elif isinstance(default, float):
                number = isinstance(value, int | float) and not isinstance(value, bool)
                values[name] = float(value) if number else default
            elif isinstance(default, StrEnum):
                kind = type(default)
                values[name] = kind(value) if value in set(kind) else default
            else:
                values[name] = value if isinstance(value, str) else default
        return cls(**values).clamped()


def _pause(milliseconds: int) -> int:
    return min(max(int(milliseconds), 0), MAXIMUM_PAUSE_MS)
