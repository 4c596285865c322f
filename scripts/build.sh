#!/usr/bin/env bash
# Builds the npm package into pkg/, in two builds of the same crate (release wasm, wasm-bindgen
# glue --target web, wasm-opt):
#   pkg/            the engine alone (validate, validateText, rules, version): the module an ATS
#                   imports (`tmt-validator`), no DOM code;
#   pkg/widget/     the engine and the form widget (attach): `tmt-validator/widget` and the
#                   script include pkg/tmt-validator.js.
# A page loads one of them, never both. Then finishes pkg/package.json (exports map, files,
# README, licences).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
with_wasm_toolchain wasm-pack --quiet build --target web --release --out-dir target/pkg-widget --out-name tmt_validator >&2
with_wasm_toolchain wasm-pack --quiet build --target web --release --out-dir pkg --out-name tmt_validator -- --no-default-features >&2
mkdir -p pkg/widget
for f in tmt_validator.js tmt_validator_bg.wasm tmt_validator.d.ts tmt_validator_bg.wasm.d.ts; do
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
