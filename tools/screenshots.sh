#!/bin/sh
# Takes the screenshots in docs/screenshots/ from an existing build; builds nothing.
#
#   tools/screenshots.sh [BUILD_DIR]        (default: build)
#
# The pictures show the seed's example case and some generated cases whose dates are relative to
# today, so that the deadline marks look the same whenever the script runs. Settings and data go
# to a temporary folder: your own Aloite settings are not touched. Qt's offscreen platform is used
# unless SCREENSHOT_PLATFORM=xvfb asks for a virtual X server (xvfb-run).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
gui=$build/app/aloite
cli=$build/app/aloite-cli
out=$root/docs/screenshots
for program in "$gui" "$cli"; do
    if [ ! -x "$program" ]; then
        echo "screenshots.sh: $program is missing; build first (cmake --build build)" >&2
        exit 1
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
db=$work/cases.aloite

day() { date -d "$1 days ago" +%Y-%m-%d; }

# One generated case: number, days since submission, kind of history, title, first signer,
# co-signers, unit.
case_json() {
    number=$1 age=$2 history=$3 title=$4 signer=$5 cosigners=$6 unit=$7
    submitted=$(day "$age")
    year=${submitted%%-*}
    decisions=""
    assignments=""
    case $history in
    preparation)
        assignments='{"role": "preparer", "person": {"lastName": "Sepponen", "firstName": "Marianne",
            "email": "marianne.sepponen@espoo.fi"}}' ;;
    board)
        assignments='{"role": "preparer", "person": {"lastName": "Ikäheimonen", "firstName": "Taru",
            "email": "taru.ikaheimonen@espoo.fi"}}'
        decisions="{\"body\": {\"kind\": \"board\", \"name\": {\"fi\": \"Kaupunginhallitus\"}},
            \"meetingDate\": \"$(day -7)\", \"outcome\": \"pending\"}" ;;
    council)
        decisions="{\"body\": {\"kind\": \"board\", \"name\": {\"fi\": \"Kaupunginhallitus\"}},
            \"meetingDate\": \"$(day 20)\", \"section\": $((number % 90 + 10)), \"outcome\": \"accepted\",
            \"confirmed\": true}" ;;
    returned)
        decisions="{\"body\": {\"kind\": \"board\", \"name\": {\"fi\": \"Kaupunginhallitus\"}},
            \"meetingDate\": \"$(day 160)\", \"section\": $((number % 90 + 10)), \"outcome\": \"returned\",
            \"confirmed\": true}" ;;
    closed)
        decisions="{\"body\": {\"kind\": \"board\", \"name\": {\"fi\": \"Kaupunginhallitus\"}},
            \"meetingDate\": \"$(day $((age - 150)))\", \"section\": 41, \"outcome\": \"accepted\", \"confirmed\": true},
            {\"body\": {\"kind\": \"council\", \"name\": {\"fi\": \"Valtuusto\"}},
            \"meetingDate\": \"$(day $((age - 170)))\", \"section\": 12, \"outcome\": \"noted-closed\",
            \"confirmed\": true}" ;;
    esac
    cat <<JSON
    {"kind": "council", "caseNumber": "$number/00.01.01/$year", "title": {"fi": "Valtuustoaloite $title"},
     "firstSigner": "$signer", "coSignerCount": $cosigners, "datedDate": "$submitted",
     "submittedDate": "$submitted", "submittedBody": "Valtuusto", "responsibleUnit": "$unit",
     "proposal": {"fi": "Ehdotamme, että kaupunki selvittää asian ($title)."},
     "assignments": [$assignments], "decisions": [$decisions]}
JSON
}

{
    echo '{"format": "aloite-cases", "version": 1, "cases": ['
    case_json 301 12 registered "leikkipuistojen esteettömyydestä" "Aino Ahonen" 3 "Kaupunkiympäristön toimiala"
    echo ,
    case_json 298 40 preparation "koulujen sisäilman parantamisesta" "Anna Åkerlund" 15 "Kasvun ja oppimisen toimiala"
    echo ,
    case_json 290 95 preparation "pyöräteiden talvikunnossapidosta" "Eero Ärölä" 27 "Kaupunkiympäristön toimiala"
    echo ,
    case_json 284 160 board "kirjastojen aukioloaikojen laajentamisesta" "Olle Öhman" 8 "Kasvun ja oppimisen toimiala"
    echo ,
    case_json 277 170 preparation "ikäihmisten kotihoidon resursseista" "Maria Mäkinen" 31 "Sosiaali- ja terveystoimiala"
    echo ,
    case_json 265 210 council "nuorisotilojen avaamisesta viikonloppuisin" "Tove Lindqvist" 12 "Kasvun ja oppimisen toimiala"
    echo ,
    case_json 251 240 registered "kaupunkipuiden suojelusta" "Ville Virtanen" 5 ""
    echo ,
    case_json 240 300 returned "joukkoliikenteen liityntäpysäköinnistä" "Juhani Korhonen" 19 "Kaupunkiympäristön toimiala"
    echo ,
    case_json 233 330 closed "uimahallien aukioloajoista" "Sini Nieminen" 22 "Kasvun ja oppimisen toimiala"
    echo ,
    case_json 219 380 closed "kotihoidon digitaalisista palveluista" "Björn Östman" 4 "Sosiaali- ja terveystoimiala"
    echo ,
    case_json 204 420 closed "katuvalaistuksen energiansäästöstä" "Aino Heikkilä" 9 "Kaupunkiympäristön toimiala"
    echo ']}'
} >"$work/generated.json"

"$cli" --db "$db" import-json "$root/resources/examples/seed-case.json" >/dev/null
"$cli" --db "$db" import-json "$work/generated.json" >/dev/null
"$cli" --db "$db" organisation --name-fi "Espoon kaupunki" --name-sv "Esbo stad" \
    --address "PL 12, 02070 Espoon kaupunki" --email-pattern "firstname.lastname@espoo.fi" \
    --switchboard "09 816 21" --logo "$root/resources/examples/logo.svg" >/dev/null

mkdir -p "$out"
# shot FILE LANGUAGE VIEW [OPTION...]: one picture of the seed case in VIEW (main, editor, meetings, bodies,
# open-list, memo).
shot() {
    file=$1 language=$2 view=$3
    shift 3
    if [ "${SCREENSHOT_PLATFORM:-offscreen}" = xvfb ]; then
        xvfb-run -a -s "-screen 0 1280x800x24" "$gui" --language "$language" --screenshot-view "$view" \
            --screenshot "$file" "$@" "$db"
    else
        QT_QPA_PLATFORM=offscreen "$gui" --language "$language" --screenshot-view "$view" \
            --screenshot "$file" "$@" "$db" 2>/dev/null
    fi
    echo "wrote $file"
}
for language in en fi sv; do
    shot "$out/main-window-$language.png" "$language" main
done
shot "$out/case-editor.png" en editor
shot "$out/memo-preview.png" en memo
# Three committees beside the council and the board, one with a meeting.
shot "$out/bodies.png" en bodies --screenshot-demo-meeting
# The open initiatives on the date of a board meeting, ready to become its agenda item.
shot "$out/open-initiatives.png" en open-list --screenshot-demo-meeting
# Imported decisions have no meeting: the meetings picture gets a planned board meeting (last, as
# it puts cases on an agenda).
shot "$out/meetings.png" en meetings --screenshot-demo-meeting
