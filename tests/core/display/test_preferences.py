import json
import os
import sys
import tempfile
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reader.core.storage.files as files
from reader.core.display.appearance import FIELD_RANGES, Appearance
from reader.core.display.preferences import (
    FORMAT_VERSION,
    PreferencesFile,
    machine_defaults_path,
)

LARGE_DARK = Appearance(text_scale=2.0, theme="Dark", letter_spacing=0.12, reading_ruler=2)


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_saved_appearance_is_loaded_back(tmp_path):
    preferences = PreferencesFile(tmp_path / "data" / "preferences.json")
    preferences.save(LARGE_DARK)
    assert PreferencesFile(preferences.path).load() == (LARGE_DARK, None)


def test_the_file_is_versioned_readable_json(tmp_path):
    preferences = PreferencesFile(tmp_path / "preferences.json")
    preferences.save(LARGE_DARK)
    document = json.loads(preferences.path.read_text(encoding="utf-8"))
    assert document == {"version": FORMAT_VERSION, "appearance": LARGE_DARK.to_dict()}


def test_no_file_gives_the_defaults_without_a_message(tmp_path):
    assert PreferencesFile(tmp_path / "preferences.json").load() == (Appearance(), None)


def test_the_machine_defaults_apply_when_the_reader_has_saved_nothing(tmp_path):
    machine = write_json(
        tmp_path / "reader-defaults.json",
        {"version": 1, "appearance": {"text_scale": 1.5, "theme": "Sepia"}},
    )
    appearance, message = PreferencesFile(tmp_path / "preferences.json", machine).load()
    assert message is None
    # A theme the machine sets is a choice: the system's setting does not override it.
    assert appearance == Appearance(text_scale=1.5, theme="Sepia", theme_chosen=True)


def test_machine_defaults_may_be_just_the_appearance(tmp_path):
    machine = write_json(tmp_path / "reader-defaults.json", {"theme": "High contrast"})
    appearance, message = PreferencesFile(tmp_path / "preferences.json", machine).load()
    assert (appearance, message) == (Appearance(theme="High contrast", theme_chosen=True), None)


def test_machine_defaults_with_bad_values_are_reported_and_ignored(tmp_path):
    machine = write_json(tmp_path / "reader-defaults.json", {"text_scale": 40, "theme": "Neon"})
    appearance, message = PreferencesFile(tmp_path / "preferences.json", machine).load()
    assert appearance == Appearance()
    assert message == (
        f"The display defaults in {machine} have values Reader cannot use, so Reader's own "
        "defaults are used:\n“text_scale” is 40; it must be from 0.5 to 4.\n"
        '“theme” cannot be "Neon".'
    )


def test_machine_defaults_may_turn_hyphenation_on_and_a_bad_value_is_reported(tmp_path):
    machine = write_json(tmp_path / "reader-defaults.json", {"hyphenate": True})
    appearance, message = PreferencesFile(tmp_path / "preferences.json", machine).load()
    assert (appearance.hyphenate, message) == (True, None)
    write_json(machine, {"hyphenate": "yes", "justify": True})
    appearance, message = PreferencesFile(tmp_path / "preferences.json", machine).load()
    assert appearance == Appearance()
    assert message == (
        f"The display defaults in {machine} have values Reader cannot use, so Reader's own "
        'defaults are used:\n“hyphenate” cannot be "yes".'
    )


def test_the_readers_own_file_wins_over_the_machine_defaults(tmp_path):
    machine = write_json(tmp_path / "reader-defaults.json", {"theme": "Sepia"})
    preferences = PreferencesFile(tmp_path / "preferences.json", machine)
    preferences.save(LARGE_DARK)
    assert preferences.load() == (LARGE_DARK, None)


