#!/bin/bash
# Regression tests of issue 13 (hardening), one block per problem group:
# valid UTF-8 read in parts, no silent loss across files and parts, the
# length limits, --max-doc-bytes, valid output (dates, TSV, CoNLL-U, demo),
# broken data refused (and `ghatna check`), and messages.
# Usage: hardening_cli.sh PATH/TO/ghatna   (run from the source tree: uses data/)
set -u
GHATNA=${1:?usage: hardening_cli.sh PATH/TO/ghatna}
source "$(dirname "$0")/lib.bash"
DATA=${GHATNA_DATA:-$(pwd)/data}
[ -d "$DATA/verbs" ] || { echo "no data directory at $DATA"; exit 77; }
command -v python3 > /dev/null || { echo "no python3"; exit 77; }

ARTICLE='रूस ने अमेरिका की आलोचना की।'
printf '%s\n' "$ARTICLE" > "$TMP/article.txt"
# Every line of a file is valid JSON whose strings are valid UTF-8.
valid_jsonl() {
  python3 -c '
import json, sys
data = open(sys.argv[1], "rb").read()
data.decode("utf-8")
for line in data.splitlines():
    json.loads(line)
' "$1"
}

# 1. Parts of a file without spaces are cut between characters.
python3 -c "import sys; sys.stdout.write('क' * 200000 + '\n\n$ARTICLE\n')" > "$TMP/r1.txt"
expect nospace-parts 0 "^ghatna: $TMP/r1.txt: warning: document r1: [0-9]+ sentences ended at 256 tokens, [0-9]+ cuts in words longer than 64 letters \(docs/text.md, limits\)$" \
  -- "$GHATNA" tokens --format tsv "$TMP/r1.txt"
[ "$(wc -l < "$TMP/err")" = 1 ] || fail "nospace-parts: want one warning for the document, not one per part"
[ "$(grep -c 'आलोचना' "$TMP/out")" = 1 ] || fail "nospace-parts: the article after the long word is lost"
grep -q $'\xef\xbf\xbd' "$TMP/out" && fail "nospace-parts: U+FFFD in output"
expect nospace-parts-code 0 "cuts in words" -- "$GHATNA" code --data "$DATA" "$TMP/r1.txt"
grep -q '"source":{"code":"RUS"' "$TMP/out" || fail "nospace-parts-code: the article's event is lost"

# 2. A file that fails part-way leaves nothing behind for the next file of the same id.
mkdir -p "$TMP/a" "$TMP/b"
python3 -c "
import sys
filler = 'यह एक वाक्य है।\n\n' * 40000
sys.stdout.write('$ARTICLE\n\n' + filler)
sys.stdout.buffer.write(b'\xff\n')" > "$TMP/a/x.txt"
python3 -c "
import sys
sys.stdout.write('$ARTICLE\n\n' + 'यह एक वाक्य है।\n\n' * 40000)" > "$TMP/b/x.txt"
expect same-id-after-failure 2 "a/x.txt:[0-9]+: byte offset [0-9]+: invalid UTF-8" \
  -- "$GHATNA" code --max-doc-bytes 0 --data "$DATA" "$TMP/a/x.txt" "$TMP/b/x.txt"
[ "$(grep -c '"source":{"code":"RUS"' "$TMP/out")" = 2 ] || fail "same-id-after-failure: want the event of both files"

# 3. Sentence and mention numbers run on across the parts of a document.
python3 -c "import sys; sys.stdout.write('$ARTICLE\n\n' * 20000)" > "$TMP/many.txt"
n=$("$GHATNA" sentences "$TMP/many.txt" | wc -l)
"$GHATNA" parse --data "$DATA" "$TMP/many.txt" | python3 -c '
import json, sys
nums = [json.loads(l)["sentence"] for l in sys.stdin]
sys.exit(0 if nums == list(range(len(nums))) and len(nums) == int(sys.argv[1]) else 1)' "$n" ||
  fail "parse-numbers: sentence numbers restart in parts"
