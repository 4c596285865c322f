#!/usr/bin/env bash
# Runs every test: formatting and lints, native Rust tests, the accuracy floors on real ads, the
# wasm package in Node (binding tests and package tests), and the browser tests. Installs what it
# needs first (setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

step "set-up"
scripts/setup.sh --browser
source scripts/env.sh

step "format and lints"
cargo fmt --check
cargo clippy --all-targets --all-features --locked -- -D warnings

step "native tests"
cargo test --all-features --locked

step "accuracy on real ads and real violations (floors: tests/accuracy/floors.json)"
scripts/accuracy.sh --check

step "build the npm package"
scripts/build.sh

step "wasm binding tests (wasm-bindgen-test in Node)"
with_wasm_toolchain wasm-pack test --node -- --locked

step "package tests (Node)"
node --test tests/js/

step "browser tests (headless Chromium: widget, demo page, script include under CSP, Vite build)"
node --test tests/browser/
