# Shared environment for First Wall's scripts. Source it; do not run it.
#
# Puts the pinned tools first on PATH: npm's wasm-opt (binaryen 132) ahead of any system one, and
# cargo-installed trunk and wasm-bindgen. Honours CARGO_HOME and CARGO_TARGET_DIR if set.

FIRSTWALL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FIRSTWALL_ROOT
export PATH="$FIRSTWALL_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Two cores here; more jobs only thrash.
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# Mesa's Vulkan loader complains on every start without it.
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
  XDG_RUNTIME_DIR="$(mktemp -d /tmp/firstwall-xdg.XXXXXX)"
  chmod 700 "$XDG_RUNTIME_DIR"
  export XDG_RUNTIME_DIR
fi
FIRSTWALL_TARGET_DIR="${CARGO_TARGET_DIR:-$FIRSTWALL_ROOT/target}"
export FIRSTWALL_TARGET_DIR

# Prints a section heading that stands out in CI logs.
section() { printf '\n==== %s ====\n' "$*"; }

# Seconds since the epoch, for timing steps.
now_s() { date +%s; }
