#!/bin/bash
# The installed ghatna (docs/install.md), with no help from the source tree:
#   prefix: `cmake --install` into a scratch prefix, moved elsewhere (nothing
#     may depend on the install path), then the installed command codes the
#     seed article with GHATNA_DATA unset and must find PREFIX/share/ghatna
#     (`ghatna check` names the directory it used), with the same output as
#     the build tree's command; a CMake project (find_package(ghatna),
#     ghatna::ghatna) and a pkg-config build of the same program code it too.
#   deb: `cpack -G DEB` (ghatna and ghatna-dev), their control fields
#     (Depends from the shared libraries, Recommends apertium-hin; ghatna-dev
#     on ghatna), `dpkg-deb -x` into a scratch root and the packed
#     usr/bin/ghatna codes the seed article; ghatna-dev holds the headers,
#     the static libraries and the CMake and pkg-config files.
# Usage: install_test.sh prefix|deb BUILD_DIR SOURCE_DIR CMAKE CPACK
# Exit 77 (skipped) when a tool it needs is missing.
set -u
MODE=${1:?usage: install_test.sh prefix|deb BUILD SOURCE CMAKE CPACK}
BUILD=$2 SOURCE=$3 CMAKE=$4 CPACK=$5
GHATNA="$BUILD/ghatna"
source "$SOURCE/tests/cli/lib.bash"
unset GHATNA_DATA
SEED="$SOURCE/examples/lavrov-guterres.hi.txt"
# What the build tree codes from the source tree's data: the reference.
"$GHATNA" code --data "$SOURCE/data" "$SEED" > "$TMP/want" || { echo "build-tree ghatna failed"; exit 1; }

# has_seed_event FILE: the seed's event RUSGOV 028 IGOUNO is in FILE.
has_seed_event() {
  grep '"source":{"code":"RUSGOV"' "$1" | grep '"target":{"code":"IGOUNO"' | grep -q '"code":"028"'
}
has_seed_event "$TMP/want" || { echo "build-tree ghatna: no RUSGOV 028 IGOUNO"; exit 1; }

if [ "$MODE" = prefix ]; then
  "$CMAKE" --install "$BUILD" --prefix "$TMP/p" > "$TMP/install.log" 2>&1 \
    || { cat "$TMP/install.log"; fail "cmake --install"; finish; }
  mv "$TMP/p" "$TMP/moved"
  P="$TMP/moved"
  for f in bin/ghatna share/ghatna/verbs/patterns.tsv share/ghatna/actors share/ghatna/lexicon \
           include/ghatna/pipeline.h include/ghatna/writers.h include/ghatna/status.h; do
    [ -e "$P/$f" ] || fail "installed: no $f"
  done
  # Under lib/ or lib/ARCH/ (CMAKE_INSTALL_LIBDIR).
  for f in cmake/ghatna/ghatnaConfig.cmake cmake/ghatna/ghatnaTargets.cmake pkgconfig/ghatna.pc \
           libghatna_text.a libghatna_events.a libghatna_store.a; do
    [ -n "$(find "$P"/lib* -path "*/$f" 2> /dev/null)" ] || fail "installed: no LIBDIR/$f"
  done
  PC_DIR=$(dirname "$(find "$P"/lib* -name ghatna.pc | head -1)")
  # No private header is installed.
  [ -z "$(find "$P/include" -name '*_impl.h' -o -name '*internal*')" ] || fail "installed: private headers"

  "$P/bin/ghatna" check > "$TMP/out" 2> "$TMP/err" || fail "installed check: exit $?: $(head -c 300 "$TMP/err")"
  grep -q "^$P/share/ghatna: lexicon ok; actors ok" "$TMP/err" \
    || fail "installed check did not use PREFIX/share/ghatna: $(head -c 300 "$TMP/err")"
  # Found through PATH from another directory (argv[0] is then "ghatna").
  (cd "$TMP" && PATH="$P/bin:$PATH" ghatna check > /dev/null 2> "$TMP/err")
  grep -q "^$P/share/ghatna: lexicon ok" "$TMP/err" \
    || fail "installed check through PATH did not use PREFIX/share/ghatna: $(head -c 300 "$TMP/err")"
  expect installed-code 0 "" -- "$P/bin/ghatna" code "$SEED"
  has_seed_event "$TMP/out" || fail "installed-code: no RUSGOV 028 IGOUNO"
  cmp -s "$TMP/out" "$TMP/want" || fail "installed-code: output differs from the build tree's"

  # The installed server finds its dashboard in PREFIX/share/ghatna/web.
  [ -e "$P/share/ghatna/web/openapi.json" ] || fail "installed: no share/ghatna/web/openapi.json"
  if "$P/bin/ghatna" ingest "$SEED" --db "$TMP/s.db" > /dev/null 2>&1; then
    "$P/bin/ghatna" serve --db "$TMP/s.db" --port 0 --threads 2 2> "$TMP/serve.err" &
    SERVE=$!
    source "$SOURCE/tests/cli/serve_port.bash"
    PORT=$(serve_port "$TMP/serve.err")
    if [ -z "$PORT" ]; then
      fail "installed serve: no port: $(head -c 300 "$TMP/serve.err")"
    else
      python3 - "$PORT" > "$TMP/web" 2>&1 <<'PY' || fail "installed serve: $(tail -c 300 "$TMP/web")"