def test_a_missing_machine_defaults_file_is_no_problem(tmp_path):
    preferences = PreferencesFile(tmp_path / "preferences.json", tmp_path / "nowhere.json")
    assert preferences.load() == (Appearance(), None)


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'"just text"',
        b'{"version": 1}',
        b'{"version": 1, "appearance": [1, 2]}',
        b'{"appearance": {"text_scale": 2.0}}',
        b'{"version": "1", "appearance": {}}',
        b'{"version": true, "appearance": {}}',
        b'{"version": 0, "appearance": {}}',
    ],
)
def test_a_damaged_file_is_kept_aside_and_the_defaults_used(tmp_path, content):
    path = tmp_path / "preferences.json"
    path.write_bytes(content)
    appearance, message = PreferencesFile(path).load()
    assert appearance == Appearance()
    kept = list(tmp_path.glob("preferences.json.damaged-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == content
    assert not path.exists()
    assert message.startswith("Your display preferences could not be read and were reset")
    assert str(kept[0]) in message


def test_a_damaged_file_falls_back_to_the_machine_defaults(tmp_path):
    path = tmp_path / "preferences.json"
    path.write_text("{oops", encoding="utf-8")
    machine = write_json(tmp_path / "reader-defaults.json", {"theme": "Black on cream"})
    appearance, message = PreferencesFile(path, machine).load()
    assert appearance == Appearance(theme="Black on cream", theme_chosen=True)
    assert "were reset" in message


def test_two_damaged_files_in_one_second_are_both_kept(tmp_path):
    path = tmp_path / "preferences.json"
    for content in ("first", "second"):
        path.write_text(content, encoding="utf-8")
        PreferencesFile(path).load()
    kept = sorted(p.read_text(encoding="utf-8") for p in tmp_path.glob("*.damaged-*"))
    assert kept == ["first", "second"]


def test_a_damaged_file_can_be_saved_over_afterwards(tmp_path):
    preferences = PreferencesFile(tmp_path / "preferences.json")
    preferences.path.write_text("{oops", encoding="utf-8")
    preferences.load()
    preferences.save(LARGE_DARK)
    assert preferences.load() == (LARGE_DARK, None)


def test_single_bad_values_are_reset_the_rest_kept_and_the_file_kept_aside(tmp_path):
    path = write_json(
        tmp_path / "preferences.json",
        {"version": 1, "appearance": {"text_scale": "huge", "theme": "Dark", "extra": 1}},
    )
    original = path.read_bytes()
    appearance, message = PreferencesFile(path).load()
    (kept,) = tmp_path.glob("preferences.json.damaged-*")
    assert appearance == Appearance(theme="Dark", theme_chosen=True)
    assert message == (
        "Some of your display preferences could not be used and were reset:\n"
        f'“text_scale” cannot be "huge".\nThe old file was kept as {kept}.'
    )
    assert kept.read_bytes() == original
    assert not path.exists()


def test_a_newer_readers_file_is_read_as_far_as_it_is_understood(tmp_path):
    path = write_json(
        tmp_path / "preferences.json",
        {"version": 2, "appearance": {"theme": "Sepia", "hyphenation": True}, "voices": {}},
    )
    assert PreferencesFile(path).load() == (Appearance(theme="Sepia", theme_chosen=True), None)


@pytest.mark.parametrize("content", [b"{broken", b"[]", b'{"appearance": 5}', b"\xff"])
def test_damaged_machine_defaults_give_a_message_and_readers_own_defaults(tmp_path, content):
    machine = tmp_path / "reader-defaults.json"
    machine.write_bytes(content)
    appearance, message = PreferencesFile(tmp_path / "preferences.json", machine).load()
    assert appearance == Appearance()
    assert message == (
        f"The display defaults in {machine} are not valid; Reader's own defaults are used."
    )
    assert machine.read_bytes() == content  # the machine's file is not ours to move


def test_both_files_damaged_gives_both_messages(tmp_path):
    path = tmp_path / "preferences.json"
    path.write_text("{oops", encoding="utf-8")
    machine = tmp_path / "reader-defaults.json"
    machine.write_text("{oops", encoding="utf-8")
    appearance, message = PreferencesFile(path, machine).load()
    assert appearance == Appearance()
    first, second = message.split("\n")
    assert "were reset" in first
    assert str(machine) in second


def test_an_unreadable_file_is_reported_and_left_alone(tmp_path, monkeypatch):
    path = write_json(tmp_path / "preferences.json", {"version": 1, "appearance": {}})
    real = Path.open

    # Tests run as root here, where file modes do not stop reading.
    def open_file(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_file)
    appearance, message = PreferencesFile(path).load()
    assert appearance == Appearance()
    assert message == (
        "Your display preferences could not be read (Permission denied); "
        "the defaults are used for now."
    )
    assert path.exists()
    assert list(tmp_path.glob("*.damaged-*")) == []


def test_saving_is_atomic_and_leaves_no_temporary_files(tmp_path, monkeypatch):
    written = []
    real = files.write_atomically

    def spy(path: Path, data: bytes) -> None:
        written.append(path)
        real(path, data)

    monkeypatch.setattr("reader.core.display.preferences.write_atomically", spy)
    preferences = PreferencesFile(tmp_path / "preferences.json")
    preferences.save(Appearance())
    preferences.save(LARGE_DARK)
    assert written == [preferences.path, preferences.path]
    assert [p.name for p in tmp_path.iterdir()] == ["preferences.json"]


def test_a_failed_save_raises_and_keeps_the_old_file(tmp_path, monkeypatch):
    preferences = PreferencesFile(tmp_path / "preferences.json")
    preferences.save(LARGE_DARK)

    def fail(stream_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="No space"):
        preferences.save(Appearance())
    assert preferences.load() == (LARGE_DARK, None)
    assert [p.name for p in tmp_path.iterdir()] == ["preferences.json"]


def test_machine_defaults_come_from_the_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DEFAULTS", str(tmp_path / "usb" / "reader-defaults.json"))
    assert machine_defaults_path() == tmp_path / "usb" / "reader-defaults.json"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert machine_defaults_path() == tmp_path / "usb" / "reader-defaults.json"


def test_machine_defaults_sit_beside_an_installed_program(tmp_path, monkeypatch):
    monkeypatch.delenv("READER_DEFAULTS", raising=False)
    assert machine_defaults_path() is None  # run from source
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Reader" / "reader.exe"))
    assert machine_defaults_path() == tmp_path / "Reader" / "reader-defaults.json"
    monkeypatch.setenv("READER_DEFAULTS", "")  # empty counts as unset
    assert machine_defaults_path() == tmp_path / "Reader" / "reader-defaults.json"


# Values checked for type and range before any arithmetic (issue 17, items 5 and 6) -----------

HUGE = "9" * 400  # the case: a text_scale of 400 digits


@pytest.mark.parametrize(
    ("field_json", "problem"),
    [
        (f'"text_scale": {HUGE}', "“text_scale” is a number of 400 digits; it must be"),
        (f'"text_scale": -{HUGE}', "“text_scale” is a number of 400 digits; it must be"),
        (f'"column_characters": {HUGE}', "“column_characters” is a number of 400 digits"),
        ('"dimming": 1e400', "“dimming” cannot be Infinity."),  # json reads 1e400 as inf
        ('"line_spacing": NaN', "“line_spacing” cannot be NaN."),
        ('"reading_ruler": 2.5', "“reading_ruler” cannot be 2.5."),
        ('"justify": "نعم"', '“justify” cannot be "نعم".'),
        ('"theme": "Тёмная"', '“theme” cannot be "Тёмная".'),
        ('"font_weight": ["bold"]', '“font_weight” cannot be ["bold"].'),
        ('"custom_text": "#12345"', '“custom_text” cannot be "#12345".'),
    ],
)
def test_a_bad_value_in_the_readers_file_is_named_and_the_file_kept_aside(
    tmp_path, field_json, problem
):
    path = tmp_path / "preferences.json"
    path.write_text(
        f'{{"version": 1, "appearance": {{"theme": "Sepia", {field_json}}}}}', encoding="utf-8"
    )
    original = path.read_bytes()
    appearance, message = PreferencesFile(path).load()
    assert appearance.theme == "Sepia" or "theme" in field_json  # the good values stay
    assert problem in message
    (kept,) = tmp_path.glob("preferences.json.damaged-*")
    assert kept.read_bytes() == original
    assert str(kept) in message


@pytest.mark.parametrize(
    "content",
    [
        b'{"version": 1, "appearance": {"text_scale": ' + b"9" * 5000 + b"}}",  # over 4300 digits
        b'{"version": 1, "appearance": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"version": 1, "appearance": {"font_family": "' + b"x" * 2_000_000 + b'"}}',
    ],
    ids=["5000-digit number", "deep nesting", "2 MB file"],
)
def test_a_file_python_cannot_parse_is_damaged_not_a_crash(tmp_path, content):
    path = tmp_path / "preferences.json"
    path.write_bytes(content)
    appearance, message = PreferencesFile(path).load()
    assert appearance == Appearance()
    assert message.startswith("Your display preferences could not be read and were reset")
    assert len(list(tmp_path.glob("preferences.json.damaged-*"))) == 1


@pytest.mark.parametrize(
    "content",
    [
        f'{{"text_scale": {HUGE}}}',  # the case
        f'{{"version": 1, "appearance": {{"interface_scale": -{HUGE}}}}}',
        '{"letter_spacing": 1e400, "theme": "Dark"}',
        '{"column_characters": "wide", "theme": "Dark"}',
        '{"text_scale": ' + "9" * 5000 + "}",
    ],
)
def test_machine_defaults_with_a_bad_value_are_reported_and_ignored(tmp_path, content):
    machine = tmp_path / "reader-defaults.json"
    machine.write_text(content, encoding="utf-8")
    appearance, message = PreferencesFile(tmp_path / "preferences.json", machine).load()
    assert appearance == Appearance()
    assert str(machine) in message and "Reader's own defaults are used" in message
    assert machine.read_text(encoding="utf-8") == content  # not ours to move


@pytest.mark.parametrize(
    ("text", "background", "ratio"),
    [
        ("#ffffff", "#ffffff", "1.0"),  # the case: text the colour of the page
        ("#000000", "#0a0a0a", "1.0"),
        ("#777777", "#ffffff", "4.4"),  # just below 4.5:1
        ("#FFFF00", "#FFFFFF", "1.0"),
    ],
)
def test_machine_defaults_below_the_contrast_floor_are_refused_naming_the_ratio(
    tmp_path, text, background, ratio
):
    machine = write_json(
        tmp_path / "reader-defaults.json",
        {"theme": "Custom", "custom_text": text, "custom_background": background},
    )
    appearance, message = PreferencesFile(tmp_path / "preferences.json", machine).load()
    assert appearance == Appearance()
    assert message == (
        f"The display defaults in {machine} set text colour {text.lower()} on background "
        f"{background.lower()}: a contrast of {ratio}:1, below the 4.5:1 needed to read; "
        "Reader's own defaults are used."
    )


@pytest.mark.parametrize(
    ("text", "background"), [("#767676", "#ffffff"), ("#ffffff", "#000000"), ("#1a1a1a", "#f5e6c8")]
)
def test_machine_defaults_with_enough_contrast_are_used(tmp_path, text, background):
    machine = write_json(
        tmp_path / "reader-defaults.json",
        {"theme": "Custom", "custom_text": text, "custom_background": background},
    )
    appearance, message = PreferencesFile(tmp_path / "preferences.json", machine).load()
    assert message is None
    assert (appearance.custom_text, appearance.custom_background) == (text, background)


def test_low_contrast_custom_colours_do_not_matter_under_a_built_in_theme(tmp_path):
    machine = write_json(
        tmp_path / "reader-defaults.json",
        {"theme": "Dark", "custom_text": "#ffffff", "custom_background": "#ffffff"},
    )
    appearance, message = PreferencesFile(tmp_path / "preferences.json", machine).load()
    assert (appearance.theme, message) == ("Dark", None)


def test_a_bad_value_falls_back_to_the_machine_default(tmp_path):
    path = write_json(
        tmp_path / "preferences.json",
        {"version": 1, "appearance": {"text_scale": 10**400, "theme": "Dark"}},
    )
    machine = write_json(tmp_path / "reader-defaults.json", {"text_scale": 1.5, "theme": "Sepia"})
    appearance, message = PreferencesFile(path, machine).load()
    assert appearance == Appearance(text_scale=1.5, theme="Dark", theme_chosen=True)
    assert "“text_scale” is a number of 401 digits; it must be from 0.5 to 4." in message


def test_a_bad_value_cannot_disguise_the_message_that_names_it(tmp_path):
    path = write_json(
        tmp_path / "preferences.json",
        {"version": 1, "appearance": {"font_weight": "bold\u202e\u0085 ,ودرا"}},
    )
    _, message = PreferencesFile(path).load()
    assert '“font_weight” cannot be "bold⟨U+202E⟩⟨U+0085⟩ ,ودرا".' in message


# Fuzzed preference files: any JSON at all gives an appearance in range, never an exception.
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**500), max_value=10**500)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children),
    max_leaves=8,
)
FIELD_NAMES = [field.name for field in fields(Appearance)]


