#!/usr/bin/env bash
# Replace the FFmpeg libraries of the PySide6 wheel in a bundle by FFmpeg built with only
# what Reader uses: the AAC encoder and the MP4 (.m4a) muxer, for .m4a export through Qt
# Multimedia's FFmpeg plugin. Read-aloud plays through QAudioSink (PulseAudio), not FFmpeg.
#   packaging/linux/slim-ffmpeg.sh BUNDLE        (build-linux.sh runs it on dist/Reader)
# The wheel's FFmpeg carries every codec: 19.4 MB (libavcodec alone 14.9 MB), 6 MB in the
# .deb and .tar.xz; this build is 2.4 MB. It is FFmpeg 7.1, the release the wheel's was built
# from (libavcodec 61.19.101, libavformat 61.7.103, libavutil 59.39.100: the same sonames
# and symbol versions), configured LGPL-only with nothing detected from the build machine,
# so it links only the C library. The build stops if the plugin (or anything else in the
# bundle) takes a symbol from FFmpeg that this build lacks; --self-test encodes an .m4a.
# Source: FFmpeg's 7.1.5 release tarball, checked against its SHA-256. It is found, in
# order, in build/ffmpeg/ (kept between builds), at $FFMPEG_TARBALL, or fetched as
# Debian 13's source package of FFmpeg (whose .orig.tar.xz is that tarball) through apt
# from the build machine's own Debian mirror. Takes about 3 minutes on 2 cores, once:
# the built libraries are kept in build/ffmpeg/ for later builds.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bundle="$(cd "$1" && pwd)"
version=7.1.5
sha256=de668509caf9e35e3cd162473441fdb29538c6d96ed080292b3cf9e6fc5d558f
work="$root/build/ffmpeg"
tarball="$work/ffmpeg-$version.tar.xz"
# LGPL only (no --enable-gpl), shared libraries, no programs; everything off, then the AAC
# encoder, the muxers that write .m4a (Qt picks among mp4, ipod and mov by the file format)
# and the file protocol. --disable-autodetect keeps out zlib, VA-API, X11 and the rest the
# build machine may have; --disable-x86asm spares a nasm dependency (AAC encoding of speech
# stays far faster than real time).
options=(--enable-shared --disable-static --disable-programs --disable-doc --disable-debug
  --disable-everything --disable-autodetect --disable-network --disable-avdevice
  --disable-avfilter --disable-x86asm --enable-encoder=aac --enable-muxer=mp4,ipod,mov
  --enable-protocol=file)
libraries=(libavcodec.so.61 libavformat.so.61 libavutil.so.59 libswresample.so.5
  libswscale.so.8)

say() { printf 'slim-ffmpeg.sh: %s\n' "$*" >&2; }

# The source tarball: Debian 13's source package, fetched with a private apt configuration
# (the system's own sources and lists are left as they are), from the mirror the machine
# already uses for Debian. A new Debian revision keeps the same .orig.tar.xz; once Debian
# moves to a newer FFmpeg release, this finds no ffmpeg_$version.orig.tar.xz and the build
# asks for FFMPEG_TARBALL (or a new version and SHA-256 here).
fetch_from_debian() {
  local mirror apt
  mirror="$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null |
    awk '$2 !~ /-/ && $1 !~ /security/ {print $1; exit}')"
  [ -n "$mirror" ] || return 1
  apt="$work/apt"
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial"
  printf 'deb-src %s trixie main\n' "$mirror" >"$apt/sources.list"
  local config=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o APT::Sandbox::User=root)
  apt-get "${config[@]}" -qq update &&
    (cd "$apt" && apt-get "${config[@]}" -qq source --download-only ffmpeg) &&
    mv "$apt/ffmpeg_$version.orig.tar.xz" "$tarball"
}

mkdir -p "$work"
if [ ! -f "$tarball" ]; then
  if [ -n "${FFMPEG_TARBALL:-}" ]; then
    cp "$FFMPEG_TARBALL" "$tarball"
  elif ! fetch_from_debian; then
    say "no FFmpeg $version source: set FFMPEG_TARBALL to ffmpeg-$version.tar.xz (FFmpeg's release)"
    exit 1
  fi
fi
if ! echo "$sha256  $tarball" | sha256sum --check --quiet; then
  rm -f "$tarball"
  say "ffmpeg-$version.tar.xz is not FFmpeg's release (SHA-256 differs); removed"
  exit 1
fi

# Built once for these options; rebuilt when they change.
install="$work/install"
stamp="$(printf '%s\n' "$version" "${options[@]}" | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$install/.stamp" 2>/dev/null)" != "$stamp" ]; then
  say "building FFmpeg $version (AAC encoder and MP4 muxer only)"
  rm -rf "$work/src" "$install"
  mkdir -p "$work/src"
  tar -C "$work/src" --strip-components=1 -xf "$tarball"
  (cd "$work/src" && ./configure --prefix="$install" "${options[@]}" >"$work/configure.log" &&
    make -j"$(nproc)" >"$work/make.log" 2>&1 && make install >>"$work/make.log" 2>&1)
  printf '%s' "$stamp" >"$install/.stamp"
fi

# Every FFmpeg symbol anything in the bundle takes (at its version node, e.g.
# avcodec_open2@LIBAVCODEC_61) must be defined by the new libraries.
defined="$(for library in "${libraries[@]}"; do
  nm -D --defined-only "$install/lib/$library" | awk '{print $3}'
done | sed 's/@@*/@/' | sort -u)"
wanted="$(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \) ! -name 'libav*' \
  ! -name 'libsw*' -exec nm -D --undefined-only {} + 2>/dev/null |
  awk '$2 ~ /@(LIBAV|LIBSW)/ {print $2}' | sort -u)"
missing="$(comm -23 <(echo "$wanted") <(echo "$defined"))"
if [ -n "$missing" ]; then
  say "the bundle takes from FFmpeg what this build lacks:" $missing
  exit 1
fi

qt_lib="$(dirname "$(find "$bundle" -type f -name libavcodec.so.61)")"
before="$(du -cb "${libraries[@]/#/$qt_lib/}" | tail -1 | cut -f1)"
for library in "${libraries[@]}"; do
  install -m 755 "$install/lib/$library" "$qt_lib/$library"
done
# Qt's stubs for VA-API and OpenSSL, which only the wheel's FFmpeg linked.
for stub in "$qt_lib"/libQt6FFmpegStub-*; do
  name="$(basename "$stub")"
  if ! find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \) ! -name 'libQt6FFmpegStub-*' \
    -exec readelf -d {} + 2>/dev/null | grep -F "[$name]" >/dev/null; then
    rm "$stub" # the symbolic link to it in _internal/ goes with the other dangling ones
  fi
done
after="$(du -cb "${libraries[@]/#/$qt_lib/}" | tail -1 | cut -f1)"
say "FFmpeg: $(awk -v b="$before" -v a="$after" 'BEGIN {printf "%.1f MB -> %.1f MB", b / 1e6, a / 1e6}')"
