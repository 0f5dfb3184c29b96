"""The reader's read-aloud choices (issue 18, item 4): list numbers said as "1." or as
"item 1", code blocks skipped, the pauses after passages, and one voice for every part."""

import json

import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles.rendering import markdown_to_html
from reader.core.speech.passages import PAUSE_AFTER, PassageKind, SpokenArticle, spoken_article
from reader.core.speech.plan import VoiceChoice, from_sentence, pauses, utterances
from reader.core.speech.settings import MAXIMUM_PAUSE_MS, ListNumbers, SpeechSettings
from reader.core.speech.synthesiser import Synthesiser
from reader.core.speech.voices import Voice
from reader.resources import resource_path

VOICES = (
    Voice("gmw/en", "English", "en-gb"),
    Voice("inc/ur", "Urdu", "ur"),
    Voice("inc/hi", "Hindi", "hi"),
    Voice("sem/ar", "Arabic", "ar"),
)


def said(article: SpokenArticle) -> list[str]:
    return [sentence.text for sentence in article.sentences]


@pytest.mark.parametrize(
    ("markdown_text", "language", "as_numbers", "as_items"),
    [
        (
            "1. First step.\n2. Second step.",
            "en",
            ["1. First step.", "2. Second step."],
            ["item 1: First step.", "item 2: Second step."],
        ),
        # A list that starts at 5 keeps its numbers.
        (
            "5. Fifth. Two sentences.\n6. Sixth.",
            "en",
            ["5. Fifth.", "Two sentences.", "6. Sixth."],
            ["item 5: Fifth.", "Two sentences.", "item 6: Sixth."],
        ),
        # Nested: each list counts its own items.
        (
            "1. Outer.\n    1. Inner one.\n    2. Inner two.\n2. Outer again.",
            "en",
            ["1. Outer.", "1. Inner one.", "2. Inner two.", "2. Outer again."],
            ["item 1: Outer.", "item 1: Inner one.", "item 2: Inner two.", "item 2: Outer again."],
        ),
        # Right to left: Qt gives the number in display order (".1"); the word is Urdu's.
        (
            "1. پہلا قدم۔\n2. دوسرا قدم۔",
            "ur",
            ["1. پہلا قدم۔", "2. دوسرا قدم۔"],
            ["نمبر 1: پہلا قدم۔", "نمبر 2: دوسرا قدم۔"],
        ),
        (
            "3. الخطوة الثالثة.\n4. الرابعة.",
            "ar",
            ["3. الخطوة الثالثة.", "4. الرابعة."],
            ["البند 3: الخطوة الثالثة.", "البند 4: الرابعة."],
        ),
        (
            "1. पहला कदम।\n2. दूसरा।",
            "hi",
            ["1. पहला कदम।", "2. दूसरा।"],
            ["क्रमांक 1: पहला कदम।", "क्रमांक 2: दूसरा।"],
        ),
        # A language with no word for "item" here: the number as shown.
        ("1. Hatua ya kwanza.", "sw", ["1. Hatua ya kwanza."], ["1. Hatua ya kwanza."]),
        # An English list item in an Urdu article: the word of the item's language.
        (
            "1. پہلا۔\n2. Second.\n{lang=en}",
            "ur",
            ["1. پہلا۔", "2. Second."],
            ["نمبر 1: پہلا۔", "item 2: Second."],
        ),
    ],
)
def test_list_numbers_are_said_as_shown_or_as_items(
    document, markdown_text, language, as_numbers, as_items
):
    doc = document(markdown_text, language)
    assert said(spoken_article(doc, language)) == as_numbers
    article = spoken_article(doc, language, say_item_word=True)
    assert said(article) == as_items
    # What is said before an item is not in the document: each sentence's range is the
    # item's own text, the same either way.
    plain = spoken_article(doc, language)
    assert [(s.start, s.end) for s in article.sentences] == [
        (s.start, s.end) for s in plain.sentences
    ]


@pytest.mark.parametrize(
    ("markdown_text", "language", "word"),
    [
        ("1. First step.", "en", "First"),
        ("5. Fifth one.", "en", "Fifth"),
        ("1. Outer.\n    1. Inner one.", "en", "Inner"),
        ("1. پہلا قدم۔", "ur", "پہلا"),
    ],
)
def test_a_word_heard_after_item_n_is_highlighted_on_its_own_letters(
    document, markdown_text, language, word
):
    doc = document(markdown_text, language)
    article = spoken_article(doc, language, say_item_word=True)
    sentence = next(s for s in article.sentences if word in s.text)
    (part,) = sentence.parts
    at = part.text.index(word)
    start, end = part.document_range(at, at + len(word))
    assert doc.toRawText()[start:end] == word


