import random

import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles.article import read_article
from reader.core.articles.rendering import render_article
from reader.core.speech.sentences import split_long_sentence, split_sentences
from tests.conftest import BUNDLED_ARTICLES


def sentences(text: str, language: str = "en") -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, language)]


def assert_spans_cover(text: str, spans: list[tuple[int, int]]) -> None:
    """Ordered, non-overlapping, stripped spans that hold every non-space character once."""
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert text[previous_end:start].isspace() or previous_end == start
        previous_end = end
    assert not text[previous_end:].strip()


def test_plain_sentences_are_split():
    assert sentences("It rained. We stayed in! Did you? Yes.") == [
        "It rained.", "We stayed in!", "Did you?", "Yes.",
    ]  # fmt: skip


@pytest.mark.parametrize("text", ["", " ", "\n\u2028\u00a0\t"])
def test_empty_text_has_no_sentences(text):
    assert split_sentences(text) == []


def test_text_without_a_terminator_is_one_sentence_without_its_outer_spaces():
    assert split_sentences("  Stigma, the police and the courts \u2028") == [(2, 35)]
    assert sentences("the next heading") == ["the next heading"]


def test_runs_of_terminators_end_one_sentence():
    assert sentences("Really?! Yes... It was… Quite!!! Fine.") == [
        "Really?!", "Yes...", "It was…", "Quite!!!", "Fine.",
    ]  # fmt: skip


def test_closing_quotes_and_brackets_belong_to_the_sentence():
    assert sentences('He said "Go." Then he left.') == ['He said "Go."', "Then he left."]
    assert sentences("(It was late.) Then we slept.") == ["(It was late.)", "Then we slept."]
    assert sentences("She asked “Why?” Nobody knew.") == ["She asked “Why?”", "Nobody knew."]
    assert sentences("Il a dit «Non.» Puis rien.", "fr") == ["Il a dit «Non.»", "Puis rien."]


def test_a_full_stop_in_quotes_before_a_lowercase_word_does_not_end_the_sentence():
    assert sentences('"Stop." she said. ‘Why?’ he asked.') == [
        '"Stop." she said.', "‘Why?’ he asked.",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Mrs. Smith and Ms. Khan.",
        "Dr. Ali and Prof. Zaman spoke.",
        "They live on St. Mary's Road with Mt. Everest in view.",
        "Martin Luther King Jr. and John Smith Sr. were named.",
        "It was Pakistan vs. India again.",
        "Bring fruit, e.g. Mangoes, or bread, i.e. Naan.",
        "Acme Inc. and Acme Ltd. and Acme Co. Traders merged.",
        "See Fig. 3 on p. 12 and pp. 14–15 in vol. 2, ed. Ahmed.",
        "It began in Jan. 2017 and ended in Dec. 2018.",
        "Gen. Khan, Sen. Ali, Rep. Jones, Gov. Shah, Capt. Malik, Lt. Raza and Col. Baig came.",
        "It is approx. 5 km from the dept. Office, est. 1990.",
        "Look at No. 5 first.",
    ],
)
def test_abbreviations_do_not_end_sentences(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "It costs Rs. 1,500 now.",
        "She studied at Govt. Girls College Lahore.",
        "He works for Habib Sons Pvt. Ltd. Karachi as a clerk.",
        "Engr. Tariq and Mst. Fatima signed for Ch. Aslam.",
        "The Distt. Officer and the Asstt. Commissioner met the Secy. Education.",
        "Maj. Iqbal and Brig. Rana spoke to the Addl. Secretary.",
        "Fees are Rs. 500 for Univ. Students of the Natl. College.",
    ],
)
def test_pakistani_english_abbreviations_do_not_end_sentences(text):
    assert sentences(text) == [text]
    assert sentences(text, "en-PK") == [text]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Это было в 1990 г. Москва тогда изменилась."),
        ("ru", "Он живёт на ул. Ленина, т.е. Рядом."),
        ("de", "Wir kaufen z.B. Äpfel und Birnen, bzw. Trauben."),
        ("fr", "M. Dupont et Mme. Leroy sont venus."),
        ("es", "La Sra. García y el Dr. López llegaron."),
    ],
)
def test_abbreviations_are_each_languages_own(language, text):
    assert sentences(text, language) == [text]


