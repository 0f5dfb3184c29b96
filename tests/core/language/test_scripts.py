"""Unmarked text in another script, found by its letters."""

from reader.core.language.scripts import character_script, foreign_runs


def latin_only(script: str) -> bool:
    return script == "Latn"


def runs(text: str, **options: bool) -> list[tuple[str, str]]:
    return [(text[s:e], script) for s, e, script in foreign_runs(text, latin_only, **options)]


def test_characters_have_scripts_and_shared_ones_have_none():
    assert [character_script(c) for c in "aبअж中"] == ["Latn", "Arab", "Deva", "Cyrl", "Hani"]
    assert [character_script(c) for c in " 1.،"] == [None, None, None, None]


def test_a_sentence_mostly_in_another_script_is_that_scripts_whole():
    text = "میں نے Google پر تلاش کیا اور پھر WhatsApp پر بھیج دیا۔"
    assert runs(text) == [(text, "Arab")]
    assert runs("यह हिंदी में Google है।") == [("यह हिंदी में Google है।", "Deva")]


def test_a_few_words_in_another_script_are_runs_of_their_own():
    text = "The word پاکستان، means land of the pure; لاہور is a city."
    assert runs(text) == [("پاکستان،", "Arab"), ("لاہور", "Arab")]
    assert runs("She said спасибо and नमस्ते to us.") == [("спасибо", "Cyrl"), ("नमस्ते", "Deva")]
    assert runs("In 1947, and 2018: one line.") == []  # digits belong to no script
    assert runs("Years ۲۰۱۸ and 1947") == [("۲۰۱۸", "Arab")]  # but Urdu digits are Arabic


def test_by_letter_every_run_stands_alone():
    text = "میں نے Google پر"
    assert runs(text, by_majority=False) == [("میں نے", "Arab"), ("پر", "Arab")]
