import pytest

from reader.core.language.parts import LEFT_TO_RIGHT_MARK, mark_language_parts

LRM = LEFT_TO_RIGHT_MARK


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ہم #MeToo کے ساتھ", "ur", f"ہم {LRM}#MeToo کے ساتھ"),
        ("#MeToo کے ساتھ", "ur", f"{LRM}#MeToo کے ساتھ"),
        ("به @reader_app بگویید", "fa", f"به {LRM}@reader_app بگویید"),
        ("עם #MeToo", "he", f"עם {LRM}#MeToo"),
        (f"ہم {LRM}#MeToo", "ur", f"ہم {LRM}#MeToo"),  # a mark already there stays single
        ("ہم #۱۲ اور x#y", "ur", "ہم #۱۲ اور x#y"),  # no Latin word after the sign
        ("We #MeToo", "en", "We #MeToo"),  # left to right needs no mark
    ],
)
def test_a_latin_hashtag_or_handle_in_right_to_left_text_is_bound_to_its_word(
    text, language, expected
):
    page = mark_language_parts(f"<p>{text}</p>", language)
    assert expected in page.replace('<span class="lang-plain">', "").replace("</span>", "")
