"""Writing files so that a crash or power cut never leaves half a file behind, and
keeping a damaged file rather than deleting it."""

import contextlib
import errno
import os
import tempfile
import time
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename over `path`.
    The file is readable by its owner only (mkstemp's mode 0600), as is any folder made."""
    make_private_folder(path.parent)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def make_private_folder(path: Path) -> None:
    """Make `path` and each missing folder above it, readable by their owner only (0700):
    the data folder holds a reader's notes. Folders that exist are left as they are.
    Raises OSError (NotADirectoryError when `path` or a parent is a file)."""
    missing = []
    folder = path
    while not folder.is_dir() and folder != folder.parent:
        if folder.exists():  # a file where a folder should be
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)


def make_private_file(path: Path) -> None:
    """Create `path` readable by its owner only (0600), or narrow an existing file that
    others can read, for what is then written in place and keeps the mode it finds (the
    SQLite store, whose -wal and -shm files take its mode; Qt's QSettings: window.ini).
    Never raises: where the file cannot be made, the writer that follows says why."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        with contextlib.suppress(OSError):
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)
    except OSError:
        return


def damaged_copy_path(path: Path) -> Path:
    """A free name beside `path` for keeping a damaged file: NAME.damaged-DATE[-N]."""
    return kept_copy_path(path, "damaged")


def kept_copy_path(path: Path, reason: str) -> Path:
    """A free name beside `path` for a copy kept for `reason`: NAME.REASON-DATE[-N]."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    number = 2
    while target.exists():
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{number}")
        number += 1
    return target


def unused_path(path: Path) -> Path:
    """`path` if nothing is there, else the first free NAME-2.EXT, NAME-3.EXT, ... beside it."""
    target, number = path, 2
    while target.exists():
        target = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return target


def typed_path(text: str) -> Path:
    """A path as a person typed it: ~ means their home, unless it names no user at all."""
    try:
        return Path(text).expanduser()
    except RuntimeError:  # "~someone" for a user that does not exist
        return Path(text)