@pytest.mark.parametrize(
    ("markdown_text", "language", "expected"),
    [
        ("- a bullet\n- another", "en", ["a bullet", "another"]),
        ("- ایک\n- دو", "ur", ["ایک", "دو"]),
        ("1. Numbered.\n    - a bullet inside", "en", ["item 1: Numbered.", "a bullet inside"]),
    ],
)
def test_a_bullet_is_never_said(document, markdown_text, language, expected):
    assert said(
        spoken_article(document(markdown_text, language), language, say_item_word=True)
    ) == (expected)


@pytest.mark.parametrize(
    ("markdown_text", "language", "read", "skipped"),
    [
        (
            "Before.\n\n```\nfirst = 1\nsecond = 2\n```\n\nAfter.",
            "en",
            ["Before.", "first = 1", "second = 2", "After."],
            ["Before.", "After."],
        ),
        (
            "Before.\n\n    indented = 1\n\nAfter.",
            "en",
            ["Before.", "indented = 1", "After."],
            ["Before.", "After."],
        ),
        (
            "Run:\n\n```\n$ make\n```\n\n```\nok\n```\n\nDone.",
            "en",
            ["Run:", "$ make", "ok", "Done."],
            ["Run:", "Done."],
        ),
        (
            "پہلے۔\n\n```\nprint(1)\n```\n\nبعد میں۔",
            "ur",
            ["پہلے۔", "print(1)", "بعد میں۔"],
            ["پہلے۔", "بعد میں۔"],
        ),
        # A table is not code: it is still read.
        (
            "| a | b |\n|---|---|\n| Cell. | `x` |\n\nAfter.",
            "en",
            ["a", "b", "Cell.", "x", "After."],
            ["a", "b", "Cell.", "x", "After."],
        ),
    ],
)
def test_code_blocks_are_skipped_when_asked(document, markdown_text, language, read, skipped):
    doc = document(markdown_text, language)
    assert said(spoken_article(doc, language)) == read
    assert said(spoken_article(doc, language, read_code=False)) == skipped


TEXT = "# Heading\n\nOne. Two.\n\n- Item.\n\n| a |\n|---|\n| Cell. |\n\nپیراگراف۔\n{lang=ur}"


@pytest.mark.parametrize(
    ("heading", "paragraph", "item"), [(600, 150, 350), (0, 0, 0), (2000, 1000, 3000)]
)
def test_the_pause_after_each_kind_of_passage_is_the_readers(document, heading, paragraph, item):
    article = spoken_article(document(TEXT), "en")
    spoken = utterances(
        article,
        from_sentence(article, 0),
        VoiceChoice(VOICES, "gmw/en"),
        pauses(heading, paragraph, item),
    )
    assert [(u.text, u.pause_after_ms) for u in spoken] == [
        ("Heading", heading),
        ("One.", 0),  # within a paragraph: espeak-ng's own pause after a sentence
        ("Two.", paragraph),
        ("Item.", item),
        ("a", PAUSE_AFTER[PassageKind.TABLE_CELL]),  # cells keep theirs
        ("Cell.", PAUSE_AFTER[PassageKind.TABLE_CELL]),
        ("پیراگراف۔", paragraph),
    ]


def test_the_default_pauses_are_todays():
    settings = SpeechSettings()
    assert pauses(
        settings.pause_after_heading_ms,
        settings.pause_after_paragraph_ms,
        settings.pause_after_list_item_ms,
    ) == dict(PAUSE_AFTER)


@pytest.mark.parametrize(
    ("saved", "heading", "paragraph", "item"),
    [
        ({"pause_after_heading_ms": -40}, 0, 150, 350),
        ({"pause_after_paragraph_ms": 99_999}, 600, MAXIMUM_PAUSE_MS, 350),
        ({"pause_after_list_item_ms": 420.6}, 600, 150, 421),
        ({"pause_after_heading_ms": "long", "pause_after_list_item_ms": True}, 600, 150, 350),
        ({"pause_after_heading_ms": float("inf")}, 600, 150, 350),
    ],
)
def test_saved_pauses_are_clamped_or_fall_back(saved, heading, paragraph, item):
    settings = SpeechSettings.from_json(json.dumps(saved))
    assert (
        settings.pause_after_heading_ms,
        settings.pause_after_paragraph_ms,
        settings.pause_after_list_item_ms,
    ) == (heading, paragraph, item)


