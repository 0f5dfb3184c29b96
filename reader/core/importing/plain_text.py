"""Plain text (.txt): its encoding found, its paragraphs, its title, without page chrome.

charset-normalizer finds the encoding (Urdu text files are often Windows-1256 or UTF-16,
not UTF-8); it is the maintained detector requests uses, and reads UTF-16 by its BOM.
Text copied from a web page brings the page's chrome with it: a search box's label and
the title again at the top, "Leave a Comment" and "You Might also Like" at the end. Those
are removed when they are whole paragraphs at the start or the end, matching CHROME.
"""

import re

from PySide6.QtCore import QCoreApplication

from reader.core.importing.document import ImportedText, ImportRefusedError

translate = QCoreApplication.translate
# A paragraph longer than this is text, not a title.
MAX_TITLE_CHARACTERS = 200
# Whole paragraphs that are a web page's navigation, sharing or comment section, in
# English and Urdu, as they arrive in text copied from a page (matched case-insensitively,
# ignoring punctuation and a leading count, as in "3 Comments").
CHROME = re.compile(
    r"^(\d+\s+)?("
    r"type to search|search|search for|skip to (main )?content|menu|main menu|home|log ?in"
    r"|sign in|subscribe|newsletter|advertisement|sponsored|close|share|share this"
    r"|share this (article|post|story)|share on (facebook|twitter|whatsapp|linkedin)|tweet"
    r"|facebook comments|comments?|leave a (comment|reply)|post a comment|add a comment"
    r"|you (might|may) also like|related( posts| articles| stories)?|read more|also read"
    r"|recommended( for you)?|more from .{1,40}|tags?|categories|filed under"
    r"|post navigation|previous (post|article)|next (post|article)|back to top"
    r"|your email address will not be published.*|required fields are marked.*"
    r"|cookie settings|accept( all)? cookies|all rights reserved.*|copyright.*|©.*"
    r"|مزید پڑھیں|یہ بھی پڑھیں|تبصرہ کریں|تبصرے|تبصرہ|شیئر کریں|متعلقہ خبریں|متعلقہ"
    r"|تلاش کریں|تلاش|ہوم|اشتہار"
    r")$",
    re.IGNORECASE,
)
_URDU_YEH_KAF = str.maketrans({"ي": "ی", "ك": "ک"})
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([#>+-]|\d+[.)])(\s)")


def decode_text(data: bytes) -> str:
    """The text of a file in whatever encoding charset-normalizer finds, newlines as \\n.

    Raises ImportRefusedError when the bytes are not text in any encoding it knows."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best() if data else None
    text = str(best) if best is not None else ""
    if not text.strip() or "\x00" in text:
        raise ImportRefusedError(
            translate("importing", "the file is not text in any encoding Reader knows.")
        )
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def escape_markdown(text: str) -> str:
    """Plain text that Markdown shows as it is: no emphasis, links, HTML or tables made
    of its *, _, [, < or |, and no heading, quote or list made of a line's start."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _LINE_START_SPECIAL.sub(
        lambda match: f"{match.group(1)}{_escaped_marker(match.group(2))}{match.group(3)}", text
    )


def _escaped_marker(marker: str) -> str:
    return marker[:-1] + "\\" + marker[-1] if marker[:1].isdigit() else "\\" + marker


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs separated by blank lines; each one's lines joined by spaces (text files
    are often wrapped at a fixed width), its spaces collapsed."""
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip()]


def is_chrome(paragraph: str) -> bool:
    """Whether a whole paragraph is a web page's navigation, sharing or comments line."""
    # Urdu saved as Windows-1256 has Arabic yeh and kaf (that encoding has no others).
    paragraph = paragraph.translate(_URDU_YEH_KAF)
    plain = " ".join(re.sub(r"[^\w\s©#]", " ", paragraph).split())
    return bool(plain) and bool(CHROME.match(plain))


def _same(first: str, second: str) -> bool:
    return " ".join(first.casefold().split()) == " ".join(second.casefold().split())


def import_plain_text(data: bytes) -> ImportedText:
    """The text as Markdown paragraphs, its first paragraph as the title (when short).

    Chrome paragraphs (is_chrome) are removed at the start and at the end, and so are
    the title's repeats that follow it. Raises ImportRefusedError for a file that is not text."""
    paragraphs = paragraphs_of(decode_text(data))
    while paragraphs and is_chrome(paragraphs[0]):
        paragraphs.pop(0)
    while paragraphs and is_chrome(paragraphs[-1]):
        paragraphs.pop()
    title = ""
    if paragraphs and len(paragraphs[0]) <= MAX_TITLE_CHARACTERS and len(paragraphs) > 1:
        title = paragraphs.pop(0)
        while paragraphs and (_same(paragraphs[0], title) or is_chrome(paragraphs[0])):
            paragraphs.pop(0)
    if not paragraphs:
        raise ImportRefusedError(translate("importing", "the file has no text besides its title."))
    body = "\n\n".join(escape_markdown(paragraph) for paragraph in paragraphs) + "\n"
    return ImportedText(body=body, title=title)
