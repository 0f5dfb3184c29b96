"""The menu bar's items as a screen reader finds them through AT-SPI: name and key binding.

Run with Debian's system Python (pyatspi). Prints one JSON line, {"items": [[name, keys]]},
once the Reader application's menu items can be read, or {"items": []} after the given
seconds.
"""

import json
import sys
import time

import pyatspi


def walk(node, depth: int = 0):
    yield node
    if depth < 12:
        for index in range(node.childCount):
            child = node.getChildAtIndex(index)
            if child is not None:
                yield from walk(child, depth + 1)


def menu_items() -> list[list[str]]:
    desktop = pyatspi.Registry.getDesktop(0)
    app = next((a for a in desktop if a and a.name == "Reader" and a.childCount), None)
    if app is None:
        return []
    items = []
    for node in walk(app):
        if node.getRoleName() in ("menu item", "check menu item", "radio menu item"):
            action = node.queryAction()
            keys = action.getKeyBinding(0) if action.nActions else ""
            items.append([node.name or "", keys])
    return items


def main() -> None:
    deadline = time.monotonic() + float(sys.argv[1])
    items: list[list[str]] = []
    while not items and time.monotonic() < deadline:
        items = menu_items()
        if not items:
            time.sleep(0.5)
    print(json.dumps({"items": items}), flush=True)


if __name__ == "__main__":
    main()
