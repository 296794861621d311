// What the build and the project's server promise (reliability audit F13, F9): the service worker
// knows every file the build emits and serves the content-hashed ones from its saved copy; the
// server answers every address with the app, malformed or long; and a browser fuzz — a few
// hundred hostile addresses over every route — always renders a view, with no console error,
// no injected markup and no script run from the address.
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { get as httpGet } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { join, relative } from "node:path";
import { test } from "node:test";

import { DIST, openPage, ROUTES, SHOTS, useSite, waitForApp } from "./harness.mjs";

const site = useSite();

/** Every file under `dir`, as the site serves it (`/index.html`, `/public/favicon.svg`). */
async function files(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(`/${relative(DIST, join(entry.parentPath ?? entry.path, entry.name))}`);
  }
  return found.sort();
}

/** The service worker's file list and its pattern for content-hashed names, read from sw.js. */
async function serviceWorker() {
  const text = await readFile(join(DIST, "sw.js"), "utf8");
  const list = text.match(/const FILES = (\[[\s\S]*?\]);/);
  const hashed = text.match(/const HASHED = \/(.*)\/;/);
  assert.ok(list && hashed, "sw.js names its files and its hashed pattern");
  return { files: JSON.parse(list[1].replace(/,\s*\]$/, "]")), hashed: new RegExp(hashed[1]) };
}

test("the service worker keeps every file of the build, and the hashed ones from its saved copy", async () => {
  const sw = await serviceWorker();
  // sw.js itself, the headers file (read by hosts, never fetched) and the compressed siblings (a
  // host's way of sending a file; the browser keeps it decoded) are not kept offline.
  const built = (await files(DIST)).filter((file) => file !== "/sw.js" && file !== "/_headers" && !/\.(br|gz)$/.test(file));
  assert.deepEqual([...sw.files].sort(), built);
  // The files index.html loads by content-hashed name (the app's JS, wasm and CSS): whatever
  // the number of hex digits Trunk writes (it drops leading zeros: 14 happen).
  const index = await readFile(join(DIST, "index.html"), "utf8");
  const loaded = [...index.matchAll(/(?:href|src)="(\/[^"]+-[0-9a-f]{6,16}(?:_bg)?\.(?:js|wasm|css))"/g)].map((m) => m[1]);
  assert.ok(loaded.length >= 3, `hashed files in index.html: ${loaded}`);
  for (const file of loaded) {
    assert.ok(sw.files.includes(file), `${file} is saved`);
    assert.match(file, sw.hashed, `${file} is served from the saved copy`);
  }
  assert.match("/firstwall-app-51f4d86b74fc61_bg.wasm", sw.hashed, "a 14-digit hash (reliability audit F13)");
  // The worker's files keep their names from build to build: never treated as immutable.
  for (const file of sw.files.filter((f) => f.startsWith("/sweep-worker"))) {
    assert.doesNotMatch(file, sw.hashed);
  }
});

/** A GET with `headers`, its body as it came (not decoded, unlike fetch). */
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

