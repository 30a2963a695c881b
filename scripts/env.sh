# Sourced by the other scripts: puts the project's tools first on PATH.
# shellcheck shell=bash
LDN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$LDN_ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk must never try to download a tool; Trunk.toml says so too.
export TRUNK_OFFLINE=true
