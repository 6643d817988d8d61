#!/bin/bash
# CLI behaviour of `ghatna serve`: a missing store is refused (exit 2); a
# host other than 127.0.0.1 is warned about; SIGTERM during a long POST
# /v1/code lets it finish (200, its events) and the server exits 0; a
# request arriving after the stop is refused.
# Usage: serve_cli.sh PATH/TO/ghatna   (run from the source tree: uses data/)
set -u
GHATNA=${1:?usage: serve_cli.sh PATH/TO/ghatna}
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/serve_port.bash"
DATA=${GHATNA_DATA:-$(pwd)/data}
[ -d "$DATA/verbs" ] || { echo "no data directory at $DATA"; exit 77; }
command -v curl > /dev/null || { echo "no curl"; exit 77; }
DB="$TMP/s.db"

expect missing-store 2 "no such event store" -- "$GHATNA" serve --data "$DATA" --db "$TMP/none.db" --port 0
expect bad-port 1 "port" -- "$GHATNA" serve --data "$DATA" --db "$DB" --port 70000
"$GHATNA" ingest --data "$DATA" --db "$DB" --date 2024-03-01 examples/ > /dev/null 2>&1

# Starts a server in the background on a free port: sets PID and PORT.
start() {
  "$GHATNA" serve --data "$DATA" --db "$DB" --port 0 --threads 2 "$@" 2> "$TMP/serve.err" &
  PID=$!
  PORT=$(serve_port "$TMP/serve.err")
}

start --host 0.0.0.0
if grep -q "warning: listening on 0.0.0.0" "$TMP/serve.err"; then echo "ok   host-warning"; else fail "host-warning: $(cat "$TMP/serve.err")"; fi
kill -TERM "$PID"; wait "$PID"

start
[ -n "$PORT" ] || fail "serve did not report its port: $(cat "$TMP/serve.err")"
# A long article (the examples many times, under the 2 MB limit).
python3 - "$TMP/big.json" <<'EOF'
import json, pathlib, sys
text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(pathlib.Path("examples").glob("*.txt")))
text = (text + "\n") * max(1, 1_200_000 // len(text.encode()))
pathlib.Path(sys.argv[1]).write_text(json.dumps({"id": "big", "text": text, "date": "2024-03-01"}, ensure_ascii=False), encoding="utf-8")
EOF
curl -s -o "$TMP/big.out" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary @"$TMP/big.json" "http://127.0.0.1:$PORT/v1/code" > "$TMP/big.status" &
CURL=$!
sleep 0.3
kill -TERM "$PID"
wait "$CURL"
wait "$PID"
STATUS=$?
if [ "$(cat "$TMP/big.status")" = 200 ] && grep -q '"code":"028"' "$TMP/big.out"; then
  echo "ok   in-flight-finishes"
else
  fail "in-flight-finishes: status $(cat "$TMP/big.status"), body $(head -c 200 "$TMP/big.out")"
fi
if [ "$STATUS" = 0 ] && grep -q "SIGTERM: stopping" "$TMP/serve.err" && grep -q "stopped" "$TMP/serve.err"; then
  echo "ok   sigterm-exit-0"
else
  fail "sigterm-exit-0: exit $STATUS; $(cat "$TMP/serve.err")"
fi
if curl -s -o /dev/null "http://127.0.0.1:$PORT/v1/health"; then fail "still-answering after stop"; else echo "ok   stopped-refuses"; fi
finish
