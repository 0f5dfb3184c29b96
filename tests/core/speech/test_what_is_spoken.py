"""What is handed to the engine: footnotes as a listener needs them, digits of every script
and compatibility characters said as what they stand for, positions kept exact."""

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles.article import read_article
from reader.core.articles.rendering import render_article
from reader.core.speech.passages import MAX_PART_LENGTH, SpokenArticle, spoken_article
from reader.core.speech.plan import VoiceChoice, from_sentence, utterances
from reader.core.speech.synthesiser import Synthesiser
from reader.core.speech.voices import Voice
from tests.conftest import BUNDLED_ARTICLES, article_text

VOICES = tuple(
    Voice(voice_id, voice_id, language)
    for voice_id, language in (
        ("gmw/en", "en-gb"), ("inc/ur", "ur"), ("inc/hi", "hi"), ("inc/bn", "bn"),
        ("sem/ar", "ar"), ("ira/fa", "fa"),
    )
)  # fmt: skip
FOOTNOTED = """
The study found it.[^1] Then it ended.[^2]

[^1]: The first source.
[^2]: The second source. It has two sentences.
"""


@pytest.fixture
def render(qapp, tmp_path: Path):
    """Render a Markdown body as Reader shows an article; returns the laid-out document."""

    def build(body: str, language: str = "en") -> QTextDocument:
        path = tmp_path / "article.md"
        path.write_text(article_text("T", body, language=language), encoding="utf-8")
        rendered = render_article(read_article(path, "article"))
        document = QTextDocument()
        document.setHtml(rendered.html)
        return document

    return build


def said(article: SpokenArticle, voices: tuple[Voice, ...] = VOICES) -> list[str]:
    """The texts handed to the engine, in order, without the title and byline."""
    spoken = utterances(article, from_sentence(article, 0), VoiceChoice(voices, "gmw/en"))
    return [utterance.text for utterance in spoken][2:]


def test_a_footnote_reference_is_not_read_and_keeps_two_sentences_two(render):
    article = spoken_article(render(FOOTNOTED), "en")
    assert said(article) == [
        "The study found it.",
        "Then it ended.",
        "The first source.",
        "The second source.",
        "It has two sentences.",
    ]


def test_a_footnote_reference_is_read_as_note_n_when_asked(render):
    article = spoken_article(render(FOOTNOTED), "en", say_note_references=True)
    assert said(article)[:2] == ["The study found it. (note 1)", "Then it ended. (note 2)"]


def test_the_notes_are_skipped_when_asked(render):
    article = spoken_article(render(FOOTNOTED), "en", read_notes=False)
    assert said(article) == ["The study found it.", "Then it ended."]


def test_a_sentence_range_still_covers_its_reference(render):
    document = render(FOOTNOTED)
    text = document.toRawText()
    article = spoken_article(document, "en")
    assert [text[s.start : s.end] for s in article.sentences[2:4]] == [
        "The study found it.1",
        "Then it ended.2",
    ]


@pytest.mark.parametrize(
    ("language", "body", "silent", "with_notes"),
    [
        (  # a named note in the middle of a sentence
            "en",
            "Those that identify as women[^women] in the US.\n\n[^women]: Including Trans women.",
            ["Those that identify as women in the US.", "Including Trans women."],
            ["Those that identify as women (note 1) in the US.", "Including Trans women."],
        ),
        (  # before the full stop, two references in a row
            "en",
            "It is known[^a][^b]. So it is.\n\n[^a]: One.\n[^b]: Two.",
            ["It is known.", "So it is.", "One.", "Two."],
            ["It is known (note 1) (note 2).", "So it is.", "One.", "Two."],
        ),
        (  # Urdu: after the Urdu full stop, "note" in Urdu
            "ur",
            "یہ بات درست ہے۔[^1] پھر ختم ہوئی۔\n\n[^1]: پہلا حوالہ۔",
            ["یہ بات درست ہے۔", "پھر ختم ہوئی۔", "پہلا حوالہ۔"],
            ["یہ بات درست ہے۔ (حاشیہ 1)", "پھر ختم ہوئی۔", "پہلا حوالہ۔"],
        ),
        (  # Hindi: after the danda
            "hi",
            "यह सही है।[^1] फिर खत्म हुआ।\n\n[^1]: पहला स्रोत।",
            ["यह सही है।", "फिर खत्म हुआ।", "पहला स्रोत।"],
            ["यह सही है। (टिप्पणी 1)", "फिर खत्म हुआ।", "पहला स्रोत।"],
        ),
    ],
)
def test_footnotes_in_other_places_and_scripts(render, language, body, silent, with_notes):
    document = render(body, language)
    assert said(spoken_article(document, language)) == silent
    assert said(spoken_article(document, language, say_note_references=True)) == with_notes


