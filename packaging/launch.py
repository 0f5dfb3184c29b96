"""PyInstaller's entry script: start Reader as `python -m reader` does."""

import gc
import sys

gc.disable()  # as reader/__main__.py, whose comment says why

from reader.app import main  # noqa: E402 - after the collector is off

sys.exit(main())
