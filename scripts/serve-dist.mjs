// Serves a built First Wall (dist/) on 127.0.0.1, as a static host with single-page-app fallback
// would: files as they are, a directory's index.html (each view's entry, /claims →
// claims/index.html, with its own link preview), and index.html for any other path, so that
// unknown routes reach the app's router (which shows its 404 view). Every address gets the app:
// a path with a malformed escape (`/%E0%A4%A`) is not a file, so it gets index.html too, and
// addresses up to 1 MiB are read (Node's default would answer 431 past 16 KB; the app itself
// ignores settings past 16 KB with a notice). Every response carries the headers of the build's
// `_headers` file (scripts/post-build.sh: CORS for sandboxed embeds, the Content-Security-Policy),
// as Netlify or Cloudflare Pages would send them; without that file it still allows every origin.
// Text and wasm go compressed, as a real host sends them: the build's `.br` or `.gz` sibling
// (scripts/compress.mjs) where the browser accepts that encoding — brotli first — or one made on
// the fly and kept, with `Vary: Accept-Encoding`.
//
//   node scripts/serve-dist.mjs [--dir dist] [--port 8080]
//
// The end-to-end tests import `startServer` and run it on a free port.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

import { compress, compressible } from "./compress.mjs";

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

/** Request headers, the address included, up to 1 MiB (Node's default is 16 KB). */
const MAX_HEADER_BYTES = 1 << 20;

/**
 * The headers a `_headers` file (Netlify's and Cloudflare Pages' format) gives every path: the
 * lines indented under `/*`. Other path patterns are not used by this site.
 */
async function siteHeaders(root) {
  let text;
  try {
    text = await readFile(join(root, "_headers"), "utf8");
  } catch {
    return { "Access-Control-Allow-Origin": "*" };
  }
  const headers = {};
  let forAll = false;
  for (const line of text.split("\n")) {
    if (!/^\s/.test(line)) {
      forAll = line.trim() === "/*";
    } else if (forAll && line.includes(":")) {
      const at = line.indexOf(":");
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

/** The encodings a request accepts (`br`, `gzip`), by its Accept-Encoding, in our order. */
export function acceptedEncodings(header = "") {
  const accepted = new Map();
  for (const part of header.toLowerCase().split(",")) {
    const [token, ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    if (token) accepted.set(token, q === undefined ? 1 : Number(q));
  }
  const star = accepted.get("*");
  return ["br", "gzip"].filter((encoding) => (accepted.get(encoding) ?? star ?? 0) > 0);
}

/** Compressed copies made on the fly, by path and encoding, for a build without siblings. */
const made = new Map();

/** The body of `file` in the first of `encodings` it has: [bytes, encoding or null]. */
async function encoded(file, body, encodings) {
  for (const encoding of encodings) {
    const suffix = encoding === "br" ? ".br" : ".gz";
    const sibling = await fileOrNull(file + suffix);
    if (sibling) return [await readFile(sibling), encoding];
    const key = `${file}${suffix}`;
    if (!made.has(key)) {
      const both = compress(body);
      made.set(`${file}.br`, both.br);
      made.set(`${file}.gz`, both.gz);
    }
    return [made.get(key), encoding];
  }
  return [body, null];
}

async function fileOrNull(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

/** Starts the server; resolves to `{ server, url }` once it listens. Port 0 picks a free port. */
export async function startServer({ dir = "dist", port = 8080, host = "127.0.0.1" } = {}) {
  const root = resolve(dir);
  const index = join(root, "index.html");
  if (!(await fileOrNull(index))) {
    throw new Error(`no index.html in ${root}: run \`trunk build --release\` first`);
  }
  const headers = await siteHeaders(root);
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, async (request, response) => {
    try {
      let file = index;
      let pathname = null;
      try {
        pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
      } catch {
        // A malformed escape names no file: the app answers (its 404 view).
      }
      if (pathname !== null) {
        const candidate = normalize(join(root, pathname));
        const inside = candidate === root || candidate.startsWith(root + sep);
        // A file; else a view's own entry (/sweep → sweep/index.html, with its link preview);
        // else the app, which routes (its 404 view included).
        file = (inside && ((await fileOrNull(candidate)) || (await fileOrNull(join(candidate, "index.html"))))) || index;
      }
      const raw = await readFile(file);
      const [body, encoding] = compressible(file)
        ? await encoded(file, raw, acceptedEncodings(request.headers["accept-encoding"]))
        : [raw, null];
      response.writeHead(200, {
        "Content-Type": MIME_TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Length": body.length,
        ...(encoding ? { "Content-Encoding": encoding } : {}),
        ...(compressible(file) ? { Vary: "Accept-Encoding" } : {}),
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
        // Every file to every origin: a frame in sandbox="allow-scripts" (WordPress's embeds) has
        // the origin `null`, and its module script and wasm are CORS requests. The site is public
        // and sends no credentials, so `*` gives nothing away. And the site's policy.
        ...headers,
      });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch (error) {
      response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(`could not read the file: ${error.message}\n`);
    }
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(port, host, resolveListen);
  });
  const { port: actualPort } = server.address();
  return { server, url: `http://${host}:${actualPort}/` };
}

function argument(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number.parseInt(argument("port", "8080"), 10);
  startServer({ dir: argument("dir", "dist"), port })
    .then(({ url }) => console.log(`First Wall is being served at ${url} (Ctrl-C stops it)`))
    .catch((error) => {
      console.error(`serve-dist: ${error.message}`);
      process.exit(1);
    });
}
