"""What Reader tells the desktop about its reading session, as the MPRIS D-Bus Interface
Specification 2.2 (https://specifications.freedesktop.org/mpris-spec/latest/) shapes it:
the bus name, the playback status, the metadata and the rate. No D-Bus here: the values,
as plain Python, for reader.ui.speech.mpris to publish.

Choices made for a reader (the specification was written for music players):
- The "track" is the article: its title is xesam:title, its author xesam:artist. The
  sentence being spoken is not published (no xesam:comment): a desktop shell would show
  the article's text, sentence by sentence, on its lock screen and in notifications, and
  redraw at every sentence.
- Next and Previous move a sentence, as the media keys do when the window has the focus
  (reader.ui.widgets.actions: Key_MediaNext is Next Sentence): one key keeps one meaning,
  whichever way it arrives (GNOME's media-keys daemon takes the keys from every window
  and sends them over MPRIS). And a listener's Previous is most often "say that again",
  which is the sentence just heard; a paragraph stays two keys away (Alt+Shift+Up/Down).
- In private mode, or with the neutral window title, the title is "Reader" and no author
  is published: a desktop shell shows the playing title on its lock screen, to anyone at
  a shared computer.
"""

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from reader.core.speech.settings import MAXIMUM_SPEED, MINIMUM_SPEED

translate = QCoreApplication.translate

# "Bus Name Policy": org.mpris.MediaPlayer2.<player>, where <player> is a valid D-Bus
# name element (letters, digits, "_"; not a digit first): the app id org.parhna.Reader
# has dots, which would make it three elements.
BUS_NAME = "org.mpris.MediaPlayer2.parhna_reader"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
DESKTOP_ENTRY = "org.parhna.Reader"  # the .desktop file's name, without ".desktop"
# "mpris:trackid": a D-Bus object path unique to the track within the player; the
# specification reserves /org/mpris/MediaPlayer2/TrackList/NoTrack for "no track".
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
TRACK_PREFIX = "/org/parhna/Reader/article/"
# The Rate property: 1.0 is the normal speed, as Reader's speed 1.0 (175 words a minute).
MINIMUM_RATE, MAXIMUM_RATE = MINIMUM_SPEED, MAXIMUM_SPEED


class PlaybackStatus(StrEnum):
    """ "Playback_Status" type, from Reader's ReadingState values."""

    PLAYING = "Playing"
    PAUSED = "Paused"
    STOPPED = "Stopped"


_STATUS_OF_READING = {
    "reading": PlaybackStatus.PLAYING,
    "paused": PlaybackStatus.PAUSED,
    "stopped": PlaybackStatus.STOPPED,
}


def playback_status(reading_state: str) -> PlaybackStatus:
    """The MPRIS status of a read-aloud state ("reading", "paused", "stopped").

    Raises KeyError for any other value."""
    return _STATUS_OF_READING[reading_state]


def instance_bus_name(pid: int) -> str:
    """The bus name of a second Reader running at once: "Bus Name Policy" says a player
    that can run several instances appends ".instance<pid>" to its name."""
    return f"{BUS_NAME}.instance{pid}"


def track_id(article_id: str) -> str:
    """The article's "mpris:trackid", an object path: each path element may hold only
    [A-Za-z0-9_] (D-Bus specification, "Valid Object Paths"), so the id's UTF-8 bytes are
    written in hexadecimal (ids are file names: any script, any punctuation); "" is NoTrack."""
    if not article_id:
        return NO_TRACK
    return TRACK_PREFIX + "_" + article_id.encode("utf-8").hex()


@dataclass(frozen=True)
class Track:
    """The article being read, as published: `track_id` an object path, `title` and
    `artists` (xesam:artist is a list of strings) as the desktop may show them."""

    track_id: str
    title: str
    artists: tuple[str, ...] = ()

    def metadata(self) -> dict[str, object]:
        """The "Metadata_Map" (a{sv}) without its object path: the caller makes
        "mpris:trackid" an object path (here a str under that key)."""
        values: dict[str, object] = {"mpris:trackid": self.track_id}
        if self.title:
            values["xesam:title"] = self.title
        if self.artists:
            values["xesam:artist"] = list(self.artists)
        return values


def neutral_title() -> str:
    """The title published when the article's may not be: the app's own name."""
    return translate("media_session", "Reader")


def track_for(article_id: str, title: str, author: str, *, private: bool) -> Track:
    """The published track of an article; private (private mode, neutral title) publishes
    the app's name, no author, and a track id that names nothing ("no track" is kept for
    no article at all)."""
    if not article_id:
        return Track(NO_TRACK, "")
    if private:
        return Track(TRACK_PREFIX + "private", neutral_title())
    return Track(track_id(article_id), title, (author,) if author else ())


def rate_to_speed(rate: float) -> float:
    """Reader's speed for an MPRIS Rate: the same number, kept within the synthesiser's
    limits (the specification: a rate outside MinimumRate..MaximumRate is clamped or
    ignored; clamped here). A rate of 0.0 "should not be set by the client" but, if set,
    is a pause: the caller handles it before asking for a speed."""
    return min(max(rate, MINIMUM_RATE), MAXIMUM_RATE)


def changed(before: dict[str, object], after: dict[str, object]) -> dict[str, object]:
    """The properties whose values differ, for PropertiesChanged: name -> new value."""
    return {name: value for name, value in after.items() if before.get(name) != value}
