#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `scripts/postgres.sh start
# DIR` makes a cluster in DIR (an empty or missing directory), as an
# unprivileged user (the postgres account when run as root), listening only
# on a Unix socket in DIR, and prints the URL for GHATNA_TEST_POSTGRES;
# `scripts/postgres.sh stop DIR` stops it (the caller removes DIR).
set -euo pipefail
cmd=${1:?usage: postgres.sh start|stop DIR}
dir=${2:?usage: postgres.sh start|stop DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres.sh: no PostgreSQL server (Debian package postgresql) installed" >&2
  exit 1
fi
as_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case $cmd in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_user "$bin/initdb" -D "$dir/data" -U ghatna -A trust -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-k $dir -c listen_addresses='' -c fsync=off" start > /dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql:///postgres?host=$dir&user=ghatna"
    ;;
  stop)
    as_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop > /dev/null 2>&1 || true
    ;;
  *) echo "usage: postgres.sh start|stop DIR" >&2; exit 1 ;;
esac
