"""PySide6's import hook, made cheaper for the app's start (import this before Reader's
own modules: reader.app does, as its first first-party import).

Loading PySide6 installs an import hook (shibokensupport.feature, for its optional
`from __feature__ import ...`; PYSIDE-2029) that asks of every module imported after it
whether its source mentions "PySide6", through inspect.getsource: the source of each of
the app's 200-odd modules is read, split into lines and kept in linecache, about 50 ms and
6 MiB of a start. The same question is answered here from the file's bytes, which are
neither split nor kept. A module without a .py file, or a PySide6 without this hook,
is left to PySide6's own answer.
"""

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - installs the hook this module replaces

FEATURE_MODULE = "shibokensupport.feature"


def lighten_feature_hook() -> bool:
    """Replace the hook's source test with one that reads bytes; True when replaced (or
    already), False when this PySide6 has no such test."""
    feature = sys.modules.get(FEATURE_MODULE)
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None:
        return False
    if upstream.__module__ == __name__:  # replaced already
        return True
    feature._mod_uses_pyside = _light_test(upstream)
    return True


def _light_test(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:  # noqa: PTH123 - the plainest read there is
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    return uses_pyside


lighten_feature_hook()
