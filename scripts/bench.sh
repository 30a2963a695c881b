#!/usr/bin/env bash
# Benchmarks the first load against a plain-HTML page of the same cards, and search speed
# with a dataset 50 times the real one (benches/first_load.rs). Writes BENCHMARKS.md.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$LDN_ROOT/scripts/setup.sh"
cd "$LDN_ROOT"
# Lighthouse only matters here, so it is installed here, not by setup.sh.
if [ ! -x tools/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd tools/lighthouse && npm ci --no-audit --no-fund)
fi
# Debian's brotli, to report the code's brotli sizes.
if ! command -v brotli >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq brotli; else sudo apt-get install -y -qq brotli; fi
fi
cargo bench --features e2e --bench first_load
