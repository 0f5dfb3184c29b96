"""Runs Orca (/usr/bin/orca, arguments as given) with its --debug-file written line by line.

Orca opens its debug file with Python's default 8 KB buffer, so what it has said reaches
the file late, or only when it exits; the screen-reader test reads it while Orca runs.
With --no-speech-server (not passed on), Orca finds no speech server: it cannot import
Speech Dispatcher's client (nor Spiel, absent), so with speech on it logs each utterance
as "SPEECH OUTPUT" and sends it nowhere (Orca 48 logs nothing with speech off).
Run with the system Python of the Orca to test (in a chroot too: only the standard library).
"""

import builtins
import runpy
import sys

LOG = sys.argv[sys.argv.index("--debug-file") + 1]
_open = builtins.open


def _line_buffered_log(file, mode="r", *args, **kwargs):
    if file == LOG and "w" in mode:
        return _open(file, mode, 1)
    return _open(file, mode, *args, **kwargs)


builtins.open = _line_buffered_log
arguments = sys.argv[1:]
if "--no-speech-server" in arguments:
    arguments.remove("--no-speech-server")
    sys.modules["speechd"] = None  # an import of it raises ImportError
sys.argv = ["orca", *arguments]
runpy.run_path("/usr/bin/orca", run_name="__main__")
