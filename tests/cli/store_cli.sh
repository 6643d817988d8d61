#!/bin/bash
# CLI behaviour of `ghatna ingest`, `ghatna events` and `ghatna stats`: the
# events of a store are what `ghatna code` writes, in every format; bad
# lines are reported as FILE:LINE: reason, recorded, and the rest ingested
# (exit 2); a second ingest adds nothing; gzip, directories, standard input.
# Usage: store_cli.sh PATH/TO/ghatna   (run from the source tree: uses data/)
set -u
GHATNA=${1:?usage: store_cli.sh PATH/TO/ghatna}
source "$(dirname "$0")/lib.bash"
DATA=${GHATNA_DATA:-$(pwd)/data}
[ -d "$DATA/verbs" ] || { echo "no data directory at $DATA"; exit 77; }
DB="$TMP/s.db"

mkdir -p "$TMP/in/sub"
cp examples/*.txt "$TMP/in/"
mv "$TMP/in/lavrov-guterres.hi.txt" "$TMP/in/sub/"
gzip "$TMP/in/sanctions-and-arrests.hi.txt"
printf 'not an article\n' > "$TMP/in/notes.md"

expect ingest-dir 0 "^ghatna: ingest: 5 articles read, 5 added, 0 re-coded, 0 already stored, [0-9]+ events, 0 failed" \
  -- "$GHATNA" ingest --data "$DATA" --db "$DB" --date 2024-03-01 "$TMP/in"
[ "$(wc -l < "$TMP/err")" = 1 ] || fail "ingest-dir: more than the summary line on stderr"

# The store's events are ghatna code's, in the order of the files.
plain=()
for x in $(cd "$TMP/in" && find . -name '*.txt*' | LC_ALL=C sort); do
  zcat -f "$TMP/in/$x" > "$TMP/$(basename "$x" .gz)"
  plain+=("$TMP/$(basename "$x" .gz)")
done
for f in jsonl tsv; do
  "$GHATNA" code --data "$DATA" --date 2024-03-01 --format $f "${plain[@]}" > "$TMP/want"
  expect events-$f 0 "" -- "$GHATNA" events --db "$DB" --format $f
  cmp -s "$TMP/out" "$TMP/want" || fail "events-$f: differs from ghatna code --format $f"
done
expect events-csv 0 "" -- "$GHATNA" events --db "$DB" --format csv
head -1 "$TMP/out" | grep -q '^GLOBALEVENTID,SQLDATE,Actor1Code' || fail "events-csv: no header"
[ "$(wc -l < "$TMP/out")" = "$(wc -l < "$TMP/want")" ] || fail "events-csv: not one line per event"

# The same on PostgreSQL ($GHATNA_TEST_POSTGRES; scripts/test.sh starts one).
if [ -n "${GHATNA_TEST_POSTGRES:-}" ]; then
  schema="ghatna_cli_$$"
  trap 'psql -q "$GHATNA_TEST_POSTGRES" -c "DROP SCHEMA IF EXISTS $schema CASCADE" > /dev/null 2>&1; rm -rf "$TMP"' EXIT
  psql -q "$GHATNA_TEST_POSTGRES" -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" > /dev/null 2>&1
  PG="$GHATNA_TEST_POSTGRES&options=-csearch_path%3D$schema"
  expect pg-ingest 0 " 5 added" -- "$GHATNA" ingest --data "$DATA" --db "$PG" --date 2024-03-01 "$TMP/in"
  expect pg-events 0 "" -- "$GHATNA" events --db "$PG" --format tsv
  cmp -s "$TMP/out" "$TMP/want" || fail "pg-events: differs from ghatna code --format tsv"
  "$GHATNA" events --db "$DB" --records > "$TMP/sqlite-records"
  expect pg-records 0 "" -- "$GHATNA" events --db "$PG" --records
  cmp -s "$TMP/out" "$TMP/sqlite-records" || fail "pg-records: differ from SQLite's"
  "$GHATNA" stats --db "$DB" --by week > "$TMP/sqlite-stats"
  expect pg-stats 0 "" -- "$GHATNA" stats --db "$PG" --by week
  cmp -s "$TMP/out" "$TMP/sqlite-stats" || fail "pg-stats: differ from SQLite's"
  expect pg-again 0 " 0 added, 0 re-coded, 5 already stored" -- "$GHATNA" ingest --data "$DATA" --db "$PG" --date 2024-03-01 "$TMP/in"
  expect pg-unreachable 2 "^ghatna: postgresql://127.0.0.1:1/x: cannot connect: " -- "$GHATNA" events --db postgresql://127.0.0.1:1/x
elif [ "${GHATNA_REQUIRE_POSTGRES:-}" = 1 ]; then
  fail "postgresql: GHATNA_TEST_POSTGRES is not set"
fi

expect again 0 " 0 added, 0 re-coded, 5 already stored" -- "$GHATNA" ingest --data "$DATA" --db "$DB" --date 2024-03-01 "$TMP/in"
expect recode 0 " 5 re-coded" -- "$GHATNA" ingest --data "$DATA" --db "$DB" --recode
expect events-after-recode 0 "" -- "$GHATNA" events --db "$DB" --format tsv
cmp -s "$TMP/out" "$TMP/want" || fail "events-after-recode: events changed"

# Filters: prefix, dyad, root, quad, dates; records; stats.
expect events-source 0 "" -- "$GHATNA" events --db "$DB" --source RUS
[ -s "$TMP/out" ] || fail "events-source: nothing for RUS"
grep -v '"source":{"code":"RUS' "$TMP/out" && fail "events-source: another source"
expect events-dyad 0 "" -- "$GHATNA" events --db "$DB" --dyad RUS,IGO --root 02 --quad 1 --from 2024-03-01 --to 2024-03-01
grep -q '"code":"028"' "$TMP/out" || fail "events-dyad: no RUSGOV 028 IGOUNO"
expect events-none 0 "" -- "$GHATNA" events --db "$DB" --from 2025-01-01
[ -s "$TMP/out" ] && fail "events-none: events after 2025"
expect records 0 "" -- "$GHATNA" events --db "$DB" --records
head -1 "$TMP/out" | grep -q '"record_id":"2024-03-01:.*"num_articles":1' || fail "records: $(head -c 200 "$TMP/out")"
expect records-tsv 0 "" -- "$GHATNA" events --db "$DB" --records --format tsv
head -1 "$TMP/out" | grep -q 'NumMentions' || fail "records-tsv: no header"
expect stats 0 "" -- "$GHATNA" stats --db "$DB" --by week
grep -q '"period":"2024-02-26","quad_class":[1-4],"events":[0-9]*,"records":[0-9]*,"mean_goldstein":' "$TMP/out" \
  || fail "stats: $(head -c 200 "$TMP/out")"
expect stats-tsv 0 "" -- "$GHATNA" stats --db "$DB" --by month --dyad RUS,IGO --format tsv
[ "$(head -1 "$TMP/out")" = "$(printf 'period\tquad_class\tevents\trecords\tmean_goldstein')" ] || fail "stats-tsv: header"

# Bad input: reported, recorded, the rest ingested, exit 2; rerun re-reports.
printf '{"id":"x","source":"a","text":"भारत ने पाकिस्तान की निंदा की।","date":"2024-01-02"}\n{"id":"y","text":\n{"id":"z","text":"चीन ने जापान की आलोचना की।","date":"2024-01-02"}\n' > "$TMP/docs.jsonl"
gzip -c "$TMP/docs.jsonl" | head -c 60 > "$TMP/truncated.jsonl.gz"
expect ingest-bad 2 "^ghatna: $TMP/docs.jsonl:2: malformed JSON" \
  -- "$GHATNA" ingest --data "$DATA" --db "$DB" "$TMP/docs.jsonl" "$TMP/missing.txt" "$TMP/truncated.jsonl.gz"
grep -q "^ghatna: $TMP/missing.txt: cannot open: No such file or directory" "$TMP/err" || fail "ingest-bad: missing file not reported"
grep -q "^ghatna: $TMP/truncated.jsonl.gz: read error: invalid or truncated gzip data" "$TMP/err" || fail "ingest-bad: truncated gzip not reported"
grep -q " 2 added, .* 3 failed" "$TMP/err" || fail "ingest-bad: summary: $(tail -1 "$TMP/err")"
expect events-after-bad 0 "" -- "$GHATNA" events --db "$DB" --from 2024-01-02 --to 2024-01-02
grep -q '"doc_id":"x"' "$TMP/out" && grep -q '"doc_id":"z"' "$TMP/out" || fail "events-after-bad: x or z lost"

# Standard input (an unnamed plain-text article is known by its text).
printf 'रूस ने अमेरिका की आलोचना की।\n' > "$TMP/a.txt"
expect stdin 0 " 1 added" -- "$GHATNA" ingest --data "$DATA" --db "$DB" --date 2024-05-01 - < "$TMP/a.txt"
expect stdin-again 0 " 0 added, 0 re-coded, 1 already stored" -- "$GHATNA" ingest --data "$DATA" --db "$DB" < "$TMP/a.txt"
# The same text under another file name is the same article.
cp "$TMP/a.txt" "$TMP/b.txt"
expect same-text 0 " 0 added, 0 re-coded, 1 already stored" -- "$GHATNA" ingest --data "$DATA" --db "$DB" "$TMP/b.txt"

# Usage and store errors.
expect no-db 1 "^ghatna: --db is required" -- "$GHATNA" ingest "$TMP/docs.jsonl"
expect events-missing-db 2 "^ghatna: $TMP/none.db: no such event store" -- "$GHATNA" events --db "$TMP/none.db"
expect bad-dyad 1 "^ghatna: --dyad: want SOURCE,TARGET" -- "$GHATNA" events --db "$DB" --dyad IND
expect bad-by 1 "^ghatna: " -- "$GHATNA" stats --db "$DB" --by year
printf 'x%.0s' {1..5000} > "$TMP/junk.db"
expect junk-db 2 "^ghatna: $TMP/junk.db: not an event store" -- "$GHATNA" events --db "$TMP/junk.db"
expect ingest-help 0 "" -- "$GHATNA" ingest --help

finish
