#!/usr/bin/env bash
# Runs every benchmark: native (criterion, benches/validate.rs), then the built WebAssembly
# package in Node and in headless Chromium (bench/wasm.mjs). Not part of scripts/test.sh.
#
#   scripts/bench.sh             all, with short criterion runs (the machines are shared)
#   scripts/bench.sh --no-native only the WebAssembly benchmark
#   scripts/bench.sh --no-browser
#
# Longer, steadier native runs: cargo bench --bench validate -- --measurement-time 10
set -euo pipefail
cd "$(dirname "$0")/.."
native=1
wasm_args=(--browser)
for arg in "$@"; do
  case "$arg" in
    --no-native) native=0 ;;
    --no-browser) wasm_args=() ;;
    *) echo "bench.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done
source scripts/env.sh
if [ "$native" = 1 ]; then
  printf '\n\033[1m== native (criterion)\033[0m\n' >&2
  cargo bench --locked --bench validate -- --warm-up-time 0.3 --measurement-time 2
fi
printf '\n\033[1m== WebAssembly (pkg/)\033[0m\n' >&2
scripts/build.sh
for d in pkg pkg/widget; do
  w=$d/tmt_validator_bg.wasm j=$d/tmt_validator.js
  echo "size: $w $(wc -c <"$w") B raw, $(gzip -9 -c "$w" | wc -c) B gzip; $j $(wc -c <"$j") B raw, $(gzip -9 -c "$j" | wc -c) B gzip"
done
node bench/wasm.mjs "${wasm_args[@]}"
