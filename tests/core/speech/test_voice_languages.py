"""The right voice for every part: every language a voice declares, macrolanguages, and
unmarked text in a script the voice cannot read. With espeak-ng's real voices."""

import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles.article import read_article
from reader.core.articles.rendering import render_article
from reader.core.speech.audio import Clip
from reader.core.speech.passages import spoken_article
from reader.core.speech.plan import (
    VoiceChoice,
    from_sentence,
    script_choice_message,
    script_choices,
    utterances,
)
from reader.core.speech.synthesiser import Synthesiser
from reader.core.speech.voices import voice_for
from tests.conftest import article_text

URDU = "یہ ایک اردو جملہ ہے جو انگریزی مضمون میں لکھا گیا ہے۔"


@pytest.fixture(scope="module")
def voices(synthesiser: Synthesiser):
    return synthesiser.voices()


def test_every_declared_language_of_a_voice_is_read_from_espeak_ng(voices):
    declared = {voice.id: voice.languages for voice in voices}
    assert declared["sit/cmn"] == (("cmn", 5), ("zh-cmn", 5), ("zh", 5))
    assert ("no", 5) in declared["gmq/nb"]
    assert ("zh", 8) in declared["sit/yue"]  # Cantonese answers to zh, but second
    assert declared["inc/ur"] == (("ur", 5),)


@pytest.mark.parametrize(
    ("language", "voice_id"),
    [
        ("zh", "sit/cmn"),  # the macrolanguage: Mandarin declares zh first
        ("zh-TW", "sit/cmn"),
        ("cmn", "sit/cmn"),
        ("yue", "sit/yue"),
        ("no", "gmq/nb"),  # Norwegian: Bokmål declares it
        ("pa-PK", "inc/pa"),
        ("sd-IN", "inc/sd"),
        ("ur-Arab-PK", "inc/ur"),
    ],
)
def test_a_language_finds_a_voice_that_declares_it(voices, language, voice_id):
    assert voice_for(language, voices, default="gmw/en").id == voice_id


def spoken(tmp_path, body: str, language: str = "en"):
    path = tmp_path / "article.md"
    path.write_text(article_text("T", body, language=language), encoding="utf-8")
    document = QTextDocument()
    document.setHtml(render_article(read_article(path, "article")).html)
    article = spoken_article(document, language)
    return article, from_sentence(article, 0)


def plan(tmp_path, voices, body: str, language: str = "en", **choice):
    """The utterances of the article's body (not its title and byline)."""
    article, sentences = spoken(tmp_path, body, language)
    chosen = VoiceChoice(tuple(voices), "gmw/en", **choice)
    return chosen, [u for u in utterances(article, sentences, chosen) if u.sentence.passage > 1]


def test_a_chinese_article_is_read_by_the_mandarin_voice(qapp, tmp_path, voices, synthesiser):
    article, sentences = spoken(tmp_path, "你好。这是一篇中文文章。", "zh")
    choice = VoiceChoice(tuple(voices), "gmw/en")
    assert choice.missing_languages([sentence for _, sentence in sentences]) == []
    said = utterances(article, sentences, choice)
    assert {u.voice_id for u in said} == {"sit/cmn"}
    clip = synthesiser.synthesise(said[-1].text, said[-1].voice_id, 1.0)
    assert clip.seconds > 1.0


def test_an_unmarked_urdu_sentence_in_english_is_read_by_the_urdu_voice(qapp, tmp_path, voices):
    _, said = plan(tmp_path, voices, f"An English sentence. {URDU} And English again.")
    assert [(u.text, u.voice_id, u.by_script) for u in said] == [
        ("An English sentence.", "gmw/en", ""),
        (URDU, "inc/ur", "Arab"),
        ("And English again.", "gmw/en", ""),
    ]
    assert script_choices(said) == {"Arab": "ur"}
    assert script_choice_message("Arab", "ur") == (
        "Text in Arabic script that is not marked with its language is read as Urdu."
    )


def test_it_takes_the_urdu_voices_time_not_the_spelling(qapp, tmp_path, voices, synthesiser):
    _, unmarked = plan(tmp_path, voices, URDU)
    _, marked = plan(tmp_path, voices, f"{URDU}\n{{lang=ur}}")

    def seconds(said) -> float:
        clips: list[Clip] = [synthesiser.synthesise(u.text, u.voice_id, 1.0) for u in said]
        return sum(clip.seconds for clip in clips)

    spelled = synthesiser.synthesise(URDU, "gmw/en", 1.0).seconds
    assert seconds(unmarked) == pytest.approx(seconds(marked), rel=0.15)
    assert spelled > 3 * seconds(unmarked)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A few words in another script are read by their own voice, the rest by English's.
        (
            "She said धन्यवाद and left.",
            [("She said ", "gmw/en"), ("धन्यवाद", "inc/hi"), (" and left.", "gmw/en")],
        ),
        ("Он сказал спасибо.", [("Он сказал спасибо.", "zle/ru")]),
        ("Ελληνικά γράμματα.", [("Ελληνικά γράμματα.", "grk/el")]),
        # An Urdu sentence with English words in it stays whole: the Urdu voice reads them.
        (
            "میں نے Google پر تلاش کیا اور پھر WhatsApp پر بھیج دیا۔",
            [("میں نے Google پر تلاش کیا اور پھر WhatsApp پر بھیج دیا۔", "inc/ur")],
        ),
    ],
)
def test_each_script_goes_to_its_languages_voice(qapp, tmp_path, voices, body, expected):
    _, said = plan(tmp_path, voices, body)
    assert [(u.text, u.voice_id) for u in said] == expected


def test_a_preference_decides_what_arabic_script_means(qapp, tmp_path, voices):
    _, said = plan(tmp_path, voices, "متن فارسی اینجا است.", script_languages={"Arab": "fa"})
    assert [(u.voice_id, u.by_script) for u in said] == [("ira/fa", "Arab")]


def test_a_voice_that_reads_the_script_keeps_it(qapp, tmp_path, voices):
    # Latin in an Urdu article: espeak-ng's Urdu voice reads it as English itself.
    _, said = plan(tmp_path, voices, "یہ اردو ہے اور this is English too۔", "ur")
    assert {u.voice_id for u in said} == {"inc/ur"}
    assert script_choices(said) == {}
