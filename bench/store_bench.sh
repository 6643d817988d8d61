#!/usr/bin/env bash
# Ingest throughput and memory against `ghatna code` on the same input
# (issue 10: ingest into SQLite at >= 70% of code's throughput, memory flat).
# usage: bench/store_bench.sh BUILD_DIR FILE... [-- THREADS]
# Prints articles/s, MB/s and peak RSS of each, and ingest/code. With
# GHATNA_BENCH_POSTGRES=URL (an empty database or schema, e.g. from
# scripts/postgres.sh), also ingest into PostgreSQL (bar: within 2x of
# SQLite). Needs /usr/bin/time (Debian package "time").
set -euo pipefail
build=${1:?usage: store_bench.sh BUILD_DIR FILE... [-- THREADS]}
shift
files=()
threads=$(nproc)
while (($#)); do
  if [ "$1" = -- ]; then threads=$2; break; fi
  files+=("$1"); shift
done
ghatna=$build/ghatna
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bytes=$(cat "${files[@]}" | wc -c)
articles=$(cat "${files[@]}" | grep -c . || true)

run() {  # NAME COMMAND...: prints seconds and peak RSS (kB)
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/$name.time" "$@" > /dev/null 2> "$tmp/$name.err" || true
  read -r secs rss < "$tmp/$name.time"
  awk -v n="$name" -v s="$secs" -v r="$rss" -v b="$bytes" -v a="$articles" \
    'BEGIN { printf "%-8s %7.2f s  %8.1f articles/s  %6.2f MB/s  peak RSS %6.1f MB\n", n, s, a / s, b / s / 1e6, r / 1024 }'
  echo "$secs" > "$tmp/$name.secs"
}

echo "input: ${files[*]} ($articles lines, $((bytes / 1000)) kB), threads: $threads, cores: $(nproc)"
run code "$ghatna" code --threads "$threads" "${files[@]}"
run ingest "$ghatna" ingest --threads "$threads" --db "$tmp/s.db" "${files[@]}"
tail -1 "$tmp/ingest.err"
awk -v c="$(cat "$tmp/code.secs")" -v i="$(cat "$tmp/ingest.secs")" \
  'BEGIN { printf "ingest throughput = %.0f%% of code (bar: 70%%)\n", 100 * c / i }'
ls -l "$tmp/s.db" | awk '{ printf "store: %.1f MB\n", $5 / 1e6 }'
if [ -n "${GHATNA_BENCH_POSTGRES:-}" ]; then
  run postgres "$ghatna" ingest --threads "$threads" --db "$GHATNA_BENCH_POSTGRES" "${files[@]}"
  tail -1 "$tmp/postgres.err"
  awk -v s="$(cat "$tmp/ingest.secs")" -v p="$(cat "$tmp/postgres.secs")" \
    'BEGIN { printf "PostgreSQL ingest time = %.2fx SQLite'"'"'s (bar: 2x)\n", p / s }'
fi
