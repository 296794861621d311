#!/usr/bin/env bash
# Prints the size of the release build: the main wasm raw and gzipped, the JS glue, all of dist/,
# and what each view's first visit downloads (the main wasm and the view's own modules), against
# DESIGN.md's target of 200 KB of gzipped wasm. Run `trunk build --release` first
# (scripts/serve.sh and scripts/test.sh do).
#
# The target is not met yet (see docs/ARCHITECTURE.md, "Size"), so the script fails only above
# a ratchet set just above the last measured size (a few KB of headroom, not a percentage). Lower
# it as the gap closes; never raise it without saying why, here and in the commit.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
dist="${1:-$FIRSTWALL_ROOT/dist}"
target_gz_bytes=$(( 200 * 1024 ))
# Raised from 256 KB with the Uncertainty and Optimization views (325 KB measured): the sweep
# engine in the browser (WebGPU kernel dispatch, workers, the page fallback), its charts and
# views; then to 372 KB with the Claims, Memory wall and Human with AI views (363 KB measured: the claims'
# text, the roofline model and its charts); then to 405 KB with sharing, embedding, presentation
# and exports (402 KB measured: the share bar and its dialogs, the export menu, the presentation,
# the views' own address state); then to 432 KB with model v2 (427 KB measured: +13 KB of data —
# the observed runs and sites, an evidence tier, date and longer source for every parameter, each
# preset's reasons — and +12 KB of code: evidence badges, observed runs on the chart, the cost
# readout, the walls' anchored history); then to 448 KB with honest uncertainty (444 KB
# measured: the Walls view's fans and odds, their worker task and page fallback, the fan table,
# the phase diagram's ticks, the plain-words engine badges); then to 456 KB with the reliability
# work of issue 14 (453.7 KB measured: +1.5 KB in the model — whole counts, inputs refused before
# they overflow, short echoes of bad input — and +7.7 KB in the app — the workers' protocol with
# ids, deadlines, retries and fair sharing, one parse of the address with notices for repeated
# keys and over-long links, the offline banner's truth); then to 459 KB with the first fixes of
# the UX audit (458.2 KB measured; the house-order refactor of issue 15 before them ended at
# 455.0 KB: one engine runner taken as `dyn Job` −2.9 KB, shared figure and section components
# +1.3 KB with typed children; then +3.2 KB for values outside the sources' ranges flagged beside
# their controls, on the verdict's numbers and in the verdict, the open wall following the first
# wall, an infeasible site's figures marked "if it ran", and keys that step by a share of the
# plausible range); then to 474 KB with "picture first" (472.9 KB measured, +14.8 KB: every chart
# laid out for its width — the road, trajectory, share bar, histogram, tornado, roofline, growth,
# Sankey and loop each with a phone layout — the width measure, the Share menu, folds, the
# numbered sources and the glossary with its terms, the plain-words verdicts); then to 483 KB with
# the first of teaching (485.8 KB measured, +13 KB: the model's goal seek, its list with a button
# per change, the question cards, the tour starting at the current view, a teacher's `hide=` and
# `lock=`); then to 500 KB with the rest of teaching (499.5 KB measured, +13.7 KB: the presentation's
# stage with its resize and mutation observers, the predict-then-reveal card and result, the
# speaker view's messages — a derived serde serialiser for them cost 10 KB more, so they are
# written by hand — and the phone's scroll view of every scene's figure); then to 501 KB (500.5 KB
# measured, +1.0 KB: charts re-measured when their holder changes size, the stage's inert page and
# its "Whole page" switch, exported SVG styles as attributes for the CSP); then to 512 KB (511.0 KB
# measured, +10.5 KB: figure-only embeds — the table of figures, the marker that keeps the page
# but the figure hidden, the caption, source and link-back line, the render flags — and the Embed
# dialog's choices with its live preview; reading its form in one handler instead of one per
# control saved nothing); then to 513 KB (512.2 KB measured, +1.1 KB: a view's sections after its
# lead built in a task of their own, so that no start-up task is long — issue 19); then to 517 KB
# (516.3 KB measured, +4.1 KB, issue 19: charts off screen keep their drawing until they come into
# view, with their IntersectionObserver and the draw-now for printing and export +2.9 KB; a group
# of assumptions built when first opened +0.6 KB; the mount that waits for the first paint to be
# recorded and the Optimization view's cards from the routes table +0.7 KB); then to 518 KB
# (517.3 KB measured, +1.0 KB, issue 19: the Uncertainty view keeping its first paint's answer
# while its sweep runs +0.6 KB; a wall's folded assumptions table built when opened +0.3 KB; the
# road's layout and the answer's words moved to firstwall-charts for the first paint +0.1 KB).
# Then, issue 19, each view in its own wasm module (src/views/split.rs, scripts/split-wasm.sh): the
# ratchet now holds the largest first view, the main wasm and one view's modules — Walls', 473.8 KB
# measured (all views were 517.4 KB in one wasm; Claims' first view is now 290.7 KB), so it drops
# to 476 KB. The whole app, every module, is 627.7 KB: split modules compress less well one by
# one and each imports what it shares. Then to 462 KB (459.7 KB measured, −14.1 KB on every first
# view): the app's few case conversions made ASCII-only, which took Unicode's case tables and their
# code out of the main module (a split keeps every view's data in the main module, so one view's
# use kept them in all). Then to 403 KB, the largest first view now Uncertainty's (400.6 KB
# measured): the Walls view's sections after its lead and its fans' computation in a module of
# their own, fetched after its first view (Walls 459.7 → 331.8 KB); the other views' first views
# grew 5–9 KB (Uncertainty's 392.4 → 400.6 KB) because one more split point cuts the code they
# share into more, smaller chunks, which compress less well. Issue 19's target is 250 KB for the
# first view. docs/ARCHITECTURE.md, "Size", says where the bytes go.
ratchet_gz_bytes=$(( 403 * 1024 ))