def test_words_that_also_abbreviate_still_end_sentences():
    assert sentences("It was a work of art. Then they were fed. Wait a sec. Go on.") == [
        "It was a work of art.", "Then they were fed.", "Wait a sec.", "Go on.",
    ]  # fmt: skip


def test_another_languages_abbreviation_ends_a_sentence():
    # "г." abbreviates a Russian word only: in English it is a word's last letter.
    assert sentences("He wrote г. Then he left.") == ["He wrote г.", "Then he left."]
    assert sentences("Пришёл Mr. Иван.", "ru") == ["Пришёл Mr.", "Иван."]


def test_etc_ends_a_sentence_only_before_a_capitalised_word():
    assert sentences("Pens, ink, etc. are sold here.") == ["Pens, ink, etc. are sold here."]
    assert sentences("Pens, ink, etc. The shop is small.") == [
        "Pens, ink, etc.", "The shop is small.",
    ]  # fmt: skip


def test_no_is_an_abbreviation_only_before_a_number():
    assert sentences("The answer was No. Then she left.") == [
        "The answer was No.", "Then she left.",
    ]  # fmt: skip


def test_initials_do_not_end_sentences():
    assert sentences("J. K. Rowling wrote it.") == ["J. K. Rowling wrote it."]
    assert sentences("The U.S. policy changed in the U.K. Parliament too.") == [
        "The U.S. policy changed in the U.K. Parliament too.",
    ]  # fmt: skip
    assert sentences("So did I. Then we left.") == ["So did I.", "Then we left."]


def test_numbers_versions_and_addresses_are_not_split():
    text = (
        "It grew 3.5 times to 1,000.50 rupees in v2.0 of the app. "
        "Write to info@war.org.pk or see https://example.org/a.b?c=d. Then wait."
    )
    assert sentences(text) == [
        "It grew 3.5 times to 1,000.50 rupees in v2.0 of the app.",
        "Write to info@war.org.pk or see https://example.org/a.b?c=d.",
        "Then wait.",
    ]


def test_a_m_and_p_m_end_a_sentence_only_before_a_capitalised_word():
    assert sentences("We met at 10 a.m. today and left at 5 p.m. on foot.") == [
        "We met at 10 a.m. today and left at 5 p.m. on foot.",
    ]  # fmt: skip
    assert sentences("We met at 10 a.m. The next day was quiet.") == [
        "We met at 10 a.m.", "The next day was quiet.",
    ]  # fmt: skip


def test_an_ellipsis_before_a_lowercase_word_is_mid_sentence():
    assert sentences("I waited... and waited… then left. Done.") == [
        "I waited... and waited… then left.", "Done.",
    ]  # fmt: skip


def test_a_sentence_may_start_with_a_digit_a_quote_a_symbol_or_an_image():
    assert sentences("It grew. 93% agreed. “Yes,” one said. #MeToo spread. \ufffc Then.") == [
        "It grew.", "93% agreed.", "“Yes,” one said.", "#MeToo spread.", "\ufffc Then.",
    ]  # fmt: skip


def test_continuing_punctuation_after_a_terminator_does_not_start_a_sentence():
    assert sentences("Wait... – it said. Done.") == ["Wait... – it said.", "Done."]


def test_a_line_break_after_a_terminator_ends_a_sentence_even_before_lowercase():
    assert sentences("First line.\u2028second line\u2028still second. x\nThird.") == [
        "First line.", "second line\u2028still second. x\nThird.",
    ]  # fmt: skip
    assert sentences("Dear reader,\u2028this is one sentence.") == [
        "Dear reader,\u2028this is one sentence.",
    ]  # fmt: skip