"$GHATNA" actors --data "$DATA" "$TMP/many.txt" | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
ok = [r["mention"] for r in rows] == list(range(len(rows))) and rows[-1]["sentence"] == int(sys.argv[1]) - 1
sys.exit(0 if ok else 1)' "$n" || fail "actors-numbers: mention or sentence numbers restart in parts"
# demo: one table for the article read in parts, its sentences all counted
# (issue 12: it printed one per part).
"$GHATNA" demo --data "$DATA" "$TMP/many.txt" > "$TMP/demo"
[ "$(grep -c '^== ' "$TMP/demo")" = 1 ] || fail "demo-parts: not one table for the article read in parts"
grep -q "^== many: $n sentences, " "$TMP/demo" || fail "demo-parts: the table does not count all $n sentences"

# 4. Length limits: a run-on sentence is ended at 256 tokens, a long word cut.
python3 -c "import sys; sys.stdout.write('भारत और ' * 3000 + 'रूस ने बातचीत की।\n')" > "$TMP/runon.txt"
expect runon 0 "warning: document runon: [0-9]+ sentences ended at 256 tokens" \
  -- "$GHATNA" sentences "$TMP/runon.txt"
grep -q '"length_split":true' "$TMP/out" || fail "runon: no length_split in the output"
python3 -c "import sys; sys.stdout.write('क' * 100000 + ' है।\n')" > "$TMP/longword.txt"
expect longword 0 "cuts in words longer than 64 letters" -- "$GHATNA" tokens "$TMP/longword.txt"
grep -q '"cut_words":' "$TMP/out" || fail "longword: no cut_words in the output"
# 100 coordinated states before one predicate: events capped per predicate.
python3 -c "
names = ['भारत', 'चीन', 'रूस', 'अमेरिका', 'जापान', 'फ्रांस', 'जर्मनी', 'ब्रिटेन', 'इटली', 'कनाडा']
print(', '.join(names[i % 10] for i in range(100)) + ' और ईरान ने पाकिस्तान से बातचीत की।')" > "$TMP/coord.txt"
expect coordination-cap 0 "" -- "$GHATNA" code --data "$DATA" "$TMP/coord.txt"
[ "$(wc -l < "$TMP/out")" -le 16 ] || fail "coordination-cap: $(wc -l < "$TMP/out") events from one predicate"

# 5. --max-doc-bytes: larger documents are reported and skipped, the rest processed.
python3 -c "
import json
print(json.dumps({'id': 'a', 'text': '$ARTICLE'}, ensure_ascii=False))
print(json.dumps({'id': 'big', 'text': 'क ' * 1000}, ensure_ascii=False))
print(json.dumps({'id': 'c', 'text': '$ARTICLE'}, ensure_ascii=False))" > "$TMP/big.jsonl"
expect max-doc-jsonl 2 "^ghatna: $TMP/big.jsonl:2: document larger than 1024 bytes \(--max-doc-bytes\): [0-9]+ bytes, skipped$" \
  -- "$GHATNA" sentences --max-doc-bytes 1K "$TMP/big.jsonl"
[ "$(grep -c '"doc_id":"[ac]"' "$TMP/out")" = 2 ] || fail "max-doc-jsonl: documents a and c lost"
grep -q '"doc_id":"big"' "$TMP/out" && fail "max-doc-jsonl: document big not skipped"
expect max-doc-text 2 "^ghatna: $TMP/r1.txt:1: document larger than 1024 bytes \(--max-doc-bytes\): [0-9]+ bytes, skipped$" \
  -- "$GHATNA" sentences --max-doc-bytes 1K "$TMP/r1.txt" "$TMP/article.txt"
grep -q '"doc_id":"article"' "$TMP/out" || fail "max-doc-text: the next file is lost"
[ "$(wc -l < "$TMP/err")" = 1 ] || fail "max-doc-text: error is not one line"
python3 -c "import sys; sys.stdout.write('$ARTICLE\n' * 120000)" > "$TMP/9mb.txt"
expect max-doc-default 2 "9mb.txt:1: document larger than 8388608 bytes" \
  -- "$GHATNA" sentences "$TMP/9mb.txt"
expect max-doc-pipe 2 "^ghatna: <stdin>:[0-9]+: document larger than 8388608 bytes \(--max-doc-bytes\): the rest skipped$" \
  -- "$GHATNA" sentences - < <(cat "$TMP/9mb.txt")
