#!/usr/bin/env sh
# Trunk's post-build hook: writes the pre-rendered home page into a release build's
# index.html (src/bin/prerender.rs). Debug builds (trunk serve) skip it to stay fast.
set -eu
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
  cargo run --quiet --bin prerender -- inject "$TRUNK_STAGING_DIR"
fi
