// How fast each view starts (issue 19), as Lighthouse 12 measures it: for every route, the mobile
// profile (a mid-range phone: 4× slower CPU, slow 4G, simulated) and the desktop profile, against
// the built site served compressed as a host serves it (scripts/serve-dist.mjs: brotli or gzip).
// Printed — performance score, LCP, TBT, CLS and the longest main-thread task — never asserted:
// speed depends on the machine and its load. What is asserted is that each run measured the page
// (no runtime error, every metric a number) so that a broken measurement cannot pass as a figure.
import assert from "node:assert/strict";
import { test } from "node:test";

import { CHROMIUM, ROUTES, useSite } from "./harness.mjs";

const site = useSite();

/** One Lighthouse run of `url` on Chromium listening at `port`; the figures it gives. */
async function measure(lighthouse, url, port, config, flags) {
  // A run that Lighthouse itself could not finish (a busy machine can starve its trace) is run
  // again, twice at most; a page that fails three times is a failure.
  let lhr;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = await lighthouse(url, { port, logLevel: "error", output: "json", onlyCategories: ["performance"], ...flags }, config);
    lhr = result.lhr;
    if (lhr.runtimeError === undefined && lhr.categories.performance.score !== null) break;
    console.log(`Lighthouse could not measure ${url} (attempt ${attempt}): ${lhr.runtimeError?.message ?? "no score"}`);
  }
  assert.equal(lhr.runtimeError, undefined, `${url}: ${lhr.runtimeError?.message}`);
  const value = (id) => lhr.audits[id]?.numericValue;
  const tasks = lhr.audits["long-tasks"]?.details?.items ?? [];
  const figures = {
    score: lhr.categories.performance.score,
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    fcp: value("first-contentful-paint"),
    longest: tasks.reduce((most, task) => Math.max(most, task.duration ?? 0), 0),
    bytes: value("total-byte-weight"),
  };

  for (const [name, number] of Object.entries(figures)) {
    assert.ok(Number.isFinite(number), `${url}: ${name} is ${number}`);
  }
  return figures;
}

test("every route's start-up, mobile and desktop, as Lighthouse measures it (printed)", async () => {
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktop } = await import("lighthouse/core/config/desktop-config.js");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const rows = [];
  try {
    for (const route of ROUTES) {
      const url = new URL(route.path, site.url).href;
      for (const [profile, config, flags] of [
        ["mobile", undefined, {}],
        // The same phone, throttled for real rather than simulated: Lighthouse's simulation
        // replays the order of an unthrottled load, in which the wasm arrives before the first
        // paint; on a real slow network the first paint (scripts/entries.mjs) comes long before.
        ["mobile*", undefined, { throttlingMethod: "devtools" }],
        ["desktop", desktop, {}],
      ]) {
        const f = await measure(lighthouse, url, chrome.port, config, flags);
        rows.push(
          `${route.path.padEnd(12)} ${profile.padEnd(8)} score ${String(Math.round(f.score * 100)).padStart(3)}  ` +
            `LCP ${(f.lcp / 1000).toFixed(2)} s  FCP ${(f.fcp / 1000).toFixed(2)} s  TBT ${Math.round(f.tbt)} ms  ` +
            `CLS ${f.cls.toFixed(3)}  longest task ${Math.round(f.longest)} ms  ${Math.round(f.bytes / 1024)} KiB`,
        );
      }
    }
  } finally {
    await chrome.kill();
  }
  console.log(
    `Lighthouse 12 on the compressed server (mobile: simulated throttling; mobile*: applied, ` +
      `a real slow 4G and 4× slower CPU; desktop: simulated):\n${rows.join("\n")}`,
  );
});
