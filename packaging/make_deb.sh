#!/usr/bin/env bash
# A Debian package made from the built bundle (docs/packaging.md):
#
#     packaging/make_deb.sh [dist/workbench] [dist/workbench_VERSION_ARCH.deb]
#
# The bundle goes to /opt/workbench, /usr/bin/workbench links to it, the icon to
# /usr/share/icons. The desktop entry, the MIME type of .wbproj and the icons drawn
# for the desktop come from resources/desktop/ when that folder is there (*.desktop,
# *.xml, icons/hicolor/...): nothing is written for them otherwise. dpkg's triggers
# refresh the desktop, MIME and icon caches; the package has no scripts of its own.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bundle="$(cd "${1:-$root/dist/workbench}" && pwd)"
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/workbench/__init__.py")"
architecture="$(dpkg --print-architecture)"
output="${2:-$root/dist/workbench_${version}_${architecture}.deb}"
test -x "$bundle/workbench" || { echo "no bundle in $bundle: python3 packaging/build_bundle.py" >&2; exit 2; }

staging="$(mktemp -d)"
chmod 755 "$staging"  # the package's root: mktemp makes it private
trap 'rm -rf "$staging"' EXIT
mkdir -p "$staging/DEBIAN" "$staging/opt" "$staging/usr/bin"
cp -a "$bundle" "$staging/opt/workbench"
ln -s /opt/workbench/workbench "$staging/usr/bin/workbench"
install -D -m 644 "$root/resources/icons/app.svg" \
    "$staging/usr/share/icons/hicolor/scalable/apps/workbench.svg"

desktop="$root/resources/desktop"
if [ -d "$desktop" ]; then
    for entry in "$desktop"/*.desktop; do
        [ -e "$entry" ] && install -D -m 644 "$entry" "$staging/usr/share/applications/$(basename "$entry")"
    done
    for mime in "$desktop"/*.xml; do
        [ -e "$mime" ] && install -D -m 644 "$mime" "$staging/usr/share/mime/packages/$(basename "$mime")"
    done
    if [ -d "$desktop/icons/hicolor" ]; then
        mkdir -p "$staging/usr/share/icons"
        cp -a "$desktop/icons/hicolor" "$staging/usr/share/icons/"
    fi
else
    echo "note: no resources/desktop/: the package has no menu entry or MIME type" >&2
fi

# The bundle brings Python, Qt and the X11 libraries Qt's xcb plugin needs; what it
# takes from the system is glibc (at least the build machine's), OpenGL/EGL, libxcb
# itself and fontconfig's configuration (checked in /proc/PID/maps of a running window).
glibc="$(ldd --version | sed -n '1s/.* \([0-9][0-9.]*\)$/\1/p')"
installed_size="$(du -sk "$staging" | cut -f1)"
cat > "$staging/DEBIAN/control" <<EOF
Package: workbench
Version: $version
Architecture: $architecture
Maintainer: Workbench developers <workbench@localhost>
Installed-Size: $installed_size
Depends: libc6 (>= $glibc), libegl1, libgl1, libxcb1, fontconfig-config
Section: editors
Priority: optional
Description: recommendations to parliament from a library of law and evidence
 Workbench keeps, offline, a library of legal provisions, critiques and
 evidence, drafts recommendations to parliament from it and exports Word
 submissions. This package holds the whole application, its own Python and
 Qt included, in /opt/workbench.
EOF

mkdir -p "$(dirname "$output")"
dpkg-deb --root-owner-group --build "$staging" "$output" >/dev/null
echo "$output"
