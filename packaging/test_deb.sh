#!/usr/bin/env bash
# Install the .deb with apt-get (as root: CI), run the installed command as a user
# would (env -i: no Python, no checkout), then remove the package and check nothing
# of it is left:
#
#     packaging/test_deb.sh dist/workbench_VERSION_ARCH.deb
set -euo pipefail
package="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
export DEBIAN_FRONTEND=noninteractive

apt-get install -y -qq "$package" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/home"
as_user() { (cd "$work" && env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"); }

as_user workbench --version
as_user workbench new "Жоба.wbproj"
as_user workbench export "Жоба.wbproj" -o out.docx --language ru --second-language kk
if command -v pandoc >/dev/null; then
    pandoc -t plain "$work/out.docx" | grep -q "Қазақстандағы сөз және пікір білдіру бостандығы"
fi
test "$(readlink -f /usr/bin/workbench)" = /opt/workbench/workbench
# The desktop knows it: the entry, and .wbproj/.wbshare as its types (dpkg's trigger
# ran update-mime-database), opened by it (update-desktop-database's cache).
desktop-file-validate /usr/share/applications/workbench.desktop
grep -q "application/x-workbench-project:\*.wbproj" /usr/share/mime/globs2
grep -q "application/x-workbench-share:\*.wbshare" /usr/share/mime/globs2
if command -v update-desktop-database >/dev/null; then
    update-desktop-database /usr/share/applications
    grep -q "application/x-workbench-project=workbench.desktop" /usr/share/applications/mimeinfo.cache
fi

apt-get remove -y -qq workbench >/dev/null
if [ -e /usr/bin/workbench ] || [ -e /opt/workbench ]; then
    echo "the package left files behind after apt-get remove" >&2
    exit 1
fi
echo "the .deb installs, runs and is removed cleanly"
