#!/usr/bin/env bash
# Idempotent toolchain set-up for building and testing tmt-validator.
#
#   scripts/setup.sh            Rust wasm32 target, wasm-bindgen CLI, wasm-pack, npm dev tools (wasm-opt)
#   scripts/setup.sh --browser  the same, plus Debian's Chromium for the browser tests
#
# Every step first checks whether its result is already there, so a warm machine pays nothing.
# Only package registries are used (crates.io, npm, Debian apt): no other downloads.
# The Debian fallback for the wasm32 standard library is the route verified in TOOLCHAIN.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WANT_BROWSER=0
for arg in "$@"; do
  case "$arg" in
    --browser) WANT_BROWSER=1 ;;
    *) echo "setup.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

WASM_PACK_VERSION=0.15.1
# The wasm-bindgen CLI must be exactly the version of the crate pinned with `=` in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup.sh: no '=x.y.z' wasm-bindgen pin in Cargo.toml" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$PATH"
log() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

APT_UPDATED=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$APT_UPDATED" = 0 ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# True when the given rustc has a wasm32-unknown-unknown standard library in its sysroot.
has_wasm_std() {
  local sysroot
  sysroot=$("$1" --print sysroot 2>/dev/null) || return 1
  compgen -G "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib" >/dev/null
}

# 1. The wasm32 target: rustup's when it can be had, else Debian's rustc-web with a std built here.
#    TMT_WASM_TOOLCHAIN=debian forces the Debian route (to test it on a machine that has rustup's).
if [ "${TMT_WASM_TOOLCHAIN:-}" != debian ] && has_wasm_std rustc; then
  log "wasm32 target: present ($(rustc --version))"
elif [ "${TMT_WASM_TOOLCHAIN:-}" != debian ] && command -v rustup >/dev/null && timeout 90 rustup target add wasm32-unknown-unknown >&2 && has_wasm_std rustc; then
  log "wasm32 target: installed with rustup"
elif has_wasm_std /usr/bin/rustc; then
  log "wasm32 target: Debian toolchain already prepared ($(/usr/bin/rustc --version))"
else
  log "wasm32 target: rustup could not provide it; building it with Debian's Rust (TOOLCHAIN.md)"
  apt_install rustc-web cargo-web rust-web-src lld
  apt_install lld-22 || true
  if [ ! -x /usr/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld ] && ! command -v rust-lld >/dev/null; then
    mkdir -p /usr/lib/rustlib/x86_64-unknown-linux-gnu/bin
    ln -sf /usr/bin/lld /usr/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld
  fi
  work=$(mktemp -d)
  mkdir -p "$work/src"
  printf '[package]\nname = "wasm-std-seed"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "src/lib.rs"\n' > "$work/Cargo.toml"
  echo '#![no_std]' > "$work/src/lib.rs"
  ( cd "$work" && env -u CARGO_TARGET_DIR PATH="/usr/bin:$PATH" RUSTFLAGS="-Cembed-bitcode=yes" RUSTC_BOOTSTRAP=1 \
      /usr/bin/cargo build --release --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort,test >&2 )
  dest=$(/usr/bin/rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown/lib
  rm -rf "$dest" && mkdir -p "$dest"
  find "$work/target/wasm32-unknown-unknown/release/deps" -name 'lib*.rlib' ! -name 'libwasm_std_seed*' -exec cp {} "$dest/" \;
  rm -rf "$work"
  has_wasm_std /usr/bin/rustc || { echo "setup.sh: the Debian wasm32 std did not install" >&2; exit 1; }
  log "wasm32 target: built into $dest"
fi

# 2. wasm-bindgen CLI, the exact version of the crate (a mismatch fails every wasm build).
if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  log "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  cargo install --quiet wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# 3. wasm-pack (it finds wasm-bindgen and wasm-opt on PATH, so it never downloads either).
if wasm-pack --version 2>/dev/null | grep -qx "wasm-pack $WASM_PACK_VERSION"; then
  log "wasm-pack $WASM_PACK_VERSION: present"
else
  log "cargo install wasm-pack $WASM_PACK_VERSION (a few minutes, once)"
  cargo install --quiet wasm-pack --version "$WASM_PACK_VERSION" --force
fi

# 4. npm dev tools: binaryen (wasm-opt), playwright-core, axe-core... exactly as locked.
if cmp -s package-lock.json node_modules/.tmt-lock-stamp 2>/dev/null; then
  log "node_modules: up to date"
else
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >&2
  cp package-lock.json node_modules/.tmt-lock-stamp
fi

# 5. Chromium for the browser tests (Debian's build; playwright-core drives it).
if [ "$WANT_BROWSER" = 1 ]; then
  if [ -x /usr/bin/chromium ]; then
    log "chromium: present"
  else
    apt_install chromium chromium-driver
  fi
fi
log "done"
