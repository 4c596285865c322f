#!/usr/bin/env bash
# Builds the npm package into pkg/: release wasm, wasm-bindgen glue (--target web), wasm-opt,
# then finishes pkg/package.json (exports map, files, README, licences).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
with_wasm_toolchain wasm-pack --quiet build --target web --release --out-dir pkg --out-name tmt_validator >&2
# The script include (a classic script that loads the module next to it).
cp js/tmt-validator.js pkg/tmt-validator.js
node scripts/package.mjs
