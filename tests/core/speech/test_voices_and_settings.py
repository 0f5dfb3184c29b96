from reader.core.speech.settings import HighlightStyle, SpeechSettings
from reader.core.speech.voices import Voice, voice_for, voices_by_language

VOICES = [
    Voice("gmw/en-029", "English (Caribbean)", "en-029"),
    Voice("gmw/en", "English (Great Britain)", "en-gb"),
    Voice("gmw/en-us", "English (America)", "en-us"),
    Voice("inc/ur", "Urdu", "ur"),
    Voice("inc/hi", "Hindi", "hi"),
]


def test_a_language_finds_its_closest_voice():
    assert voice_for("en-US", VOICES, default="gmw/en").id == "gmw/en-us"
    # No voice is plain "en": the engine's default speaks it, not the first in the list.
    assert voice_for("en", VOICES, default="gmw/en").id == "gmw/en"
    # Without a default, CLDR's likeliest English (US) is the closest.
    assert voice_for("en", VOICES).id == "gmw/en-us"
    assert voice_for("ur-Arab-PK", VOICES).id == "inc/ur"
    assert voice_for("ps", VOICES) is None


def test_the_readers_voice_wins_for_its_own_language_only():
    assert voice_for("en-GB", VOICES, preferred="gmw/en-us").id == "gmw/en-us"
    assert voice_for("ur", VOICES, preferred="gmw/en-us").id == "inc/ur"


def test_voices_are_grouped_by_language():
    groups = voices_by_language(VOICES)
    assert list(groups) == ["en", "hi", "ur"]
    assert [voice.name for voice in groups["en"]] == [
        "English (America)",
        "English (Caribbean)",
        "English (Great Britain)",
    ]


def test_settings_survive_a_round_trip_and_bad_values_are_clamped_or_dropped():
    settings = SpeechSettings("inc/ur", 2.5, 0.4, HighlightStyle.UNDERLINE, True)
    assert SpeechSettings.from_json(settings.to_json()) == settings
    damaged = '{"speed": 99, "volume": "loud", "highlight": "sparkles", "voice_id": 3}'
    assert SpeechSettings.from_json(damaged) == SpeechSettings(speed=3.0)
    assert SpeechSettings.from_json("not json") == SpeechSettings()
    assert SpeechSettings.from_json("[1, 2]") == SpeechSettings()
    assert SpeechSettings.from_json(None) == SpeechSettings()


def test_word_events_with_no_place_or_going_back_are_dropped():
    from reader.core.speech.synthesiser import snapped_words

    text = "I paid three pounds — about four euros."
    events = [(0, 1, 0), (2, 4, 200), (-1, 0, 300), (7, 5, 400), (3, 2, 450), (13, 6, 600)]
    words = [(text[w.start : w.end], w.milliseconds) for w in snapped_words(text, events)]
    assert words == [("I", 0), ("paid", 200), ("three", 400), ("pounds", 600)]
