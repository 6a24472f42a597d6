#!/bin/sh
# Regenerates the case editor and people directory pictures in docs/screenshots/ from the GUI
# tests, which draw the real widgets offscreen and save them when ALOITE_SCREENSHOT_DIR is set.
# Usage: tools/screenshots-editor.sh [BUILD_DIR]   (default: build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
cmake --build "$build" --target tst_CaseEditor tst_PeopleDirectory
export ALOITE_SCREENSHOT_DIR="$root/docs/screenshots"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
"$build/tests/ui/tst_CaseEditor" screenshots
"$build/tests/ui/tst_PeopleDirectory" screenshot
echo "Pictures written to $ALOITE_SCREENSHOT_DIR"
