"""Hyphenation: where soft hyphens go, and that nothing Reader stores, finds, says or copies
changes when they are there (issue 12)."""

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from reader.core.articles.article import read_article
from reader.core.articles.rendering import markdown_to_html, render_article
from reader.core.display.hyphenation import hyphenated_html, hyphenated_text, hyphenated_word
from reader.core.language.parts import mark_language_parts
from reader.core.marks.anchoring import (
    SOFT_HYPHEN,
    DocumentPositions,
    anchor_at,
    fingerprint,
    relocate,
)
from reader.core.reading.find import find_all
from reader.core.reading.outline import outline_of
from reader.core.reading.structure import structure_of
from reader.core.speech.passages import spoken_article
from tests.conftest import BUNDLED_ARTICLES

SHY = SOFT_HYPHEN


def shown(text: str) -> str:
    return text.replace(SHY, "-")


def page(markdown_text: str, language: str = "en") -> str:
    body = markdown_to_html(markdown_text)
    return mark_language_parts(f'<div lang="{language}">{body}</div>', language)


def documents(markdown_text: str, language: str = "en") -> tuple[QTextDocument, QTextDocument]:
    """The article without and with hyphenation, as the view imports it."""
    html = page(markdown_text, language)
    plain, hyphenated = QTextDocument(), QTextDocument()
    plain.setHtml(html)
    hyphenated.setHtml(hyphenated_html(html, language))
    return plain, hyphenated


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("hyphenation", "en", "hy-phen-a-tion"),
        ("information", "en-GB", "in-form-a-tion"),
        ("responsabilité", "fr", "res-pon-sa-bi-lité"),
        ("Gleichberechtigung", "de", "Gleich-be-rech-ti-gung"),
    ],
)
def test_words_break_where_the_language_s_patterns_allow(word, language, expected):
    assert shown(hyphenated_word(word, language)) == expected


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("پاکستان", "ur"),  # Urdu: cursive, never hyphenated
        ("پاکستانیوں", "en"),  # Arabic script even where the tag says English
        ("hyphenation", "ur"),  # no patterns for the language
        ("NATO", "en"),
        ("UNESCO", "en"),  # an acronym
        ("iPhone", "en"),  # a name with an inner capital
        ("over", "en"),  # shorter than MINIMUM_WORD
    ],
)
def test_what_is_never_hyphenated(word, language):
    assert hyphenated_word(word, language) == word


def test_numbers_and_addresses_stay_whole():
    text = "COVID19 readers visit https://example.org/information or www.example.com today"
    assert shown(hyphenated_text(text, "en")) == (
        "COVID19 read-ers visit https://example.org/information or www.example.com today"
    )


def test_headings_links_code_and_urdu_stay_whole_in_a_page():
    html = hyphenated_html(
        page(
            "# Understanding hyphenation\n\n"
            "Comprehensive [international](https://example.org) `extraordinary` cooperation\n\n"
            "La responsabilité gouvernementale\n{lang=fr}\n\n"
            "پاکستان میں خواتین کی کہانیاں\n{lang=ur}\n\n"
            "    documentation in a code block\n"
        ),
        "en",
    )
    document = QTextDocument()
    document.setHtml(html)
    blocks = [shown(block) for block in document.toRawText().split("\u2029")]
    assert blocks[:4] == [
        "Understanding hyphenation",
        "Com-pre-hens-ive international extraordinary co-oper-a-tion",
        "La res-pon-sa-bi-lité gou-ver-ne-men-tale",
        "پاکستان میں خواتین کی کہانیاں",
    ]
    assert "documentation in a code block" in blocks[4]


def test_entities_and_markup_are_written_out_unchanged():
    html = '<p lang="en">Fish &amp; chips <b>everywhere</b> &lt;tags&gt;</p>'
    assert shown(hyphenated_html(html, "en")) == (
        '<p lang="en">Fish &amp; chips <b>every-where</b> &lt;tags&gt;</p>'
    )


ARTICLE = (
    "# Representation\n\n"
    "Hyphenation distributes justified paragraphs evenly. 😀 Extraordinary "
    "representation matters; the responsibility remains.\n\n"
    "Nous parlons de la responsabilité gouvernementale.\n{lang=fr}\n\n"
    "پاکستان میں خواتین کی کہانیاں سنائی گئیں۔\n{lang=ur}\n"
)


def test_the_text_read_is_the_same_and_every_letter_keeps_its_index():
    plain, hyphenated = documents(ARTICLE)
    off, on = DocumentPositions(plain.toRawText()), DocumentPositions(hyphenated.toRawText())
    assert SHY in hyphenated.toRawText()
    assert on.text == off.text == plain.toRawText()
    for index, letter in enumerate(on.text):
        assert hyphenated.characterAt(on.to_document(index)) == letter or (
            letter == "😀"  # one character to Python, a pair to Qt
        )
        assert on.to_text(on.to_document(index)) == index


