"""A scripted session with a real screen reader, Orca, checked against what it says.

    ./dev.sh screen-reader-test            # Orca from this system (Debian 12: Orca 43)
    ./dev.sh screen-reader-test --chroot DIR
                                           # also Orca from a Debian chroot (13: Orca 48)

Starts a virtual screen (Xvfb), a session bus and the accessibility bus, Orca with braille
off and speech on but no speech server (it logs every utterance as "SPEECH OUTPUT: '...'"
in its --debug-file; see line_buffered_orca.py), and Reader; presses keys as a reader
would and waits for the words Orca must say. Prints each check, and exits non-zero if one
was not heard.

Measured: Orca 48 logs nothing with speech off (-d speech; Orca 43 does), and with a
speech server in the chroot it waits for ever: Speech Dispatcher cannot open its audio
there ("Couldn't open pulse plugin": no sound server behind the chroot's runtime folder),
its espeak-ng module dies, and speech never ends ("Audio event but server audio not set
up"). Orca 43 and Orca 48 each hear 10 of 10 (Orca 48 says "heading 2" where Orca 43
says "heading level 2", and reads a heading's words from its text interface only).

Not in the default test run: it needs Orca installed (apt-get install orca), and takes
about two minutes per Orca. A chroot for Orca 48 is made with
`debootstrap --variant=minbase trixie DIR` then `chroot DIR apt-get install orca`; this
runner bind-mounts /tmp (the buses' sockets are there) and /proc into it while Orca runs.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
METOO = REPO_ROOT / "articles" / "metoo-pakistan-marginalised.md"
GUIDE = REPO_ROOT / "articles" / "how-to-use-reader.md"
BUS_LAUNCHERS = (
    Path("/usr/libexec/at-spi-bus-launcher"),
    Path("/usr/lib/at-spi2-core/at-spi-bus-launcher"),
)
WRAPPER = Path(__file__).with_name("line_buffered_orca.py")
# The last step of Orca's start: Orca 43 says the first, Orca 48 the second.
STARTED = re.compile(r"Startup complete|Starting Atspi main event loop")
SPEECH = re.compile(r"SPEECH OUTPUT: '(.*?)'")
KEY_DELAY_MS = "1200"  # Orca reads each key's result before the next arrives
WAIT_SECONDS = 30.0
SPEECH_OFF = ["--no-speech-server"]  # see line_buffered_orca.py


@dataclass
class Session:
    """The virtual screen and buses, shared by every Orca and app started in it."""

    folder: Path
    env: dict[str, str]
    processes: list[subprocess.Popen]

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, check=True
        )
        return result.stdout.strip()

    def close(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()


def start_session(folder: Path) -> Session:
    launcher = next((path for path in BUS_LAUNCHERS if path.exists()), None)
    if launcher is None:
        sys.exit("at-spi2-core is missing: ./dev.sh test installs it")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as number:
        display = f":{number.readline().strip()}"
    runtime = folder / "runtime"  # the accessibility bus's socket goes here: under /tmp
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    }
    env.pop("WAYLAND_DISPLAY", None)
    dbus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    env["DBUS_SESSION_BUS_ADDRESS"] = dbus.stdout.readline().strip()
    bus = subprocess.Popen([launcher, "--launch-immediately"], env=env, stderr=subprocess.DEVNULL)
    session = Session(folder, env, [xvfb, dbus, bus])
    # A key held while Orca works would repeat: the X server's auto-repeat is switched off.
    subprocess.run(["xset", "r", "off"], env=env, check=True)
    return session


@dataclass
class Orca:
    """One Orca process, and what it has said so far (read from its debug log)."""

    name: str
    log: Path
    process: subprocess.Popen

    def said(self) -> list[str]:
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return SPEECH.findall(text)

    def wait_for(self, description: str, heard: Callable[[list[str]], bool]) -> bool:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            if heard(self.said()):
                print(f"  ok    {self.name}: {description}")
                return True
            time.sleep(0.3)
        print(f"  FAIL  {self.name}: {description}; last said: {self.said()[-8:]}")
        return False


def start_orca(session: Session, name: str, chroot: Path | None) -> Orca:
    home = session.folder / f"home-{name}"
    home.mkdir()
    log = session.folder / f"orca-{name}.log"
    # No speech server and braille off: nothing needs a sound card or a braille display,
    # and Orca logs what it would say.
    wrapper = session.folder / WRAPPER.name  # under /tmp, which a chroot shares
    shutil.copy(WRAPPER, wrapper)
    command = ["/usr/bin/python3", str(wrapper), *SPEECH_OFF, "-d", "braille"]
    command += ["-u", str(home / "prefs")]
    command += ["--debug-file", str(log)]
    env = {**session.env, "HOME": str(home)}
    if chroot is not None:
        keep = ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "HOME")
        command = ["chroot", str(chroot), "env", *(f"{k}={env[k]}" for k in keep), *command]
    with (session.folder / f"orca-{name}.stderr").open("w") as errors:
        process = subprocess.Popen(command, env=env, stdout=errors, stderr=errors)
    session.processes.append(process)
    orca = Orca(name, log, process)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if log.exists() and STARTED.search(log.read_text(errors="replace")):
            return orca
        if process.poll() is not None:
            break
        time.sleep(0.3)
    sys.exit(f"{name} did not start; see {log}")


def start_reader(session: Session, article: Path, title: str) -> subprocess.Popen:
    data = Path(tempfile.mkdtemp(dir=session.folder))
    app = subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(data), str(article)],
        cwd=REPO_ROOT,
        env=session.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    session.processes.append(app)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--name", f"^{re.escape(title)} — Reader$"],
            env=session.env,
            capture_output=True,
            text=True,
        ).stdout.split()
        if found:
            session.xdotool("windowfocus", "--sync", found[-1])
            time.sleep(2.0)  # Orca presents the window before the first key
            return app
        time.sleep(0.3)
    sys.exit(f"Reader did not show {title}")


def count(said: list[str], pattern: str) -> int:
    return sum(1 for line in said if re.search(pattern, line, re.IGNORECASE))


def check_metoo(session: Session, orca: Orca) -> list[bool]:
    """Headings by H, a link by Tab, where am I by Ctrl+I, in the #MeToo article."""
    app = start_reader(session, METOO, "What #MeToo Means for Pakistan’s Most Marginalised")
    results = []
    headings = (
        "Stigma, the police and the courts",
        "How #MeToo reached Pakistan",
        "Common threads",
    )
    # The article opens on its content note, with "Open the Article" focused.
    session.xdotool("key", "Return")
    time.sleep(1.5)
    session.xdotool("key", "--delay", KEY_DELAY_MS, "ctrl+e", "ctrl+Home")
    for heading in headings:
        session.xdotool("key", "h")
        results.append(
            orca.wait_for(
                f'H: "{heading}" and "heading level 2" (Orca 48: "heading 2")',
                lambda said, h=heading: any(
                    h in line and re.search(r"heading (level )?2", line, re.IGNORECASE)
                    for line in said
                ),
            )
        )
    before = count(orca.said(), r"\blink\b")
    session.xdotool("key", "--delay", KEY_DELAY_MS, "ctrl+Home", "Tab")
    results.append(
        orca.wait_for(
            'Tab: a link ("link" and its name)', lambda said: count(said, r"\blink\b") > before
        )
    )
    session.xdotool("key", "Escape", "ctrl+i")
    results.append(
        orca.wait_for(
            "Ctrl+I: the article, its section and how much is read",
            lambda said: any("Section:" in line and "% read" in line for line in said),
        )
    )
    app.terminate()
    app.wait(timeout=20)
    return results


