"""Escape pressed three times quickly: the quick exit's second way, for a keyboard or a
reader that cannot press Shift with Escape.

Safety-minded web sites use the same gesture (Escape pressed repeatedly) beside a visible
button; a single Escape already stops reading aloud and closes panels, so it takes three.
"""

from collections import deque

PRESSES = 3
WITHIN_SECONDS = 1.0


class RepeatedPress:
    """Counts presses of one key; `press(t)` is True when it completes `count` presses
    within `window` seconds (t in seconds, from any monotonic clock). A completed series
    starts over: a fourth press does not count as a new series of three."""

    def __init__(self, count: int = PRESSES, window: float = WITHIN_SECONDS) -> None:
        self._count = count
        self._window = window
        self._times: deque[float] = deque(maxlen=count)

    def press(self, t: float) -> bool:
        self._times.append(t)
        if len(self._times) == self._count and t - self._times[0] <= self._window:
            self._times.clear()
            return True
        return False

    def reset(self) -> None:
        """Another key came between: the presses are not in a row."""
        self._times.clear()