def test_non_breaking_spaces_count_as_spaces():
    assert sentences("It is 5\u00a0km.\u00a0Then more.\u00a0") == ["It is 5\u00a0km.", "Then more."]


def test_a_last_sentence_with_no_letter_or_digit_joins_the_one_before():
    assert sentences("Women: including Trans women. ↩") == ["Women: including Trans women. ↩"]


def test_urdu_sentences_end_at_urdu_stops():
    text = "یہ پہلا جملہ ہے۔ کیا یہ دوسرا ہے؟ ہاں!"
    assert sentences(text, "ur") == ["یہ پہلا جملہ ہے۔", "کیا یہ دوسرا ہے؟", "ہاں!"]
    assert sentences(text, "ur-Arab-PK") == sentences(text, "ur")
    assert sentences(text, "en") == sentences(text, "ur")


def test_urdu_full_stop_ends_a_sentence_without_a_space_or_through_direction_marks():
    assert sentences("میں گھر گیا۔وہ سو گئی۔\u200f پھر صبح ہوئی۔", "ur") == [
        "میں گھر گیا۔", "وہ سو گئی۔\u200f", "پھر صبح ہوئی۔",
    ]  # fmt: skip


def test_in_urdu_any_terminator_before_a_space_ends_a_sentence():
    assert sentences("انہوں نے کہا: نہیں! iPhone مہنگا ہے. ٹھیک ہے۔ mobile سستا ہے۔", "ur") == [
        "انہوں نے کہا: نہیں!", "iPhone مہنگا ہے.", "ٹھیک ہے۔", "mobile سستا ہے۔",
    ]  # fmt: skip


def test_roman_urdu_follows_letter_case():
    assert sentences("Main ghar gaya... aur so gaya. Phir subah hui.", "ur-Latn") == [
        "Main ghar gaya... aur so gaya.", "Phir subah hui.",
    ]  # fmt: skip


def test_mixed_english_and_urdu():
    text = "Dr. Zaman said this. یہ اردو ہے۔ And then: “کیا واقعی؟” Yes, really."
    expected = ["Dr. Zaman said this.", "یہ اردو ہے۔", "And then: “کیا واقعی؟”", "Yes, really."]
    assert sentences(text, "en") == expected
    assert sentences(text, "ur") == expected


def test_danda_and_cjk_stops_need_no_space():
    assert sentences("यह पहला वाक्य है। यह दूसरा है।", "hi") == ["यह पहला वाक्य है।", "यह दूसरा है।"]
    assert sentences("今天下雨。我们在家！你呢？", "zh") == ["今天下雨。", "我们在家！", "你呢？"]


def test_random_texts_give_ordered_stripped_spans_covering_every_character():
    pieces = [
        "a", "Z", "7", " ", "  ", ".", "...", "?!", "…", "۔", "؟", "।", "。", '"', "’", ")",
        "\u2028", "\n", "\u00a0", "\ufffc", "\u200f", "Mr", "e.g", "U.S", "No", "ہے", "یہ",
        "x@y.org", "3.5", "↩", "a.m", "etc",
    ]  # fmt: skip
    generator = random.Random(20260)
    for _ in range(3000):
        text = "".join(generator.choices(pieces, k=generator.randint(0, 40)))
        for language in ("en", "ur"):
            spans = split_sentences(text, language)
            assert_spans_cover(text, spans)
            assert split_sentences(text, language) == spans


