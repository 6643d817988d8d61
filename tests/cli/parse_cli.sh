#!/bin/bash
# CLI behaviour of `ghatna parse` (docs/grammar.md): JSON lines with phrases,
# predicates and clauses, --format tree and conllu, standard input, exit
# statuses 0/1/2 and one-line errors.
# Usage: parse_cli.sh PATH/TO/ghatna
set -u
GHATNA=${1:?usage: parse_cli.sh PATH/TO/ghatna}
source "$(dirname "$0")/lib.bash"

printf 'लवरोव ने गुटेरेस से अमेरिका के विरुद्ध मध्यस्थता प्रक्रिया शुरू करने का आग्रह किया।\n' > "$TMP/a.txt"

"$GHATNA" parse "$TMP/a.txt" > "$TMP/out" 2> "$TMP/err"
[ $? = 0 ] || fail "jsonl exit status"
[ -s "$TMP/err" ] && fail "jsonl stderr: $(head -c 200 "$TMP/err")"
grep -q '"lemma":"आग्रह करना"' "$TMP/out" || fail "jsonl: no conjunct predicate आग्रह करना"
grep -q '"role":"addr"' "$TMP/out" || fail "jsonl: no addressee"
grep -q '"postposition":"के विरुद्ध"' "$TMP/out" || fail "jsonl: no compound postposition"
grep -q '"upos":"' "$TMP/out" || fail "jsonl: tokens without upos"
[ "$(wc -l < "$TMP/out")" = 1 ] || fail "jsonl: want one line per sentence"

"$GHATNA" parse --format tree < "$TMP/a.txt" > "$TMP/tree" 2> "$TMP/err" || fail "tree from stdin"
grep -q 'addr: गुटेरेस +से' "$TMP/tree" || fail "tree: addressee line"

"$GHATNA" parse --format conllu "$TMP/a.txt" > "$TMP/conllu" 2> "$TMP/err" || fail "conllu exit"
awk -F'\t' 'NF && $0 !~ /^#/ && NF != 10 {bad=1} END {exit bad}' "$TMP/conllu" || fail "conllu: not 10 columns"
[ "$(awk -F'\t' 'NF == 10 && $7 == 0' "$TMP/conllu" | wc -l)" = 1 ] || fail "conllu: want one root"

"$GHATNA" parse "$TMP/missing.txt" > "$TMP/out" 2> "$TMP/err"
[ $? = 2 ] || fail "missing file: want exit 2"
[ "$(wc -l < "$TMP/err")" = 1 ] || fail "missing file: want one error line"

"$GHATNA" parse --format nonsense "$TMP/a.txt" > /dev/null 2>&1
[ $? = 1 ] || fail "bad --format: want exit 1"

"$GHATNA" parse --data "$TMP/no-data-here" "$TMP/a.txt" > /dev/null 2> "$TMP/err"
st=$?
# The morphology may fall back to built-in tables; either it runs or it fails cleanly.
[ $st = 0 ] || [ $st = 2 ] || fail "bad --data: exit $st"

finish
