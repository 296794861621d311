// End-to-end tests of the sweep engine's protocol with workers that misbehave (reliability audit
// F1–F3, F10): a worker that hangs, throws, answers twice or answers late; runs that overlap;
// leaving the view mid-run; Cancel with a wedged worker. The faults are injected by serving the
// worker's loader with a prelude; the answer must be the same as a clean run's, on the workers,
// never restarted on the page. Waits are on conditions only.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { DIST, launch, openPage, serve, waitForApp } from "./harness.mjs";

let server;
let siteUrl;
let browser;
let loader;
/** A clean run's results: 1,000,000 samples with seed 11 on the workers. */
let reference;

const SAMPLES = 1_000_000;
const ADDRESS = `/sweep?sn=${SAMPLES}&ss=11&se=cpu&gr=64`;

before(async () => {
  ({ server, url: siteUrl } = await serve());
  browser = await launch({ webgpu: false });
  loader = await readFile(join(DIST, "public", "sweep-worker-loader.js"), "utf8");
  const { context, page } = await openPage(browser, siteUrl);
  try {
    await page.goto(new URL(ADDRESS, siteUrl).href);
    await waitForApp(page);
    reference = await settled(page);
    assert.match(reference.badge, /background threads? · double precision/);
  } finally {
    await context.close();
  }
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * A prelude for the worker's loader. `mode`: "hang" (a busy loop, on request number `at`),
 * "throw" (an uncaught error instead of an answer, on request `at`), "twice" (every answer
 * posted twice), "late" (every answer `delayMs` late).
 */
function prelude({ mode, at = 0, delayMs = 0 }) {
  return `(function () {
  var mode = ${JSON.stringify(mode)}, at = ${at}, delayMs = ${delayMs}, seen = 0;
  self.addEventListener("message", function (event) {
    seen += 1;
    if (seen !== at) return;
    if (mode === "hang") { for (;;) {} }
    if (mode === "throw") { event.stopImmediatePropagation(); throw new Error("injected fault"); }
  });
  var post = self.postMessage.bind(self);
  self.postMessage = function (message) {
    if (message === "ready") return post(message);
    if (mode === "twice") { post(message); return post(message); }
    if (mode === "late") { setTimeout(function () { post(message); }, delayMs); return; }
    return post(message);
  };
})();
`;
}

/**
 * Opens a page whose workers load with `fault`'s prelude: only the first worker started when
 * `firstOnly`, else every one. Counts the workers the page starts and closes.
 */
async function faultyPage(fault, { firstOnly = true } = {}) {
  const opened = await openPage(browser, siteUrl);
  let served = 0;
  await opened.context.route("**/sweep-worker-loader.js", (route) => {
    served += 1;
    const body = !firstOnly || served === 1 ? prelude(fault) + loader : loader;
    return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
  });
  const workers = { started: 0, closed: 0 };
  opened.page.on("worker", (worker) => {
    workers.started += 1;
    worker.on("close", () => (workers.closed += 1));
  });
  return { ...opened, workers };
}

/**
 * The results of a finished sweep of SAMPLES samples, once no sweep runs; with `after` (an
 * earlier result), of a later run than that one.
 */
async function settled(page, after = null, timeout = 600_000) {
  await page.waitForFunction(
    ([n, before]) =>
      document.getElementById("sweep-status")?.dataset.running === "false" &&
      Number(document.getElementById("sweep-results")?.dataset.samples) === n &&
      document.getElementById("sweep-results")?.dataset.elapsedMs !== before,
    [SAMPLES, after?.elapsedMs ?? null],
    { timeout },
  );
  return page.evaluate(() => {
    const el = document.getElementById("sweep-results");
    return {
      elapsedMs: el.dataset.elapsedMs,
      engine: el.dataset.engine,
      shares: JSON.parse(el.dataset.shares),
      p50: Number(el.dataset.p50),
      badge: document.getElementById("engine-badge").textContent,
      notes: document.getElementById("engine-notes")?.textContent ?? "",
    };
  });
}

/** The same answer as the clean run, computed by the workers (not the page). */
function assertSameAnswerOnWorkers(result) {
  assert.match(result.badge, /background threads? · double precision/, result.notes);
  assert.doesNotMatch(result.notes, /ran on the page/);
  assert.deepEqual(result.shares, reference.shares);
  assert.equal(result.p50, reference.p50);
}

/** Problems other than the injected faults themselves. */
function unexpected(problems) {
  return problems().filter((p) => !/injected fault/.test(p));
}

test("a worker that hangs: its chunk goes to another worker, and the answer is the clean run's", async () => {
  const { context, page, problems } = await faultyPage({ mode: "hang", at: 3 });
  try {
    await page.goto(new URL(ADDRESS, siteUrl).href);
    await waitForApp(page);
    const result = await settled(page);
    assertSameAnswerOnWorkers(result);
    assert.match(result.notes, /computed again by another worker \(a worker gave no answer within \d+(\.\d)? s\)/);
    assert.deepEqual(unexpected(problems), []);
  } finally {
    await context.close();
  }
});

test("a worker that throws: it is replaced, its chunk retried, the answer unchanged", async () => {
  const { context, page, problems } = await faultyPage({ mode: "throw", at: 2 });
  try {
    await page.goto(new URL(ADDRESS, siteUrl).href);
    await waitForApp(page);
    const result = await settled(page);
    assertSameAnswerOnWorkers(result);
    assert.match(result.notes, /computed again by another worker \(the worker failed: .*injected fault/);
    assert.deepEqual(unexpected(problems), []);
  } finally {
    await context.close();
  }
});

test("workers that answer twice: the second copies are dropped, nothing is counted twice", async () => {
  const { context, page, problems } = await faultyPage({ mode: "twice" }, { firstOnly: false });
  try {
    await page.goto(new URL(ADDRESS, siteUrl).href);
    await waitForApp(page);
    const result = await settled(page);
    assertSameAnswerOnWorkers(result);
    assert.equal(result.notes, "");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("late answers, overlapping runs and leaving mid-run: every answer reaches its own run", async () => {
  // 700 ms late: on two workers each run below takes 20 s or so, so the later ones are still
  // going well past the 30 s start-up deadline, which (F1) once cut live runs off.
  const { context, page, problems, workers } = await faultyPage({ mode: "late", delayMs: 700 }, { firstOnly: false });
  try {
    await page.goto(new URL(`${ADDRESS.replace("gr=64", "gr=256")}`, siteUrl).href);
    await waitForApp(page);
    const first = await settled(page);
    assertSameAnswerOnWorkers(first);
    // F10: the first visit's sweep and diagram share one pool, at most one worker per core.
    const cores = await page.evaluate(() => Math.min(4, Math.max(1, navigator.hardwareConcurrency)));
    assert.ok(workers.started <= cores, `${workers.started} workers for ${cores} cores`);
    assert.equal(workers.closed, 0);

    // F2: the diagram (8 chunks) and the sweep (50) at once, on the same workers: each gets its
    // answers, and the diagram, sharing the workers fairly, is drawn while the sweep still runs.
    await page.waitForSelector("#phase-engine");
    const drawnBefore = await page.textContent("#phase-engine");
    await page.evaluate(() => {
      document.getElementById("sweep-run").click();
      document.getElementById("phase-draw").click();
    });
    const sweepWhenDrawn = await page.waitForFunction(
      (before) => {
        const drawn = document.getElementById("phase-engine")?.textContent;
        return drawn && drawn !== before && document.getElementById("sweep-status").dataset.running;
      },
      drawnBefore,
    );
    assert.equal(await sweepWhenDrawn.jsonValue(), "true", "the diagram waited for the whole sweep");
    assert.match(await page.textContent("#phase-engine .badge"), /background thread/);
    assert.equal(await page.$("#phase-engine + ul.notice"), null, "no note under the diagram");
    const both = await settled(page, first);
    assertSameAnswerOnWorkers(both);
    assert.equal(both.notes, "");

    // F2: leave the view while a sweep runs, come back: the late answers of the cancelled run go
    // nowhere, and the new run is the clean one.
    await page.click("#sweep-run");
    await page.waitForFunction(() => Number(document.getElementById("sweep-progress").value) > 0);
    await page.click("a[href^='/claims']");
    await page.waitForFunction(() => location.pathname === "/claims");
    await page.goBack();
    await page.waitForFunction(() => location.pathname === "/sweep");
    const again = await settled(page, both);
    assertSameAnswerOnWorkers(again);
    assert.equal(again.notes, "");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("Cancel ends a run whose worker is wedged, and the next run works", async () => {
  const { context, page, problems, workers } = await faultyPage({ mode: "hang", at: 2 });
  try {
    await page.goto(new URL("/sweep?sn=100000000&ss=11&se=cpu&gr=64", siteUrl).href);
    await waitForApp(page);
    await page.waitForSelector("#phase-engine");
    await page.click("#sweep-run");
    await page.waitForFunction(() => Number(document.getElementById("sweep-progress").value) > 0);
    await page.click("#sweep-cancel");
    await page.waitForFunction(() => document.getElementById("sweep-status").dataset.running === "false");
    // Ended by the cancel itself, not by the wedged worker's replacement at its deadline (30 s:
    // nothing of its kind was measured when it was sent).
    assert.equal(workers.closed, 0, "the run ended only when the wedged worker was replaced");
    assert.match(await page.textContent("#sweep-status"), /Cancelled/);
    assert.equal(await page.isEnabled("#sweep-run"), true);
    await page.selectOption("#sweep-samples", String(SAMPLES));
    await page.click("#sweep-run");
    assertSameAnswerOnWorkers(await settled(page));
    assert.deepEqual(unexpected(problems), []);
  } finally {
    await context.close();
  }
});

test("a worker whose wasm cannot load says so at once: the page computes, with a note", async () => {
  const { context, page, problems } = await openPage(browser, siteUrl);
  try {
    await context.route("**/sweep-worker_bg.wasm", (route) => route.abort());
    await page.goto(new URL("/sweep?sn=10000&ss=11&se=cpu&gr=16", siteUrl).href);
    await waitForApp(page);
    await page.waitForFunction(() => document.getElementById("sweep-status")?.dataset.running === "false" && document.getElementById("sweep-results"));
    const notes = await page.textContent("#engine-notes");
    assert.match(await page.textContent("#engine-badge"), /^This page, in small slices/);
    // The loader's own report, not the 30 s start-up deadline.
    assert.match(notes, /Background workers could not start \(/);
    assert.doesNotMatch(notes, /did not start within/);
    assert.ok(problems().every((p) => /sweep-worker|Failed to load resource/.test(p)), problems().join("\n"));
  } finally {
    await context.close();
  }
});
