#!/usr/bin/env bash
# The German catalogue is complete and current (issue 21): lupdate, run over
# the desktop's sources into a copy of translations/cxmap_de.ts, warns about
# nothing (every tr() has a real context) and finds no string the catalogue
# lacks; lrelease then finds no unfinished translation. A new or changed
# user-visible string without its German fails here.
#   catalogue.sh LUPDATE LRELEASE SOURCE_DIR
set -euo pipefail
lupdate=$1 lrelease=$2 src=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/cxmap_de.ts" "$work/cxmap_de.ts"
(cd "$src" && "$lupdate" -no-obsolete -locations none core ui app/main.cpp \
    -ts "$work/cxmap_de.ts") > "$work/lupdate.log" 2>&1
cat "$work/lupdate.log"
status=0
if grep -v -E '^(Scanning directory|Updating|    Found|    Removed|    Kept|    Same-text)' \
    "$work/lupdate.log" | grep -q .; then
    echo "FAIL: lupdate warned (above)"
    status=1
fi
if ! grep -q -E 'Found [0-9]+ source text\(s\) \(0 new and' "$work/lupdate.log"; then
    echo "FAIL: the sources have strings translations/cxmap_de.ts lacks: run" \
         "cmake --build build --target update_translations and translate them"
    status=1
fi
if grep -q -E 'Removed [1-9]' "$work/lupdate.log"; then
    echo "FAIL: translations/cxmap_de.ts holds strings the sources no longer have"
    status=1
fi
"$lrelease" "$work/cxmap_de.ts" -qm "$work/cxmap_de.qm" > "$work/lrelease.log" 2>&1
cat "$work/lrelease.log"
if ! grep -q -E 'Generated [0-9]+ translation\(s\) \([0-9]+ finished and 0 unfinished\)' \
    "$work/lrelease.log"; then
    echo "FAIL: translations/cxmap_de.ts has unfinished translations"
    status=1
fi
if grep -q -E 'Ignored [1-9]' "$work/lrelease.log"; then
    echo "FAIL: translations/cxmap_de.ts has untranslated source texts"
    status=1
fi
exit $status
