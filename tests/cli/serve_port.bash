# serve_port ERRFILE: waits (10 s at most) for a `ghatna serve --port 0`
# started with stderr in ERRFILE to report where it listens ("serving … on
# http://HOST:PORT/") and prints PORT, or nothing. Sourced by
# tests/cli/serve_cli.sh, tests/install/install_test.sh and bench/serve_load.sh.
serve_port() {
  local port=
  for _ in $(seq 200); do
    port=$(sed -n 's|.*on http://[^ ]*:\([0-9]*\)/.*|\1|p' "$1")
    [ -n "$port" ] && break
    sleep 0.05
  done
  echo "$port"
}