shopt -s nullglob
wasm=("$dist"/firstwall-app*_bg.wasm)
js=("$dist"/firstwall-app*.js)
worker=("$dist"/sweep-worker_bg.wasm)
if [ ${#wasm[@]} -ne 1 ] || [ ${#js[@]} -ne 1 ] || [ ${#worker[@]} -ne 1 ]; then
  echo "size-report: expected one firstwall-app*_bg.wasm, one firstwall-app*.js and sweep-worker_bg.wasm in $dist; build first" >&2
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
done < <(find "$dist" -type f ! -name '*.gz' ! -name '*.br' -print0)

printf 'size report (%s)\n' "$dist"
printf '  wasm  %9d B raw  (%s)   %8d B gzip -9  (%s)\n' "$wasm_raw" "$(kb "$wasm_raw")" "$wasm_gz" "$(kb "$wasm_gz")"
worker_raw=$(stat -c %s "${worker[0]}")
worker_gz=$(gz_bytes "${worker[0]}")
printf '  worker%9d B raw  (%s)   %8d B gzip -9  (%s)  (sweep worker; loads with /sweep and /engine only)\n' "$worker_raw" "$(kb "$worker_raw")" "$worker_gz" "$(kb "$worker_gz")"
printf '  js    %9d B raw  (%s)   %8d B gzip -9  (%s)\n' "$js_raw" "$(kb "$js_raw")" "$js_gz" "$(kb "$js_gz")"
printf '  dist  %9d B raw  (%s)   %8d B gzip -9  (%s), %d files (and their .br and .gz siblings)\n' "$total_raw" "$(kb "$total_raw")" "$total_gz" "$(kb "$total_gz")" "$(find "$dist" -type f ! -name '*.gz' ! -name '*.br' | wc -l)"
# What the first view needs: the main wasm and the view's own modules (scripts/wasm-split-map.mjs;
# the sweep worker comes only with the views that sweep), sent brotli-compressed where the browser
# accepts it. One line per view; the largest is the figure the ratchet holds.
first_view=$(node --input-type=module -e '
  import { readFileSync, existsSync } from "node:fs";
  import { execFileSync } from "node:child_process";
  import { join } from "node:path";
  import { readLaterModules, readViewModules } from "'"$FIRSTWALL_ROOT"'/scripts/wasm-split-map.mjs";
  const [dist, main] = process.argv.slice(1);
  // GNU gzip -9, as the rest of this report (and every figure in its history) measures.
  const gz = (file) => execFileSync("gzip", ["-9", "-c", join(dist, file)], { maxBuffer: 1 << 26 }).length;
  const br = (file) => existsSync(join(dist, file + ".br")) ? readFileSync(join(dist, file + ".br")).length : NaN;
  const kb = (bytes) => (bytes / 1024).toFixed(1) + " KB";
  const modules = readViewModules(dist);
  const later = readLaterModules(dist);
  const all = new Set([...Object.values(modules), ...Object.values(later)].flat());
  const allGz = [...all].reduce((sum, file) => sum + gz(file), gz(main));
  console.log(`  main wasm ${kb(gz(main))} gzipped; every view module besides it ${kb(allGz - gz(main))} in ${all.size} files (the whole app ${kb(allGz)})`);
  console.log("  first view (the main wasm and the view'"'"'s modules; issue 19 target 250 KB gzipped):");
  let largest = 0;
  for (const [slug, files] of Object.entries(modules)) {
    const sumGz = files.reduce((sum, file) => sum + gz(file), gz(main));
    const sumBr = files.reduce((sum, file) => sum + br(file), br(main));
    largest = Math.max(largest, sumGz);
    console.log(`    ${slug.padEnd(11)} ${kb(sumGz).padStart(9)} gzipped, ${kb(sumBr).padStart(9)} with brotli, ${String(files.length + 1).padStart(2)} wasm files`);
    // The sections after the lead, where they have a module of their own: fetched once the first
    // view is here, while the app mounts; what the first visit has not fetched already.
    const rest = (later[slug] ?? []).filter((file) => !files.includes(file));
    if (rest.length > 0) {
      const restGz = rest.reduce((sum, file) => sum + gz(file), 0);
      const restBr = rest.reduce((sum, file) => sum + br(file), 0);
      console.log(`      then, for the sections after its lead, ${kb(restGz)} gzipped, ${kb(restBr)} with brotli, ${rest.length} wasm files more`);
    }
  }
  console.log(largest);
' "$dist" "$(basename "${wasm[0]}")")
# The report's lines, then the largest first view in bytes on the last line.
printf '%s\n' "$first_view" | sed '$d'
first_view_gz=$(printf '%s\n' "$first_view" | tail -n 1)
# Where its bytes go, by crate (scripts/size-profile.mjs; the table in docs/ARCHITECTURE.md).
profile_wasm="$FIRSTWALL_TARGET_DIR/wasm32-unknown-unknown/web/firstwall-app.wasm"
if [ -f "$profile_wasm" ]; then
  node "$FIRSTWALL_ROOT/scripts/size-profile.mjs" "$profile_wasm" --top 8 --min-kb 8 | sed 's/^/  /'
fi
if [ "$first_view_gz" -le "$target_gz_bytes" ]; then
  printf '  target: the largest first view %s gzipped, within the %s of DESIGN.md\n' "$(kb "$first_view_gz")" "$(kb "$target_gz_bytes")"
else
  printf '  target: the largest first view %s gzipped, OVER the %s of DESIGN.md by %s\n' "$(kb "$first_view_gz")" "$(kb "$target_gz_bytes")" "$(kb $(( first_view_gz - target_gz_bytes )))"
fi
if [ "$first_view_gz" -gt "$ratchet_gz_bytes" ]; then
  echo "size-report: the largest first view is $(kb "$first_view_gz") gzipped, above the ratchet of $(kb "$ratchet_gz_bytes"): it grew; find out why" >&2
  exit 1
fi
