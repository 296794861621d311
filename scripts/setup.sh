#!/usr/bin/env bash
# Installs everything First Wall needs to build and test, skipping what is already there at the
# right version. Safe to run again. On a fresh machine it takes about 13 minutes, most of it
# compiling Trunk (≈8.5 min) and wasm-bindgen-cli (≈2 min); after that, seconds.
#
# Nothing is downloaded from GitHub: Rust tools come from crates.io, Node tools from the npm
# registry (package-lock.json), Chromium, Mesa's lavapipe and the DejaVu fonts from Debian.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FIRSTWALL_ROOT"

TRUNK_VERSION="0.21.14"
# The splitter for the views' own wasm modules (scripts/split-wasm.sh); the 0.2 line matches the
# wasm_split_helpers 0.2 in Cargo.lock (Leptos's).
WASM_SPLIT_VERSION="0.2.4"
# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock, exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"

started=$(now_s)
say() { printf 'setup: %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# 1. Rust: the pinned toolchain (rust-toolchain.toml) with the wasm target, rustfmt and clippy.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

# 2. Debian packages: Chromium and its driver (browser and e2e tests), lavapipe (native wgpu),
#    DejaVu Sans (the text of the link-preview images that `firstwall preview` draws at build time).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1 || missing+=(mesa-vulkan-drivers)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 3. Trunk, at the version whose rust-version this toolchain meets (0.22 needs rustc 1.96).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 8.5 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 4. wasm-bindgen-cli, without --locked: its lockfile wants a webpki-roots the registry lacks.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 4b. The wasm splitter (its binary is wasm-split-cli), from its committed lockfile (≈1 min).
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm_split_cli_support $WASM_SPLIT_VERSION (about 1 minute)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
fi

# 5. Node tools from the committed lockfile: wasm-opt (binaryen 132), playwright-core, axe-core,
#    open-graph-scraper (the link-preview test).
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat node_modules/.firstwall-lock 2>/dev/null)" != "$lock_sum" ]; then
  say "installing Node tools from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.firstwall-lock
fi

# 6. Crates, so that Trunk's offline build (which passes --offline to cargo) finds them all.
cargo fetch --locked --quiet

say "ready in $(( $(now_s) - started )) s: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | cut -d' ' -f1-3), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
