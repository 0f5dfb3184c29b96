"""Bidirectional-text controls in short texts shown on one line (titles, authors).

A title is shown inside a list row, a window title and an announcement. An explicit
override (U+202E RIGHT-TO-LEFT OVERRIDE) or an embedding left open in it reorders
everything after it, so a title can display reversed, or spill its direction into the
text around it. Unicode's Bidirectional Algorithm (UAX #9, section 2.2 and 2.4) defines
these as the explicit formatting characters; a one-line label never needs them: its
direction comes from its own letters (the first strong character, UAX #9 rule P2).
"""

import re

# UAX #9 explicit directional formatting characters: embeddings and overrides
# (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI). The implicit marks
# (LRM U+200E, RLM U+200F, ALM U+061C) are kept: they change no order by themselves.
_EXPLICIT_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# The implicit marks (UAX #9 §2.6): strong characters of no width, to give a neutral
# character, or a text's start, a direction.
LEFT_TO_RIGHT_MARK = "\u200e"
RIGHT_TO_LEFT_MARK = "\u200f"


def strip_bidi_controls(text: str) -> str:
    """`text` without explicit bidi embeddings, overrides and isolates (UAX #9 §2.2, §2.4).

    >>> strip_bidi_controls("\u202eevil.exe")
    'evil.exe'
    """
    return _EXPLICIT_CONTROLS.sub("", text)
