#!/usr/bin/env bash
# Cuts the app's wasm into a main module and one module per view (src/views/split.rs), in Trunk's
# staging directory; scripts/post-build.sh runs it first. Trunk has built the app with the `split`
# feature (index.html), so the wasm Cargo linked keeps its relocations (build.rs), and has written
# its own wasm-bindgen output; this replaces that output, under the same names, so that the page's
# loader (and its hash in the Content-Security-Policy) is unchanged:
#
#   1. wasm-split-cli (wasm_split_cli_support, scripts/setup.sh) reads the wasm Cargo linked and
#      writes the main module, a module per view (split_<view>.wasm) and per group of functions
#      that several views share (chunk_<n>_….wasm), and __wasm_split.js, which fetches them;
#   2. wasm-bindgen, the same version and target as Trunk's, makes the main module's JS glue;
#   3. wasm-opt -Oz (a release build; Trunk's own pass is off for the app, data-wasm-opt="0")
#      shrinks the main module and every split module.
#
# Fails the build if any step fails: a build that silently shipped one whole wasm would hide the
# regression the size report exists to catch.
set -euo pipefail
staging="${TRUNK_STAGING_DIR:?split-wasm.sh runs from the post-build hook}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target_dir="${CARGO_TARGET_DIR:-$here/../target}"
profile=debug
if [ "${TRUNK_PROFILE:-}" = "release" ]; then profile=web; fi
linked="$target_dir/wasm32-unknown-unknown/$profile/firstwall-app.wasm"

# Trunk's names for the app's glue and wasm (the sweep worker's are sweep-worker-*).
glue=$(cd "$staging" && ls firstwall-app-*.js)
name="${glue%.js}"
[ -f "$staging/${name}_bg.wasm" ] || { echo "split-wasm: no ${name}_bg.wasm in $staging" >&2; exit 1; }
[ -f "$linked" ] || { echo "split-wasm: no $linked (built without the split feature?)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli "$linked" "$work/split" --target web --out-name "$name"
wasm-bindgen --target=web --no-typescript --keep-lld-exports \
  --out-dir "$work/bindgen" --out-name "$name" "$work/split/$name.wasm"

rm -f "$staging/__wasm_split.js" "$staging"/split_*.wasm "$staging"/chunk_*.wasm
cp "$work/bindgen/$name.js" "$staging/$name.js"
cp "$work/bindgen/${name}_bg.wasm" "$staging/${name}_bg.wasm"
if [ -d "$work/bindgen/snippets" ]; then cp -r "$work/bindgen/snippets" "$staging/"; fi
cp "$work/split/__wasm_split.js" "$staging/"
modules=$(cd "$work/split" && ls | grep -E '^(split|chunk)_.*\.wasm$' || true)
[ -n "$modules" ] || { echo "split-wasm: wasm-split-cli wrote no view modules" >&2; exit 1; }
for module in $modules; do cp "$work/split/$module" "$staging/"; done

if [ "$profile" = web ]; then
  # The features rustc's wasm32 target enables, which the split modules (which have no
  # target-features section) use too.
  features=(--enable-bulk-memory --enable-sign-ext --enable-mutable-globals
    --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue)
  for wasm in "${name}_bg.wasm" $modules; do
    wasm-opt -Oz "${features[@]}" "$staging/$wasm" -o "$staging/$wasm"
  done
fi
echo "split-wasm: main module ${name}_bg.wasm and $(echo "$modules" | wc -l) view modules"
