import pytest

from reader.core.language.interface import interface_language, is_right_to_left, primary_language

AVAILABLE = ["ur"]


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("ur-PK", "ur"),
        ("ur_PK.UTF-8", "ur"),
        ("ur_IN@latin", "ur"),
        ("en-US", "en"),
        ("pnb-Arab-PK", "pnb"),
        ("C", ""),
        ("", ""),
        ("not a tag!", ""),
    ],
)
def test_primary_language_of_a_locale_tag(tag, language):
    assert primary_language(tag) == language


@pytest.mark.parametrize(
    ("preference", "system", "expected"),
    [
        ("", ["ur-PK", "en-US"], "ur"),  # first start on an Urdu system
        ("", ["de-DE", "ur-PK"], "ur"),  # Urdu as the system's second language
        ("", ["de-DE", "fr-FR"], "en"),  # nothing translated: the source language
        ("", ["en-GB"], "en"),
        ("en", ["ur-PK"], "en"),  # the reader's choice wins over the system
        ("ur", ["en-US"], "ur"),
        ("sd", ["ur-PK"], "en"),  # chosen, but no Sindhi translation yet
        ("", [], "en"),
        ("", ["urd-PK"], "ur"),  # an ISO 639-2 code: langcodes reads it as "ur"
        ("", ["ur_PK.UTF-8"], "ur"),  # a POSIX locale, read without langcodes
        ("", ["iw-IL", "en_US"], "en"),
    ],
)
def test_interface_language(preference, system, expected):
    assert interface_language(preference, system, AVAILABLE) == expected


def test_right_to_left_languages():
    assert is_right_to_left("ur") and is_right_to_left("sd") and is_right_to_left("pnb")
    assert not is_right_to_left("en")