@settings(max_examples=int(os.environ.get("READER_FUZZ_EXAMPLES", "50")), deadline=None)
@given(
    appearance=st.dictionaries(st.sampled_from([*FIELD_NAMES, "other"]), JSON_VALUES),
    machine=st.dictionaries(st.sampled_from(FIELD_NAMES), JSON_VALUES),
    version=JSON_VALUES,
)
def test_fuzzed_preference_files_never_stop_reader(appearance, machine, version):
    with tempfile.TemporaryDirectory() as folder:
        path = write_json(
            Path(folder) / "preferences.json", {"version": version, "appearance": appearance}
        )
        defaults = write_json(Path(folder) / "reader-defaults.json", machine)
        loaded, message = PreferencesFile(path, defaults).load()
        for name, (low, high) in FIELD_RANGES.items():
            assert low <= getattr(loaded, name) <= high
        assert message is None or isinstance(message, str)
        if message is None:
            assert path.exists()  # nothing set aside without a word


# The interface language: remembered in the reader's file, set by an NGO's defaults file,
# read before the rest (saved_language) so that load()'s messages are in that language.


def test_no_file_follows_the_system_language(tmp_path):
    assert PreferencesFile(tmp_path / "preferences.json").saved_language() == ""


def test_the_chosen_language_is_remembered(tmp_path):
    preferences = PreferencesFile(tmp_path / "preferences.json")
    preferences.save(Appearance(language="ur"))
    assert PreferencesFile(preferences.path).saved_language() == "ur"
    assert PreferencesFile(preferences.path).load() == (Appearance(language="ur"), None)


