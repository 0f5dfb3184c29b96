"""A real PulseAudio server with a null sink, private to the test run, and a recorder of
what reaches it: proof that sound came out, and when."""

import array
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

RATE = 22050
SINK = "reader_test_sink"
WINDOW_S = 0.02  # loudness is measured over 20 ms windows
SILENCE = 300  # peak sample below which a window is silent (16-bit full scale is 32767)


@dataclass
class Recording:
    """What the sink's monitor heard, as 16-bit samples, from `started` (perf_counter)."""

    started: float = 0.0
    samples: array.array = field(default_factory=lambda: array.array("h"))

    def loud_windows(self) -> list[bool]:
        size = int(RATE * WINDOW_S)
        return [
            max(map(abs, self.samples[i : i + size]), default=0) > SILENCE
            for i in range(0, len(self.samples), size)
        ]

    def first_sound_at(self) -> float | None:
        """perf_counter time of the first loud sample, or None if all was silent.

        To the sample, not the 20 ms window: a benchmark's floor of a few tens of
        milliseconds read in whole windows would step by 20 ms."""
        for index, sample in enumerate(self.samples):
            if abs(sample) > SILENCE:
                return self.started + index / RATE
        return None

    def sound_seconds(self) -> float:
        return sum(self.loud_windows()) * WINDOW_S

    def loud_between(self, start: float, end: float) -> float:
        """Seconds of sound between two perf_counter times."""
        windows = self.loud_windows()
        first = max(int((start - self.started) / WINDOW_S), 0)
        last = max(int((end - self.started) / WINDOW_S), 0)
        return sum(windows[first:last]) * WINDOW_S


class SoundServer:
    def __init__(self) -> None:
        if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
            message = "pulseaudio and parec are needed (Debian: pulseaudio pulseaudio-utils)"
            raise RuntimeError(message)
        self.folder = Path(tempfile.mkdtemp(prefix="reader-pulse-"))
        self.address = f"unix:{self.folder / 'native'}"
        env = {
            **os.environ,
            "PULSE_RUNTIME_PATH": str(self.folder),
            "PULSE_STATE_PATH": str(self.folder),
            "HOME": str(self.folder),
        }
        self._process = subprocess.Popen(
            [
                "pulseaudio",
                "--daemonize=no",
                "--use-pid-file=no",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "-n",
                "-F",
                "/dev/null",
                f"--load=module-null-sink sink_name={SINK} rate={RATE} channels=1",
                f"--load=module-native-protocol-unix socket={self.folder / 'native'}"
                " auth-anonymous=1",
                "--load=module-always-sink",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not self._answers():
            if time.monotonic() > deadline or self._process.poll() is not None:
                self.close()
                message = "the test's PulseAudio server did not start"
                raise RuntimeError(message)
            time.sleep(0.05)
        subprocess.run(["pactl", "--server", self.address, "set-default-sink", SINK], check=True)

    def _answers(self) -> bool:
        done = subprocess.run(
            ["pactl", "--server", self.address, "info"], capture_output=True, check=False
        )
        return done.returncode == 0

    @contextmanager
    def record(self) -> Iterator[Recording]:
        """Record the sink's monitor for the duration of the block.

        The block starts once the first audio has arrived, so that the recording's clock
        is known: its first sample was captured when that audio arrived, less its length.
        Silence is played to the sink throughout: an idle null sink's monitor sends nothing,
        so without it the recording would skip the idle stretches and every time after
        one would be read early (a floor of "espeak-ng | paplay" read -10 ms).
        """
        recording = Recording()
        silence = subprocess.Popen(
            [
                "pacat",
                "--server",
                self.address,
                f"--device={SINK}",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=10",
                "/dev/zero",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        recorder = subprocess.Popen(
            [
                "parec",
                "--server",
                self.address,
                "-d",
                f"{SINK}.monitor",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=10",
            ],
            stdout=subprocess.PIPE,
        )
        arrived = threading.Event()

        def read() -> None:
            odd = b""  # a chunk may end in the middle of a sample
            while chunk := recorder.stdout.read1(4096):
                if not arrived.is_set():
                    recording.started = time.perf_counter() - len(chunk) / 2 / RATE
                    arrived.set()
                data, odd = odd + chunk, b""
                if len(data) % 2:
                    data, odd = data[:-1], data[-1:]
                recording.samples.frombytes(data)  # live: a benchmark watches it grow

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        if not arrived.wait(10):
            recorder.kill()
            silence.kill()
            message = "parec recorded nothing"
            raise RuntimeError(message)
        try:
            yield recording
        finally:
            recorder.terminate()
            reader.join(timeout=10)
            recorder.wait(timeout=10)
            silence.terminate()
            silence.wait(timeout=10)

    def close(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)
