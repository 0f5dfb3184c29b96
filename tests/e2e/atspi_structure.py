"""What a screen reader finds in Reader's article, through AT-SPI (the Linux accessibility bus).

Run with Debian's system Python, which has pyatspi (python3-pyatspi), where the
accessibility bus runs. Prints one JSON line describing the article's document (every
node: role, name, level, extents, states, table position, actions, locale, description,
attributes) and the focusable nodes of the whole window that have no name; then one line
per focus change and per notification shown, until the given seconds have passed.
Standard input commands: "press NAME" does a link's action, "describe" describes the
document again (as {"again": [nodes]}).
"""

import json
import sys

import pyatspi
from gi.repository import Atspi, GLib


def emit(record: dict) -> None:
    print(json.dumps(record), flush=True)


def walk(node, depth: int = 0):
    yield node
    if depth < 30:
        for index in range(node.childCount):
            child = node.getChildAtIndex(index)
            if child is not None:
                yield from walk(child, depth + 1)


def reader_app():
    desktop = pyatspi.Registry.getDesktop(0)
    return next((app for app in desktop if app and app.name == "Reader" and app.childCount), None)


def describe(node) -> dict:
    attributes = dict(item.split(":", 1) for item in node.getAttributes() or [])
    extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    record = {
        "role": node.getRoleName(),
        "name": node.name or "",
        "level": attributes.get("level", ""),
        "extents": [extents.x, extents.y, extents.width, extents.height],
        "states": sorted(pyatspi.stateToString(s) for s in node.getState().getStates()),
        "interfaces": sorted(pyatspi.listInterfaces(node)),
        "locale": Atspi.Accessible.get_object_locale(node),
        "description": node.description or "",
        "attributes": attributes,
    }
    if "TableCell" in record["interfaces"]:
        cell = Atspi.Accessible.get_table_cell(node)
        _, row, column = Atspi.TableCell.get_position(cell)
        record["cell"] = [row, column]
    if "Action" in record["interfaces"]:
        action = node.queryAction()
        record["actions"] = [action.getName(i) for i in range(action.nActions)]
    return record


def document_of(app):
    for node in walk(app):
        if node.getRoleName() == "document frame":
            return node
    return None


def describe_reader() -> bool:
    app = reader_app()
    document = document_of(app) if app is not None else None
    if document is None or not document.childCount:
        return True  # not there yet: ask again
    nodes = [describe(node) for node in walk(document)]
    unnamed = [
        describe(node)
        for node in walk(app)
        if node.getState().contains(pyatspi.STATE_FOCUSABLE)
        and node.getState().contains(pyatspi.STATE_SHOWING)
        and not (node.name or "").strip()
    ]
    parent = document.parent
    emit(
        {
            "document": nodes,
            "document_parent": [parent.getRoleName(), parent.name or ""],
            "unnamed_focusable": unnamed,
        }
    )
    GLib.io_add_watch(sys.stdin, GLib.IO_IN, on_command)
    return False


def on_command(source, condition) -> bool:
    line = source.readline().strip()
    if line.startswith("press "):
        name = line[len("press ") :]
        link = next(n for n in walk(document_of(reader_app())) if n.name == name)
        link.queryAction().doAction(0)
        emit({"pressed": name})
    elif line == "describe":
        emit({"again": [describe(node) for node in walk(document_of(reader_app()))]})
    return bool(line)


def on_focus(event) -> None:
    if event.detail1:
        attributes = dict(item.split(":", 1) for item in event.source.getAttributes() or [])
        emit(
            {
                "focus": event.source.getRoleName(),
                "name": event.source.name or "",
                "level": attributes.get("level", ""),
            }
        )


def on_showing(event) -> None:
    if event.detail1 and event.source.getRole() == pyatspi.ROLE_NOTIFICATION:
        emit({"notification": event.source.name or ""})


def on_name_changed(event) -> None:
    """Nothing to do: listening makes Qt send name changes, which keep names read fresh
    (without a listener, the notice's name would be read from a stale cache)."""


pyatspi.Registry.registerEventListener(on_name_changed, "object:property-change:accessible-name")
pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
pyatspi.Registry.registerEventListener(on_showing, "object:state-changed:showing")
GLib.timeout_add(300, describe_reader)
GLib.timeout_add_seconds(int(sys.argv[1]), lambda: pyatspi.Registry.stop())
pyatspi.Registry.start()
