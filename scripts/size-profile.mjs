// Where the app wasm's bytes go: reads the wasm that Cargo builds for Trunk (before wasm-bindgen
// and wasm-opt, so that it still has its function names), and sums its code by crate, with the
// largest functions and the data. The shares carry over to the shipped wasm, which wasm-opt
// shrinks as a whole (see docs/ARCHITECTURE.md, "Size").
//
//   node scripts/size-profile.mjs [WASM] [--top N] [--min-kb K] [--markdown]
//
// WASM defaults to $CARGO_TARGET_DIR/wasm32-unknown-unknown/web/firstwall-app.wasm (the `web`
// profile that `trunk build --release` uses). `--markdown` prints the tables as committed in
// docs/ARCHITECTURE.md. No dependency: the wasm binary format is read here.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, at];
    shift += 7;
  }
}

/** A length-prefixed UTF-8 name at `at`; returns [text, next offset]. */
function name(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [Buffer.from(bytes.subarray(start, start + length)).toString("utf8"), start + length];
}

/** Skips a table's or memory's limits. */
function limits(bytes, at) {
  const flags = bytes[at++];
  [, at] = leb(bytes, at);
  if (flags & 1) [, at] = leb(bytes, at);
  return at;
}

/**
 * The sections of a wasm module that a size profile needs: every function body's size by function
 * index (imports first, as the index space has them), the names, the data and the rest.
 */
export function readModule(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error("not a wasm module");
  let at = 8;
  let imported = 0;
  const bodies = [];
  const names = new Map();
  const sections = { code: 0, data: 0, custom: 0, other: 0 };
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    if (id === 2) {
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        [, p] = name(bytes, p);
        [, p] = name(bytes, p);
        const kind = bytes[p++];
        if (kind === 0) {
          [, p] = leb(bytes, p);
          imported++;
        } else if (kind === 1) {
          p = limits(bytes, p + 1);
        } else if (kind === 2) {
          p = limits(bytes, p);
        } else if (kind === 3) {
          p += 2;
        } else {
          [, p] = leb(bytes, p + 1);
        }
      }
      sections.other += end - at;
    } else if (id === 10) {
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        const [length, body] = leb(bytes, p);
        bodies.push(body + length - p);
        p = body + length;
      }
      sections.code += end - at;
    } else if (id === 11) {
      sections.data += end - at;
    } else if (id === 0) {
      const [section, p0] = name(bytes, start);
      if (section === "name") {
        let p = p0;
        while (p < end) {
          const kind = bytes[p];
          const [length, sub] = leb(bytes, p + 1);
          if (kind === 1) {
            let [count, q] = leb(bytes, sub);
            for (let i = 0; i < count; i++) {
              let index;
              let text;
              [index, q] = leb(bytes, q);
              [text, q] = name(bytes, q);
              names.set(index, text);
            }
          }
          p = sub + length;
        }
      }
      sections.custom += end - at;
    } else {
      sections.other += end - at;
    }
    at = end;
  }
  const functions = bodies.map((size, i) => ({ name: names.get(imported + i) ?? `function ${imported + i}`, size }));
  return { functions, sections };
}

