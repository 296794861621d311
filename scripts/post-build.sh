#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): runs with TRUNK_STAGING_DIR set, before the build is moved
# to dist/. Writes there:
#
#   */index.html one entry per view (scripts/entries.mjs): the same app with the view's title,
#   oembed/*.json description, canonical address, Open Graph and Twitter-card tags (a large-image
#   preview/*.png card whose og:image is FIRSTWALL_ORIGIN/preview/SLUG.png), and its own oEmbed
#                document embedding that view from FIRSTWALL_ORIGIN — which a release build must be
#                given (it fails without: no build ships 127.0.0.1 by accident). The link-preview
#                images, 1200 × 630 PNGs, are drawn from the model at build time by the CLI:
#                `cargo run --quiet --locked --offline -p firstwall-cli -- preview --json
#                --out-dir preview --view SLUG=TITLE …` from the repository root (dev profile, so
#                it reuses what `cargo test --workspace` built); a failure fails the build. The
#                first paint's answers (Walls', Uncertainty's) come from `firstwall first-paint`,
#                run the same way.
#
#   _headers     the headers every file of the site is served with, in the format Netlify and
#                Cloudflare Pages read (and scripts/serve-dist.mjs applies): CORS for sandboxed
#                embeds, and a strict Content-Security-Policy — no 'unsafe-inline'; the one inline
#                script, Trunk's loader, allowed by its SHA-256; 'wasm-unsafe-eval' for the wasm.
#
#   sw.js        the service worker: scripts/service-worker.js after a line that names this build
#                (a hash of its files) and lists the files to keep for offline use. A new build has
#                a new hash, so browsers install the new worker and drop the old copy.
#   *.br, *.gz   compressed siblings of the text and wasm files (scripts/compress.mjs), release only.
#   oembed.json  the oEmbed endpoint (https://oembed.com, type "rich") for the site's public
#                address: FIRSTWALL_ORIGIN, default http://127.0.0.1:${PORT:-8080} (scripts/serve.sh).
#                It is a static file: every page advertises the Walls view's embed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
staging="${TRUNK_STAGING_DIR:?post-build.sh runs as a Trunk hook}"
if [ -z "${FIRSTWALL_ORIGIN:-}" ] && [ "${TRUNK_PROFILE:-}" = "release" ]; then
  echo "post-build: FIRSTWALL_ORIGIN is not set. A release build writes the site's public address into" >&2
  echo "  its oEmbed documents and link previews: FIRSTWALL_ORIGIN=https://your.host trunk build --release" >&2
  echo "  (scripts/serve.sh and scripts/test.sh set it to http://127.0.0.1:\${PORT:-8080} for a local copy)." >&2
  exit 1
fi
origin="${FIRSTWALL_ORIGIN:-http://127.0.0.1:${PORT:-8080}}"
origin="${origin%/}"

# First, the app's wasm cut into a main module and a module per view (scripts/split-wasm.sh).
bash "$here/split-wasm.sh"
cd "$staging"

# The headers: the policy allows Trunk's inline loader by its hash, computed from this build's
# index.html (every other script is a file).
hashes=$(node -e '
  const html = require("fs").readFileSync("index.html", "utf8");
  const crypto = require("crypto");
  const out = [];
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    out.push("'"'"'sha256-" + crypto.createHash("sha256").update(m[1], "utf8").digest("base64") + "'"'"'");
  }
  console.log(out.join(" "));
')
csp="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' $hashes; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"
cat > _headers <<HEADERS
/*
  Access-Control-Allow-Origin: *
  Content-Security-Policy: $csp
  X-Content-Type-Options: nosniff
HEADERS

# One entry per view with its own title, description and link preview, its oEmbed document and
# its link-preview image (scripts/entries.mjs); before the offline list, so that it includes them.
node "$here/entries.mjs" "$origin"

# oEmbed first, so that the offline list includes it.
iframe="<iframe src=\\\"$origin/?embed=1\\\" title=\\\"First Wall: Who is the first wall?\\\" width=\\\"800\\\" height=\\\"900\\\" style=\\\"width:100%;max-width:800px;border:0\\\" loading=\\\"lazy\\\"></iframe>"
cat > oembed.json <<JSON
{
  "version": "1.0",
  "type": "rich",
  "provider_name": "First Wall",
  "provider_url": "$origin/",
  "title": "First Wall: which wall does AI scaling hit first?",
  "width": 800,
  "height": 900,
  "html": "$iframe"
}
JSON

files=$(find . -type f ! -name sw.js ! -name _headers | sed 's|^\.||' | LC_ALL=C sort)
version=$(for file in $files; do cat ".$file"; done | cksum | tr -d ' ' | cut -c1-16)
{
  printf '// Written by scripts/post-build.sh for this build; the worker itself is below.\n'
  printf 'const VERSION = "%s";\n' "$version"
  printf 'const FILES = [\n'
  for file in $files; do printf '  "%s",\n' "$file"; done
  printf '];\n\n'
  cat "$here/service-worker.js"
} > sw.js
echo "post-build: sw.js (build $version, $(echo "$files" | wc -l) files), _headers and oembed.json for $origin"

# Last, compressed siblings (x.wasm.br, x.wasm.gz) for hosts that serve them; not part of the
# offline list (the browser decodes what it fetches). A release build only: a debug build's wasm
# is large and brotli's best takes its time.
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  node "$here/compress.mjs" .
fi
