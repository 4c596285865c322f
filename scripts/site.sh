#!/usr/bin/env bash
# Lays out the demo site in DIR: www/ with the built package under pkg/.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: site.sh DIR}
rm -rf "$dir" && mkdir -p "$dir"
cp -R www/. "$dir/"
cp -R pkg "$dir/pkg"
