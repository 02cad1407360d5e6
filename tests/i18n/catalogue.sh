#!/usr/bin/env bash
# The catalogues are complete and current (issue 21): lupdate, run over the
# desktop's sources into a copy of each catalogue, warns about nothing (every
# tr() has a real context) and finds no string the catalogue lacks; lrelease
# then finds no unfinished translation. A new or changed user-visible string
# without its German fails here, and so does a new message with %n without
# its English plural forms (translations/cxmap_en.ts holds only those).
#   catalogue.sh LUPDATE LRELEASE SOURCE_DIR
set -euo pipefail
lupdate=$1 lrelease=$2 src=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# check NAME LUPDATE_OPTION...: one catalogue, translations/NAME.ts.
check() {
    local name=$1
    shift
    echo "== $name.ts"
    cp "$src/translations/$name.ts" "$work/$name.ts"
    (cd "$src" && "$lupdate" "$@" -no-obsolete -locations none core ui app/main.cpp \
        -ts "$work/$name.ts") > "$work/lupdate.log" 2>&1
    cat "$work/lupdate.log"
    if grep -v -E '^(Scanning directory|Updating|Stripping|    Found|    Removed|    Kept|    Same-text)' \
        "$work/lupdate.log" | grep -q .; then
        echo "FAIL: lupdate warned (above)"
        status=1
    fi
    # (With -pluralonly lupdate counts every string as new before it strips
    # the others: lrelease's count of unfinished ones below tells instead.)
    if [ "${1:-}" != -pluralonly ] &&
        ! grep -q -E 'Found [0-9]+ source text\(s\) \(0 new and' "$work/lupdate.log"; then
        echo "FAIL: the sources have strings translations/$name.ts lacks: run" \
             "cmake --build build --target update_translations and translate them"
        status=1
    fi
    if grep -q -E 'Removed [1-9]' "$work/lupdate.log"; then
        echo "FAIL: translations/$name.ts holds strings the sources no longer have"
        status=1
    fi
    "$lrelease" "$work/$name.ts" -qm "$work/$name.qm" > "$work/lrelease.log" 2>&1
    cat "$work/lrelease.log"
    if ! grep -q -E 'Generated [0-9]+ translation\(s\) \([0-9]+ finished and 0 unfinished\)' \
        "$work/lrelease.log"; then
        echo "FAIL: translations/$name.ts has unfinished translations"
        status=1
    fi
    if grep -q -E 'Ignored [1-9]' "$work/lrelease.log"; then
        echo "FAIL: translations/$name.ts has untranslated source texts"
        status=1
    fi
}

check cxmap_de
check cxmap_en -pluralonly
exit $status
