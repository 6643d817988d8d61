#!/bin/bash
# Crash test of `ghatna ingest`: a corpus is ingested once without
# interruption, and again into a second store while the process is killed
# with SIGKILL at random moments, resumed each time, then run to the end.
# The two stores must hold the same events and records, event for event.
# Usage: store_crash.sh PATH/TO/ghatna [KILLS]  (run from the source tree)
set -u
GHATNA=${1:?usage: store_crash.sh PATH/TO/ghatna [KILLS]}
KILLS=${2:-${GHATNA_CRASH_KILLS:-6}}
source "$(dirname "$0")/lib.bash"
DATA=${GHATNA_DATA:-$(pwd)/data}
[ -d "$DATA/verbs" ] || { echo "no data directory at $DATA"; exit 77; }

# The bundled examples, 40 times over (200 articles), as JSON lines with their own ids,
# dates and outlets; one bad line in the middle.
python3 - "$TMP/corpus.jsonl" examples/*.txt <<'PY'
import json, sys
out, files = sys.argv[1], sys.argv[2:]
texts = [open(f, encoding="utf-8").read() for f in files]
with open(out, "w", encoding="utf-8") as o:
    n = 0
    for copy in range(40):
        for t in texts:
            n += 1
            o.write(json.dumps({"id": f"a{n}", "date": f"2024-03-{1 + n % 9:02d}",
                                "source": f"outlet{n % 4}", "text": t}, ensure_ascii=False) + "\n")
        if copy == 20:
            o.write('{"id": "broken", "text": \n')
PY

# The stores: SQLite files, and schemas of the PostgreSQL server that
# $GHATNA_TEST_POSTGRES names (scripts/test.sh starts one; required there).
backends=(sqlite)
if [ -n "${GHATNA_TEST_POSTGRES:-}" ]; then
  backends+=(postgresql)
elif [ "${GHATNA_REQUIRE_POSTGRES:-}" = 1 ]; then
  fail "postgresql: GHATNA_TEST_POSTGRES is not set"
fi
schemas=()
cleanup() {
  for s in "${schemas[@]}"; do psql -q "$GHATNA_TEST_POSTGRES" -c "DROP SCHEMA $s CASCADE" > /dev/null 2>&1; done
  rm -rf "$TMP"
}
trap cleanup EXIT
store() {  # BACKEND NAME: the URL of a new, empty store
  if [ "$1" = sqlite ]; then echo "$TMP/$2.db"; return; fi
  local schema="ghatna_crash_$$_$2"
  psql -q "$GHATNA_TEST_POSTGRES" -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" > /dev/null 2>&1
  echo "$GHATNA_TEST_POSTGRES&options=-csearch_path%3D$schema"
}

for backend in "${backends[@]}"; do
echo "== $backend"
REF=$(store "$backend" ref)
CRASH=$(store "$backend" crash)
[ "$backend" = postgresql ] && schemas+=("ghatna_crash_$$_ref" "ghatna_crash_$$_crash")
start=$(date +%s.%N)
"$GHATNA" ingest --data "$DATA" --db "$REF" --threads 2 "$TMP/corpus.jsonl" 2> "$TMP/ref.err"
[ $? = 2 ] || fail "reference ingest: want exit 2 for the bad line: $(cat "$TMP/ref.err")"
full=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
# The time to start (load the dictionaries) without coding anything.
start=$(date +%s.%N)
"$GHATNA" ingest --data "$DATA" --db "$TMP/empty-$backend.db" --recode 2> /dev/null
load=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
echo "uninterrupted ingest: ${full}s (${load}s to start); $(tail -1 "$TMP/ref.err")"

RANDOM=$$
killed=0
for i in $(seq 1 "$KILLS"); do
  "$GHATNA" ingest --data "$DATA" --db "$CRASH" --threads 2 "$TMP/corpus.jsonl" 2> "$TMP/run.err" &
  pid=$!
  # A random moment after the start, within 40% of the coding time, so that
  # most runs die with work left (and some before their first commit).
  sleep "$(awk -v f="$full" -v l="$load" -v r=$((RANDOM % 1000)) 'BEGIN { printf "%.3f", l + (f - l) * 0.4 * r / 1000 }')"
  if kill -9 "$pid" 2> /dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2> /dev/null
  echo "run $i: $("$GHATNA" events --db "$CRASH" 2> /dev/null | wc -l) events stored"
done
"$GHATNA" ingest --data "$DATA" --db "$CRASH" --threads 2 "$TMP/corpus.jsonl" 2> "$TMP/run.err"
echo "killed $killed of $KILLS runs; final run: $(tail -1 "$TMP/run.err")"

for mode in --mentions --records --failures; do
  "$GHATNA" events --db "$REF" $mode > "$TMP/ref.out" || fail "events $mode on the reference"
  "$GHATNA" events --db "$CRASH" $mode > "$TMP/crash.out" || fail "events $mode after crashes"
  [ -s "$TMP/ref.out" ] || fail "events $mode: reference store is empty"
  if cmp -s "$TMP/ref.out" "$TMP/crash.out"; then
    echo "ok   events $mode identical ($(wc -l < "$TMP/ref.out") lines)"
  else
    fail "events $mode differ after kill -9 and resume"
    diff "$TMP/ref.out" "$TMP/crash.out" | head -5
  fi
done
"$GHATNA" stats --db "$REF" --by day > "$TMP/ref.out"
"$GHATNA" stats --db "$CRASH" --by day > "$TMP/crash.out"
cmp -s "$TMP/ref.out" "$TMP/crash.out" && echo "ok   stats identical" || fail "stats differ"
done
finish