def test_the_metoo_article_no_longer_reads_women_one_nor_its_back_link(qapp):
    path = BUNDLED_ARTICLES / "metoo-pakistan-marginalised.md"
    rendered = render_article(read_article(path, path.stem))
    document = QTextDocument()
    document.setHtml(rendered.html)
    spoken = said(spoken_article(document, "en"))
    sentence = next(text for text in spoken if "identify as women" in text)
    assert "identify as women in the US which" in sentence
    assert not any("women1" in text or "↩" in text for text in spoken)
    assert spoken[-1] == "Women: including Trans and Khawaja Sira women."
    assert said(spoken_article(document, "en", read_notes=False))[-1] == (
        "As these conversations happen, let’s make sure everyone has a seat at the table."
    )


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "ur",
            "پاکستان میں ۲۰۱۸ میں تحریک شروع ہوئی۔",
            "پاکستان میں 2018 میں تحریک شروع ہوئی۔",
        ),
        ("hi", "यह २०१८ में शुरू हुआ।", "यह 2018 में शुरू हुआ।"),
        ("bn", "এটি ২০১৮ সালে শুরু হয়।", "এটি 2018 সালে শুরু হয়।"),
        ("ar", "بدأت في عام ٢٠١٨.", "بدأت في عام 2018."),
        ("en", "The ﬁrst ﬂoor costs Rs. ۱٬۵۰۰ and step ① is ｆｒｅｅ.",
         "The first floor costs Rs. 1,500 and step 1 is free."),
    ],
)  # fmt: skip
def test_digits_and_compatibility_characters_are_said_as_what_they_stand_for(
    render, language, body, expected
):
    document = render(body, language)
    assert said(spoken_article(document, language)) == [expected]
    assert body in document.toRawText()  # the document keeps its own characters


def test_a_spoken_word_is_highlighted_on_the_documents_own_characters(render):
    document = render("Its ﬁle of ۲۰۱۸ says ｆｒｅｅ[^1] now.\n\n[^1]: A note.")
    text = document.toRawText()
    sentence = spoken_article(document, "en").sentences[2]
    (part,) = sentence.parts
    assert part.text == "Its file of 2018 says free now."
    for word, shown in (("file", "ﬁle"), ("2018", "۲۰۱۸"), ("free", "ｆｒｅｅ"), ("now", "now")):
        start = part.text.index(word)
        low, high = part.document_range(start, start + len(word))
        assert text[low:high] == shown


def test_a_selection_inside_a_sentence_says_only_what_it_covers(render):
    document = render("Its ﬁle of ۲۰۱۸ says ｆｒｅｅ[^1] now.\n\n[^1]: A note.")
    text = document.toRawText()
    article = spoken_article(document, "en")
    start = text.index("۲۰۱۸")
    (cut,) = article.sentences_between(start, text.index("ｆｒｅｅ") + 4)
    assert cut.text == "2018 says free"
    assert cut.parts[0].start == start


def seconds(synthesiser: Synthesiser, text: str, voice_id: str) -> float:
    return synthesiser.synthesise(text, voice_id, 1.0).seconds