@pytest.mark.parametrize(
    "defaults",
    [{"language": "ur"}, {"version": 1, "appearance": {"language": "ur", "theme": "Sepia"}}],
)
def test_an_ngo_defaults_file_sets_the_language(tmp_path, defaults):
    machine = write_json(tmp_path / "reader-defaults.json", defaults)
    preferences = PreferencesFile(tmp_path / "preferences.json", machine)
    assert preferences.saved_language() == "ur"
    assert preferences.load()[0].language == "ur"


def test_the_readers_language_wins_over_the_ngo_defaults(tmp_path):
    machine = write_json(tmp_path / "reader-defaults.json", {"language": "ur"})
    preferences = PreferencesFile(tmp_path / "preferences.json", machine)
    preferences.save(Appearance(language="en"))
    assert preferences.saved_language() == "en"


@pytest.mark.parametrize("bad", ["Urdu", "ur-PK; rm", 7, None, "", "اردو"])
def test_an_unusable_language_is_not_taken_and_nothing_is_moved(tmp_path, bad):
    path = write_json(
        tmp_path / "preferences.json", {"version": 1, "appearance": {"language": bad}}
    )
    before = path.read_bytes()
    assert PreferencesFile(path).saved_language() == ""
    assert path.read_bytes() == before  # reading the language alone changes nothing


