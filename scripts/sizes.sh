#!/usr/bin/env bash
# Prints each asset of a built dist/ with its raw, gzip -9 and brotli -q 11 size.
# Usage: scripts/sizes.sh [dist-folder]   (default: dist; build it with trunk build --release)
set -euo pipefail
dist="${1:-dist}"
[ -d "$dist" ] || { echo "no $dist folder: run 'trunk build --release' first" >&2; exit 1; }
have_brotli=$(command -v brotli >/dev/null && echo yes || echo no)
printf '%-44s %10s %10s %10s\n' asset raw gzip brotli
total_raw=0; total_gz=0; total_br=0
while IFS= read -r file; do
  raw=$(wc -c < "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  if [ "$have_brotli" = yes ]; then br=$(brotli -q 11 -c "$file" | wc -c); else br=0; fi
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-44s %10d %10d %10s\n' "${file#"$dist"/}" "$raw" "$gz" "$([ "$have_brotli" = yes ] && echo "$br" || echo n/a)"
done < <(find "$dist" -type f ! -path '*/.stage/*' | sort)
printf '%-44s %10d %10d %10s\n' TOTAL "$total_raw" "$total_gz" "$([ "$have_brotli" = yes ] && echo "$total_br" || echo n/a)"