[ "$(wc -l < "$TMP/out")" -gt 1000 ] || fail "max-doc-pipe: the parts before the limit are lost"
expect max-doc-off 0 "" -- "$GHATNA" sentences --max-doc-bytes 0 "$TMP/9mb.txt"
head -c 9000000 /dev/zero | tr '\0' 'x' > "$TMP/zero.jsonl"
expect max-doc-no-newline 2 "zero.jsonl:1: document larger than 8388608 bytes" \
  -- "$GHATNA" sentences "$TMP/zero.jsonl"
expect max-doc-bad-value 1 "^ghatna: .*--max-doc-bytes" -- "$GHATNA" sentences --max-doc-bytes lots "$TMP/r1.txt"

# 6. Dates: --date validated; a JSON date never cut inside a character.
expect date-invalid 1 "^ghatna: --date: '2023-13-45' is not a date" \
  -- "$GHATNA" code --data "$DATA" --date 2023-13-45 "$TMP/article.txt"
expect date-word 1 "^ghatna: --date: 'yesterday' is not a date" -- "$GHATNA" sentences --date yesterday "$TMP/r1.txt"
printf '{"id":"d1","text":"%s","date":"2024-05-0७ कल"}\n{"id":"d2","text":"%s","date":"2024-05-07T10:00:00Z"}\n{"id":"d3","text":"%s","date":"2016"}\n' \
  "$ARTICLE" "$ARTICLE" "$ARTICLE" > "$TMP/dates.jsonl"
expect date-json 2 "^ghatna: $TMP/dates.jsonl:1: field \"date\" is not an ISO date" \
  -- "$GHATNA" code --data "$DATA" "$TMP/dates.jsonl"
valid_jsonl "$TMP/out" || fail "date-json: output is not valid JSON lines"
grep -q '"doc_id":"d2","date":"2024-05-07"' "$TMP/out" || fail "date-json: timestamp not cut to its date"
grep -q '"doc_id":"d3","date":"2016"' "$TMP/out" || fail "date-json: a year-only date (real feeds have them) refused"
[ "$(wc -l < "$TMP/err")" = 1 ] || fail "date-json: want one error line"
expect date-year 0 "" -- "$GHATNA" sentences --date 2016 "$TMP/article.txt"

# 7. TSV and CoNLL-U: a tab or a line break in an id adds no column and no row.
printf '{"id":"a\\tb\\nc\\u2028d","text":"%s"}\n' "$ARTICLE" > "$TMP/id.jsonl"
"$GHATNA" code --data "$DATA" --format tsv "$TMP/id.jsonl" > "$TMP/out.tsv"
[ "$(wc -l < "$TMP/out.tsv")" = 2 ] || fail "tsv-code: want header + 1 row"
awk -F'\t' 'NF != 22 {bad=1} END {exit bad}' "$TMP/out.tsv" || fail "tsv-code: not 22 columns"
"$GHATNA" tokens --format tsv "$TMP/id.jsonl" > "$TMP/out.tsv"
awk -F'\t' 'NF != 6 {bad=1} END {exit bad}' "$TMP/out.tsv" || fail "tsv-tokens: not 6 columns"
"$GHATNA" actors --data "$DATA" --format tsv "$TMP/id.jsonl" > "$TMP/out.tsv"
awk -F'\t' 'NF != 13 {bad=1} END {exit bad}' "$TMP/out.tsv" || fail "tsv-actors: not 13 columns"
"$GHATNA" parse --data "$DATA" --format conllu "$TMP/id.jsonl" > "$TMP/out.conllu"
awk -F'\t' 'NF && $0 !~ /^#/ && NF != 10 {bad=1} END {exit bad}' "$TMP/out.conllu" || fail "conllu: not 10 columns"
[ "$(grep -c '^# sent_id = ' "$TMP/out.conllu")" = 1 ] || fail "conllu: the id adds comment lines"
[ "$(grep -vc '^\(#\|[0-9]\|$\)' "$TMP/out.conllu")" = 0 ] || fail "conllu: a line that is no comment, token or blank"
# demo shows no terminal control codes from ids.
printf '{"id":"x\\u001b[31mred\\u009b","text":"%s"}\n' "$ARTICLE" > "$TMP/esc.jsonl"
expect demo-escapes 0 "" -- "$GHATNA" demo --data "$DATA" "$TMP/esc.jsonl"
grep -q $'\x1b' "$TMP/out" && fail "demo-escapes: ESC in the table"
grep -q $'\xc2\x9b' "$TMP/out" && fail "demo-escapes: C1 control in the table"

