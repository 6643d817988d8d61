#!/usr/bin/env bash
# Load test of `ghatna serve` (issue 11), against 127.0.0.1 only and bounded
# in time: POST /v1/code with a 2 KB article, then GET /v1/events dyad
# queries, each for DURATION seconds with Debian's wrk; prints requests/s,
# latency percentiles, non-2xx answers, and the server's resident memory
# before, between and after (flat memory: no growth per request).
#
#   bash bench/serve_load.sh [GHATNA] [DURATION=20] [CONNECTIONS=8] [SERVER_THREADS=16]
#
# Not part of the test suite: speed is measured here, never asserted by a
# timed test. Results: docs/serve.md, "Load".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ghatna=${1:-$root/build/ghatna}
duration=${2:-20}
connections=${3:-8}
server_threads=${4:-16}
command -v wrk > /dev/null || { echo "serve_load: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -x "$ghatna" ] || { echo "serve_load: no ghatna binary at $ghatna" >&2; exit 1; }
export GHATNA_DATA=${GHATNA_DATA:-$root/data}

tmp=$(mktemp -d /tmp/ghatna-load.XXXXXX)
pid=
cleanup() {
  [ -n "$pid" ] && kill -TERM "$pid" 2> /dev/null && wait "$pid" 2> /dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

# The store: the example articles on 12 weekly dates (60 articles).
python3 - "$root" "$tmp" <<'EOF'
import datetime, json, pathlib, sys
root, tmp = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
lines = []
for p in sorted((root / "examples").glob("*.txt")):
    for w in range(12):
        d = (datetime.date(2024, 1, 1) + datetime.timedelta(weeks=w)).isoformat()
        lines.append(json.dumps({"id": f"{p.stem}@{d}", "text": p.read_text(encoding="utf-8"), "date": d}, ensure_ascii=False))
(tmp / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
# The 2 KB article: the seed's first lines, until 2,048 bytes or more.
seed = (root / "examples" / "lavrov-guterres.hi.txt").read_text(encoding="utf-8").splitlines()
text = ""
for line in seed:
    if len(text.encode()) >= 2048:
        break
    text += line + "\n"
body = json.dumps({"text": text, "date": "2024-03-01"}, ensure_ascii=False)
(tmp / "post.lua").write_text(
    'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [==[' + body + ']==]\n',
    encoding="utf-8")
print(f"article: {len(text.encode())} bytes of text, {len(body.encode())} bytes of body", file=sys.stderr)
EOF
"$ghatna" ingest --db "$tmp/events.db" "$tmp/in.jsonl" > /dev/null 2>&1

"$ghatna" serve --db "$tmp/events.db" --host 127.0.0.1 --port 0 --threads "$server_threads" 2> "$tmp/serve.err" &
pid=$!
source "$(dirname "$0")/../tests/cli/serve_port.bash"
port=$(serve_port "$tmp/serve.err")
[ -n "$port" ] || { cat "$tmp/serve.err" >&2; exit 1; }
base=http://127.0.0.1:$port
rss() { awk '/VmRSS/ {print $2 " kB"}' /proc/"$pid"/status; }
# The server's CPU time so far (user + system), seconds.
cpu() { awk -v t="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / t}' /proc/"$pid"/stat; }
# The server's memory every 10 s through all runs.
( while kill -0 "$pid" 2> /dev/null; do echo "$(date +%T) $(rss)"; sleep 10; done ) > "$tmp/rss.log" 2> /dev/null &

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
echo "== ghatna serve --threads $server_threads; wrk -t2 -c$connections -d${duration}s; RSS $(rss)"
curl -s -o /dev/null -w "check: POST /v1/code -> %{http_code}\n" -H 'Content-Type: application/json' \
  --data-binary "$(sed -n 's/^wrk.body = \[==\[\(.*\)\]==\]$/\1/p' "$tmp/post.lua")" "$base/v1/code"
# run NAME WRK_ARGS...: wrk, then the server's CPU time per request (what
# bounds requests/s on an otherwise idle machine: cores / CPU per request).
run() {
  local name=$1
  shift
  echo "== $name"
  local before
  before=$(cpu)
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" | tee "$tmp/wrk.out"
  local n
  n=$(awk '/requests in/ {print $1}' "$tmp/wrk.out")
  awk -v a="$before" -v b="$(cpu)" -v n="$n" \
    'BEGIN {printf "server CPU: %.1f s for %d requests, %.3f ms a request\n", b - a, n, 1000 * (b - a) / n}'
}
run "POST /v1/code, 2 KB article" -s "$tmp/post.lua" "$base/v1/code"
echo "== RSS after: $(rss)"
run "GET /v1/events?dyad=RUS,IGO (a page of 100)" "$base/v1/events?dyad=RUS,IGO&limit=100"
run "GET /v1/events?dyad=RUSGOV,IGOUNO&records=1" "$base/v1/events?dyad=RUSGOV,IGOUNO&records=1"
echo "== RSS after: $(rss); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== RSS every 10 s:" $(awk '{print $2}' "$tmp/rss.log" | tr '\n' ' ') "(kB)"
