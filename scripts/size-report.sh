#!/usr/bin/env bash
# Prints the size of the release build: the wasm raw and gzipped, the JS glue, and all of dist/.
# Fails if the wasm is over the budget of DESIGN.md (200 KB gzipped). Run `trunk build --release`
# first (scripts/serve.sh and scripts/test.sh do).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
dist="${1:-$FIRSTWALL_ROOT/dist}"
budget_gz_bytes=$(( 200 * 1024 ))

shopt -s nullglob
wasm=("$dist"/*.wasm)
js=("$dist"/firstwall-app*.js)
if [ ${#wasm[@]} -ne 1 ] || [ ${#js[@]} -ne 1 ]; then
  echo "size-report: expected one .wasm and one firstwall-app*.js in $dist; build first" >&2
  exit 1
fi

gz_bytes() { gzip -9 -c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

wasm_raw=$(stat -c %s "${wasm[0]}")
wasm_gz=$(gz_bytes "${wasm[0]}")
js_raw=$(stat -c %s "${js[0]}")
js_gz=$(gz_bytes "${js[0]}")
total_raw=0
total_gz=0
while IFS= read -r -d '' file; do
  total_raw=$(( total_raw + $(stat -c %s "$file") ))
  total_gz=$(( total_gz + $(gz_bytes "$file") ))
done < <(find "$dist" -type f -print0)

printf 'size report (%s)\n' "$dist"
printf '  wasm  %9d B raw  (%s)   %8d B gzip -9  (%s)\n' "$wasm_raw" "$(kb "$wasm_raw")" "$wasm_gz" "$(kb "$wasm_gz")"
printf '  js    %9d B raw  (%s)   %8d B gzip -9  (%s)\n' "$js_raw" "$(kb "$js_raw")" "$js_gz" "$(kb "$js_gz")"
printf '  dist  %9d B raw  (%s)   %8d B gzip -9  (%s), %d files\n' "$total_raw" "$(kb "$total_raw")" "$total_gz" "$(kb "$total_gz")" "$(find "$dist" -type f | wc -l)"
if [ "$wasm_gz" -gt "$budget_gz_bytes" ]; then
  echo "size-report: the wasm is $(kb "$wasm_gz") gzipped, over the budget of $(kb "$budget_gz_bytes")" >&2
  exit 1
fi
printf '  budget: wasm gzipped %s of %s\n' "$(kb "$wasm_gz")" "$(kb "$budget_gz_bytes")"