# 8. Broken data is refused with one line per error; `ghatna check` checks it all.
fresh() { rm -rf "$TMP/data"; cp -r "$DATA" "$TMP/data"; }
fresh
expect check-good 0 "0 errors" -- "$GHATNA" check --data "$TMP/data"
expect actors-check-good 0 " 0 errors" -- "$GHATNA" actors check "$TMP/data/actors"
rm "$TMP/data/actors/countries.tsv"
expect missing-countries 2 "^ghatna: $TMP/data/actors: no countries\*.tsv" -- "$GHATNA" code --data "$TMP/data" "$TMP/article.txt"
[ "$(wc -l < "$TMP/err")" = 1 ] || fail "missing-countries: error is not one line"
expect check-missing-countries 2 "actors FAILED" -- "$GHATNA" check --data "$TMP/data"
grep -q "/actors: error: no countries\*.tsv" "$TMP/out" || fail "check-missing-countries: no error line"
fresh; : > "$TMP/data/actors/countries.tsv"
expect empty-countries 2 "countries.tsv: no entries \(empty file\)" -- "$GHATNA" code --data "$TMP/data" "$TMP/article.txt"
fresh; rm "$TMP/data/actors/"*
expect empty-actors 2 "actors: no countries" -- "$GHATNA" code --data "$TMP/data" "$TMP/article.txt"
fresh; printf '# only a comment\n' > "$TMP/data/lexicon/suffixes.tsv"
expect empty-lexicon 2 "suffixes.tsv: no entries" -- "$GHATNA" parse --data "$TMP/data" "$TMP/article.txt"
expect check-empty-lexicon 2 "lexicon FAILED.* 1 errors" -- "$GHATNA" check --data "$TMP/data"
grep -q "suffixes.tsv: error: no entries" "$TMP/out" || fail "check-empty-lexicon: no error line"
fresh; printf 'चीन\x00\tCHN\n' >> "$TMP/data/actors/orgs.tsv"
expect nul-byte 2 "orgs.tsv:[0-9]+: byte offset [0-9]+: NUL byte" -- "$GHATNA" code --data "$TMP/data" "$TMP/article.txt"
fresh; printf 'चीन\xff\tCHN\n' >> "$TMP/data/actors/people.tsv"
expect invalid-utf8-data 2 "people.tsv:[0-9]+: byte offset [0-9]+: invalid UTF-8" -- "$GHATNA" code --data "$TMP/data" "$TMP/article.txt"
fresh; printf '\x1b[31mचीन\tCHN\n' >> "$TMP/data/actors/people.tsv"
expect check-control 2 " 1 errors" -- "$GHATNA" check --data "$TMP/data"
grep -q $'\x1b' "$TMP/out" "$TMP/err" && fail "check-control: raw ESC echoed"
fresh; printf 'नकली संगठन\tXXXGOV\n' >> "$TMP/data/actors/orgs.tsv"
line=$(wc -l < "$TMP/data/actors/orgs.tsv")
expect invalid-code 2 "orgs.tsv:$line: code 'XXXGOV': principal 'XXX'" -- "$GHATNA" code --data "$TMP/data" "$TMP/article.txt"
expect check-invalid-code 2 "actors FAILED.* 1 errors" -- "$GHATNA" check --data "$TMP/data"
grep -q "orgs.tsv:$line: error: code 'XXXGOV'" "$TMP/out" || fail "check-invalid-code: no orgs.tsv:$line line"
fresh; { printf '\xef\xbb\xbf'; cat "$DATA/actors/agents.tsv"; } > "$TMP/data/actors/agents.tsv"
{ printf '\xef\xbb\xbf'; cat "$DATA/verbs/patterns.tsv"; } > "$TMP/data/verbs/patterns.tsv"
expect bom-accepted 0 "" -- "$GHATNA" code --data "$TMP/data" "$TMP/article.txt"
expect check-bom 0 "0 errors" -- "$GHATNA" check --data "$TMP/data"
# Many errors: one line each, each with the prefix.
fresh; for i in 1 2 3; do printf 'रूस\tRUSXX@20x\tbroken\n' >> "$TMP/data/actors/orgs.tsv"; done
expect many-errors 2 "orgs.tsv" -- "$GHATNA" code --data "$TMP/data" "$TMP/article.txt"
[ "$(grep -c '^ghatna: .*orgs.tsv:[0-9]*: ' "$TMP/err")" = 3 ] || fail "many-errors: want 3 prefixed lines: $(cat "$TMP/err")"

