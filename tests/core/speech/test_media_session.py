"""What the MPRIS player publishes: names, status, track, rate (MPRIS 2.2)."""

import re

import pytest

from reader.core.speech import media_session as media

# D-Bus specification, "Valid Object Paths": "/" and elements of [A-Za-z0-9_], not empty.
OBJECT_PATH = re.compile(r"^(/[A-Za-z0-9_]+)+$")
# "Valid Bus Names": elements of [A-Za-z0-9_-], none starting with a digit.
BUS_NAME = re.compile(r"^[A-Za-z_-][A-Za-z0-9_-]*(\.[A-Za-z_-][A-Za-z0-9_-]*)+$")


def test_the_bus_names_are_valid_and_the_second_names_its_process():
    assert media.BUS_NAME == "org.mpris.MediaPlayer2.parhna_reader"
    assert BUS_NAME.match(media.BUS_NAME)
    assert media.instance_bus_name(4242) == "org.mpris.MediaPlayer2.parhna_reader.instance4242"
    assert BUS_NAME.match(media.instance_bus_name(4242))


@pytest.mark.parametrize(
    "article_id",
    ["rivers", "how-to-use-reader", "دریا-کی-کہانی", "नदी", "a b.c", "2024_report", "x" * 200],
)
def test_a_track_id_is_a_valid_object_path_for_any_article_id(article_id):
    path = media.track_id(article_id)
    assert OBJECT_PATH.match(path), path
    assert path.startswith(media.TRACK_PREFIX)


def test_different_ids_are_different_tracks():
    ids = ["a-b", "a_b", "a.b", "ab", "دریا", "دریا۔"]
    assert len({media.track_id(article_id) for article_id in ids}) == len(ids)


def test_no_article_is_no_track():
    assert media.track_id("") == media.NO_TRACK
    assert media.track_for("", "", "", private=False).metadata() == {
        "mpris:trackid": media.NO_TRACK
    }


def test_a_track_s_metadata_names_the_title_and_author():
    track = media.track_for("darya", "دریا کی کہانی", "عائشہ خان", private=False)
    assert track.metadata() == {
        "mpris:trackid": media.track_id("darya"),
        "xesam:title": "دریا کی کہانی",
        "xesam:artist": ["عائشہ خان"],  # a list of strings ("as")
    }


def test_no_author_is_no_artist():
    assert "xesam:artist" not in media.track_for("a", "Title", "", private=False).metadata()


def test_a_private_track_names_neither_the_article_nor_its_author():
    metadata = media.track_for("darya", "دریا کی کہانی", "عائشہ خان", private=True).metadata()
    assert metadata["xesam:title"] == "Reader"
    assert "xesam:artist" not in metadata
    assert b"darya".hex() not in str(metadata["mpris:trackid"])
    assert OBJECT_PATH.match(str(metadata["mpris:trackid"]))


@pytest.mark.parametrize(
    ("state", "status"),
    [("reading", "Playing"), ("paused", "Paused"), ("stopped", "Stopped")],
)
def test_reading_states_are_playback_statuses(state, status):
    assert media.playback_status(state) == status


def test_an_unknown_state_is_an_error():
    with pytest.raises(KeyError):
        media.playback_status("rewinding")


@pytest.mark.parametrize(
    ("rate", "speed"),
    [(1.0, 1.0), (1.5, 1.5), (0.1, media.MINIMUM_RATE), (10.0, media.MAXIMUM_RATE)],
)
def test_a_rate_is_a_speed_within_the_synthesiser_s_limits(rate, speed):
    assert media.rate_to_speed(rate) == speed


def test_only_changed_properties_are_sent():
    before = {"PlaybackStatus": "Stopped", "Rate": 1.0, "Metadata": {"xesam:title": "A"}}
    after = {"PlaybackStatus": "Playing", "Rate": 1.0, "Metadata": {"xesam:title": "B"}}
    assert media.changed(before, after) == {
        "PlaybackStatus": "Playing",
        "Metadata": {"xesam:title": "B"},
    }
    assert media.changed(after, after) == {}
