#!/usr/bin/env bash
# Wrap dist/Reader/ (from build-linux.sh) in a .deb: the app in /opt/parhna-reader, the
# command /usr/bin/parhna-reader, the menu entry, AppStream metadata, icons, a manual page
# and the licences. Its dependencies are the system libraries the bundle links and does
# not carry, found with ldd and named with dpkg -S on the build machine.
#   packaging/linux/build-deb.sh VERSION
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
version="$1"
package=parhna-reader
app_id=org.parhna.Reader
here=packaging/linux
arch="$(dpkg --print-architecture)"
stage="build/deb/${package}_${version}_${arch}"
deb="dist/${package}_${version}_${arch}.deb"

say() { printf 'build-deb.sh: %s\n' "$*" >&2; }

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/metainfo" "$stage/usr/share/doc/$package" "$stage/usr/share/man/man1" \
  "$stage/usr/share/lintian/overrides" "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a dist/Reader "$stage/opt/$package"
ln -s "/opt/$package/Reader" "$stage/usr/bin/$package"
install -m 644 "$here/$app_id.desktop" "$stage/usr/share/applications/"
install -m 644 "$here/$app_id.metainfo.xml" "$stage/usr/share/metainfo/"
install -m 644 resources/icons/reader.svg "$stage/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
cp -r build/icons/hicolor "$stage/usr/share/icons/"
gzip -9n -c "$here/$package.1" >"$stage/usr/share/man/man1/$package.1.gz"
install -m 644 "$here/lintian-overrides" "$stage/usr/share/lintian/overrides/$package"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: Reader"
  echo "Source: the Reader project"
  echo
  echo "Files: *"
  echo "Copyright: 2026 The Reader team"
  echo "License: GPL-3+"
  echo " On Debian systems, the complete text of the GNU General Public License version 3"
  echo " can be found in /usr/share/common-licenses/GPL-3. The licences of the bundled"
  echo " software are in /opt/$package/_internal/resources/THIRD-PARTY/."
} >"$stage/usr/share/doc/$package/copyright"
printf '%s (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- The Reader team <reader@parhna.invalid>  %s\n' \
  "$package" "$version" "$version" "$(date -R -d 2026-11-30)" |
  gzip -9n >"$stage/usr/share/doc/$package/changelog.gz"
find "$stage" -type d -exec chmod 755 {} +
# Libraries are loaded, not run (Debian policy 8.1).
find "$stage/opt" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 644 {} +

# The system libraries the bundle links but does not carry, as the packages that hold them.
bundle="$stage/opt/$package"
mapfile -t libraries < <(
  find "$bundle" -type f \( -name '*.so*' -o -name Reader \) -exec sh -c \
    'LD_LIBRARY_PATH="$1/_internal" ldd "$2" 2>/dev/null' _ "$bundle" {} \; |
    awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$root/" | sort -u
)
depends="$(for library in "${libraries[@]}"; do dpkg -S "$(readlink -f "$library")" 2>/dev/null ||
  dpkg -S "$library" 2>/dev/null; done | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g')"
# The xcb platform plugin loads this at run time (Qt 6.5 and later); ldd cannot see it.
depends="$depends, libxcb-cursor0"

cat >"$stage/DEBIAN/control" <<CONTROL
Package: $package
Version: $version
Architecture: $arch
Maintainer: The Reader team <reader@parhna.invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: $depends
Section: text
Priority: optional
Description: accessible offline reading app with read-aloud
 Reader shows articles with text from 50 to 400 percent, bundled fonts
 (OpenDyslexic, a Nastaliq face for Urdu), adjustable spacing and six
 themes at WCAG AAA contrast. It reads aloud with the spoken sentence
 highlighted, keeps bookmarks, highlights and notes, and never uses the
 network. espeak-ng and Qt are carried in the package.
CONTROL

dpkg-deb --root-owner-group -Zxz -z9 --build "$stage" "$deb" >/dev/null
say "built $deb ($(du -h "$deb" | cut -f1))"
