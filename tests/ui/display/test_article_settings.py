"""Issue 12 (Should rows): an article's own display settings override the usual ones,
survive a restart, and can become everyone's (Use for All Articles) or go (Reset)."""

from reader.core.display.preferences import PreferencesFile
from tests.ui.conftest import ARTICLE_ID

GUIDE = "how-to-use-reader"


def shown(window):
    return window.appearance.appearance


def test_an_articles_own_settings_stay_with_it_across_articles_and_a_restart(
    make_window, data_paths
):
    window = make_window()
    assert window.open_article_by_id(ARTICLE_ID)
    window.appearance.article_only_action.trigger()
    assert "this article only" in window.announcer.last_message
    window.appearance.larger_text()
    window.appearance.set_theme("Sepia")
    window.appearance.apply(shown(window).changed(font_family="OpenDyslexic"))
    own = shown(window)
    assert (own.text_scale, own.theme, own.font_family) == (1.1, "Sepia", "OpenDyslexic")

    assert window.open_article_by_id(GUIDE)  # another article: the usual settings
    assert (shown(window).text_scale, shown(window).theme) == (1.0, "Light")
    assert not window.appearance.article_only_action.isChecked()
    window.appearance.apply(shown(window).changed(line_spacing=2.0))  # a usual change

    assert window.open_article_by_id(ARTICLE_ID)
    back = shown(window)
    assert (back.text_scale, back.theme, back.font_family) == (1.1, "Sepia", "OpenDyslexic")
    assert back.line_spacing == 2.0  # the usual change reaches what the article left alone
    assert window.appearance.article_only_action.isChecked()
    window.appearance.save()
    # The usual settings on file are not the article's.
    usual, _ = PreferencesFile(data_paths.preferences).load()
    assert (usual.text_scale, usual.theme, usual.line_spacing) == (1.0, "Light", 2.0)
    window.close()

    again = make_window()  # a restart
    assert again.open_article_by_id(ARTICLE_ID)
    assert (shown(again).text_scale, shown(again).font_family) == (1.1, "OpenDyslexic")
    assert again.open_article_by_id(GUIDE)
    assert shown(again).text_scale == 1.0


def test_use_for_all_articles_and_reset_this_article(make_window):
    window = make_window()
    assert window.open_article_by_id(ARTICLE_ID)
    assert not window.appearance.reset_article_action.isEnabled()  # nothing of its own yet
    window.appearance.article_only_action.trigger()
    window.appearance.apply(shown(window).changed(text_scale=2.0, letter_spacing=0.12))
    assert window.appearance.use_for_all_action.isEnabled()
    window.appearance.use_for_all_action.trigger()
    assert window.announcer.last_message == "These display settings now apply to every article."
    assert not window.appearance.article_only_action.isChecked()
    assert window.open_article_by_id(GUIDE)
    assert (shown(window).text_scale, shown(window).letter_spacing) == (2.0, 0.12)

    window.appearance.article_only_action.trigger()
    window.appearance.apply(shown(window).changed(text_scale=3.0, theme="Dark"))
    window.appearance.reset_article_action.trigger()
    assert (shown(window).text_scale, shown(window).theme) == (2.0, "Light")
    assert not window.appearance.article_only_action.isChecked()
    assert window.open_article_by_id(ARTICLE_ID)
    assert window.open_article_by_id(GUIDE)
    assert shown(window).text_scale == 2.0  # reset for good, not only until it reopens
