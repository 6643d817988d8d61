# Shared by the CLI shell tests (tests/cli/*.sh), sourced after GHATNA is set:
# a scratch directory, a failure counter and expect(), and finish().
# (Named .bash so that CMake's tests/cli/*.sh glob does not run it alone.)

[ -x "$GHATNA" ] || { echo "no ghatna binary at $GHATNA"; exit 77; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FAILS=0

fail() { echo "FAIL $1"; FAILS=$((FAILS + 1)); }

# expect NAME WANT_STATUS WANT_STDERR_REGEX -- COMMAND...
# Runs COMMAND with stdout in $TMP/out and stderr in $TMP/err; an empty regex
# means stderr must be empty.
expect() {
  local name=$1 want=$2 err_re=$3
  shift 4
  "$@" > "$TMP/out" 2> "$TMP/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    fail "$name: exit $got, want $want; stderr: $(head -c 300 "$TMP/err")"
  elif [ -n "$err_re" ] && ! grep -Eq -- "$err_re" "$TMP/err"; then
    fail "$name: stderr does not match /$err_re/: $(head -c 300 "$TMP/err")"
  elif [ -z "$err_re" ] && [ -s "$TMP/err" ]; then
    fail "$name: unexpected stderr: $(head -c 300 "$TMP/err")"
  else
    echo "ok   $name"
  fi
}

finish() {
  [ "$FAILS" = 0 ] && echo "all passed" || echo "$FAILS failed"
  exit $((FAILS > 0))
}
