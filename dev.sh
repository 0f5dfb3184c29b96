#!/usr/bin/env bash
# Reader's two everyday commands, for a fresh clone on Debian/Ubuntu:
#   ./dev.sh run [ARGS...]   launch the app on the bundled articles
#   ./dev.sh test [ARGS...]  run the whole test suite (ARGS go to pytest)
#   ./dev.sh bench           run the benchmarks under tests/bench/
#   ./dev.sh package         build the Linux .deb and .tar.xz and smoke-test them (as root)
#   ./dev.sh translations    regenerate resources/translations/*.ts from the code (lupdate)
#   ./dev.sh screen-reader-test [--chroot DIR]
#                            a scripted session with Orca, checked against what it says
# The first run creates .venv/ and installs what is missing, system packages
# included when run as root (otherwise it prints the apt-get line to run).
# Later runs skip every install whose inputs have not changed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$root/.venv"
cd "$root"

# Debian/Ubuntu packages: what Qt's xcb platform plugin loads, and what the tests drive
# (a virtual screen, key presses, screenshots, the accessibility bus a screen reader uses),
# the speech engine and sound output, a sound server with tools to record and measure it,
# and strace, which shows that no article image makes Qt open a file outside its folder.
# "a|b" names one need that newer releases package under another name (Ubuntu 24.04's t64).
run_packages=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 "libglib2.0-0t64|libglib2.0-0" "libdbus-1-3" fonts-noto-core
  espeak-ng "libpulse0")
test_packages=(xvfb xauth xdotool x11-utils imagemagick at-spi2-core dbus-x11 python3-pyatspi
  pulseaudio pulseaudio-utils sox strace dbus playerctl)
# What packaging/build-linux.sh and smoke-test-linux.sh use: strip, the checkers of the menu
# entry, the AppStream metadata and the .deb; gcc and ICU's icupkg build the slimmer Qt Quick
# and ICU data libraries (packaging/linux/slim_bundle.py), and with make, FFmpeg's encoder
# of .m4a (packaging/linux/slim-ffmpeg.sh).
package_packages=(binutils patchelf xz-utils desktop-file-utils appstream lintian gcc
  icu-devtools make)

say() { printf 'dev.sh: %s\n' "$*" >&2; }

is_installed() {
  # grep without -q reads all its input: with pipefail, an early exit would SIGPIPE the writer.
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep "install ok installed" >/dev/null
}

# Prints each need ("a|b" alternatives) that no installed package satisfies.
unsatisfied() {
  local need alternative
  for need in "$@"; do
    for alternative in ${need//|/ }; do
      is_installed "$alternative" && continue 2
    done
    printf '%s\n' "$need"
  done
}

# The first alternative of a need that apt can install (after apt-get update).
installable() {
  local alternative
  for alternative in ${1//|/ }; do
    if apt-cache policy "$alternative" 2>/dev/null | grep "Candidate: [0-9]" >/dev/null; then
      printf '%s\n' "$alternative"
      return
    fi
  done
  printf '%s\n' "${1%%|*}"
}

ensure_debs() {
  command -v dpkg-query >/dev/null || return 0 # not Debian/Ubuntu: nothing to check
  local needs need packages=()
  mapfile -t needs < <(unsatisfied "$@")
  [ "${#needs[@]}" -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] && DEBIAN_FRONTEND=noninteractive apt-get update -qq
  for need in "${needs[@]}"; do
    packages+=("$(installable "$need")")
  done
  if [ "$(id -u)" -ne 0 ]; then
    say "missing system packages; install them as root (with sudo, or su -c):"
    say "  apt-get install ${packages[*]}"
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  say "installing system packages: ${packages[*]}"
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
}

find_python() {
  local candidate
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  say "Reader needs Python 3.11 or newer (sudo apt-get install python3)."
  exit 1
}

# One environment serves both commands: the app and its test tools.
ensure_venv() {
  local stamp="$venv/.reader-installed" want
  if [ ! -x "$venv/bin/python" ]; then
    local python
    python="$(find_python)"
    if ! "$python" -m venv --help >/dev/null 2>&1 || ! "$python" -c 'import ensurepip' 2>/dev/null; then
      ensure_debs python3-venv
    fi
    say "creating $venv"
    "$python" -m venv "$venv"
  fi
  # Reinstall only when the project's declared dependencies change.
  want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing Python packages into .venv (first run only)"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -e ".[test]"
    printf '%s' "$want" >"$stamp"
  fi
}

# The interface translations, compiled from resources/translations/*.ts; the script skips
# each .qm that is newer than its source, so this costs nothing after the first run.
compile_translations() {
  "$venv/bin/python" packaging/translations.py compile
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
  run)
    ensure_debs "${run_packages[@]}"
    ensure_venv
    compile_translations
    exec "$venv/bin/python" -m reader "$@"
    ;;
  test)
    ensure_debs "${run_packages[@]}" "${test_packages[@]}"
    ensure_venv
    compile_translations
    "$venv/bin/python" -m ruff check reader tests
    exec "$venv/bin/python" -m pytest "$@"
    ;;
  bench)
    ensure_debs "${run_packages[@]}" "${test_packages[@]}"
    ensure_venv
    compile_translations
    exec "$venv/bin/python" -m tests.bench "$@"
    ;;
  translations)
    ensure_venv
    exec "$venv/bin/python" packaging/translations.py update
    ;;
  screen-reader-test)
    # Orca itself, and xset to switch off key repeat while Orca works (tests/screen_reader).
    ensure_debs "${run_packages[@]}" "${test_packages[@]}" orca x11-xserver-utils
    ensure_venv
    exec "$venv/bin/python" -m tests.screen_reader "$@"
    ;;
  package)
    ensure_debs "${run_packages[@]}" "${test_packages[@]}" "${package_packages[@]}"
    ensure_venv
    packaging/build-linux.sh
    exec packaging/smoke-test-linux.sh
    ;;
  *)
    say "usage: ./dev.sh run [ARTICLE] | ./dev.sh test [PYTEST-ARGS] | ./dev.sh bench" \
      "| ./dev.sh package | ./dev.sh translations | ./dev.sh screen-reader-test [--chroot DIR]"
    exit 2
    ;;
esac
