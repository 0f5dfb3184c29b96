"""PyInstaller's entry script: start Reader as `python -m reader` does."""

import sys

from reader.app import main

sys.exit(main())
