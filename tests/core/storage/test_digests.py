"""The digests without OpenSSL give hashlib's bytes (reader.core.storage.digests)."""

import hashlib

import pytest

from reader.core.storage import digests

TEXTS = [
    "",
    "What #MeToo Means for Pakistan's Most Marginalised",
    "پاکستان کے سب سے پسماندہ طبقوں کے لیے",  # Urdu, Arabic script
    "/home/reader/.local/share/Reader",
    "a\u00adsoft\u00adhyphen and \U0001f600 an emoji",
]


@pytest.mark.parametrize("text", TEXTS)
def test_sha1_is_hashlibs(text):
    data = text.encode("utf-8")
    assert digests.sha1_hex(data) == hashlib.sha1(data).hexdigest()


@pytest.mark.parametrize("text", TEXTS)
def test_sha256_is_hashlibs(text):
    data = text.encode("utf-8")
    assert digests.sha256_hex(data) == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("size", [1, 16, 64])
@pytest.mark.parametrize("text", TEXTS)
def test_blake2b_is_hashlibs(text, size):
    data = text.encode("utf-8", "surrogatepass")
    assert digests.blake2b_hex(data, size) == hashlib.blake2b(data, digest_size=size).hexdigest()
    assert len(digests.blake2b_hex(data, size)) == 2 * size


def test_blake2b_refuses_a_size_past_64():
    with pytest.raises(ValueError):
        digests.blake2b_hex(b"text", 65)


def test_known_values():
    # FIPS 180-4 examples ("abc") and RFC 7693's BLAKE2b-512 of "abc", appendix A.
    assert digests.sha1_hex(b"abc") == "a9993e364706816aba3e25717850c26c9cd0d89d"
    assert digests.sha256_hex(b"abc") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )
    assert digests.blake2b_hex(b"abc", 64).startswith("ba80a53f981c4d0d6a2797b69f12f6e9")


def test_digests_are_built_into_cpython_not_openssls():
    # hashlib's OpenSSL constructors live in _hashlib; these come from CPython's modules.
    for hasher in (digests._sha1, digests._sha256, digests._blake2b):
        assert hasher.__module__ in {"_sha1", "_sha2", "_sha256", "_blake2"}
