"""PyInstaller runtime hook (Linux): point espeak-ng at the data folder in the bundle.

espeak-ng looks for its data in $ESPEAK_DATA_PATH/espeak-ng-data, then in
~/espeak-ng-data, then at the path compiled into the library, which is the build
machine's and may be missing or hold another version's data. A value the user has set
is kept.
"""

import os
import sys

os.environ.setdefault("ESPEAK_DATA_PATH", sys._MEIPASS)
