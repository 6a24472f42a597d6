#!/bin/sh
# Renders the memo templates (docs/memo-templates.md) into docs/memos/ as PNG pages at 60 dpi:
# the fixtures of tst_MemoRenderer's espooTemplate, helsinkiTemplate and lapuaTemplate, in Finnish
# and Swedish. Builds nothing: run it after building tst_MemoRenderer. Needs pdftoppm (poppler-utils).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
test=${ALOITE_MEMO_TEST:-$root/build/tests/core/tst_MemoRenderer}
out=$root/docs/memos

if [ ! -x "$test" ]; then
    echo "render-templates: $test not found; build it first" >&2
    exit 1
fi
command -v pdftoppm >/dev/null || { echo "render-templates: pdftoppm (poppler-utils) is missing" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
QT_QPA_PLATFORM=offscreen ALOITE_TEMPLATE_PDFS=$tmp "$test" espooTemplate helsinkiTemplate lapuaTemplate >/dev/null

mkdir -p "$out"
rm -f "$out"/template-*.png
for pdf in "$tmp"/template-*.pdf; do
    name=$(basename "$pdf" .pdf)
    pdftoppm -png -r 60 "$pdf" "$tmp/$name"
    # pdftoppm numbers pages with leading zeros that depend on the page count; make them plain.
    for page in "$tmp/$name"-*.png; do
        n=$(basename "$page" .png | sed "s/^$name-0*//")
        cp "$page" "$out/$name-$n.png"
    done
done
ls "$out"/template-*.png