import sys, urllib.request
base = "http://127.0.0.1:" + sys.argv[1]
page = urllib.request.urlopen(base + "/", timeout=10).read().decode()
assert "<html" in page.lower(), "no dashboard at /"
spec = urllib.request.urlopen(base + "/v1/openapi.json", timeout=10).read().decode()
assert '"openapi"' in spec, "no OpenAPI description"
PY
    fi
    kill -TERM "$SERVE" 2> /dev/null; wait "$SERVE" 2> /dev/null
  else
    fail "installed ingest failed"
  fi

  # The installed Python module finds PREFIX/share/ghatna by itself.
  PYMOD="$P/lib/python3/dist-packages/ghatna"
  if [ -d "$PYMOD" ]; then
    cat > "$TMP/py.py" << 'PY'
import json, sys, ghatna
p = ghatna.Pipeline()
print(p.data_dir, file=sys.stderr)
for e in p.code(open(sys.argv[1], encoding="utf-8").read(), id="lavrov-guterres"):
    print(json.dumps(e, ensure_ascii=False, separators=(",", ":")))
PY
    PYTHONPATH="$P/lib/python3/dist-packages" ${PYTHON:-python3} "$TMP/py.py" "$SEED" > "$TMP/out" 2> "$TMP/err" \
      || fail "installed python: $(tail -c 300 "$TMP/err")"
    [ "$(cat "$TMP/err")" = "$P/share/ghatna" ] || fail "installed python: data_dir $(head -c 200 "$TMP/err")"
    has_seed_event "$TMP/out" || fail "installed python: no RUSGOV 028 IGOUNO"
    echo "ok   installed-python"
  else
    echo "skip installed-python: not built (GHATNA_PYTHON=OFF)"
  fi

  # find_package(ghatna) from a user's CMake project.
  if "$CMAKE" -S "$SOURCE/tests/install/consumer" -B "$TMP/consumer" -DCMAKE_BUILD_TYPE=Release \
       -DCMAKE_PREFIX_PATH="$P" > "$TMP/consumer.log" 2>&1 &&
     "$CMAKE" --build "$TMP/consumer" >> "$TMP/consumer.log" 2>&1; then
    expect cmake-consumer 0 "" -- "$TMP/consumer/consumer" "$SEED" "$P/share/ghatna"
    has_seed_event "$TMP/out" || fail "cmake-consumer: no RUSGOV 028 IGOUNO"
    cmp -s "$TMP/out" "$TMP/want" || fail "cmake-consumer: events differ from ghatna code's"
  else
    tail -30 "$TMP/consumer.log"
    fail "cmake-consumer: configure or build failed"
  fi

  # pkg-config --cflags --libs ghatna.
  if command -v pkg-config > /dev/null; then
    export PKG_CONFIG_PATH="$PC_DIR"
    flags=$(pkg-config --cflags --libs ghatna) || fail "pkg-config ghatna"
    # shellcheck disable=SC2086
    if ${CXX:-c++} -O1 "$SOURCE/tests/install/consumer/main.cc" -o "$TMP/pc-consumer" $flags \
         > "$TMP/pc.log" 2>&1; then
      expect pkgconfig-consumer 0 "" -- "$TMP/pc-consumer" "$SEED" "$P/share/ghatna"
      has_seed_event "$TMP/out" || fail "pkgconfig-consumer: no RUSGOV 028 IGOUNO"
    else
      tail -30 "$TMP/pc.log"
      fail "pkgconfig-consumer: build failed"
    fi
  else
    echo "skip pkgconfig-consumer: no pkg-config"
  fi
  finish
