// Which files each view's wasm needs, read from the __wasm_split.js that wasm-split-cli writes
// (scripts/split-wasm.sh): the view's own module (split_view_<slug>.wasm, from the split points in
// src/views/split.rs) and the modules of code it shares with other views (chunk_<n>.wasm); and,
// for a view whose sections after the lead have a module of their own (split_later_<slug>.wasm),
// what they need. scripts/size-report.sh adds them up for each view's first visit;
// tests/e2e/split.test.mjs checks that a first visit fetches them.
//
//   node scripts/wasm-split-map.mjs DIR    prints { views: { slug: [files] }, later: { … } }
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * `{ slug: [file, …] }` from the text of __wasm_split.js: for each view, its own module (if it
 * has code of its own) and then the shared modules it waits for. Throws if the text has none, so
 * that a new wasm-split-cli that writes another format fails the build instead of preloading
 * nothing.
 */
export function viewModules(loader) {
  const views = splitModules(loader, "view");
  if (Object.keys(views).length === 0) throw new Error("wasm-split-map: no view modules in __wasm_split.js");
  return views;
}

/**
 * `{ slug: [file, …] }` for the views whose sections after the lead are in a module of their own
 * (`later_<slug>` in src/views/split.rs, fetched once the view's first modules are here): that
 * module and the shared modules it waits for, some of which the view's first visit has fetched
 * already.
 */
export function laterModules(loader) {
  return splitModules(loader, "later");
}

/** `{ name: [file, …] }` for the split points whose module is named `<prefix>_<name>`. */
function splitModules(loader, prefix) {
  const chunks = new Map(
    [...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.-]+\.wasm)"/g)].map(
      (m) => [m[1], m[2]],
    ),
  );
  const views = {};
  const load = new RegExp(String.raw`export const __wasm_split_load_${prefix}_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([^\]]*)\]\)\);`, "g");
  for (const m of loader.matchAll(load)) {
    const own = /new URL\("\.\/([\w.-]+\.wasm)"/.exec(m[2]);
    const deps = m[3].split(",").map((name) => name.trim()).filter(Boolean);
    const files = deps.map((name) => {
      const file = chunks.get(name);
      if (!file) throw new Error(`wasm-split-map: ${name} has no file in __wasm_split.js`);
      return file;
    });
    views[m[1]] = own ? [own[1], ...files] : files;
  }
  return views;
}

/** viewModules of the __wasm_split.js in `dir`. */
export function readViewModules(dir) {
  return viewModules(readFileSync(join(dir, "__wasm_split.js"), "utf8"));
}

/** laterModules of the __wasm_split.js in `dir`. */
export function readLaterModules(dir) {
  return laterModules(readFileSync(join(dir, "__wasm_split.js"), "utf8"));
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const dir = process.argv[2] ?? ".";
  console.log(JSON.stringify({ views: readViewModules(dir), later: readLaterModules(dir) }, null, 2));
}
