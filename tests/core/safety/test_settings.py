import json

from reader.core.display.appearance import Appearance
from reader.core.display.preferences import PreferencesFile
from reader.core.safety.settings import AfterQuickExit, SafetySettings, load_safety, save_safety


def test_defaults_without_files(tmp_path):
    assert load_safety(tmp_path / "preferences.json") == (SafetySettings(), None)


def test_the_ngo_names_the_help_article_and_sets_defaults_the_reader_overrides(tmp_path):
    defaults = tmp_path / "reader-defaults.json"
    defaults.write_text(
        json.dumps(
            {
                "text_scale": 1.5,
                "safety": {
                    "help_article": "helplines",
                    "private_mode": True,
                    "after_quick_exit": "hide",
                },
            }
        )
    )
    preferences = tmp_path / "preferences.json"
    preferences.write_text(json.dumps({"version": 1, "safety": {"private_mode": False}}))
    settings, problem = load_safety(preferences, defaults)
    assert problem is None
    assert settings.help_article == "helplines"
    assert settings.after_quick_exit == AfterQuickExit.HIDE
    assert settings.private_mode is False  # the reader's own choice
    # The flat defaults file's appearance is still read, its safety part ignored there.
    assert PreferencesFile(preferences, defaults).defaults()[0].text_scale == 1.5


def test_a_reader_cannot_name_the_help_article(tmp_path):
    preferences = tmp_path / "preferences.json"
    preferences.write_text(json.dumps({"version": 1, "safety": {"help_article": "mine"}}))
    assert load_safety(preferences)[0].help_article == ""


def test_a_bad_safety_default_is_refused_as_a_whole_and_named(tmp_path):
    for bad in ({"private_mode": "yes"}, {"after_quick_exit": "vanish"}, {"help_article": 7}):
        defaults = tmp_path / "reader-defaults.json"
        defaults.write_text(json.dumps({"safety": {"help_article": "helplines", **bad}}))
        settings, problem = load_safety(tmp_path / "preferences.json", defaults)
        assert settings == SafetySettings()
        assert next(iter(bad)) in problem


def test_saving_keeps_the_appearance_and_saving_the_appearance_keeps_safety(tmp_path):
    preferences = tmp_path / "preferences.json"
    PreferencesFile(preferences).save(Appearance(text_scale=2.0))
    chosen = SafetySettings(private_mode=True, neutral_title=True, asked=True)
    save_safety(preferences, chosen)
    PreferencesFile(preferences).save(Appearance(text_scale=1.25))
    assert load_safety(preferences)[0] == chosen
    assert PreferencesFile(preferences).load()[0].text_scale == 1.25
    assert "help_article" not in json.loads(preferences.read_text())["safety"]


def test_a_file_with_only_the_safety_part_is_not_damaged(tmp_path):
    preferences = tmp_path / "preferences.json"
    save_safety(preferences, SafetySettings(asked=True))
    assert PreferencesFile(preferences).load() == (Appearance(), None)
    assert preferences.exists()
