#!/usr/bin/env bash
# Builds the npm package into pkg/, in two builds of the same crate (release wasm, wasm-bindgen
# glue --target web, wasm-opt):
#   pkg/            the engine alone (validate, validateText, rules, version): the module an ATS
#                   imports (`tmt-validator`), no DOM code;
#   pkg/widget/     the engine and the form widget (attach): `tmt-validator/widget` and the
#                   script include pkg/tmt-validator.js.
# A page loads one of them, never both. Then writes pkg/package.json (exports map, files,
# README, licences).
#
# Each build is what `wasm-pack build --target web --release` did, in its three steps, but with
# the crate compiled as a cdylib alone (`cargo rustc --crate-type cdylib`) instead of the
# cdylib + rlib of Cargo.toml's [lib] (the rlib is for native users, tests and examples). With
# an rlib among its crate types rustc exports every public Rust item of the crate, so LTO may
# neither internalise nor drop them: built alone, the cdylib exports only the binding's functions
# and the engine's .wasm is 5.6 KB gzip smaller (the widget build's too), same code, same outputs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# wasm-opt's flags: Cargo.toml's [package.metadata.wasm-pack.profile.release] (one line, with
# the reasons above it).
read -ra wasm_opt_flags <<<"$(sed -n 's/^wasm-opt = \[\(.*\)\]$/\1/p' Cargo.toml | tr -d '",')"
[ ${#wasm_opt_flags[@]} -gt 0 ] || { echo "build.sh: no wasm-opt flags in Cargo.toml" >&2; exit 1; }
# wasm_build OUT_DIR [CARGO_ARGS...]: the crate's wasm, its glue and the optimised module in OUT_DIR.
wasm_build() {
  local out=$1
  shift
  with_wasm_toolchain cargo rustc --quiet --lib --release --target wasm32-unknown-unknown --crate-type cdylib "$@" >&2
  rm -rf "$out"
  wasm-bindgen --target web --out-dir "$out" --out-name tmt_validator "$WASM_TARGET_DIR/wasm32-unknown-unknown/release/tmt_validator.wasm"
  wasm-opt "$out/tmt_validator_bg.wasm" -o "$out/tmt_validator_bg.wasm" "${wasm_opt_flags[@]}"
}
wasm_build target/pkg-widget
wasm_build target/pkg-engine --no-default-features
mkdir -p pkg/widget
for f in tmt_validator.js tmt_validator_bg.wasm tmt_validator.d.ts tmt_validator_bg.wasm.d.ts; do
  cp "target/pkg-engine/$f" "pkg/$f"
  cp "target/pkg-widget/$f" "pkg/widget/$f"
done
# The widget's JavaScript layer (js/widget/layer.js, which the glue imports as a wasm-bindgen
# snippet) and the editor adapters (each its own module, loaded only by pages that use it).
rm -rf pkg/widget/snippets pkg/widget/editors
cp -R target/pkg-widget/snippets pkg/widget/snippets
cp -R js/widget/editors pkg/widget/editors
# The script include (a classic script that loads the widget module next to it).
cp js/tmt-validator.js pkg/tmt-validator.js
node scripts/package.mjs
