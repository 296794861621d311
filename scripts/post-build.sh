#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): runs with TRUNK_STAGING_DIR set, before the build is moved
# to dist/. Writes two files there:
#
#   sw.js        the service worker: scripts/service-worker.js after a line that names this build
#                (a hash of its files) and lists the files to keep for offline use. A new build has
#                a new hash, so browsers install the new worker and drop the old copy.
#   oembed.json  the oEmbed endpoint (https://oembed.com, type "rich") for the site's public
#                address: FIRSTWALL_ORIGIN, default http://127.0.0.1:${PORT:-8080} (scripts/serve.sh).
#                It is a static file: every page advertises the Walls view's embed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
staging="${TRUNK_STAGING_DIR:?post-build.sh runs as a Trunk hook}"
if [ -z "${FIRSTWALL_ORIGIN:-}" ] && [ "${TRUNK_PROFILE:-}" = "release" ]; then
  echo "post-build: FIRSTWALL_ORIGIN is not set; oembed.json points at http://127.0.0.1:${PORT:-8080} (set it when building for a public host)" >&2
fi
origin="${FIRSTWALL_ORIGIN:-http://127.0.0.1:${PORT:-8080}}"
origin="${origin%/}"
cd "$staging"

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

files=$(find . -type f ! -name sw.js | sed 's|^\.||' | LC_ALL=C sort)
version=$(for file in $files; do cat ".$file"; done | cksum | tr -d ' ' | cut -c1-16)
{
  printf '// Written by scripts/post-build.sh for this build; the worker itself is below.\n'
  printf 'const VERSION = "%s";\n' "$version"
  printf 'const FILES = [\n'
  for file in $files; do printf '  "%s",\n' "$file"; done
  printf '];\n\n'
  cat "$here/service-worker.js"
} > sw.js
echo "post-build: sw.js (build $version, $(echo "$files" | wc -l) files) and oembed.json for $origin"
