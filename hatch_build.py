"""Hatch build hook: compile the interface translations before the wheel is assembled.

The .qm files are built from resources/translations/*.ts (packaging/translations.py) and
land beside them, inside the "resources" folder the wheel force-includes; they are never
committed. PySide6 (its lrelease) is therefore a build requirement (pyproject.toml).
"""

import runpy
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        # Run by path: a module named "packaging" would be PyPA's packaging library. The
        # .qm files land in resources/translations/, which the wheel's force-include of
        # "resources" (collected after this hook) carries.
        tool = runpy.run_path(str(Path(self.root) / "packaging" / "translations.py"))
        tool["compile_all"]()