def test_a_megabyte_passage_is_handled():
    # Linear time: dense candidates of every kind, checked by hand at well under a second.
    unit = "Mr. Smith paid 3.5 rupees at 10 a.m. today. یہ جملہ ہے۔ J. K. wrote... it? Yes! "
    text = unit * (1_000_000 // len(unit))
    spans = split_sentences(text)
    assert len(spans) == 4 * (1_000_000 // len(unit))
    for hostile in ("." * 1_000_000, "a." * 500_000, "J. " * 333_333, '."' * 500_000):
        assert_spans_cover(hostile, split_sentences(hostile))


@pytest.fixture
def bundled_passages(qapp) -> dict[str, list[tuple[str, str]]]:
    """Each bundled article's passages (blocks) as Qt shows them, with their language."""
    passages = {}
    for path in sorted(BUNDLED_ARTICLES.glob("*.md")):
        article = read_article(path)
        document = QTextDocument()
        document.setHtml(render_article(article).html)
        blocks = []
        block = document.begin()
        while block.isValid():
            blocks.append((block.text(), article.meta.language))
            block = block.next()
        passages[path.stem] = blocks
    return passages


def test_bundled_articles_split_into_sentences_that_start_as_sentences(bundled_passages):
    assert len(bundled_passages) >= 2
    for blocks in bundled_passages.values():
        for text, language in blocks:
            spans = split_sentences(text, language)
            assert_spans_cover(text, spans)
            for start, end in spans[1:]:
                assert not text[start].islower(), text[start:end]


def test_metoo_article_sentences_are_found_whole(bundled_passages):
    found = {sentence for text, language in bundled_passages["metoo-pakistan-marginalised"]
             for sentence in sentences(text, language)}  # fmt: skip
    assert {
        "Sarah Zaman of War Against Rape (WAR) shared that:",
        "#MeToo has served as a means of reclaiming power in their narratives and how they "
        "choose to share their truth.",
        "After conducting “a very private examination” of her sister, the doctor then began "
        "“leaving comments on photographs and trying to add her as a Facebook friend.”",
        "Ex-CEO of Patari, Khalid Bajwa was accused of sexual harassment by three young women "
        "via Twitter where they chronicled the harassment they faced.",
        "And, although, Bajwa was removed from his position at Patari, PTI wasn’t willing to "
        "take action.",
        "In 2017 – at the same time as the news of Chinoy’s sister dominated national news, three "
        "Khawaja Sira’s dealt with violence in Karachi involving murder, rape, and kidnapping.",
        "As these conversations happen, let’s make sure everyone has a seat at the table.",
        "Image: Ayesha Gulalai.",
    } <= found


def test_a_short_sentence_is_one_piece():
    text = "  Short enough.  "
    assert split_long_sentence(text, 0, len(text), 40) == [(2, 15)]


def test_long_sentences_split_at_clause_punctuation_first():
    text = "The first clause runs on, the second one too; and a third: the end of it all."
    pieces = [text[start:end] for start, end in split_long_sentence(text, 0, len(text), 50)]
    assert pieces == [
        "The first clause runs on, the second one too;",
        "and a third: the end of it all.",
    ]


def test_long_sentences_split_at_spaces_without_clause_punctuation():
    text = "word " * 30
    spans = split_long_sentence(text, 0, len(text), 22)
    assert [text[start:end] for start, end in spans][:2] == [
        "word word word word",
        "word word word word",
    ]
    assert_spans_cover(text, spans)


def test_text_without_spaces_is_cut_hard_but_not_inside_a_letter():
    assert split_long_sentence("x" * 25, 0, 25, 10) == [(0, 10), (10, 20), (20, 25)]
    text = "ب\u064e" * 6  # an Arabic letter with its vowel mark (fatha)
    spans = split_long_sentence(text, 0, len(text), 5)
    assert all(end - start <= 5 and text[start] == "ب" for start, end in spans)
    assert_spans_cover(text, spans)


def test_long_sentence_pieces_stay_within_the_limit_and_cover_the_sentence():
    generator = random.Random(7)
    words = ["a", "bb", "word,", "clause;", "—", "ہے۔", "\u2028", "longerwordhere", "x" * 30]
    for _ in range(500):
        text = " ".join(generator.choices(words, k=generator.randint(1, 60)))
        limit = generator.randint(1, 40)
        spans = split_long_sentence(text, 0, len(text), limit)
        assert all(end - start <= limit for start, end in spans)
        assert_spans_cover(text, spans)


def test_a_limit_below_one_is_refused():
    with pytest.raises(ValueError):
        split_long_sentence("text", 0, 4, 0)
