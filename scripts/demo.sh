#!/usr/bin/env bash
# Builds the package and serves the demo page at http://127.0.0.1:8080 (Ctrl-C to stop).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
scripts/site.sh target/site
echo "Demo: http://127.0.0.1:8080/" >&2
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory target/site
