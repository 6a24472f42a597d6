#!/usr/bin/env bash
# Regenerates the .ts catalogs from the sources (the CMake target update_translations, with
# -no-obsolete -locations none) and fails when that changed them (someone forgot to run it) or
# when any entry is unfinished, vanished or obsolete.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ALOITE_BUILD_DIR:-$here/build}"

cmake --build "$build" --target update_translations >/dev/null
status=0
if ! git -C "$here" diff --quiet -- translations/; then
    echo "check-translations: the .ts files were out of date; regenerated them:" >&2
    git -C "$here" diff --stat -- translations/ >&2
    status=1
fi
for ts in "$here"/translations/aloite_*.ts; do
    bad=$(grep -cE 'type="(unfinished|vanished|obsolete)"' "$ts" || true)
    if [ "$bad" != "0" ]; then
        echo "check-translations: $(basename "$ts") has $bad unfinished, vanished or obsolete entries" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "check-translations: fi, sv and en catalogs are complete and current"
exit $status
