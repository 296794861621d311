// End-to-end test of the views' own wasm modules (src/views/split.rs, scripts/split-wasm.sh): a
// view's first visit fetches the main wasm and that view's modules, and no other view's; another view's module comes on the way to it; a module that cannot be fetched
// leaves a clear message and a way to try again, never a blank page or a stopped app.
import assert from "node:assert/strict";
import { test } from "node:test";

import { readLaterModules, readViewModules } from "../../scripts/wasm-split-map.mjs";
import { DIST, openPage, screenshot, useSite, waitForApp, waitForVerdict } from "./harness.mjs";

const site = useSite();
const modules = readViewModules(DIST);
const later = readLaterModules(DIST);
const name = (url) => new URL(url).pathname.slice(1);

test("a view's first visit fetches the main wasm and its own modules, and no other view's", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    const fetched = [];
    page.on("request", (request) => {
      if (request.url().endsWith(".wasm")) fetched.push(name(request.url()));
    });
    await page.goto(new URL("/claims", site.url).href);
    await waitForApp(page);
    await page.waitForSelector("#claims > li");

    const main = fetched.find((file) => /^firstwall-app-\w+_bg\.wasm$/.test(file));
    assert.ok(main, "the main wasm fetched");
    assert.ok(modules.claims.includes("split_view_claims.wasm"), "Claims has a module of its own");
    for (const file of [main, ...modules.claims]) assert.ok(fetched.includes(file), `${file} fetched`);
    const others = fetched.filter((file) => file.startsWith("split_view_") && file !== "split_view_claims.wasm");
    assert.deepEqual(others, [], "no other view's module on the first visit");
    const every = new Set(Object.values(modules).flat()).size + 1;
    console.log(`# first visit of /claims: ${fetched.filter((file) => file !== "sweep-worker_bg.wasm").length} of the app's ${every} wasm files`);

    // Another view's module is fetched on the way to it.
    await page.click(".site-nav a[href='/memory']");
    await page.waitForSelector("#app article.view[data-view='memory'][data-built]");
    assert.ok(fetched.includes("split_view_memory.wasm"), "the Memory wall's module fetched on the way");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("a view whose module is on the way shows its title and says it is busy, then comes", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    const held = async (route) => { await released; await route.continue(); };
    await context.route("**/split_view_memory.wasm", held);
    await page.goto(new URL("/claims", site.url).href);
    await waitForApp(page);
    await page.click(".site-nav a[href='/memory']");
    const waiting = page.locator("#app article.view-loading[data-view='memory'][aria-busy='true']");
    await waiting.waitFor();
    assert.equal(await waiting.locator("h1").textContent(), "The memory wall");
    assert.equal(await page.title(), "The memory wall — First Wall");
    release();
    await page.waitForSelector("#app article.view[data-view='memory'][data-built]");
    assert.equal(await page.locator("#app article.view-loading").count(), 0);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("a view whose module cannot be fetched says so, the rest still works, and trying again fetches it", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { viewport: { width: 390, height: 844 } });
  try {
    const blocked = (route) => route.abort("internetdisconnected");
    await context.route("**/split_view_claims.wasm", blocked);
    await page.goto(new URL("/claims", site.url).href);
    const alert = page.locator("#app article.not-loaded[role=alert]");
    await alert.waitFor();
    assert.equal(await alert.locator("h1").textContent(), "Checking the claims");
    assert.match(await alert.textContent(), /could not be downloaded/);
    assert.equal(await page.locator("#boot").count(), 0, "the first paint is gone");
    assert.equal(await page.locator(".panic-banner").count(), 0, "the app did not stop");
    await screenshot(page, "split-not-loaded-phone-light");

    // The rest of the app works: another view opens.
    await page.click(".site-nav a[href='/memory']");
    await page.waitForSelector("#app article.view[data-view='memory'][data-built]");

    // Back online, the same view loads: a failed fetch is not remembered.
    await context.unroute("**/split_view_claims.wasm", blocked);
    await page.click(".site-nav a[href='/claims']");
    await page.waitForSelector("#claims > li");
    assert.equal(await page.locator(".panic-banner").count(), 0);

    // Only the failed fetch's own report on the console; nothing uncaught.
    const unexpected = problems().filter((problem) => !/console error: .*(split_view_claims|Failed to fetch|Failed to load resource|TypeError)/s.test(problem));
    assert.deepEqual(unexpected, []);
  } finally {
    await context.close();
  }
});

test("Try again reloads the page and the view comes back", async () => {
  const { context, page } = await openPage(site.browser, site.url);
  try {
    const blocked = (route) => route.abort("internetdisconnected");
    await context.route("**/split_view_memory.wasm", blocked);
    await page.goto(new URL("/memory", site.url).href);
    const retry = page.locator("#app article.not-loaded button", { hasText: "Try again" });
    await retry.waitFor();
    await context.unroute("**/split_view_memory.wasm", blocked);
    await retry.click();
    await page.waitForSelector("#app article.view[data-view='memory'][data-built]");
  } finally {
    await context.close();
  }
});

test("the Walls view's sections after its lead come in a module of their own, after the view's first modules", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    const fetched = [];
    page.on("request", (request) => {
      if (request.url().endsWith(".wasm")) fetched.push(name(request.url()));
    });
    await page.goto(site.url);
    await waitForApp(page);
    await waitForVerdict(page);
    assert.ok(later.walls?.includes("split_later_walls.wasm"), "the sections after the lead have a module of their own");
    assert.ok(!modules.walls.includes("split_later_walls.wasm"), "which the first view does not wait for");
    for (const file of later.walls) assert.ok(fetched.includes(file), `${file} fetched`);
    // Everything the first view needs was asked for before the later module.
    const at = fetched.indexOf("split_later_walls.wasm");
    for (const file of modules.walls) assert.ok(fetched.indexOf(file) < at, `${file} before the sections after the lead`);
    // The sections are there: the chart, the assumptions, the source view's fold.
    for (const selector of ["#trajectory-figure", "#assumptions-title", "#source-view-title"]) {
      assert.equal(await page.locator(selector).count(), 1, selector);
    }
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("when the sections after the Walls view's lead cannot be fetched, the answer stands and a message says so", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { viewport: { width: 390, height: 844 } });
  try {
    const blocked = (route) => route.abort("internetdisconnected");
    await context.route("**/split_later_walls.wasm", blocked);
    await page.goto(site.url);
    await waitForApp(page);
    const alert = page.locator("#app article.view[data-view='walls'] section.not-loaded[role=alert]");
    await alert.waitFor();
    assert.match(await alert.textContent(), /could not be downloaded/);
    assert.ok(await alert.locator("button", { hasText: "Try again" }).isVisible());
    // The lead, the verdict and the road, is the app's and stands.
    assert.ok(await page.locator("#app #walls-answer").isVisible(), "the answer is shown");
    assert.equal(await page.locator(".panic-banner").count(), 0, "the app did not stop");
    // The odds, whose code is in that module, are said not to come rather than to be on the way.
    await page.waitForFunction(() => /could not be computed/.test(document.querySelector("#verdict-odds")?.textContent ?? ""));
    await screenshot(page, "split-walls-rest-not-loaded-phone-light");
    const unexpected = problems().filter((problem) => !/console error: .*(split_later_walls|Failed to fetch|Failed to load resource|TypeError)/s.test(problem));
    assert.deepEqual(unexpected, []);
  } finally {
    await context.close();
  }
});
