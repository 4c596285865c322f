#!/usr/bin/env bash
# Builds the npm package into pkg/: release wasm, wasm-bindgen glue (--target web), wasm-opt,
# then finishes pkg/package.json (exports map, files, README, licences).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
with_wasm_toolchain wasm-pack --quiet build --target web --release --out-dir pkg --out-name tmt_validator >&2
node scripts/package.mjs
