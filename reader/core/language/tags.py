"""BCP 47 language tags, as articles, sentences and voices read them (no Qt, no I/O)."""


def primary_language(tag: str) -> str:
    """The language subtag of a BCP 47 tag, lower-cased: "ur-Arab-PK" -> "ur"."""
    return tag.replace("_", "-").split("-")[0].lower()


def language_script(tag: str) -> str | None:
    """The script subtag of a BCP 47 tag, lower-cased: "ur-Latn" -> "latn"."""
    return next(
        (part.lower() for part in tag.split("-")[1:] if len(part) == 4 and part.isalpha()), None
    )
