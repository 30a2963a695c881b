#!/usr/bin/env sh
# Trunk's post-build hook: writes every page of a release build as pre-rendered HTML
# (src/bin/prerender.rs). Debug builds (trunk serve) skip the pages to stay fast, and write only
# the other languages' text, so that es/... reads in Spanish there too.
set -eu
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
  cargo run --quiet --bin prerender -- pages "$TRUNK_STAGING_DIR"
else
  cargo run --quiet --bin prerender -- packs "$TRUNK_STAGING_DIR"
fi
