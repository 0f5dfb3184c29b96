import re
from pathlib import Path

import pytest

from reader.core.articles.article import ArticleMeta, read_article
from reader.core.articles.rendering import markdown_to_html
from reader.core.articles.translations import (
    GUIDE_ARTICLE_ID,
    article_for_language,
    content_blocks,
    corresponding_block,
    guide_for_language,
    language_versions,
    other_version,
)
from tests.conftest import BUNDLED_ARTICLES


def meta(article_id: str, language: str = "en", translation_of: str = "") -> ArticleMeta:
    return ArticleMeta(
        id=article_id,
        path=Path(f"{article_id}.md"),
        title=article_id,
        language=language,
        translation_of=translation_of,
    )


GUIDE = meta(GUIDE_ARTICLE_ID)
GUIDE_UR = meta("how-to-use-reader.ur", "ur", GUIDE_ARTICLE_ID)
GUIDE_SD = meta("how-to-use-reader.sd", "sd", GUIDE_ARTICLE_ID)
OTHER = meta("rivers")
LIBRARY = [GUIDE, GUIDE_UR, OTHER, GUIDE_SD]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ur", GUIDE_UR.id),
        ("ur-PK", GUIDE_UR.id),
        ("ur-Arab-IN", GUIDE_UR.id),
        ("sd", GUIDE_SD.id),
        ("en", GUIDE.id),
        ("en-GB", GUIDE.id),
        ("fr", GUIDE.id),  # no French guide: English
        ("pa-Arab-PK", GUIDE.id),  # Punjabi is not Urdu
        ("not a tag!", GUIDE.id),
    ],
)
def test_the_guide_in_the_interface_language_else_english(language, expected):
    assert guide_for_language(language, LIBRARY) == expected


def test_no_guide_in_the_library_is_none():
    assert guide_for_language("ur", [OTHER, GUIDE_UR]) is None


def test_a_translation_of_another_article_is_not_the_guide():
    unrelated_urdu = meta("rivers.ur", "ur", "rivers")
    assert guide_for_language("ur", [GUIDE, unrelated_urdu]) == GUIDE.id
    assert article_for_language("ur", "rivers", [OTHER, unrelated_urdu]) == "rivers.ur"


def test_an_article_and_its_translations_are_one_group_in_library_order():
    assert language_versions(GUIDE, LIBRARY) == [GUIDE, GUIDE_UR, GUIDE_SD]
    assert language_versions(GUIDE_SD, LIBRARY) == [GUIDE, GUIDE_UR, GUIDE_SD]
    assert language_versions(OTHER, LIBRARY) == [OTHER]


def test_a_translation_whose_original_is_missing_stands_with_its_siblings():
    assert language_versions(GUIDE_UR, [GUIDE_UR, GUIDE_SD]) == [GUIDE_UR, GUIDE_SD]


def test_switching_goes_round_the_group():
    assert other_version(GUIDE, LIBRARY) == GUIDE_UR
    assert other_version(GUIDE_UR, LIBRARY) == GUIDE_SD
    assert other_version(GUIDE_SD, LIBRARY) == GUIDE
    assert other_version(OTHER, LIBRARY) is None
    assert other_version(GUIDE_UR, [GUIDE_UR]) is None


@pytest.mark.parametrize(
    ("index", "count", "other_count", "expected"),
    [(0, 30, 30, 0), (17, 30, 30, 17), (29, 30, 30, 29), (0, 1, 5, 0), (4, 5, 9, 8),
     (2, 5, 9, 4), (8, 9, 5, 4), (3, 9, 5, 2), (0, 4, 1, 0)],
)  # fmt: skip
def test_the_nth_block_matches_the_nth_or_the_same_fraction(index, count, other_count, expected):
    assert corresponding_block(index, count, other_count) == expected


@pytest.mark.parametrize(("index", "count", "other_count"), [(3, 3, 3), (-1, 3, 3), (0, 0, 2)])
def test_a_block_outside_the_article_is_an_error(index, count, other_count):
    with pytest.raises(ValueError):
        corresponding_block(index, count, other_count)


def test_blocks_are_headings_paragraphs_items_and_quotations_in_order():
    html = markdown_to_html(
        "## سرخی\n\nپیراگراف\n\n- ایک\n- دو\n\n> اقتباس\n\n1. First\n\n    inside\n"
    )
    assert content_blocks(html) == [
        ("h2", "سرخی"),
        ("p", "پیراگراف"),
        ("li", "ایک"),
        ("li", "دو"),
        ("blockquote p", "اقتباس"),
        ("li", "First inside"),
    ]


# The bundled translations: (translation, original).
TRANSLATIONS = [
    ("metoo-pakistan-marginalised.ur", "metoo-pakistan-marginalised"),
    ("how-to-use-reader.ur", "how-to-use-reader"),
]


def bundled(article_id: str):
    return read_article(BUNDLED_ARTICLES / f"{article_id}.md", article_id)


@pytest.mark.parametrize(("translation", "original"), TRANSLATIONS)
def test_a_bundled_translation_is_marked_and_its_blocks_match_one_to_one(translation, original):
    urdu, english = bundled(translation), bundled(original)
    assert urdu.meta.language == "ur"
    assert urdu.meta.translation_of == original
    assert "not yet reviewed by a native speaker" in urdu.meta.translator
    assert re.search(r"[\u0600-\u06ff]", urdu.meta.title)
    if english.meta.content_note:
        assert re.search(r"[\u0600-\u06ff]{3}", urdu.meta.content_note)
    urdu_blocks = content_blocks(markdown_to_html(urdu.body))
    english_blocks = content_blocks(markdown_to_html(english.body))
    assert [kind for kind, _ in urdu_blocks] == [kind for kind, _ in english_blocks]
    for (_, urdu_text), (_, english_text) in zip(urdu_blocks, english_blocks, strict=True):
        # Aligned: each pair has the same figures and keys (#MeToo, 93, F1, Ctrl+F), and
        # every block of English prose is Urdu prose (a key in a table stays as it is).
        for pattern in (r"\d+", r"#\w+", r"\b(?:Ctrl|Alt|Shift)\+\S+?\b|\bF\d+\b"):
            assert sorted(re.findall(pattern, urdu_text)) == sorted(
                re.findall(pattern, english_text)
            ), (urdu_text, english_text)
        if re.search(r"\b[a-z]{3,}\b", english_text):
            assert re.search(r"[\u0600-\u06ff]{2}", urdu_text), urdu_text


def test_the_guides_have_the_same_sections():
    def headings(article_id: str) -> list[str]:
        return [
            kind
            for kind, _ in content_blocks(markdown_to_html(bundled(article_id).body))
            if kind.startswith("h")
        ]

    assert len(headings("how-to-use-reader.ur")) == len(headings("how-to-use-reader")) > 5