@pytest.mark.parametrize("quote", ["distributes justified", "Extraordinary", "responsabilité"])
def test_a_mark_made_with_hyphenation_off_lands_on_the_same_text_with_it_on(quote):
    plain, hyphenated = documents(ARTICLE)
    off, on = DocumentPositions(plain.toRawText()), DocumentPositions(hyphenated.toRawText())
    start = off.text.index(quote)
    anchor = anchor_at(off.text, start, start + len(quote))
    assert fingerprint(off.text) == fingerprint(on.text)  # no re-anchoring needed
    assert relocate(anchor, on.text) == anchor
    # Drawn on the hyphenated document, the range covers the same letters.
    cursor = QTextCursor(hyphenated)
    cursor.setPosition(on.to_document(anchor.start))
    cursor.setPosition(on.to_document(anchor.end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText().replace(SHY, "") == quote


def test_a_mark_made_with_hyphenation_on_lands_on_the_same_text_with_it_off():
    plain, hyphenated = documents(ARTICLE)
    off, on = DocumentPositions(plain.toRawText()), DocumentPositions(hyphenated.toRawText())
    cursor = QTextCursor(hyphenated)  # the reader selects "representation" on screen
    first = on.to_document(on.text.index("representation"))
    cursor.setPosition(first)
    cursor.setPosition(first + len("rep-res-ent-a-tion"), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == f"rep{SHY}res{SHY}ent{SHY}a{SHY}tion"
    anchor = anchor_at(
        on.text, on.to_text(cursor.selectionStart()), on.to_text(cursor.selectionEnd())
    )
    assert anchor.quote == "representation"
    cursor = QTextCursor(plain)
    cursor.setPosition(off.to_document(anchor.start))
    cursor.setPosition(off.to_document(anchor.end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "representation"


@pytest.mark.parametrize("query", ["Hyphenation", "responsabilité gouvernementale", "Extraord"])
def test_find_matches_across_hyphenation_points(query):
    plain, hyphenated = documents(ARTICLE)
    matches = find_all(hyphenated.toRawText(), query)
    assert len(matches) == len(find_all(plain.toRawText(), query)) == 1
    cursor = QTextCursor(hyphenated)
    cursor.setPosition(matches[0].start)
    cursor.setPosition(matches[0].end, QTextCursor.MoveMode.KeepAnchor)
    assert SHY in cursor.selectedText() or len(query) < 5
    assert cursor.selectedText().replace(SHY, "") == query


def spoken(document: QTextDocument) -> list[tuple[str, str]]:
    article = spoken_article(document, "en")
    return [(part.text, part.language) for s in article.sentences for part in s.parts]


def test_read_aloud_says_the_same_words_without_soft_hyphens():
    plain, hyphenated = documents(ARTICLE)
    said = spoken(hyphenated)
    assert said == spoken(plain)
    assert not any(SHY in text for text, _ in said)
    assert ("Nous parlons de la responsabilité gouvernementale.", "fr") in said


def test_read_aloud_s_words_and_sentences_fall_on_the_same_letters():
    plain, hyphenated = documents(ARTICLE)
    off, on = DocumentPositions(plain.toRawText()), DocumentPositions(hyphenated.toRawText())
    sentences_off = spoken_article(plain, "en").sentences
    sentences_on = spoken_article(hyphenated, "en").sentences
    for sentence_off, sentence_on in zip(sentences_off, sentences_on, strict=True):
        assert on.to_text(sentence_on.start) == off.to_text(sentence_off.start)
        assert on.to_text(sentence_on.end) == off.to_text(sentence_off.end)
        for part_off, part_on in zip(sentence_off.parts, sentence_on.parts, strict=True):
            for word in part_on.text.split():
                at = part_on.text.index(word)
                low, high = part_on.document_range(at, at + len(word))
                assert on.text[on.to_text(low) : on.to_text(high)] == word
                assert part_off.document_range(at, at + len(word)) == (
                    off.to_document(on.to_text(low)),
                    off.to_document(on.to_text(high)),
                )


def test_reading_a_selection_aloud_cuts_at_the_same_letters():
    plain, hyphenated = documents(ARTICLE)
    off, on = DocumentPositions(plain.toRawText()), DocumentPositions(hyphenated.toRawText())
    start = off.text.index("butes justified")  # from inside a hyphenated word
    end = off.text.index("tion matters")
    cut_off = spoken_article(plain, "en").sentences_between(
        off.to_document(start), off.to_document(end)
    )
    cut_on = spoken_article(hyphenated, "en").sentences_between(
        on.to_document(start), on.to_document(end)
    )
    assert [p.text for s in cut_on for p in s.parts] == [p.text for s in cut_off for p in s.parts]
    assert cut_on[0].parts[0].text.startswith("butes justified")


def test_headings_and_the_screen_reader_s_nodes_have_no_soft_hyphens():
    _, hyphenated = documents(ARTICLE)
    assert [heading.text for heading in outline_of(hyphenated).headings] == ["Representation"]
    texts = [node.text for node in structure_of(hyphenated).root.children]
    assert texts[1].startswith("Hyphenation distributes justified paragraphs")
    assert not any(SHY in text for text in texts)


def test_the_bundled_articles_read_the_same_hyphenated():
    for name in ("metoo-pakistan-marginalised.md", "metoo-pakistan-marginalised.ur.md"):
        rendered = render_article(read_article(BUNDLED_ARTICLES / name))
        plain, hyphenated = QTextDocument(), QTextDocument()
        plain.setHtml(rendered.html)
        hyphenated.setHtml(hyphenated_html(rendered.html, rendered.meta.language))
        assert DocumentPositions(hyphenated.toRawText()).text == plain.toRawText()
        english = rendered.meta.language == "en"
        assert (SHY in hyphenated.toRawText()) == english  # the Urdu article is left whole
