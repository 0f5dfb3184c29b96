"""Display settings of one article that override the reader's usual ones.

Only how the text is set belongs to an article (ARTICLE_FIELDS: size, face, spacing,
line length, colours); the interface's size, the reading ruler and dimming stay the
reader's own. An article's settings are kept as the fields that differ from the usual
settings, as JSON, in the store (reader.core.storage.store's app state, under state_key),
so that a later change to the usual settings still reaches the fields the article did not
change.
"""

import json

from reader.core.display.appearance import Appearance, value_problems

ARTICLE_FIELDS = (
    "text_scale",
    "font_family",
    "font_weight",
    "line_spacing",
    "paragraph_spacing",
    "letter_spacing",
    "word_spacing",
    "column_characters",
    "justify",
    "hyphenate",
    "plain_styling",
    "sentence_case",
    "show_footnotes",
    "show_pictures",
    "theme",
    "theme_chosen",
    "custom_text",
    "custom_background",
)
STATE_KEY_PREFIX = "article_display:"


def state_key(article_id: str) -> str:
    """Where the store keeps an article's settings."""
    return STATE_KEY_PREFIX + article_id


def overrides_of(shown: Appearance, usual: Appearance) -> dict[str, object]:
    """The article fields in which `shown` differs from the `usual` settings."""
    shown_values, usual_values = shown.to_dict(), usual.to_dict()
    return {
        name: shown_values[name]
        for name in ARTICLE_FIELDS
        if shown_values[name] != usual_values[name]
    }


def with_overrides(usual: Appearance, overrides: dict[str, object]) -> Appearance:
    """The usual settings with the article's own in their place."""
    return usual.changed(**overrides) if overrides else usual


def without_article_fields(usual: Appearance, shown: Appearance) -> Appearance:
    """The usual settings with the fields that are never an article's taken from `shown`."""
    shown_values = shown.to_dict()
    return usual.changed(
        **{name: value for name, value in shown_values.items() if name not in ARTICLE_FIELDS}
    )


def overrides_to_json(overrides: dict[str, object]) -> str:
    return json.dumps(overrides, ensure_ascii=False, sort_keys=True)


def overrides_from_json(text: str | None) -> dict[str, object]:
    """The overrides kept in the store; {} for none or for text that is not JSON. Values
    this Reader cannot use (wrong type, out of range) and fields that are not an article's
    are left out, so that the usual setting applies there."""
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    known = {name: value for name, value in data.items() if name in ARTICLE_FIELDS}
    problems = value_problems(known)
    return {name: value for name, value in known.items() if name not in problems}