test("text and wasm go compressed, brotli first, with Vary; the build's siblings decode to their files", async () => {
  const index = await readFile(join(DIST, "index.html"), "utf8");
  const wasm = /href="(\/firstwall-app-[0-9a-f]+_bg\.wasm)"/.exec(index)?.[1];
  assert.ok(wasm, "index.html preloads the app's wasm");
  const raw = await readFile(join(DIST, wasm));
  const identity = (bytes) => bytes;
  const sent = {};
  for (const [accept, encoding, decode] of [
    ["gzip, deflate, br", "br", brotliDecompressSync],
    ["gzip", "gzip", gunzipSync],
    ["br;q=0, gzip;q=0.5", "gzip", gunzipSync],
    ["identity", undefined, identity],
    [undefined, undefined, identity],
  ]) {
    const { headers, body } = await rawGet(new URL(wasm, site.url), accept ? { "Accept-Encoding": accept } : {});
    assert.equal(headers["content-encoding"], encoding, `${accept}`);
    assert.equal(headers.vary, "Accept-Encoding", `${accept}`);
    assert.equal(Number(headers["content-length"]), body.length, `${accept}`);
    assert.ok(decode(body).equals(raw), `${accept}: the bytes decode to the file`);
    sent[encoding ?? "identity"] = body.length;
  }
  // The entries go compressed too; an image, compressed already, as it is.
  const entry = await rawGet(new URL("/sweep", site.url), { "Accept-Encoding": "br" });
  assert.equal(entry.headers["content-encoding"], "br");
  assert.match(brotliDecompressSync(entry.body).toString("utf8"), /How sure are we\?/);
  const png = await rawGet(new URL("/preview/walls.png", site.url), { "Accept-Encoding": "br" });
  assert.equal(png.headers["content-encoding"], undefined);
  assert.equal(png.headers.vary, undefined);
  // The release build writes a .br and a .gz beside each text and wasm file, for static hosts.
  const all = await files(DIST);
  const siblings = all.filter((file) => /\.(br|gz)$/.test(file));
  assert.ok(all.includes(`${wasm}.br`) && all.includes(`${wasm}.gz`), "the wasm's siblings");
  for (const sibling of siblings) {
    const original = await readFile(join(DIST, sibling.replace(/\.(br|gz)$/, "")));
    const bytes = await readFile(join(DIST, sibling));
    const decoded = sibling.endsWith(".br") ? brotliDecompressSync(bytes) : gunzipSync(bytes);
    assert.ok(decoded.equals(original), `${sibling} decodes to its file`);
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `app wasm as sent: ${kb(sent.identity)} raw, ${kb(sent.gzip)} gzip, ${kb(sent.br)} brotli; ` +
      `${siblings.length} compressed siblings in dist/`,
  );
});

test("the server answers every address with the app: malformed escapes, long addresses", async () => {
  for (const path of ["/%E0%A4%A", "/%", "/claims/%ZZ", `/?pk=${"9".repeat(100_000)}`]) {
    const response = await fetch(new URL(path, site.url));
    assert.equal(response.status, 200, path.slice(0, 40));
    assert.match(await response.text(), /id="boot"/, path.slice(0, 40));
  }
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/%E0%A4%A", site.url).href);
    await waitForApp(page);
    assert.equal(await page.textContent("#app h1"), "Page not found");
    // A percent-encoded key means what the plain one does, in the page's script and in the app
    // (F9): a whole embed, not half of one.
    await page.goto(new URL("/claims?%65mbed=1", site.url).href);
    await waitForApp(page);
    assert.equal(await page.getAttribute("html", "data-embed"), "");
    assert.equal(await page.$(".skip-link"), null);
    assert.ok(await page.$("#embed-open-full"), "the embed's credit line");
    // An address longer than First Wall reads: the defaults, and a notice that says why.
    await page.goto(new URL(`/?pk=1.5&x=${"y".repeat(20_000)}`, site.url).href);
    await waitForApp(page);
    assert.match(await page.textContent("#notices"), /more than First Wall reads \(16 KB\); they were ignored/);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

/** A small seeded generator, so every run tries the same addresses. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  "v", "p", "l", "sn", "ss", "se", "gx", "gy", "gr", "w", "stage", "verdict", "chip", "llm", "bpp", "batch",
  "ctx", "dec", "from", "present", "pk", "g", "u", "dt", "n", "acc", "cool", "power.campus_gw_2026", "%65mbed",
  "%73n", "nope", "__proto__", "",
];
const VALUES = [
  "1", "0", "-0", "1.5", "1e308", "1e309", "5e-324", "NaN", "Infinity", "-1", "18446744073709551616", "",
  "%E0%A4%A", "%", "%00", "%0A", "+", "٣", "<script>window.__xss=1</script>", "\"><img src=x onerror=window.__xss=1>",
  "javascript:window.__xss=1", "{{7*7}}", "'-alert(1)-'", "power", "h100", "gb200", "air", "fp4,moe", "cpu",
  "source-2025", "epoch-2030", "learning", "claim:nope", "9".repeat(400),
];

/** An address on `path` made of real keys, hostile values and bad escapes. */
function address(random, path) {
  const pick = (items) => items[Math.floor(random() * items.length)];
  const pairs = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
    const value = random() < 0.5 ? encodeURIComponent(pick(VALUES)) : pick(VALUES);
    return random() < 0.1 ? pick(KEYS) : `${pick(KEYS)}=${value}`;
  });
  return `${path}?${pairs.join("&")}`;
}

