"""python -m reader"""

import gc
import sys

# Until the window's collector takes over (reader.ui.widgets.collector), start-up makes
# long-lived objects only: 60 automatic collections during its imports freed nothing
# worth their 15 to 20 ms (measured with gc.callbacks). Commands turn it back on.
gc.disable()

from reader.app import main  # noqa: E402 - after the collector is off

sys.exit(main())