fi

# deb
command -v dpkg-deb > /dev/null || { echo "no dpkg-deb"; exit 77; }
"$CPACK" -G DEB --config "$BUILD/CPackConfig.cmake" -B "$TMP/pkg" > "$TMP/cpack.log" 2>&1 \
  || { tail -30 "$TMP/cpack.log"; fail "cpack -G DEB"; finish; }
DEB=$(ls "$TMP"/pkg/ghatna_*.deb 2> /dev/null | head -1)
[ -n "$DEB" ] || { fail "cpack made no ghatna_*.deb"; finish; }
dpkg-deb -f "$DEB" Depends > "$TMP/depends"
for dep in libicu72 libsqlite3-0 libpq5 zlib1g libstdc++6 libc6; do
  grep -q "\b$dep\b" "$TMP/depends" || fail "deb Depends lacks $dep: $(cat "$TMP/depends")"
done
dpkg-deb -f "$DEB" Recommends | grep -q "^apertium-hin" || fail "deb Recommends lacks apertium-hin"
dpkg-deb -x "$DEB" "$TMP/root" || fail "dpkg-deb -x"
[ -d "$TMP/root/usr/share/ghatna/verbs" ] || fail "deb: no usr/share/ghatna/verbs"
"$TMP/root/usr/bin/ghatna" check > "$TMP/out" 2> "$TMP/err" || fail "deb check: $(head -c 300 "$TMP/err")"
grep -q "^$TMP/root/usr/share/ghatna: lexicon ok" "$TMP/err" \
  || fail "deb ghatna did not use usr/share/ghatna: $(head -c 300 "$TMP/err")"
expect deb-code 0 "" -- "$TMP/root/usr/bin/ghatna" code "$SEED"
has_seed_event "$TMP/out" || fail "deb-code: no RUSGOV 028 IGOUNO"
cmp -s "$TMP/out" "$TMP/want" || fail "deb-code: output differs from the build tree's"
# ghatna-dev: the headers, static libraries and package files, depending on
# the same version of ghatna; the command's package holds none of them.
DEV=$(ls "$TMP"/pkg/ghatna-dev_*.deb 2> /dev/null | head -1)
[ -n "$DEV" ] || fail "cpack made no ghatna-dev_*.deb"
if [ -n "$DEV" ]; then
  dpkg-deb -f "$DEV" Depends | grep -q "^ghatna (= " || fail "ghatna-dev does not depend on ghatna (=)"
  dpkg-deb -c "$DEV" > "$TMP/dev.list"
  for f in include/ghatna/pipeline.h libghatna_text.a cmake/ghatna/ghatnaConfig.cmake pkgconfig/ghatna.pc; do
    grep -q "$f\$" "$TMP/dev.list" || fail "ghatna-dev lacks $f"
  done
  dpkg-deb -c "$DEB" | grep -Eq '\.a$|include/ghatna/' && fail "ghatna holds headers or static libraries"
fi
finish
