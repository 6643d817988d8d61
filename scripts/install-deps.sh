#!/usr/bin/env bash
# Installs the Debian packages ghatna needs that are not yet installed.
# Idempotent: does nothing (and touches no network) when all are present.
set -euo pipefail
packages=(
  build-essential cmake g++ pkg-config
  libicu-dev nlohmann-json3-dev libcli11-dev
  # The command's allocator (docs/install.md): some 15% of its time.
  libmimalloc-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  # The event store (ghatna ingest): SQLite, PostgreSQL's client library and
  # server (scripts/test.sh starts a throw-away cluster), zlib for .gz inputs.
  libsqlite3-dev libpq-dev postgresql zlib1g-dev
  python3
  # The Python module and its tests (docs/python.md, docs/scale-out.md).
  python3-dev pybind11-dev python3-pytest python3-pandas python3-distributed
  # cpack -G DEB (docs/install.md): Depends from dpkg-shlibdeps, which CPack
  # calls on the ELF files it finds with file(1).
  dpkg-dev file
  # Read at run time by the morphology stage (GPL data, not redistributed):
  # apertium-hin's open-class lexicon lifts UPOS from 85% to 93% (docs/morph.md).
  apertium-hin
  # ghatna serve (docs/serve.md): HTTP, and the dashboard's chart and network
  # libraries and Devanagari font, served from where Debian installs them;
  # its browser test drives Chromium through chromedriver (Selenium).
  libcpp-httplib-dev libjs-chart.js libjs-d3 fonts-noto-core
  chromium chromium-driver python3-selenium
)
packages+=("$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