def check_table(session: Session, orca: Orca) -> list[bool]:
    """Down through the guide's table: every cell of every row is heard."""
    app = start_reader(session, GUIDE, "How to Use Reader")
    rows = (
        "Key, Moves to",
        "H, the next heading",
        "Shift+H, the previous heading",
        "P, the next paragraph",
        "Shift+P, the previous paragraph",
    )
    session.xdotool("key", "--delay", KEY_DELAY_MS, "ctrl+e", "ctrl+Home", "h", "h")
    results = []
    for row in rows:
        deadline = time.monotonic() + WAIT_SECONDS
        while not any(row in line for line in orca.said()) and time.monotonic() < deadline:
            session.xdotool("key", "Down")
            time.sleep(1.0)
        results.append(
            orca.wait_for(
                f'Down in the table: "{row}"', lambda s, r=row: any(r in line for line in s)
            )
        )
    app.terminate()
    app.wait(timeout=20)
    return results


def mount_chroot(chroot: Path) -> None:
    for folder in ("tmp", "proc"):
        subprocess.run(["mount", "--bind", f"/{folder}", str(chroot / folder)], check=True)


def unmount_chroot(chroot: Path) -> None:
    for folder in ("proc", "tmp"):
        subprocess.run(["umount", str(chroot / folder)], check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chroot", type=Path, help="a Debian root with its own Orca")
    parser.add_argument("--only-chroot", action="store_true", help="skip this system's Orca")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool", "xset", "dbus-daemon"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: ./dev.sh screen-reader-test installs it")
    folder = Path(tempfile.mkdtemp(prefix="reader-orca-", dir="/tmp"))
    session = start_session(folder)
    results: list[bool] = []
    try:
        variants: list[tuple[str, Path | None]] = []
        if not args.only_chroot:
            variants.append(("orca (this system)", None))
        if args.chroot is not None:
            mount_chroot(args.chroot)
            variants.append((f"orca ({args.chroot})", args.chroot))
        for name, chroot in variants:
            orca = start_orca(session, name.split()[0] + str(len(results)), chroot)
            version = subprocess.run(
                (["chroot", str(chroot)] if chroot else []) + ["orca", "--version"],
                capture_output=True,
                text=True,
            ).stdout.strip()
            print(f"{name}: {version}")
            results += check_metoo(session, orca)
            results += check_table(session, orca)
            orca.process.terminate()
            orca.process.wait(timeout=20)
    finally:
        session.close()
        if args.chroot is not None:
            unmount_chroot(args.chroot)
    print(f"{sum(results)} of {len(results)} checks heard; logs in {folder}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