/** Resolves to what `promise` gives, or to `fallback` after `ms` (a page that hangs must not hang the report). */
function within(promise, ms, fallback) {
  return Promise.race([promise.catch((reason) => `failed: ${reason.message}`), new Promise((resolve) => setTimeout(() => resolve(fallback), ms))]);
}

/**
 * What a page shows instead of a view, for the failure message: where it is, the loading text or
 * the panic banner, whether the service worker controls it, and how the app's files loaded (a
 * fetch that never finished has no end). Each read has a time limit, so a hung renderer is
 * reported, not waited for.
 */
async function describe(page) {
  const state = await within(
    page.evaluate(() => ({
      location: location.href.slice(0, 200),
      readyState: document.readyState,
      boot: document.getElementById("boot")?.textContent ?? null,
      panic: document.getElementById("panic-banner")?.textContent?.slice(0, 200) ?? null,
      app: document.getElementById("app")?.innerHTML.slice(0, 300) ?? null,
      serviceWorker: Boolean(navigator.serviceWorker?.controller),
      files: performance
        .getEntriesByType("resource")
        .filter((entry) => /firstwall-app|sweep-worker/.test(entry.name))
        .map((entry) => ({ name: entry.name.split("/").pop(), ms: Math.round(entry.duration), status: entry.responseStatus ?? null, viaWorker: entry.workerStart > 0 })),
    })),
    10_000,
    "the page did not answer within 10 s (a hung renderer?)",
  );
  const shot = await within(page.screenshot({ path: join(SHOTS, "fuzz-failure.png") }).then(() => "saved"), 10_000, "timed out");
  return `shown: ${JSON.stringify(state)}\nscreenshot (fuzz-failure.png): ${shot}`;
}

test("browser fuzz: hostile addresses on every route render a view, escaped, without errors", async (t) => {
  const perRoute = 40;
  const random = generator(0xf125);
  const dialogs = [];
  let tried = 0;
  let withNotices = 0;
  // A fresh page per route, as a new tab would be: each full load instantiates the app's wasm
  // (and /sweep's two workers theirs), V8 reserves ~10 GB of address space for each wasm memory,
  // and hundreds of loads in one tab within two minutes can outpace its collection of the old
  // ones ("Out of memory: Cannot allocate Wasm memory" — seen twice in CI, never with fresh tabs).
  for (const route of [...ROUTES, { path: "/no-such-page", title: "Page not found" }]) {
    const { context, page, problems } = await openPage(site.browser, site.url);
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    try {
      for (let i = 0; i < perRoute; i += 1) {
        const url = address(random, route.path);
        await page.goto(new URL(url, site.url).href);
        try {
          await waitForApp(page);
        } catch (error) {
          throw new Error(`${error.message}\naddress: ${url.slice(0, 200)}\n${await describe(page)}\nproblems: ${problems()}`);
        }
        const seen = await page.evaluate(() => {
          const app = document.getElementById("app");
          const handlers = [...app.querySelectorAll("*")].flatMap((el) =>
            [...el.attributes].filter((a) => a.name.startsWith("on") || /^\s*javascript:/i.test(a.value)).map((a) => `${el.tagName} ${a.name}`),
          );
          return {
            h1: app.querySelector("h1")?.textContent ?? "",
            scripts: app.querySelectorAll("script, img[src='x'], iframe").length,
            handlers,
            xss: window.__xss ?? null,
            notices: document.getElementById("notices")?.textContent ?? "",
          };
        });
        const where = url.slice(0, 120);
        assert.ok(seen.h1.length > 0, `no heading: ${where}`);
        assert.equal(seen.scripts, 0, where);
        assert.deepEqual(seen.handlers, [], where);
        assert.equal(seen.xss, null, where);
        if (seen.notices) withNotices += 1;
        tried += 1;
      }
      assert.deepEqual(problems(), [], route.path);
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(dialogs, []);
  t.diagnostic(`browser fuzz: ${tried} addresses over ${ROUTES.length + 1} routes rendered, ${withNotices} with notices, 0 console errors, 0 injections`);
});
