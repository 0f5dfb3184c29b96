import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles.rendering import markdown_to_html
from reader.core.language.parts import mark_language_parts
from reader.core.speech.passages import spoken_article
from reader.core.speech.plan import VoiceChoice, from_sentence, utterances
from reader.core.speech.voices import Voice

VOICES = (Voice("gmw/en", "English", "en-gb"), Voice("inc/ur", "Urdu", "ur"))
TEXT = "# Heading\n\nOne. Two.\n\nتین۔\n{lang=ur}\n\nFour in Pashto.\n{lang=ps}\n\n- Five."


@pytest.fixture
def article(qapp):
    document = QTextDocument()
    document.setHtml(mark_language_parts(f'<div lang="en">{markdown_to_html(TEXT)}</div>', "en"))
    return spoken_article(document, "en")


def test_each_part_gets_its_languages_voice_and_passages_end_with_a_pause(article):
    choice = VoiceChoice(VOICES, "gmw/en")
    spoken = utterances(article, from_sentence(article, 0), choice)
    assert [(u.text, u.voice_id) for u in spoken] == [
        ("Heading", "gmw/en"),
        ("One.", "gmw/en"),
        ("Two.", "gmw/en"),
        ("تین۔", "inc/ur"),
        ("Five.", "gmw/en"),
    ]
    pauses = [u.pause_after_ms for u in spoken]
    assert pauses[0] > pauses[1] and pauses[4] > pauses[1]


def test_a_language_without_a_voice_is_named_and_read_only_when_accepted(article):
    choice = VoiceChoice(VOICES, "gmw/en")
    assert choice.missing_languages(list(article.sentences)) == ["ps"]
    accepted = VoiceChoice(VOICES, "gmw/en", accepted_fallback=frozenset({"ps"}))
    assert accepted.missing_languages(list(article.sentences)) == []
    spoken = utterances(article, from_sentence(article, 0), accepted)
    assert ("Four in Pashto.", "gmw/en") in [(u.text, u.voice_id) for u in spoken]


def test_reading_from_a_sentence_on(article):
    assert [index for index, _ in from_sentence(article, 3)] == [3, 4, 5]