# More than 20 bad lines in any of the three dictionaries: the same report,
# 20 FILE:LINE lines and a count (the loaders' convention, ghatna/io.h).
for file in verbs/patterns.tsv actors/orgs.tsv lexicon/closed.tsv; do
  fresh; for i in $(seq 1 25); do printf 'बकवास\n' >> "$TMP/data/$file"; done
  expect "errors-capped-$file" 2 "^ghatna: \(5 more errors\)$" -- "$GHATNA" code --data "$TMP/data" "$TMP/article.txt"
  [ "$(wc -l < "$TMP/err")" = 21 ] || fail "errors-capped-$file: want 20 error lines and a count"
  [ "$(grep -c "^ghatna: $TMP/data/$file:[0-9]*: " "$TMP/err")" = 20 ] ||
    fail "errors-capped-$file: want 20 lines naming $TMP/data/$file: $(head -3 "$TMP/err")"
done

# 9. Messages: output and errors in input order; --threads; UTF-16.
printf '{"id":"one","text":"%s"}\n{"id":"two","text":\n' "$ARTICLE" > "$TMP/order.jsonl"
for cmd in "code --data $DATA --threads 2" "parse --data $DATA" "actors --data $DATA" "demo --data $DATA" "tokens"; do
  $GHATNA $cmd "$TMP/order.jsonl" > "$TMP/both" 2>&1
  first_err=$(grep -n '^ghatna: ' "$TMP/both" | head -1 | cut -d: -f1)
  first_out=$(grep -vn '^ghatna: ' "$TMP/both" | head -1 | cut -d: -f1)
  [ -n "$first_out" ] && [ -n "$first_err" ] && [ "$first_out" -lt "$first_err" ] ||
    fail "order ($cmd): the error about line 2 comes before line 1's output"
done
expect threads-negative 1 "^ghatna: --threads: '-1' is not 0 \(all cores\) or a number of threads from 1 to 1024" \
  -- "$GHATNA" code --threads -1 "$TMP/article.txt"
[ "$(wc -c < "$TMP/err")" -lt 160 ] || fail "threads-negative: message longer than a line"
printf '%s\n' "$ARTICLE" | iconv -f UTF-8 -t UTF-16 > "$TMP/u16.txt"
expect utf16 2 "looks like UTF-16: convert it to UTF-8" -- "$GHATNA" tokens "$TMP/u16.txt"
printf '{"text":"a"}\n' | iconv -f UTF-8 -t UTF-16LE > "$TMP/u16.jsonl"
expect utf16-jsonl 2 "looks like UTF-16" -- "$GHATNA" tokens "$TMP/u16.jsonl"

# 10. --threads 1 and 2 write the same bytes, errors and parts included.
cat examples/*.txt > "$TMP/all.txt"
for f in examples/*.txt; do python3 -c '
import json, sys
print(json.dumps({"id": sys.argv[1], "text": open(sys.argv[1]).read()}, ensure_ascii=False))' "$f"; done > "$TMP/all.jsonl"
printf '{"id":"bad",\n' >> "$TMP/all.jsonl"
"$GHATNA" code --data "$DATA" --threads 1 "$TMP/all.jsonl" "$TMP/many.txt" "$TMP/all.txt" > "$TMP/t1" 2> "$TMP/e1"
"$GHATNA" code --data "$DATA" --threads 2 "$TMP/all.jsonl" "$TMP/many.txt" "$TMP/all.txt" > "$TMP/t2" 2> "$TMP/e2"
cmp -s "$TMP/t1" "$TMP/t2" || fail "threads: outputs of --threads 1 and 2 differ"
cmp -s "$TMP/e1" "$TMP/e2" || fail "threads: messages of --threads 1 and 2 differ"
valid_jsonl "$TMP/t1" || fail "threads: output is not valid JSON lines"

finish
