# Sourced by the build and test scripts: puts the project's tools on PATH and picks the
# toolchain that has the wasm32 standard library (rustup's, or Debian's as set up by setup.sh).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
_has_wasm_std() {
  local sysroot
  sysroot=$("$1" --print sysroot 2>/dev/null) || return 1
  compgen -G "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib" >/dev/null
}
if { [ "${TMT_WASM_TOOLCHAIN:-}" = debian ] || ! _has_wasm_std rustc; } && _has_wasm_std /usr/bin/rustc; then
  # Debian route (TOOLCHAIN.md): Debian's cargo/rustc first for the wasm build, with its own
  # target dir so that it and rustup's toolchain never invalidate each other's artifacts.
  export WASM_PATH="/usr/bin:$PATH"
  export WASM_TARGET_DIR="$ROOT/target/debian"
else
  export WASM_PATH="$PATH"
  export WASM_TARGET_DIR="$ROOT/target"
fi
# Runs a command with the wasm toolchain.
with_wasm_toolchain() { PATH="$WASM_PATH" CARGO_TARGET_DIR="$WASM_TARGET_DIR" "$@"; }
