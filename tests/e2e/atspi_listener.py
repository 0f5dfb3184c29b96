"""What a screen reader hears from Reader, through AT-SPI (the Linux accessibility bus).

Run with Debian's system Python, which has pyatspi (python3-pyatspi), in a session where
the accessibility bus runs. Prints one JSON line per announcement Reader makes, after a
first line describing the application's accessible tree, and one per focus change;
ends after the given seconds.
"""

import json
import sys

import pyatspi
from gi.repository import GLib


def emit(record: dict) -> None:
    print(json.dumps(record), flush=True)


def walk(node, depth: int = 0):
    yield node, depth
    if depth < 12:
        for index in range(node.childCount):
            child = node.getChildAtIndex(index)
            if child is not None:
                yield from walk(child, depth + 1)


def describe_reader() -> bool:
    desktop = pyatspi.Registry.getDesktop(0)
    reader = next((app for app in desktop if app and app.name == "Reader" and app.childCount), None)
    if reader is None:
        return True  # not there yet: ask again
    nodes = [(node.getRoleName(), node.name or "") for node, _ in walk(reader)]
    article = next(node for node, _ in walk(reader) if (node.name or "").startswith("Article:"))
    text = article.queryText()
    emit({"tree": nodes, "article_text": text.getText(0, 200), "caret": text.caretOffset})
    return False


def on_announcement(event) -> None:
    emit({"announcement": str(event.any_data), "source": event.source.name or ""})


def on_focus(event) -> None:
    if event.detail1:  # gained, not lost
        emit({"focus": [event.source.getRoleName(), event.source.name or ""]})


pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
GLib.timeout_add(200, describe_reader)
GLib.timeout_add_seconds(int(sys.argv[1]), lambda: pyatspi.Registry.stop())
pyatspi.Registry.start()
