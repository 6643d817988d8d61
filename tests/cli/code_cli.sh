#!/bin/bash
# CLI behaviour of `ghatna code`, `ghatna actors check` and `ghatna romanize`
# on good and bad input: exit status 0/1/2, one-line errors naming file, line
# and reason (also for broken dictionary lines), other articles still coded.
# Usage: code_cli.sh PATH/TO/ghatna   (run from the source tree: uses data/)
set -u
GHATNA=${1:?usage: code_cli.sh PATH/TO/ghatna}
source "$(dirname "$0")/lib.bash"
DATA=${GHATNA_DATA:-$(pwd)/data}
[ -d "$DATA/verbs" ] || { echo "no data directory at $DATA"; exit 77; }

printf 'रूस ने अमेरिका की आलोचना की।\n' > "$TMP/a.txt"
printf '{"id":"x","text":"भारत ने पाकिस्तान की निंदा की।"}\n{"id":"y","text":\n{"id":"z","text":"चीन ने जापान की आलोचना की।","date":"2024-01-02"}\n' > "$TMP/docs.jsonl"
: > "$TMP/empty.txt"

expect code-good 0 "" -- "$GHATNA" code --data "$DATA" "$TMP/a.txt"
grep -q '"source":{"code":"RUS"' "$TMP/out" || fail "code-good: no RUS source"
grep -q '"root_code":"11"' "$TMP/out" || fail "code-good: no root 11"

expect code-tsv 0 "" -- "$GHATNA" code --data "$DATA" --format tsv "$TMP/a.txt"
head -1 "$TMP/out" | grep -q 'Actor1Code' || fail "code-tsv: no GDELT-style header"
[ "$(wc -l < "$TMP/out")" = 2 ] || fail "code-tsv: want header + 1 event"

expect code-plover 0 "" -- "$GHATNA" code --data "$DATA" --format plover "$TMP/a.txt"
expect code-empty 0 "" -- "$GHATNA" code --data "$DATA" "$TMP/empty.txt"
[ -s "$TMP/out" ] && fail "code-empty: output not empty"

# A malformed JSON line is reported; the articles before and after are coded.
expect code-malformed-json 2 "^ghatna: $TMP/docs.jsonl:2: " -- "$GHATNA" code --data "$DATA" "$TMP/docs.jsonl"
[ "$(wc -l < "$TMP/err")" = 1 ] || fail "code-malformed-json: error is not one line"
grep -q '"doc_id":"x"' "$TMP/out" || fail "code-malformed-json: article x lost"
grep -q '"doc_id":"z"' "$TMP/out" || fail "code-malformed-json: article z lost"

expect code-missing 2 "^ghatna: $TMP/missing.txt: cannot open" -- "$GHATNA" code --data "$DATA" "$TMP/missing.txt"
expect code-usage 1 "^ghatna: " -- "$GHATNA" code --threads x "$TMP/a.txt"
expect code-help 0 "" -- "$GHATNA" code --help

# Broken dictionary lines stop the run with file:line: reason.
cp -r "$DATA" "$TMP/data"
printf 'रूस\tRUSXX@20x\tbroken\n' >> "$TMP/data/actors/orgs.tsv"
line=$(wc -l < "$TMP/data/actors/orgs.tsv")
expect actors-broken 2 "orgs.tsv:$line: .*date range" -- "$GHATNA" code --data "$TMP/data" "$TMP/a.txt"
[ -s "$TMP/out" ] && fail "actors-broken: wrote events with a broken dictionary"
# `actors check` lists problems on stdout and its summary on stderr.
expect check-broken 2 " 1 errors" -- "$GHATNA" actors check "$TMP/data/actors"
grep -q "orgs.tsv:$line: error: " "$TMP/out" || fail "check-broken: no orgs.tsv:$line error line"
cp "$DATA/actors/orgs.tsv" "$TMP/data/actors/orgs.tsv"
expect check-good 0 " 0 errors" -- "$GHATNA" actors check "$TMP/data/actors"

printf '999\tआग्रह\tकरना\n' >> "$TMP/data/verbs/patterns.tsv"
line=$(wc -l < "$TMP/data/verbs/patterns.tsv")
expect verbs-broken 2 "patterns.tsv:$line: " -- "$GHATNA" code --data "$TMP/data" "$TMP/a.txt"

expect romanize-good 0 "" -- "$GHATNA" romanize "$TMP/a.txt"
grep -q '"hindi":"rūs"' "$TMP/out" || fail "romanize-good: रूस not romanised as rūs"
expect romanize-missing 2 "^ghatna: $TMP/missing.txt: cannot open" -- "$GHATNA" romanize "$TMP/missing.txt"

finish
