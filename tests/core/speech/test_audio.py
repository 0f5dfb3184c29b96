"""WAV files written a clip at a time: never past what a WAV header can count."""

import errno
import wave

import pytest

from reader.core.speech.audio import MAX_WAV_DATA_BYTES, SAMPLE_WIDTH, WavWriter


def test_a_wav_file_never_grows_past_what_its_header_can_count(tmp_path):
    path = tmp_path / "long.wav"
    writer = WavWriter(path, 22050)
    writer.write(b"\x01\x00" * 100)
    # As if 27 hours had been written already (writing them for real takes 4 GiB).
    writer.frames = MAX_WAV_DATA_BYTES // SAMPLE_WIDTH - 10
    with pytest.raises(OSError, match="at most 4 GiB") as refused:
        writer.write(b"\x00\x00" * 11)
    assert refused.value.errno == errno.EFBIG
    writer.write(b"\x00\x00" * 10)  # exactly up to the limit is still written
    writer.frames = 110  # what is really in the file, so that the header tells the truth
    writer.close()
    with wave.open(str(path), "rb") as written:
        assert written.getnframes() == 110


@pytest.mark.parametrize("rate", [22050, 16000, 44100])
def test_the_limit_is_named_in_hours_for_the_rate(tmp_path, rate):
    writer = WavWriter(tmp_path / "x.wav", rate)
    writer.frames = MAX_WAV_DATA_BYTES // SAMPLE_WIDTH
    with pytest.raises(OSError, match=f"about {int(MAX_WAV_DATA_BYTES / 2 / rate / 3600)} hours"):
        writer.write(b"\x00\x00")
    writer.close()


def test_a_file_that_cannot_be_made_raises_once(tmp_path):
    with pytest.raises(OSError):
        WavWriter(tmp_path / "no-such-folder" / "x.wav", 22050)
