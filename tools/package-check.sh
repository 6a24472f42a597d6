#!/usr/bin/env bash
# Builds the Debian package, checks it with lintian, installs it on this machine, checks that the
# installed programs run and that the desktop knows Aloite's file type, and removes the package
# again. CI runs it after the tests; it changes the system, so it is not part of `tools/dev.sh test`.
# Needs the packages of `tools/dev.sh deps` (lintian, xvfb, xdg-utils, shared-mime-info, ...).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ALOITE_BUILD_DIR:-$here/build}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

fail() {
    echo "package-check: $*" >&2
    exit 1
}

# The desktop integration files on their own.
desktop-file-validate "$here/packaging/fi.aloite.Aloite.desktop"
appstreamcli validate --pedantic --no-net "$build/packaging/fi.aloite.Aloite.metainfo.xml"
if grep -rIl 'example\.invalid' "$here/packaging" "$here/resources/mime" "$here/CMakeLists.txt"; then
    fail "placeholder URLs (example.invalid) in the packaging files above"
fi

# The package, and lintian on it: no error and no warning (informational tags are shown too).
(cd "$build" && rm -f aloite_*.deb && cpack -G DEB)
deb="$(ls "$build"/aloite_*.deb)"
version="$(dpkg-deb -f "$deb" Version)"
changelog_version="$(dpkg-parsechangelog -l "$here/packaging/changelog" -S Version)"
[ "$version" = "$changelog_version" ] \
    || fail "the package is version $version but packaging/changelog's latest entry is $changelog_version"
lintian -EvIL +pedantic --fail-on error,warning "$deb"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$deb"

/usr/bin/aloite-cli --version
/usr/bin/aloite-cli --db "$work/check.aloite" init
/usr/bin/aloite-cli --db "$work/check.aloite" check
for f in /usr/share/applications/fi.aloite.Aloite.desktop /usr/share/metainfo/fi.aloite.Aloite.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/fi.aloite.Aloite.svg /usr/share/icons/hicolor/48x48/apps/fi.aloite.Aloite.png \
    /usr/share/icons/hicolor/scalable/mimetypes/application-x-aloite.svg /usr/share/mime/packages/fi.aloite.Aloite.xml \
    /usr/share/man/man1/aloite.1.gz /usr/share/man/man1/aloite-cli.1.gz \
    /usr/share/doc/aloite/copyright /usr/share/doc/aloite/changelog.gz; do
    test -f "$f" || fail "$f is not installed"
done

# The file type, once shared-mime-info's trigger has run: by the .aloite extension, and by the SQLite
# application id of a database file named otherwise.
cp "$work/check.aloite" "$work/database-without-extension"
for f in "$work/check.aloite" "$work/database-without-extension"; do
    type="$(xdg-mime query filetype "$f")"
    [ "$type" = "application/x-aloite" ] || fail "xdg-mime says $f is $type, not application/x-aloite"
done
echo "package-check: xdg-mime knows Aloite databases as application/x-aloite"

# --help and --version need no display and change nothing: no DISPLAY, no Wayland, no Qt platform,
# and an empty HOME stays empty.
home="$work/empty-home"
mkdir "$home"
for command in "aloite --help" "aloite --version" "aloite-cli --help" "aloite-cli --version"; do
    # shellcheck disable=SC2086 # the command is split into the program and its option on purpose
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_CACHE_HOME \
        -u XDG_STATE_HOME HOME="$home" /usr/bin/$command > "$work/out" \
        || fail "'$command' without a display failed"
    test -s "$work/out" || fail "'$command' printed nothing"
    [ -z "$(ls -A "$home")" ] || fail "'$command' left files in HOME: $(find "$home" -mindepth 1)"
done
echo "package-check: --help and --version work without a display and leave HOME empty"

# The GUI on an X server (Xvfb): it opens its main window on the database, grabs it and quits.
gui_home="$work/gui-home"
mkdir "$gui_home"
env -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$gui_home" \
    timeout 120 xvfb-run --auto-servernum /usr/bin/aloite --screenshot "$work/window.png" "$work/check.aloite"
test -s "$work/window.png" || fail "the GUI saved no screenshot under Xvfb"
[ "$(file --brief --mime-type "$work/window.png")" = "image/png" ] || fail "the screenshot is not a PNG"
if [ -n "${ALOITE_PACKAGE_SCREENSHOT:-}" ]; then
    cp "$work/window.png" "$ALOITE_PACKAGE_SCREENSHOT"
fi
echo "package-check: the GUI runs under Xvfb"

DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq aloite
for f in /usr/bin/aloite /usr/bin/aloite-cli /usr/share/applications/fi.aloite.Aloite.desktop \
    /usr/share/mime/packages/fi.aloite.Aloite.xml /usr/share/doc/aloite; do
    [ ! -e "$f" ] || fail "$f is left after removing the package"
done
echo "package-check: the package installs, runs and removes cleanly"
