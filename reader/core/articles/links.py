"""Which addresses an article may use: the one rule shared by the sanitiser and the view."""

import contextlib
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

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


# The leave-Reader dialog: an address shown so that it cannot pass for another ---------------

# Characters that change how the text around them looks, or are not seen at all: controls
# (Cc), format characters (Cf: bidirectional overrides and isolates, zero-width spaces
# and joiners), line and paragraph separators (Zl, Zp).
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


@dataclass(frozen=True)
class ExternalLink:
    """How the leave-Reader dialog shows a link (see describe_external_link).

    address: the whole address, its host in ASCII (punycode) form and each invisible
    character written as ⟨U+XXXX⟩. host: the host (for mailto:, each recipient's
    domain) in ASCII form. warnings: translated sentences, one for each way the address
    could mislead; empty when there is none.
    """

    address: str
    host: str
    warnings: tuple[str, ...]


def describe_external_link(address: str) -> ExternalLink:
    """What the reader must see before leaving Reader for `address` (http, https, mailto).

    Look-alike letters from another script are a known way to disguise a host (Unicode
    Technical Report #36, "Mixed-Script Spoofing"): the host is shown as the browser will
    look it up (IDNA with UTS #46 mapping, the `idna` package), with a warning when its
    letters come from more than one script. Bidirectional controls (a right-to-left
    override makes "moc.knab" read as "bank.com") and other invisible characters are
    shown as ⟨U+XXXX⟩ with a warning, as is a name before "@" that looks like a host.
    """
    parts = urlsplit(address)
    warnings: list[str] = []
    if parts.scheme.lower() == "mailto":
        recipients = parts.path.split(",")
        domains = [recipient.rpartition("@")[2] for recipient in recipients]
        ascii_domains = [_ascii_host(domain) for domain in domains]
        path = ",".join(
            recipient.rpartition("@")[0] + "@" + ascii_domain if "@" in recipient else recipient
            for recipient, ascii_domain in zip(recipients, ascii_domains, strict=True)
        )
        shown = parts._replace(path=path).geturl()
        hosts = domains
        host = ", ".join(ascii_domains)
    else:
        hostname = parts.hostname or ""
        host = _ascii_host(hostname)
        user, at, location = parts.netloc.rpartition("@")
        port = location.rpartition(":")[2] if location.rfind(":") > location.rfind("]") else ""
        bracketed = f"[{host}]" if ":" in host else host  # an IPv6 address
        netloc = f"{user}{at}{bracketed}{':' + port if port else ''}"
        shown = parts._replace(netloc=netloc).geturl()
        hosts = [hostname]
        if user:
            warnings.append(
                translate(
                    "links",
                    "The address has a name before “@”, which can make it look like another "
                    "site; the site it leads to is {host}.",
                ).format(host=host)
            )
    for each in hosts:
        # The letters the browser will look up: after UTS #46 mapping (full-width Latin
        # letters become ASCII ones, so are no mixture).
        scripts = _scripts(_unicode_host(_ascii_host(each)))
        if len(scripts) > 1:
            warnings.append(
                translate(
                    "links",
                    "The name {host} mixes letters from different alphabets ({scripts}); "
                    "look-alike letters can imitate another site's name.",
                ).format(host=_ascii_host(each), scripts=", ".join(scripts))
            )
    if any(unicodedata.category(character) in INVISIBLE_CATEGORIES for character in shown):
        warnings.append(
            translate(
                "links",
                "The address contains invisible characters that can change how it looks; "
                "they are shown as ⟨U+…⟩.",
            )
        )
    return ExternalLink(_visible(shown), host, tuple(warnings))


def _ascii_host(host: str) -> str:
    """`host` as the browser looks it up: IDNA 2008 with UTS #46 mapping; a name IDNA
    refuses is still shown in ASCII, each non-ASCII label as raw punycode."""
    if host.isascii() and "xn--" not in host.lower():
        return host
    import idna  # here: only a non-ASCII host needs it, and it costs a start 3 ms

    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return ".".join(
            label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
            for label in host.split(".")
        )


def _unicode_host(host: str) -> str:
    """The host's letters as written, whether the address gave them or their punycode."""
    labels = []
    for label in host.split("."):
        if label.lower().startswith("xn--"):
            # Not valid punycode: its ASCII letters are what is seen.
            with contextlib.suppress(UnicodeError):
                label = label[4:].encode("ascii").decode("punycode")
        labels.append(label)
    return ".".join(labels)


def _scripts(text: str) -> list[str]:
    """The scripts of the letters in `text`, by their Unicode names' first word ("LATIN",
    "CYRILLIC", "ARABIC", "CJK"...), in order of first use; digits and signs have none.
    Python has no Script property; the name's first word is the script for letters."""
    scripts: list[str] = []
    for character in text:
        if not unicodedata.category(character).startswith("L"):
            continue
        script = unicodedata.name(character, "").split(" ", 1)[0].capitalize()
        if script and script not in scripts:
            scripts.append(script)
    return scripts


def _visible(text: str) -> str:
    return "".join(
        f"⟨U+{ord(character):04X}⟩"
        if unicodedata.category(character) in INVISIBLE_CATEGORIES
        else character
        for character in text
    )
