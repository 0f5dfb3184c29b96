import pytest

from reader.core.marks.anchoring import (
    CONTEXT_LENGTH,
    Anchor,
    DocumentPositions,
    anchor_at,
    anchor_at_point,
    fingerprint,
    past_spaces,
    relocate,
    selection_anchor,
    trimmed_selection,
    with_pictures,
)

P = "\u2029"  # how a document's text separates paragraphs
ARTICLE = P.join(
    [
        "A heading",
        "The first paragraph talks about the river and the town beside it.",
        "The second paragraph tells how the floods came every spring and left the fields rich.",
        "The third paragraph ends the story with the harvest and a song.",
    ]
)
QUOTE = "the floods came every spring"


def mark_in(text: str, quote: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return anchor_at(text, start, start + len(quote))


def test_an_anchor_keeps_its_quote_and_context():
    anchor = mark_in(ARTICLE, QUOTE)
    assert anchor.quote == QUOTE
    assert anchor.prefix == ARTICLE[anchor.start - CONTEXT_LENGTH : anchor.start]
    assert anchor.suffix == ARTICLE[anchor.end : anchor.end + CONTEXT_LENGTH]


def test_an_unchanged_text_keeps_the_place_and_its_fingerprint():
    anchor = mark_in(ARTICLE, QUOTE)
    assert relocate(anchor, ARTICLE) == anchor
    assert fingerprint(ARTICLE) == fingerprint(str(ARTICLE))
    assert fingerprint(ARTICLE) != fingerprint(ARTICLE + ".")


def test_paragraphs_inserted_before_move_the_mark_with_its_text():
    anchor = mark_in(ARTICLE, QUOTE)
    inserted = "A new paragraph about something else entirely." + P + "And another one." + P
    edited = ARTICLE.replace("The first", inserted + "The first")
    found = relocate(anchor, edited)
    assert found is not None
    assert edited[found.start : found.end] == QUOTE
    assert found.start == anchor.start + len(inserted)


def test_words_changed_around_the_mark_do_not_lose_it():
    anchor = mark_in(ARTICLE, QUOTE)
    edited = ARTICLE.replace("tells how", "explains, at some length, how").replace(
        "left the fields rich", "made the valley green"
    )
    found = relocate(anchor, edited)
    assert found is not None and edited[found.start : found.end] == QUOTE


def test_a_word_changed_inside_the_mark_is_found_approximately():
    anchor = mark_in(ARTICLE, QUOTE)
    edited = ARTICLE.replace("floods came every spring", "floods arrived every spring")
    found = relocate(anchor, edited)
    assert found is not None
    assert edited[found.start : found.end] == "the floods arrived every spring"


def test_a_deleted_paragraph_orphans_its_mark():
    anchor = mark_in(ARTICLE, QUOTE)
    paragraphs = ARTICLE.split(P)
    edited = P.join(paragraphs[:2] + paragraphs[3:])
    assert relocate(anchor, edited) is None


def test_of_several_copies_of_the_quote_the_one_in_the_same_context_is_chosen():
    text = P.join(
        [
            "Chorus: the rain falls on the hill.",
            "Verse one says little.",
            "Chorus: the rain falls on the hill.",
            "Verse two says more.",
            "Chorus: the rain falls on the hill.",
        ]
    )
    anchor = mark_in(text, "the rain falls", occurrence=1)
    edited = "An introduction in a paragraph of its own." + P + text
    found = relocate(anchor, edited)
    assert found is not None
    assert found.start == mark_in(edited, "the rain falls", occurrence=1).start


def test_the_nearest_copy_wins_when_no_context_helps():
    text = "the rain falls" + " filler" * 20 + "the rain falls" + " filler" * 20 + "the rain falls"
    second = mark_in(text, "the rain falls", occurrence=1)
    changed = text.replace(" filler", " padding")  # every piece of context is different now
    found = relocate(second, changed)
    assert found is not None
    assert found.start == mark_in(changed, "the rain falls", occurrence=1).start


def test_urdu_text_is_anchored_and_found_again():
    text = P.join(
        [
            "اردو ادب کی تاریخ بہت پرانی ہے۔",
            "غالب اور اقبال اس زبان کے بڑے شاعر ہیں۔",
            "آج بھی لوگ ان کی شاعری پڑھتے ہیں۔",
        ]
    )
    quote = "غالب اور اقبال"
    anchor = mark_in(text, quote)
    edited = "ایک نیا پیراگراف یہاں ہے۔" + P + text
    found = relocate(anchor, edited)
    assert found is not None and edited[found.start : found.end] == quote
    changed_inside = edited.replace("غالب اور اقبال اس زبان", "غالب اور علامہ اقبال اس زبان")
    approximate = relocate(mark_in(text, "غالب اور اقبال اس زبان کے بڑے شاعر"), changed_inside)
    assert approximate is not None
    assert changed_inside[approximate.start : approximate.end].startswith("غالب اور علامہ")


def test_emoji_before_a_mark_count_once_in_the_text_and_twice_in_the_document():
    text = "Smile 😀 and wave 👋 then" + P + "read the quiet line here."
    anchor = mark_in(text, "quiet line")
    positions = DocumentPositions(text)
    document_start = positions.to_document(anchor.start)
    assert document_start == anchor.start + 2  # two characters beyond the BMP before it
    assert positions.to_text(document_start) == anchor.start
    # The second half of an emoji's pair belongs to the emoji.
    emoji = text.index("😀")
    assert positions.to_text(positions.to_document(emoji) + 1) == emoji
    edited = "🎉🎉 " + text
    found = relocate(anchor, edited)
    assert found is not None and edited[found.start : found.end] == "quiet line"


def test_a_point_anchor_takes_the_words_to_the_paragraphs_end():
    start = ARTICLE.index("The third")
    anchor = anchor_at_point(ARTICLE, start)
    assert anchor.start == start
    assert anchor.quote == ARTICLE[start : start + 48]
    end_of_paragraph = ARTICLE.index(P, ARTICLE.index("The second")) - 4
    near_end = anchor_at_point(ARTICLE, end_of_paragraph)
    assert near_end.quote == "ich."
    at_end = anchor_at_point(ARTICLE, len(ARTICLE))
    assert at_end.end == len(ARTICLE) and at_end.quote == ARTICLE[-48:]


def test_an_empty_quote_is_never_placed():
    assert relocate(anchor_at(ARTICLE, 10, 10), ARTICLE) is None


@pytest.mark.parametrize(
    ("ending", "quote"),
    [
        ("the harvest came in late and the village sang", "the harvest came in early and the"),
        ("فصل دیر سے آئی اور گاؤں نے گیت گایا", "فصل جلد سے آئی اور گاؤں"),
        ("收成来得很晚，村里的人都唱起了歌，一直唱到天亮", "收成来得很早，村里的人都唱起了歌"),
    ],
)
def test_a_changed_quote_placed_far_past_the_end_is_looked_for_at_the_end(ending, quote):
    text = "Filler words that say nothing. " * 200 + ending
    anchor = Anchor(10**6, 10**6 + len(quote), quote, "", "")
    found = relocate(anchor, text)
    assert found is not None
    assert text[found.start : found.end] in ending


# A mark whose text is gone is orphaned, never moved (issue 10, §6) -------------------------

WORKPLACE = P.join(
    [
        "Harassment at work",
        "In 2010 Parliament passed a law against sexual harassment at the workplace, and every "
        "office had to post a code of conduct on its walls.",
        "Ten years on, most women who face sexual harassment in the workplace still do not "
        "report it to anyone they work with.",
    ]
)


def test_the_issue_case_a_similar_phrase_elsewhere_does_not_take_the_mark():
    anchor = mark_in(WORKPLACE, "sexual harassment at the workplace")
    paragraphs = WORKPLACE.split(P)
    edited = P.join(paragraphs[:1] + paragraphs[2:])
    assert "sexual harassment in the workplace" in edited
    assert relocate(anchor, edited) is None


@pytest.mark.parametrize(
    ("paragraphs", "quote", "kept"),
    [
        (  # English: the phrase again, a word apart, in the paragraph after
            [
                "Chapter one",
                "The river rose over the banks of the old town that spring, as it did often.",
                "Years later a child asked why the river rose over the banks of the new town.",
            ],
            "river rose over the banks of the old town",
            2,
        ),
        (  # Urdu: the same words with one changed, in another paragraph
            [
                "باب اول",
                "اس سال گاؤں میں سیلاب نے کھیتوں کو تباہ کر دیا اور لوگ شہر چلے گئے۔",
                "بہت برس بعد بچوں نے پوچھا کہ کیا سیلاب نے فصلوں کو تباہ کر دیا تھا۔",
            ],
            "سیلاب نے کھیتوں کو تباہ کر دیا",
            2,
        ),
        (  # Arabic: a close phrase far from the deleted one
            [
                "مقدمة",
                "قال الطبيب إن المرض انتشر في القرى الجنوبية بسرعة كبيرة هذا العام.",
                "ثم كتب الصحفي عن المرض الذي انتشر في المدن الجنوبية منذ سنوات طويلة مضت.",
            ],
            "المرض انتشر في القرى الجنوبية",
            2,
        ),
        (  # Hindi in Devanagari, the same kind of edit
            [
                "पहला अध्याय",
                "उस साल गाँव में बाढ़ ने खेतों को बर्बाद कर दिया और लोग शहर चले गए।",
                "कई साल बाद बच्चों ने पूछा कि क्या बाढ़ ने फसलों को बर्बाद कर दिया था।",
            ],
            "बाढ़ ने खेतों को बर्बाद कर दिया",
            2,
        ),
    ],
)
def test_a_deleted_passage_orphans_its_mark_in_any_script(paragraphs, quote, kept):
    text = P.join(paragraphs)
    anchor = mark_in(text, quote)
    edited = P.join(paragraphs[:1] + paragraphs[kept:])
    assert relocate(anchor, edited) is None


@pytest.mark.parametrize(
    ("text", "quote", "old", "new", "expected"),
    [
        (
            ARTICLE,
            QUOTE,
            "came every",
            "came, as ever, every",
            "the floods came, as ever, every spring",
        ),
        (
            ARTICLE,
            QUOTE,
            "every spring",
            "every single spring",
            "the floods came every single spring",
        ),
        (ARTICLE, QUOTE, "the floods came", "thee floods came", "thee floods came every spring"),
        (
            "پہلا پیراگراف۔"
            + P
            + "اس سال گاؤں میں سیلاب نے کھیتوں کو تباہ کر دیا اور لوگ چلے گئے۔",
            "سیلاب نے کھیتوں کو تباہ کر دیا",
            "کھیتوں",
            "فصلوں",
            "سیلاب نے فصلوں کو تباہ کر دیا",
        ),
        (
            "مقدمة." + P + "قال الطبيب إن المرض انتشر في القرى الجنوبية بسرعة كبيرة هذا العام.",
            "المرض انتشر في القرى الجنوبية",
            "القرى",
            "البلدات",
            "المرض انتشر في البلدات الجنوبية",
        ),
    ],
)
def test_an_edit_inside_a_mark_keeps_it_in_place_with_its_own_quote(
    text, quote, old, new, expected
):
    anchor = mark_in(text, quote)
    edited = text.replace(old, new)
    found = relocate(anchor, edited)
    assert found is not None
    assert edited[found.start : found.end] == expected
    # Only the range follows the text: the quote and context are what the reader marked.
    assert (found.quote, found.prefix, found.suffix) == (anchor.quote, anchor.prefix, anchor.suffix)


def test_a_mark_of_4000_characters_is_found_after_an_edit_inside_it():
    words = [f"word{n % 97}x{n % 13}" for n in range(700)]
    text = "Title" + P + " ".join(words)
    start = text.index(words[10])
    anchor = anchor_at(text, start, start + 4000)
    middle = start + 2000
    edited = text[:middle] + "SOME NEW WORDS" + text[middle + 5 :]
    found = relocate(anchor, edited)
    assert found is not None
    assert (found.start, found.end) == (start, start + 4000 + len("SOME NEW WORDS") - 5)
    assert found.quote == anchor.quote


@pytest.mark.parametrize(
    ("text", "quote", "edits", "expected"),
    [
        (  # the words just before the mark changed too: found by the context after it
            ARTICLE,
            QUOTE,
            [("tells how", "explains how"), ("came", "arrived")],
            "the floods arrived every spring",
        ),
        (  # and the words just after it
            ARTICLE,
            QUOTE,
            [("and left the fields rich", "leaving the fields rich"), ("every", "each")],
            "the floods came each spring",
        ),
        (
            "پہلا پیراگراف۔"
            + P
            + "اس سال گاؤں میں سیلاب نے کھیتوں کو تباہ کر دیا اور لوگ شہر چلے گئے۔",
            "سیلاب نے کھیتوں کو تباہ کر دیا",
            [("اس سال گاؤں میں", "پچھلے سال گاؤں میں"), ("کھیتوں", "فصلوں")],
            "سیلاب نے فصلوں کو تباہ کر دیا",
        ),
    ],
)
def test_an_edit_inside_a_mark_and_on_one_side_of_it_keeps_it_in_place(
    text, quote, edits, expected
):
    anchor = mark_in(text, quote)
    edited = text
    for old, new in edits:
        edited = edited.replace(old, new)
    found = relocate(anchor, edited)
    assert found is not None
    assert edited[found.start : found.end] == expected
    assert found.quote == quote


@pytest.mark.parametrize(
    ("text", "selected", "marked"),
    [
        # The issue's case: Ctrl+Shift+Right twice selects two words and the space after.
        ("Generally, cases of abuse go unreported.", "Generally, cases ", "Generally, cases"),
        ("Generally, cases of abuse go unreported.", " of abuse ", "of abuse"),
        # Urdu: the space after the words, and a no-break space before them.
        ("پاکستان میں\u00a0ہراسانی کے مقدمات", "پاکستان میں\u00a0", "پاکستان میں"),
        ("پاکستان میں\u00a0ہراسانی کے مقدمات", "\u00a0ہراسانی کے ", "ہراسانی کے"),
        # A zero-width non-joiner inside an Urdu word is part of the word, not a space.
        ("یہ تحقیق\u200cنامہ ہے", "تحقیق\u200cنامہ ", "تحقیق\u200cنامہ"),
        # A paragraph selected with Shift+Down takes its end (U+2029) and the next one's start.
        ("First paragraph.\u2029\tSecond one.", "First paragraph.\u2029\t", "First paragraph."),
        ("line one\u2028line two  ", "\u2028line two  ", "line two"),
    ],
)
def test_a_mark_from_a_selection_has_no_space_at_its_ends(text, selected, marked):
    start = text.index(selected)
    anchor = selection_anchor(text, start, start + len(selected))
    assert anchor is not None
    assert anchor.quote == marked
    assert text[anchor.start : anchor.end] == marked
    assert anchor.start == text.index(marked, start)
    assert anchor.prefix == text[max(0, anchor.start - CONTEXT_LENGTH) : anchor.start]
    assert anchor.suffix == text[anchor.end : anchor.end + CONTEXT_LENGTH]


@pytest.mark.parametrize(
    "selected", [" ", "   ", "\u2029", " \u2029\u00a0", "\u00a0\u00a0", "\t\u2028 "]
)
def test_a_selection_of_only_spaces_is_nothing_to_mark(selected):
    text = f"Before{selected}پاکستان"
    start = len("Before")
    assert trimmed_selection(text, start, start + len(selected)) is None
    assert selection_anchor(text, start, start + len(selected)) is None


def test_a_selection_is_clamped_to_the_text_before_it_is_trimmed():
    assert trimmed_selection("word  ", -3, 99) == (0, 4)
    assert trimmed_selection("", 0, 5) is None
    assert selection_anchor("abc", 2, 1) is None


@pytest.mark.parametrize(
    ("text", "index", "word"),
    [
        ("sexual harassment at work", len("sexual"), len("sexual ")),
        ("پاکستان میں\u00a0 ہراسانی", len("پاکستان میں"), len("پاکستان میں\u00a0 ")),
        ("End of one.\u2029Next one.", len("End of one."), len("End of one.\u2029")),
        ("word", 1, 1),  # inside a word: stays
        ("last words   ", len("last words"), len("last words")),  # only spaces follow
    ],
)
def test_a_place_at_a_space_moves_to_the_next_word(text, index, word):
    assert past_spaces(text, index) == word


# Pictures: one character in the text, their words where text leaves Reader -------------

PICTURE = "\ufffc"
SOFT = "\u00ad"
MAP, FLOODS = "[Picture: \u2068A map of the Indus\u2069]", "[Picture: \u2068سیلاب کا نقشہ\u2069]"


@pytest.mark.parametrize(
    ("document_text", "pictures", "readable"),
    [
        # English and Urdu descriptions, as the view's picture_labels gives them.
        (f"See {PICTURE} here.", {4: MAP}, f"See {MAP} here."),
        (f"دیکھیے {PICTURE} یہاں۔", {7: FLOODS}, f"دیکھیے {FLOODS} یہاں۔"),
        # A picture without a description.
        (f"A{PICTURE}B", {1: "[Picture]"}, "A[Picture]B"),
        # Two pictures in one piece of text, after a soft hyphen and an emoji (Qt counts it
        # twice): each found at its own document position.
        (
            f"hy{SOFT}phen {PICTURE} 😀 {PICTURE}{P}end",
            {8: MAP, 13: FLOODS},
            f"hyphen {MAP} 😀 {FLOODS}{P}end",
        ),
        # An object character that is no picture is left out.
        (f"a{PICTURE}b", {}, "ab"),
    ],
)
def test_readable_text_has_each_picture_s_words(document_text, pictures, readable):
    positions = DocumentPositions(document_text, pictures)
    assert positions.readable(0, len(positions.text)) == readable
    # Its indices are still the text's, where a picture is one character.
    assert positions.text == document_text.replace(SOFT, "")
    assert positions.text.count(PICTURE) == document_text.count(PICTURE)


def test_a_piece_of_text_has_the_words_of_the_pictures_within_it_only():
    positions = DocumentPositions(
        f"{PICTURE} one {PICTURE} two {PICTURE}", {0: "A", 6: "B", 12: "C"}
    )
    assert positions.picture_words(1, 12) == ["B"]
    assert positions.readable(1, 12) == " one B two "
    assert positions.picture_words(0, 13) == ["A", "B", "C"]
    assert positions.readable(5, 6) == " "  # the space before B, not B


@pytest.mark.parametrize(
    ("text", "words", "written"),
    [
        (f"x{PICTURE}y{PICTURE}z", ["1", "2"], "x1y2z"),
        (f"x{PICTURE}y{PICTURE}z", ["1"], "x1yz"),  # beyond the words: left out
        ("no pictures", ["1"], "no pictures"),
        (f"{PICTURE}{PICTURE}", ["[Picture]", FLOODS], f"[Picture]{FLOODS}"),
    ],
)
def test_with_pictures_puts_the_nth_words_at_the_nth_picture(text, words, written):
    assert with_pictures(text, words) == written
