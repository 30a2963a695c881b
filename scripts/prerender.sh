#!/usr/bin/env sh
# Trunk's post-build hook: writes every page of a release build as pre-rendered HTML
# (src/bin/prerender.rs). Debug builds (trunk serve) skip it to stay fast.
set -eu
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
  cargo run --quiet --bin prerender -- pages "$TRUNK_STAGING_DIR"
fi
