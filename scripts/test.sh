#!/usr/bin/env bash
# Runs every test layer of First Wall, after installing whatever is missing (scripts/setup.sh):
#   lint     cargo fmt --check; clippy -D warnings natively and for wasm32; rustdoc -D warnings
#   native   cargo test --workspace (model, GPU kernels on lavapipe, naga validation, layering),
#            then the fuzz tests of every decoder, printing how many inputs each tried
#   bench    prints the time of one projection, sweep samples per second on one core, and the GPU
#            sweep against the CPU as a ratio (figures, no assertions)
#   browser  wasm-bindgen-test in headless Chromium (components, WebGPU dispatch)
#   build    trunk build --release, then the size report
#   e2e      the built site in Chromium through Playwright: every route, console, network, axe,
#            screenshots at 1280×800 and 375×740 in both themes (under $FIRSTWALL_TARGET_DIR/e2e)
# Pass layer names to run only those, e.g. `scripts/test.sh native e2e`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FIRSTWALL_ROOT"

layers=("$@")
[ ${#layers[@]} -gt 0 ] || layers=(lint native bench browser build e2e)
wants() { [[ " ${layers[*]} " == *" $1 "* ]]; }

"$FIRSTWALL_ROOT/scripts/setup.sh"

timings=()
run_layer() {
  local name=$1; shift
  section "$name"
  local started; started=$(now_s)
  "$@"
  timings+=("$name $(( $(now_s) - started )) s")
}

lint() {
  cargo fmt --all --check
  cargo clippy --workspace --all-targets --locked -- -D warnings
  # The browser has no threads, no blocking sleep and no std clock: scripts/clippy_wasm bans them.
  CLIPPY_CONF_DIR="$FIRSTWALL_ROOT/scripts/clippy_wasm" \
    cargo clippy --workspace --exclude firstwall-cli --all-targets --locked \
    --target wasm32-unknown-unknown -- -D warnings
  # The web build's split points (src/views/split.rs) exist only with the `split` feature.
  CLIPPY_CONF_DIR="$FIRSTWALL_ROOT/scripts/clippy_wasm" \
    cargo clippy -p firstwall-app --lib --bins --features split --locked \
    --target wasm32-unknown-unknown -- -D warnings
  RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked --quiet
}

native() {
  cargo test --workspace --locked -- --skip fuzz_
  # The decoders' fuzz tests (address, scenario file, --set, worker request: 100,000+ generated
  # inputs each), with the counts they print.
  local log="$FIRSTWALL_TARGET_DIR/fuzz.log"
  if ! cargo test --workspace --locked fuzz_ -- --nocapture >"$log" 2>&1; then
    cat "$log"
    return 1
  fi
  grep -E "^fuzz:" "$log"
}

bench() {
  cargo bench -p firstwall-model --bench projection --bench sweep --locked -- \
    --warm-up-time 1 --measurement-time 3 --noplot 2>&1 | grep -E "^[a-z]|time:|thrpt:" || true
  # The sweep on the GPU (lavapipe here) against the CPU in the same run, as a ratio.
  FIRSTWALL_BENCH_SAMPLES=1000000 FIRSTWALL_BENCH_OUT="$FIRSTWALL_TARGET_DIR/bench-sweep-native.json" \
    cargo bench -p firstwall-gpu --bench sweep --locked 2>&1 \
    | grep -E "^(cpu|gpu|agreement)" || true
}

browser() {
  # The runner is set in .cargo/config.toml; webdriver.json turns WebGPU on in headless Chromium.
  cargo test -p firstwall-app --target wasm32-unknown-unknown --locked
}

build() {
  # A local copy for the tests: its oEmbed documents and link previews name this address.
  FIRSTWALL_ORIGIN="${FIRSTWALL_ORIGIN:-http://127.0.0.1:8080}" trunk build --release
  "$FIRSTWALL_ROOT/scripts/size-report.sh"
}

e2e() {
  node --test --test-concurrency=1 tests/e2e/
}

for layer in lint native bench browser build e2e; do
  if wants "$layer"; then run_layer "$layer" "$layer"; fi
done

section "summary"
printf '%s\n' "${timings[@]}"
echo "all requested layers passed: ${layers[*]}"
