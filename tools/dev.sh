#!/usr/bin/env bash
# Aloite developer entry point.
#   tools/dev.sh run [ARGS...]   install what is missing, build, start the GUI (default database)
#   tools/dev.sh test            install what is missing, build, run every check and test
#   tools/dev.sh deps | build    the steps on their own
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ALOITE_BUILD_DIR:-$here/build}"
jobs="${ALOITE_JOBS:-$(nproc)}"

packages=(
    g++ cmake ninja-build pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qt6-pdf-dev libqt6svg6-dev libqt6svg6 libgl-dev libsqlite3-dev
    fonts-dejavu-core fontconfig
    clang-format poppler-utils xvfb xauth desktop-file-utils appstream
    lintian shared-mime-info xdg-utils libfile-mimeinfo-perl
)

deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${ALOITE_BUILD_TYPE:-RelWithDebInfo}"
    cmake --build "$build" -j "$jobs"
}

check_format() {
    cmake --build "$build" --target format-check
}

check_translations() {
    ALOITE_BUILD_DIR="$build" "$here/tools/check-translations.sh"
}

run_tests() {
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j "$jobs"
}

case "${1:-}" in
    deps) deps ;;
    build) deps && build ;;
    run)
        shift
        deps && build
        exec "$build/app/aloite" "$@"
        ;;
    test)
        deps && build && check_format && check_translations && run_tests
        ;;
    *)
        sed -n '2,6p' "$0"
        exit 2
        ;;
esac
