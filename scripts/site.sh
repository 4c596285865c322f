#!/usr/bin/env bash
# Lays out the demo site in DIR: www/ with the built package under pkg/ and the demo's editor under vendor/.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: site.sh DIR}
rm -rf "$dir" && mkdir -p "$dir"
cp -R www/. "$dir/"
cp -R pkg "$dir/pkg"
# The demo's rich-text editor: Quill (BSD-3-Clause), from node_modules (pinned in package-lock.json).
mkdir -p "$dir/vendor/quill"
cp node_modules/quill/dist/quill.js node_modules/quill/dist/quill.snow.css node_modules/quill/LICENSE "$dir/vendor/quill/"
