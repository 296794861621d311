#!/usr/bin/env bash
# Builds First Wall (release) and serves it on http://127.0.0.1:${PORT:-8080}/, after installing
# whatever is missing (scripts/setup.sh). Ctrl-C stops it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FIRSTWALL_ROOT"

"$FIRSTWALL_ROOT/scripts/setup.sh"
# A local copy: its oEmbed documents and link previews name this address.
FIRSTWALL_ORIGIN="${FIRSTWALL_ORIGIN:-http://127.0.0.1:${PORT:-8080}}" trunk build --release
"$FIRSTWALL_ROOT/scripts/size-report.sh"
exec node scripts/serve-dist.mjs --port "${PORT:-8080}" --dir dist
