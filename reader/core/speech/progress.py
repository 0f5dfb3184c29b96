"""Progress of long speech work (export, encoding), and how a reader cancels it.

Both the exporter and the encoder report progress through a callback that answers
False to cancel; both then raise the one ExportCancelledError defined here, so neither
module needs the other to name it.
"""

from collections.abc import Callable

# Called with (steps done, steps in all); answers False to cancel.
Progress = Callable[[int, int], bool]


class ExportCancelledError(Exception):
    """The reader cancelled an export; nothing was written."""
