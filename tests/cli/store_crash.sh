#!/bin/bash
# Crash test of `ghatna ingest`: a corpus is ingested once without
# interruption, and again into a second store while the process is killed
# with SIGKILL at random moments, resumed each time, then run to the end.
# The two stores must hold the same events and records, event for event.
# Usage: store_crash.sh PATH/TO/ghatna [KILLS]  (run from the source tree)
set -u
GHATNA=${1:?usage: store_crash.sh PATH/TO/ghatna [KILLS]}
KILLS=${2:-${GHATNA_CRASH_KILLS:-10}}
source "$(dirname "$0")/lib.bash"
DATA=${GHATNA_DATA:-$(pwd)/data}
[ -d "$DATA/verbs" ] || { echo "no data directory at $DATA"; exit 77; }

# The bundled examples, 60 times over (300 articles), as JSON lines with their own ids,
# dates and outlets; one bad line in the middle.
python3 - "$TMP/corpus.jsonl" examples/*.txt <<'PY'
import json, sys
out, files = sys.argv[1], sys.argv[2:]
texts = [open(f, encoding="utf-8").read() for f in files]
with open(out, "w", encoding="utf-8") as o:
    n = 0
    for copy in range(60):
        for t in texts:
            n += 1
            o.write(json.dumps({"id": f"a{n}", "date": f"2024-03-{1 + n % 9:02d}",
                                "source": f"outlet{n % 4}", "text": t}, ensure_ascii=False) + "\n")
        if copy == 30:
            o.write('{"id": "broken", "text": \n')
PY

start=$(date +%s.%N)
"$GHATNA" ingest --data "$DATA" --db "$TMP/ref.db" --threads 2 "$TMP/corpus.jsonl" 2> "$TMP/ref.err"
[ $? = 2 ] || fail "reference ingest: want exit 2 for the bad line: $(cat "$TMP/ref.err")"
full=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
echo "uninterrupted ingest: ${full}s; $(tail -1 "$TMP/ref.err")"

RANDOM=$$
killed=0
for i in $(seq 1 "$KILLS"); do
  "$GHATNA" ingest --data "$DATA" --db "$TMP/crash.db" --threads 2 "$TMP/corpus.jsonl" 2> "$TMP/run.err" &
  pid=$!
  # A random moment between 20% and 100% of a whole ingest's time (loading
  # the dictionaries included), so that most runs die with work left.
  sleep "$(awk -v f="$full" -v r=$((RANDOM % 1000)) 'BEGIN { printf "%.3f", f * (0.2 + 0.8 * r / 1000) }')"
  if kill -9 "$pid" 2> /dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2> /dev/null
  echo "run $i: $("$GHATNA" events --db "$TMP/crash.db" 2> /dev/null | wc -l) events stored"
done
"$GHATNA" ingest --data "$DATA" --db "$TMP/crash.db" --threads 2 "$TMP/corpus.jsonl" 2> "$TMP/run.err"
echo "killed $killed of $KILLS runs; final run: $(tail -1 "$TMP/run.err")"

for mode in --mentions --records --failures; do
  "$GHATNA" events --db "$TMP/ref.db" $mode > "$TMP/ref.out" || fail "events $mode on the reference"
  "$GHATNA" events --db "$TMP/crash.db" $mode > "$TMP/crash.out" || fail "events $mode after crashes"
  [ -s "$TMP/ref.out" ] || fail "events $mode: reference store is empty"
  if cmp -s "$TMP/ref.out" "$TMP/crash.out"; then
    echo "ok   events $mode identical ($(wc -l < "$TMP/ref.out") lines)"
  else
    fail "events $mode differ after kill -9 and resume"
    diff "$TMP/ref.out" "$TMP/crash.out" | head -5
  fi
done
"$GHATNA" stats --db "$TMP/ref.db" --by day > "$TMP/ref.out"
"$GHATNA" stats --db "$TMP/crash.db" --by day > "$TMP/crash.out"
cmp -s "$TMP/ref.out" "$TMP/crash.out" && echo "ok   stats identical" || fail "stats differ"
finish
