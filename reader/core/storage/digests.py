"""SHA-1, SHA-256 and BLAKE2b as hex digests, from CPython's own implementations.

`import hashlib` loads OpenSSL's libcrypto for its constructors (3.4 MiB of the app's
resident memory at start, measured with /proc/self/smaps), while the three digests the
app takes at start (a cache file's name, a text's fingerprint, the quick exit's socket
name) are built into CPython as the modules hashlib itself falls back on (_sha1,
_sha2 from Python 3.12, _sha256 before it, and _blake2). The digests are the same bytes
either way; an interpreter without those modules uses hashlib's.
"""

import importlib
from collections.abc import Callable
from typing import Any

Hasher = Callable[..., Any]


def _builtin(names: tuple[str, ...], attribute: str) -> Hasher:
    """The first of the CPython modules `names` that has `attribute`; else hashlib's."""
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, attribute):
            return getattr(module, attribute)
    import hashlib  # only where CPython's own modules are missing

    return getattr(hashlib, attribute)


_sha1 = _builtin(("_sha1",), "sha1")
_sha256 = _builtin(("_sha2", "_sha256"), "sha256")
_blake2b = _builtin(("_blake2",), "blake2b")


def sha1_hex(data: bytes) -> str:
    """SHA-1 of `data` as 40 hex digits (FIPS 180-4); names files, not a security measure."""
    return _sha1(data).hexdigest()


def sha256_hex(data: bytes) -> str:
    """SHA-256 of `data` as 64 hex digits (FIPS 180-4)."""
    return _sha256(data).hexdigest()


def blake2b_hex(data: bytes, digest_size: int) -> str:
    """BLAKE2b of `data` (RFC 7693) in `digest_size` bytes (1 to 64), as twice as many hex
    digits. Raises ValueError for a size outside 1..64."""
    return _blake2b(data, digest_size=digest_size).hexdigest()
