#!/bin/bash
# CLI conventions of `ghatna sentences|tokens` (docs/cli.md): exit status 0/1/2,
# one-line errors naming file, line and reason, nothing already written lost
# on a later error, standard input, JSON lines, TSV, --help.
# Usage: text_cli.sh PATH/TO/ghatna
set -u
GHATNA=${1:?usage: text_cli.sh PATH/TO/ghatna}
source "$(dirname "$0")/lib.bash"

printf 'राम आया। श्याम गया।\n' > "$TMP/good.txt"
printf 'पहली पंक्ति\nदूसरी \xff पंक्ति\n' > "$TMP/bad.txt"
: > "$TMP/empty.txt"
printf '{"id":"a","text":"राम आया।"}\n{"id":"b","text":\n{"id":"c","text":"ठीक है।"}\n' > "$TMP/docs.jsonl"

expect help 0 "" -- "$GHATNA" tokens --help
expect help-sentences 0 "" -- "$GHATNA" sentences --help
expect usage-unknown-flag 1 "^ghatna: .*--bogus" -- "$GHATNA" tokens --bogus "$TMP/good.txt"
expect usage-bad-format 1 "^ghatna: .*--format" -- "$GHATNA" tokens --format xml "$TMP/good.txt"
expect usage-no-command 1 "^ghatna: A subcommand is required" -- "$GHATNA"
expect good 0 "" -- "$GHATNA" sentences "$TMP/good.txt"
[ "$(wc -l < "$TMP/out")" = 2 ] || { echo "FAIL good: want 2 sentences"; FAILS=$((FAILS + 1)); }

expect missing-file 2 "^ghatna: $TMP/missing.txt: cannot open: No such file or directory$" \
  -- "$GHATNA" tokens "$TMP/missing.txt"
expect invalid-utf8 2 "^ghatna: $TMP/bad.txt:2: byte offset 48: invalid UTF-8 \(invalid lead byte, byte 0xFF\)$" \
  -- "$GHATNA" tokens "$TMP/bad.txt"
[ "$(wc -l < "$TMP/err")" = 1 ] || { echo "FAIL invalid-utf8: error is not one line"; FAILS=$((FAILS + 1)); }
expect repair 0 "warning: 1 invalid UTF-8 sequence replaced with U\+FFFD" \
  -- "$GHATNA" sentences --repair "$TMP/bad.txt"
grep -q '"text":"दूसरी � पंक्ति"' "$TMP/out" || { echo "FAIL repair: no U+FFFD in output"; FAILS=$((FAILS + 1)); }

expect empty-file 0 "" -- "$GHATNA" tokens "$TMP/empty.txt"
[ -s "$TMP/out" ] && { echo "FAIL empty-file: output not empty"; FAILS=$((FAILS + 1)); }

# A bad JSON line is an error of that line only: the others are written.
expect malformed-json 2 "^ghatna: $TMP/docs.jsonl:2: malformed JSON$" \
  -- "$GHATNA" sentences "$TMP/docs.jsonl"
[ "$(grep -c '"doc_id":"[ac]"' "$TMP/out")" = 2 ] || { echo "FAIL malformed-json: lines 1 and 3 lost"; FAILS=$((FAILS + 1)); }
expect jsonl-flag 2 ":2: malformed JSON" -- "$GHATNA" sentences --input jsonl - < "$TMP/docs.jsonl"

# Output written before a later error stays (and comes first).
expect earlier-output-kept 2 "missing.txt: cannot open" \
  -- "$GHATNA" sentences "$TMP/good.txt" "$TMP/missing.txt" "$TMP/good.txt"
[ "$(wc -l < "$TMP/out")" = 4 ] || { echo "FAIL earlier-output-kept: want 4 sentences"; FAILS=$((FAILS + 1)); }

expect stdin 0 "" -- "$GHATNA" tokens - < "$TMP/good.txt"
grep -q '"doc_id":"stdin"' "$TMP/out" || { echo "FAIL stdin: doc_id"; FAILS=$((FAILS + 1)); }
expect tsv 0 "" -- "$GHATNA" tokens --format tsv "$TMP/good.txt"
[ "$(head -1 "$TMP/out")" = "$(printf 'good\t0\t0\t3\tराम\tword')" ] || { echo "FAIL tsv: $(head -1 "$TMP/out")"; FAILS=$((FAILS + 1)); }

# One 20 MB line without a line break streams through in parts (with the
# document size limit lifted: the default --max-doc-bytes is 8 MB).
python3 -c "import sys; sys.stdout.write('शब्द ' * 1600000)" > "$TMP/huge.txt" 2>/dev/null ||
  for i in $(seq 1 200000); do printf 'शब्द शब्द शब्द शब्द शब्द शब्द शब्द शब्द ' ; done > "$TMP/huge.txt"
words=$(( $(wc -c < "$TMP/huge.txt") / 13 ))
expect huge-line 0 "warning: document huge: [0-9]+ sentences ended at 256 tokens" -- "$GHATNA" tokens --max-doc-bytes 0 --format tsv "$TMP/huge.txt"
[ "$(wc -l < "$TMP/out")" = "$words" ] || { echo "FAIL huge-line: $(wc -l < "$TMP/out") tokens, want $words"; FAILS=$((FAILS + 1)); }
last_end=$(tail -1 "$TMP/out" | cut -f4)
[ "$last_end" = $((words * 5 - 1)) ] || { echo "FAIL huge-line: last end $last_end"; FAILS=$((FAILS + 1)); }

finish
