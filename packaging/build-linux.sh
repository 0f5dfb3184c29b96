#!/usr/bin/env bash
# Build Reader's Linux bundle: dist/Reader/ (one folder) and dist/Reader-VERSION-linux-ARCH.tar.xz.
# Uses the project's .venv (created by ./dev.sh) and installs PyInstaller into it if missing.
# Qt 6 needs glibc 2.34 or later: build on the oldest distribution you support.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="$root/.venv/bin/python"
cd "$root"

say() { printf 'build-linux.sh: %s\n' "$*" >&2; }

if [ ! -x "$python" ]; then
  say "no .venv here; create it first: ./dev.sh run --version (creates .venv, installs Reader)"
  exit 1
fi
if ! "$python" -m PyInstaller --version >/dev/null 2>&1; then
  say "installing PyInstaller into .venv"
  "$python" -m pip install -q pyinstaller
fi

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" packaging/reader.spec

version="$("$python" -c 'import reader; print(reader.__version__)')"
archive="dist/Reader-$version-linux-$(uname -m).tar.xz"
XZ_OPT=-T0 tar -C dist -cJf "$archive" Reader
say "built dist/Reader/ ($(du -sh dist/Reader | cut -f1)) and $archive ($(du -h "$archive" | cut -f1))"
