#!/usr/bin/env bash
# Build Reader's Linux packages from the project's .venv (created by ./dev.sh):
#   dist/Reader/                               the one-folder app (portable: see README)
#   dist/Reader-VERSION-linux-ARCH.tar.xz      that folder, for USB sticks and no-root installs
#   dist/parhna-reader_VERSION_ARCH.deb        for Debian and Ubuntu: /opt, a menu entry, icons
# Qt 6 needs glibc 2.34 or later: build on the oldest distribution you support.
# packaging/smoke-test-linux.sh checks what this builds; ./dev.sh package runs both.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="$root/.venv/bin/python"
cd "$root"

say() { printf 'build-linux.sh: %s\n' "$*" >&2; }

if [ ! -x "$python" ]; then
  say "no .venv here; create it first: ./dev.sh run --version (creates .venv, installs Reader)"
  exit 1
fi
if ! "$python" -c 'import PyInstaller, PIL' 2>/dev/null; then
  say "installing the packaging tools into .venv"
  "$python" -m pip install -q -e ".[package]"
fi

"$python" packaging/translations.py compile # the spec also does; here a failure stops early
# Python's modules stored, not zlib-compressed, in the bundle: xz then compresses them to
# half of what it makes of zlib's output (8.6 MB against 4.2 MB in the .tar.xz and .deb),
# for 8 MB more on disk once installed.
PYINSTALLER_ZLIB_COMPRESSION_LEVEL=0 "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" packaging/reader.spec

# ICU's data cut to what Qt can reach, Qt Quick replaced by the two symbols the FFmpeg
# plugin takes from it, pdfminer's CMaps stored for xz to compress together (13 MB less
# in the .tar.xz and .deb; each cut and its check are explained in the script).
"$python" packaging/linux/slim_bundle.py dist/Reader
# FFmpeg built with only the AAC encoder and the MP4 muxer .m4a export needs (19.4 MB to
# 2.4 MB; built once into build/ffmpeg/, about 3 minutes on 2 cores; see the script).
packaging/linux/slim-ffmpeg.sh dist/Reader
# Strip debugging symbols from everything but FFmpeg's libraries, which strip breaks
# ("ELF load command ... not page-aligned": Qt Multimedia then has no back end).
find dist/Reader -type f \( -name '*.so' -o -name '*.so.*' \) \
  ! -name 'libav*' ! -name 'libsw*' -exec strip --strip-unneeded {} +
# Search paths of the build machine (pyenv's lib folder, PulseAudio's private folder)
# would send the installed app looking there first; the bundle finds its own libraries
# through $ORIGIN and the bootloader's LD_LIBRARY_PATH.
find dist/Reader -type f \( -name '*.so' -o -name '*.so.*' \) ! -name 'libav*' ! -name 'libsw*' |
  while read -r library; do
    case "$(patchelf --print-rpath "$library" 2>/dev/null)" in
      /*) patchelf --remove-rpath "$library" ;;
    esac
  done
# Symbolic links left by libraries the spec dropped with the plugins that needed them.
find dist/Reader -xtype l -delete

version="$("$python" -c 'import reader; print(reader.__version__)')"
archive="dist/Reader-$version-linux-$(uname -m).tar.xz"
# xz's x86 BCJ filter turns the call addresses in machine code into a form LZMA2 finds
# repeats in: 39.2 MB instead of 41.3 MB for the same folder (measured; -9e alone gains
# nothing). dpkg-deb offers no such filter, so the .deb stays at -9.
XZ_OPT="--x86 --lzma2=preset=9e -T0" tar -C dist -cJf "$archive" Reader
say "built dist/Reader/ ($(du -sh dist/Reader | cut -f1)) and $archive ($(du -h "$archive" | cut -f1))"

packaging/linux/build-deb.sh "$version"
