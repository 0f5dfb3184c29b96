"""Which addresses an article may use: the one rule shared by the sanitiser and the view."""

from urllib.parse import unquote, urlsplit

# Links may lead outside (the reader is asked first) or within the article; never to
# javascript:, file: or data: addresses.
EXTERNAL_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def is_local_reference(url: str) -> bool:
    """A path below the article's folder, with no scheme or host: the only images Reader loads."""
    parts = urlsplit(url)
    segments = unquote(parts.path).replace("\\", "/").split("/")
    return (
        not parts.scheme
        and not parts.netloc
        and bool(parts.path)
        and not url.startswith(("/", "\\"))
        and ".." not in segments
    )
