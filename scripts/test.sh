#!/usr/bin/env bash
# Command (b) of the README: install what is missing, then build and run the
# whole test suite twice: in Release, and under AddressSanitizer and
# UndefinedBehaviorSanitizer. Exits non-zero if any test fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
jobs=$(nproc)
# The event store's PostgreSQL tests run against a throw-away cluster (a
# temporary directory, an unprivileged user, a Unix socket), stopped at the
# end. Without it they fail (GHATNA_REQUIRE_POSTGRES=1): they never skip here.
pgdir=$(mktemp -d /tmp/ghatna-pg.XXXXXX)
trap '"$root/scripts/postgres.sh" stop "$pgdir"; rm -rf "$pgdir"' EXIT
GHATNA_TEST_POSTGRES=$("$root/scripts/postgres.sh" start "$pgdir")
export GHATNA_TEST_POSTGRES GHATNA_REQUIRE_POSTGRES=1
echo "== PostgreSQL for the store tests: $GHATNA_TEST_POSTGRES"
echo "== Release build and tests"
"$root/scripts/build.sh" "$root/build"
ctest --test-dir "$root/build" -j "$jobs" --output-on-failure
echo "== AddressSanitizer + UndefinedBehaviorSanitizer build and tests"
"$root/scripts/build.sh" "$root/build-asan" -DGHATNA_SANITIZE=ON -DGHATNA_BENCH=OFF \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$root/build-asan" -j "$jobs" --output-on-failure