def test_the_new_choices_are_kept_and_a_stranger_falls_back():
    chosen = SpeechSettings(
        list_numbers=ListNumbers.ITEM,
        read_code_blocks=False,
        pause_after_heading_ms=1000,
        stop_after_each_paragraph=True,
        one_voice_for_all=True,
    )
    assert SpeechSettings.from_json(chosen.to_json()) == chosen
    odd = SpeechSettings.from_json('{"list_numbers": "bullet", "one_voice_for_all": "yes"}')
    assert odd.list_numbers == ListNumbers.NUMBER and not odd.one_voice_for_all


MIXED = (
    "She said: اچھا۔ Then she left.\n\n"  # unmarked Urdu in English
    "A quote.\n\nیہ اردو ہے۔\n{lang=ur}\n\n"  # marked Urdu
    "Pashto here.\n{lang=ps}"  # a language no voice speaks
)


MIXED_UR = "اردو جملہ۔\n\nAn English quote.\n{lang=en}\n\nPashto here.\n{lang=ps}"


@pytest.mark.parametrize(
    ("body", "language", "chosen", "only"),
    [
        (MIXED, "en", "", "gmw/en"),
        (MIXED, "en", "inc/hi", "inc/hi"),  # the reader's voice, even for the article's language
        (MIXED_UR, "ur", "", "inc/ur"),  # right to left, an English quote read in Urdu's voice
    ],
)
def test_one_voice_reads_every_part(document, body, language, chosen, only):
    article = spoken_article(document(body, language), language)
    sentences = from_sentence(article, 0)
    each = VoiceChoice(VOICES, "gmw/en", chosen)
    assert each.missing_languages([s for _, s in sentences]) == ["ps"]
    by_language = {u.voice_id for u in utterances(article, sentences, each)}
    assert len(by_language) > 1
    one = VoiceChoice(VOICES, "gmw/en", chosen, only_voice_id=only)
    assert one.missing_languages([s for _, s in sentences]) == []
    spoken = utterances(article, sentences, one)
    assert {u.voice_id for u in spoken} == {only}
    # Unmarked Urdu is no longer cut out of its English sentence for the Urdu voice.
    if body == MIXED:
        assert "She said: اچھا۔" in [u.text for u in spoken]


def seconds(synthesiser: Synthesiser, text: str, voice_id: str) -> float:
    return synthesiser.synthesise(text, voice_id, 1.0).seconds


@pytest.mark.parametrize(
    ("markdown_text", "language", "voice_id"),
    [
        ("1. First step.\n2. Second step.", "en", "gmw/en"),
        ("5. Fifth.", "en", "gmw/en"),
        ("1. پہلا قدم۔\n2. دوسرا قدم۔", "ur", "inc/ur"),
    ],
)
def test_item_n_is_heard(document, synthesiser: Synthesiser, markdown_text, language, voice_id):
    """The word is spoken, not dropped by the voice: "item" (about 0.3 s) or "نمبر"."""
    doc = document(markdown_text, language)
    number = said(spoken_article(doc, language))[0]
    item = said(spoken_article(doc, language, say_item_word=True))[0]
    assert seconds(synthesiser, item, voice_id) > seconds(synthesiser, number, voice_id) + 0.2


@pytest.mark.parametrize(
    "markdown_text",
    [
        "Before.\n\n```\nfirst = 1\nsecond = 2\n```\n\nAfter.",
        "Before.\n\n    indented = 1\n\nAfter.",
        "پہلے۔\n\n```\nprint(1)\n```\n\nAfter.",
    ],
)
def test_a_code_block_wrapped_as_the_window_shows_it_is_still_code(qapp, markdown_text):
    """article.css wraps code (`white-space: pre-wrap`), and Qt then no longer marks its
    lines as code blocks' own: they are known by their monospace font, and skipped."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(resource_path("styles", "article.css").read_text(encoding="utf-8"))
    doc.setHtml(markdown_to_html(markdown_text))
    assert not any(
        doc.findBlockByNumber(n).blockFormat().nonBreakableLines() for n in range(doc.blockCount())
    )
    kept = said(spoken_article(doc, "en"))
    assert said(spoken_article(doc, "en", read_code=False)) == [kept[0], kept[-1]]
    assert len(kept) > 2
    # Next Paragraph goes past the whole block, from its first line.
    article = spoken_article(doc, "en")
    assert article.next_passage_sentence(1) == len(kept) - 1
