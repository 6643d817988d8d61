#!/usr/bin/env bash
# Command (a) of the README: install what is missing, build in Release, and
# run the main job on the bundled example articles.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build" >/dev/null
"$root/build/ghatna" demo "$root"/examples/*.txt
