// Compressed copies of a built site's text and wasm files, for static hosts that serve a file's
// `.br` or `.gz` sibling when the browser accepts it (nginx's gzip_static and brotli_static,
// Caddy's precompressed, Netlify and Cloudflare compress by themselves). scripts/post-build.sh runs
// it last; scripts/serve-dist.mjs serves the siblings, with `Vary: Accept-Encoding`.
//
//   node scripts/compress.mjs DIR
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The kinds of file worth compressing (images are compressed already). */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".txt", ".webmanifest"]);

/** Whether a file of this name is worth compressing. */
export function compressible(path) {
  return COMPRESSIBLE.has(extname(path));
}

/** `bytes` gzipped (level 9) and brotli-compressed (quality 11, the most). */
export function compress(bytes) {
  return {
    gz: gzipSync(bytes, { level: 9 }),
    br: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  };
}

/** Every file under `dir`, recursively. */
async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const dir = process.argv[2];
  if (!dir || !(await stat(dir).catch(() => null))?.isDirectory()) {
    console.error("compress.mjs: give the built site's folder, e.g. dist");
    process.exit(2);
  }
  let count = 0;
  let raw = 0;
  let brotli = 0;
  for await (const path of files(dir)) {
    if (!compressible(path)) continue;
    const bytes = await readFile(path);
    const { gz, br } = compress(bytes);
    // A sibling that saves nothing would only cost a lookup.
    if (gz.length < bytes.length) await writeFile(`${path}.gz`, gz);
    if (br.length < bytes.length) await writeFile(`${path}.br`, br);
    count += 1;
    raw += bytes.length;
    brotli += Math.min(br.length, bytes.length);
  }
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`compress.mjs: ${count} files, ${kb(raw)} → ${kb(brotli)} with brotli (.br and .gz beside each)`);
}