def test_the_urdu_year_is_heard(render, synthesiser: Synthesiser):
    """espeak-ng's Urdu voice says nothing for Urdu digits: the year must reach it in ASCII."""
    (with_year,) = said(spoken_article(render("پاکستان میں ۲۰۱۸ میں تحریک شروع ہوئی۔", "ur"), "ur"))
    (without,) = said(spoken_article(render("پاکستان میں میں تحریک شروع ہوئی۔", "ur"), "ur"))
    year_seconds = seconds(synthesiser, with_year, "inc/ur")
    assert year_seconds > seconds(synthesiser, without, "inc/ur") + 0.8  # "do hazaar athaarah"


@pytest.mark.parametrize(
    ("language", "voice_id", "body", "plain"),
    [
        ("ur", "inc/ur", "قیمت ۱٬۵۰۰ روپے ہے۔", "قیمت 1,500 روپے ہے۔"),
        ("en", "gmw/en", "Read page २४ today.", "Read page 24 today."),  # Devanagari digits
        ("ar", "sem/ar", "ﻻ ﻣﺎ.", "لا ما."),  # Arabic presentation forms
        ("en", "gmw/en", "Step ① of ② is ｆｒｅｅ.", "Step 1 of 2 is free."),
        ("en", "gmw/en", "The year ۲۰۱۸ began.", "The year 2018 began."),
    ],
)
def test_each_is_heard_as_its_plain_form_and_not_as_it_was(
    render, synthesiser: Synthesiser, language, voice_id, body, plain
):
    """The engine makes the same audio for the plain form, give or take a few samples,
    and clearly different audio for the characters as written (silence, or code points)."""
    (spoken,) = said(spoken_article(render(body, language), language))
    heard = seconds(synthesiser, spoken, voice_id)
    assert abs(heard - seconds(synthesiser, plain, voice_id)) < 0.05
    assert abs(heard - seconds(synthesiser, body, voice_id)) > 0.5


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        # Issue 18, item 4: a picture is heard where it stands, introduced as one.
        (
            "Before it.\n\n![A boat at dawn](boat.png)\n\nAfter it.",
            "en",
            ["Before it.", "Picture: A boat at dawn.", "After it."],
        ),
        # A sentence of its own: a pause either side, however it sits in the text.
        ("A boat ![at dawn](boat.png) sails.", "en", ["A boat", "Picture: at dawn.", "sails."]),
        (
            "See ![a cat](c.png)![a dog](d.png) here.",
            "en",
            ["See", "Picture: a cat.", "Picture: a dog.", "here."],
        ),
        (
            "پہلے۔\n\n![صبح کے وقت ایک کشتی](boat.png)\n\nبعد میں۔",
            "ur",
            ["پہلے۔", "تصویر: صبح کے وقت ایک کشتی.", "بعد میں۔"],
        ),
        # No description: nothing to say, as before.
        ("Before it.\n\n![](boat.png)\n\nAfter it.", "en", ["Before it.", "After it."]),
    ],
)
def test_a_picture_is_described_where_it_stands(render, body, language, expected):
    article = spoken_article(render(body, language), language)
    assert said(article) == expected


def test_pictures_can_be_skipped(render):
    document = render("Before it.\n\n![A boat at dawn](boat.png)\n\nAfter it.")
    article = spoken_article(document, "en", describe_pictures=False)
    assert said(article) == ["Before it.", "After it."]


def test_a_described_picture_is_highlighted_as_its_place(render):
    document = render("Before it.\n\n![A boat at dawn](boat.png)\n\nAfter it.")
    article = spoken_article(document, "en")
    picture = next(s for s in article.sentences if s.text.startswith("Picture"))
    assert document.toRawText()[picture.start : picture.end] == "\ufffc"


def test_a_long_description_is_cut_within_what_the_engine_takes(render):
    words = " ".join(["word"] * 400)
    article = spoken_article(render(f"Short. ![{words}](b.png) {'x ' * 480}end."), "en")
    lengths = [len(part.text) for sentence in article.sentences for part in sentence.parts]
    assert max(lengths) <= MAX_PART_LENGTH
    assert any(part.text.endswith("…") for s in article.sentences for part in s.parts)
