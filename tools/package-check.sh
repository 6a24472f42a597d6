#!/usr/bin/env bash
# Builds the Debian package, installs it on this machine, checks that the installed programs run,
# validates the desktop integration files and removes the package again. CI runs it after the
# tests; it changes the system, so it is not part of `tools/dev.sh test`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ALOITE_BUILD_DIR:-$here/build}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

desktop-file-validate "$here/packaging/fi.aloite.Aloite.desktop"
appstreamcli validate --no-net "$build/packaging/fi.aloite.Aloite.metainfo.xml"

(cd "$build" && rm -f aloite_*.deb && cpack -G DEB)
deb="$(ls "$build"/aloite_*.deb)"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$deb"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

/usr/bin/aloite-cli --version
/usr/bin/aloite-cli --db "$work/check.sqlite" init
/usr/bin/aloite-cli --db "$work/check.sqlite" check
test -f /usr/share/applications/fi.aloite.Aloite.desktop
test -f /usr/share/metainfo/fi.aloite.Aloite.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/fi.aloite.Aloite.svg
test -f /usr/share/icons/hicolor/48x48/apps/fi.aloite.Aloite.png
test -f /usr/share/man/man1/aloite-cli.1.gz

# The GUI, offscreen: it opens its main window on a database, grabs it and quits.
HOME="$work" QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/aloite --screenshot "$work/window.png" "$work/check.sqlite"
test -s "$work/window.png"

DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq aloite
if [ -e /usr/bin/aloite ] || [ -e /usr/bin/aloite-cli ] || [ -e /usr/share/applications/fi.aloite.Aloite.desktop ]; then
    echo "package-check: files are left after removing the package" >&2
    exit 1
fi
echo "package-check: the package installs, runs and removes cleanly"
