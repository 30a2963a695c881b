#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there. Safe to rerun.
# Everything comes from the package registries (crates.io, npm, Debian): nothing is
# downloaded from GitHub or any other host.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; return 1; fi
}

# 1. The Rust toolchain pinned in rust-toolchain.toml, with the WebAssembly target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, at the version this project is tested with (0.22 needs a newer rustc).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes about 8 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli, matching Cargo.lock. Not --locked: its own lockfile pins a crate
#    version the registry no longer has.
WB_VERSION="$(wasm_bindgen_version)"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (takes about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# 4. wasm-opt from npm's binaryen (Debian's binaryen is too old for current rustc), and
#    axe-core, which the end-to-end tests inject to check accessibility.
if ! tools/node_modules/.bin/wasm-opt --version >/dev/null 2>&1 \
  || [ ! -f tools/node_modules/axe-core/axe.min.js ]; then
  say "installing binaryen (wasm-opt) and axe-core from npm"
  (cd tools && npm ci --no-audit --no-fund)
fi

# 5. Chromium and chromedriver from Debian, for the browser and end-to-end tests.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# 6. Crates, so that Trunk's offline build can pass --offline to cargo.
cargo fetch --quiet

say "ready: $(trunk --version), $(wasm-bindgen --version), $(tools/node_modules/.bin/wasm-opt --version | cut -d' ' -f1-3), $(chromium --version 2>/dev/null | head -n1)"