def test_a_damaged_file_gives_no_language_and_is_left_for_load(tmp_path):
    path = tmp_path / "preferences.json"
    path.write_bytes(b"\xff{not json")
    assert PreferencesFile(path).saved_language() == ""
    assert path.exists()  # load() moves it aside and tells the reader, in their language


@pytest.mark.parametrize(
    ("saved", "chosen"),
    [
        ({"theme": "Sepia"}, True),  # an older Reader's file: a theme other than the default
        ({"theme": "Dark"}, True),
        ({"theme": "Light"}, False),  # the default: perhaps never chosen, so the system's
        ({"text_scale": 2.0}, False),
        ({"theme": "Light", "theme_chosen": True}, True),  # this Reader's file says so
        ({"theme": "Sepia", "theme_chosen": False}, False),
    ],
)
def test_whether_the_theme_was_chosen_is_read_or_inferred(tmp_path, saved, chosen):
    path = write_json(tmp_path / "preferences.json", {"version": 1, "appearance": saved})
    appearance, message = PreferencesFile(path).load()
    assert (appearance.theme_chosen, message) == (chosen, None)


def test_machine_defaults_without_a_theme_leave_it_to_the_system(tmp_path):
    machine = write_json(tmp_path / "reader-defaults.json", {"text_scale": 1.5})
    appearance, _ = PreferencesFile(tmp_path / "preferences.json", machine).load()
    assert not appearance.theme_chosen
