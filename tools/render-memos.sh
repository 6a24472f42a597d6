#!/bin/sh
# Renders the seed case's agenda item in Finnish and Swedish into docs/memos/ as PNG pages, so that
# anyone can see the memo layout without running the program. Builds nothing: run it after
# `cmake --build build`. Needs pdftoppm (poppler-utils).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cli=${ALOITE_CLI:-$root/build/app/aloite-cli}
out=$root/docs/memos

if [ ! -x "$cli" ]; then
    echo "render-memos: $cli not found; build first (cmake --build build)" >&2
    exit 1
fi
command -v pdftoppm >/dev/null || { echo "render-memos: pdftoppm (poppler-utils) is missing" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/memos.sqlite

export QT_QPA_PLATFORM=offscreen ALOITE_LANGUAGE=en
"$cli" --db "$db" import-json "$root/resources/examples/seed-case.json" >/dev/null
"$cli" --db "$db" organisation --name-fi "Espoon kaupunki" --name-sv "Esbo stad" \
    --address "PL 12, 02070 Espoon kaupunki" --email-pattern "firstname.lastname@espoo.fi" \
    --switchboard "09 816 21" --logo "$root/resources/examples/logo.svg" >/dev/null

mkdir -p "$out"
rm -f "$out"/agenda-fi-*.png "$out"/agenda-sv-*.png "$out"/agenda-fi.pdf "$out"/agenda-sv.pdf
for lang in fi sv; do
    "$cli" --db "$db" export-pdf 1234/00.01.01/2025 --kind agenda --lang "$lang" -o "$tmp/agenda-$lang.pdf" >/dev/null
    pdftoppm -png -r 80 "$tmp/agenda-$lang.pdf" "$tmp/agenda-$lang"
    # pdftoppm numbers pages with leading zeros that depend on the page count; make them plain.
    for page in "$tmp"/agenda-"$lang"-*.png; do
        n=$(basename "$page" .png | sed "s/^agenda-$lang-0*//")
        cp "$page" "$out/agenda-$lang-$n.png"
    done
done
ls "$out"
