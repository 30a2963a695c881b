#!/usr/bin/env bash
# Runs every test: native unit tests, component tests in headless Chromium, and end-to-end
# tests against the release build. Installs what is missing first.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$LDN_ROOT/scripts/setup.sh"
cd "$LDN_ROOT"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "1/3 native tests (evidence core, dataset fixtures)"
cargo test

step "2/3 component tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown --test components

step "3/3 end-to-end tests (release dist/ served on 127.0.0.1, driven through WebDriver)"
cargo test --features e2e --test e2e

step "all tests passed"
