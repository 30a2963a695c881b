#!/usr/bin/env bash
# Builds the app and serves it for local work at http://127.0.0.1:8080/, rebuilding on change.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$LDN_ROOT/scripts/setup.sh"
cd "$LDN_ROOT"
echo "Serving LDN Evidence at http://127.0.0.1:8080/ (Ctrl+C to stop)"
# Every page is a path of its own (condition/lupus/): serve from the root, and trunk serve
# answers unknown paths with index.html, where the app reads the path.
exec trunk serve --address 127.0.0.1 --port 8080 --public-url / "$@"
