"""Which addresses an article may use: the one rule shared by the sanitiser and the view."""

from urllib.parse import urlsplit

# Links may lead outside (the reader is asked first) or within the article; never to
# javascript:, file: or data: addresses.
EXTERNAL_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def is_local_reference(url: str) -> bool:
    """A relative path with no scheme or host: the only kind of image Reader loads."""
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and not url.startswith(("/", "\\"))