/** The escapes of Rust's legacy mangling (`$LT$` for `<` …). */
function unescape(text) {
  const codes = { SP: "@", BP: "*", RF: "&", LT: "<", GT: ">", LP: "(", RP: ")", C: "," };
  return text
    .replace(/\$u([0-9a-f]{2,6})\$/g, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\$([A-Z]{1,2})\$/g, (all, code) => codes[code] ?? all)
    .replace(/(^|::)_(<|\{\{)/g, "$1$2");
}

/**
 * A function's name for people: Rust's legacy mangling (`_ZN3foo3bar17h…E`) undone without the
 * hash; a v0-mangled name (`_R…`, the precompiled standard library) as `crate::…` with the crate
 * read from it; the name section's own (already readable) names cleaned of leftover escapes.
 */
export function demangle(symbol) {
  if (/^_R/.test(symbol)) {
    const crate = /C(?:s[0-9A-Za-z]*_)?(\d+)/.exec(symbol);
    if (!crate) return symbol;
    const start = crate.index + crate[0].length;
    return `${symbol.slice(start, start + Number(crate[1]))}::${symbol}`;
  }
  const match = /^_?_ZN(.*)E$/.exec(symbol);
  if (!match) return unescape(symbol);
  const parts = [];
  let rest = match[1];
  while (rest.length > 0) {
    const length = /^\d+/.exec(rest);
    if (!length) break;
    const start = length[0].length;
    parts.push(rest.slice(start, start + Number(length[0])));
    rest = rest.slice(start + Number(length[0]));
  }
  if (parts.length > 1 && /^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  return unescape(parts.join("::").replace(/\.\./g, "::"));
}

/** The crate a (demangled) function belongs to: its path's first name; `<T as Trait>` counts as T's. */
export function crateOf(text) {
  let path = text.replace(/^[<&*\s]+/, "").replace(/^(?:mut |const |dyn )/, "");
  const generic = /^[A-Z][A-Za-z0-9]*( as |>)/.test(path);
  if (generic) {
    const as = text.indexOf(" as ");
    if (as >= 0) path = text.slice(as + 4).replace(/^[<&*\s]+/, "");
  }
  const first = /^([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(path);
  if (first) return first[1];
  if (/^(memcpy|memset|memmove|memcmp|__rust|rust_|__rdl|__rg|__wbindgen|__wbg|__externref|dlmalloc)/.test(text)) {
    return "wasm-bindgen and runtime";
  }
  return "other";
}

/** The profile of the wasm at `path`: code by crate, the largest functions, the sections. */
export function profile(path, top = 15) {
  const bytes = readFileSync(path);
  const { functions, sections } = readModule(bytes);
  const byCrate = new Map();
  const named = functions.map((f) => ({ ...f, name: demangle(f.name) }));
  for (const f of named) {
    const crate = crateOf(f.name);
    const entry = byCrate.get(crate) ?? { crate, size: 0, count: 0 };
    entry.size += f.size;
    entry.count += 1;
    byCrate.set(crate, entry);
  }
  // wasm-bindgen's `__wbindgen_describe_*` functions tell it the bindings' types, and it removes
  // them: they never ship.
  const removed = named.filter((f) => f.name.startsWith("__wbindgen_describe"));
  for (const f of removed) byCrate.get(crateOf(f.name)).size -= f.size;
  const removedBytes = removed.reduce((sum, f) => sum + f.size, 0);
  const code = named.reduce((sum, f) => sum + f.size, 0) - removedBytes;
  return {
    bytes: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    sections,
    code,
    crates: [...byCrate.values()].sort((a, b) => b.size - a.size),
    largest: [...named].sort((a, b) => b.size - a.size).slice(0, top),
    removed: removedBytes,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const share = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf("--top");
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
  const markdown = args.includes("--markdown");
  const minAt = args.indexOf("--min-kb");
  const minBytes = 1024 * (minAt >= 0 ? Number(args[minAt + 1]) : 1);
  const targetDir = process.env.CARGO_TARGET_DIR ?? resolve(new URL("..", import.meta.url).pathname, "target");
  const path = args.find((a, i) => !a.startsWith("--") && !["--top", "--min-kb"].includes(args[i - 1])) ??
    join(targetDir, "wasm32-unknown-unknown", "web", "firstwall-app.wasm");
  let p;
  try {
    p = profile(path, top);
  } catch (error) {
    console.error(`size-profile: cannot read ${path}: ${error.message} (build it with \`trunk build --release\`)`);
    process.exit(2);
  }
  const crates = p.crates.filter((c) => c.size >= minBytes);
  const small = p.crates.filter((c) => c.size < minBytes).reduce((sum, c) => sum + c.size, 0);
  if (markdown) {
    console.log(`| crate | code | share of code | functions |\n|---|---:|---:|---:|`);
    for (const c of crates) console.log(`| \`${c.crate}\` | ${kb(c.size)} | ${share(c.size, p.code)} | ${c.count} |`);
    if (small > 0) console.log(`| (smaller crates) | ${kb(small)} | ${share(small, p.code)} | |`);
    console.log(`| **code** | **${kb(p.code)}** | | |\n| data (strings, tables) | ${kb(p.sections.data)} | | |`);
    console.log(`\n| largest functions | size |\n|---|---:|`);
    for (const f of p.largest) console.log(`| \`${f.name.replace(/\|/g, "\\|").slice(0, 110)}\` | ${kb(f.size)} |`);
  } else {
    console.log(`size profile of ${path} (before wasm-bindgen and wasm-opt): ${kb(p.bytes)}, ${kb(p.gzip)} gzipped, names included`);
    console.log(`  code ${kb(p.code)} (and ${kb(p.removed)} that wasm-bindgen removes), data ${kb(p.sections.data)}, names and other custom sections ${kb(p.sections.custom)}`);
    console.log("  code by crate:");
    for (const c of crates) console.log(`    ${c.crate.padEnd(24)} ${kb(c.size).padStart(10)}  ${share(c.size, p.code).padStart(7)}  ${c.count} functions`);
    if (small > 0) console.log(`    ${"(smaller crates)".padEnd(24)} ${kb(small).padStart(10)}  ${share(small, p.code).padStart(7)}`);
    console.log(`  largest functions:`);
    for (const f of p.largest) console.log(`    ${kb(f.size).padStart(9)}  ${f.name.slice(0, 120)}`);
  }
}
