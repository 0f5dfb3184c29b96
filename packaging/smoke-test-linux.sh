#!/usr/bin/env bash
# Check the Linux packages that build-linux.sh made, as an NGO trainer would use them:
#  1. the .deb installs with dpkg (as root), its menu entry and AppStream metadata
#     validate, lintian finds nothing unjustified, and the installed app passes
#     --self-test (speech and .m4a included) and shows its window under Xvfb;
#  2. the .tar.xz, unpacked in another folder, does the same, and in portable mode
#     (portable.txt beside it) writes nothing outside its folder;
#  3. sizes are printed against the goal (45 MB each), and the frozen app's start-up to
#     first paint against the app run from source.
# Needs root (dpkg -i), Xvfb, xdotool and ImageMagick (./dev.sh installs them).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
version="$(.venv/bin/python -c 'import reader; print(reader.__version__)')"
arch="$(dpkg --print-architecture)"
deb="dist/parhna-reader_${version}_${arch}.deb"
archive="dist/Reader-$version-linux-$(uname -m).tar.xz"
work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
say() { printf 'smoke-test: %s\n' "$*" >&2; }
check() { # check DESCRIPTION COMMAND...: runs it, reports, counts failures
  local description="$1"
  shift
  if "$@" >"$work/out" 2>&1; then
    say "ok: $description"
  else
    say "FAILED: $description"
    sed 's/^/    /' "$work/out" >&2
    failures=$((failures + 1))
  fi
}

# A virtual screen for the window checks.
exec {fd}<> <(:)
Xvfb -displayfd "$fd" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
read -r -t 10 number <&"$fd"
export DISPLAY=":$number"

# shows_window PROGRAM HOME: starts it with a fresh home, waits for its window, takes a
# screenshot and checks that it shows more than a blank page, then closes it.
shows_window() {
  local program="$1" home="$2" shot="$work/shot-$RANDOM.png" pid window colours
  HOME="$home" "$program" how-to-use-reader >/dev/null 2>&1 &
  pid=$!
  window="$(timeout 30 xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -1)"
  [ -n "$window" ] || { kill "$pid"; echo "no window appeared"; return 1; }
  sleep 2 # the first paint of the article
  import -window root "$shot"
  colours="$(convert "$shot" -format '%k' info:)"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "screenshot $shot: $colours colours"
  [ "$colours" -gt 50 ]
}

nothing_written_outside() { # nothing_written_outside HOME: the home folder stays empty
  local left
  left="$(find "$1" -mindepth 1 | head -5)"
  [ -z "$left" ] || { echo "written outside the portable folder:"; echo "$left"; return 1; }
}

# 1. The .deb.
check "the .deb installs" dpkg -i "$deb"
check "its menu entry validates" desktop-file-validate /usr/share/applications/org.parhna.Reader.desktop
check "its AppStream metadata validates" appstreamcli validate --no-net \
  /usr/share/metainfo/org.parhna.Reader.metainfo.xml
check "lintian finds nothing unjustified" lintian --fail-on error,warning "$deb"
check "the installed app passes --self-test" parhna-reader --self-test
mkdir -p "$work/home-deb"
check "the installed app shows its window" shows_window parhna-reader "$work/home-deb"

# imports PROGRAM: a saved web page and a Windows-1256 Urdu text become two articles (the
# importing libraries' data files, trafilatura's and charset-normalizer's, are in the bundle).
imports() {
  local program="$1" data="$work/import-data-$RANDOM"
  printf '<html><head><title>A saved page</title></head><body><nav>Home | About</nav>
<article><h1>A saved page</h1><p>%s</p><p>%s</p></article><footer>Share this</footer>
</body></html>\n' "$(printf 'The first paragraph of the article, long enough to keep. %.0s' 1 2 3 4 5)" \
    "$(printf 'The second paragraph says more about the subject. %.0s' 1 2 3 4 5)" >"$work/page.html"
  python3 -c 'import sys; open(sys.argv[1], "wb").write(
    "ہمارا مضمون\r\n\r\nيہ ايک مختصر متن ہے جو ونڈوز کے پرانے انکوڈنگ ميں لکھا گيا.\r\n"
    .encode("cp1256"))' "$work/urdu.txt"
  "$program" import "$work/page.html" "$work/urdu.txt" --data-dir "$data" || return 1
  [ "$(find "$data/articles" -name '*.md' | wc -l)" -eq 2 ]
}
check "the installed app imports a web page and an Urdu text file" imports parhna-reader

# 2. The .tar.xz, unpacked elsewhere, portable.
mkdir -p "$work/stick"
tar -C "$work/stick" -xJf "$archive"
touch "$work/stick/Reader/portable.txt"
check "the unpacked app passes --self-test" "$work/stick/Reader/Reader" --self-test
mkdir -p "$work/home-portable"
check "the portable app shows its window" shows_window "$work/stick/Reader/Reader" \
  "$work/home-portable"
check "the portable app keeps its data beside it" test -f "$work/stick/Reader/ReaderData/reader.sqlite3"
check "the portable app writes nothing in the home folder" nothing_written_outside \
  "$work/home-portable"

# 3. Sizes and start-up.
megabytes() { echo $(($(stat -c %s "$1") / 1000000)); } # MB, as the goal counts them
say "sizes: .deb $(megabytes "$deb") MB, .tar.xz $(megabytes "$archive") MB (goal: at most 45 MB each); installed $(du -sh /opt/parhna-reader | cut -f1)"
first_paint() { # seconds from start to the end of the article's first paint, best of 3
  # (READER_FIRST_PAINT_REPORT: the app writes the CLOCK_MONOTONIC time of its first paint)
  .venv/bin/python - "$work" "$@" <<'PYTHON'
import os, subprocess, sys, time
work, command = sys.argv[1], sys.argv[2:]
report = os.path.join(work, "first-paint")
best = float("inf")
for _ in range(3):
    environment = dict(os.environ, HOME=os.path.join(work, "home-timing"),
                       READER_FIRST_PAINT_REPORT=report)
    start = time.monotonic()
    subprocess.run([*command, "how-to-use-reader"], env=environment, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    with open(report) as written:
        best = min(best, float(written.read().split()[0]) - start)
print(f"{best:.3f}")
PYTHON
}
mkdir -p "$work/home-timing"
frozen="$(first_paint parhna-reader || echo 0)"
source="$(first_paint .venv/bin/python -m reader || echo 0)"
say "start-up to first paint: frozen ${frozen} s, from source ${source} s, ratio $(echo "$frozen $source" | awk '{printf "%.2f", ($2 > 0 ? $1 / $2 : 0)}')x (goal: at most 1.2x)"

check "the .deb uninstalls" dpkg -r parhna-reader
if [ "$failures" -ne 0 ]; then
  say "$failures checks failed"
  exit 1
fi
say "all checks passed"
