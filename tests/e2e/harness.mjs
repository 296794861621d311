// Shared set-up for the end-to-end tests: serve dist/ on a free port, launch Debian's Chromium
// through playwright-core, and watch every page for console errors and foreign requests.
import { createServer } from "node:http";
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

import { startServer } from "../../scripts/serve-dist.mjs";

const require = createRequire(import.meta.url);

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = process.env.FIRSTWALL_DIST ?? join(ROOT, "dist");
/** Screenshots go here; CI keeps them in the target dir (scripts/env.sh). */
export const SHOTS = join(process.env.FIRSTWALL_TARGET_DIR ?? join(ROOT, "target"), "e2e");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** The routes of src/routes.rs (`VIEWS`), with the titles each must show. */
export const ROUTES = [
  { path: "/", slug: "walls", title: "Who is the first wall?" },
  { path: "/sweep", slug: "sweep", title: "How sure are we? The first wall across uncertain worlds" },
  { path: "/datacenter", slug: "datacenter", title: "The AI data center is one system" },
  { path: "/memory", slug: "memory", title: "The memory wall" },
  { path: "/loop", slug: "loop", title: "Human with AI" },
  { path: "/claims", slug: "claims", title: "Checking the claims" },
  { path: "/engine", slug: "engine", title: "The optimization behind First Wall" },
];

/** How long a wait on a condition may take before the test fails, ms. */
export const WAIT_LIMIT_MS = 120_000;

/** Flags for headless Chromium as root on a machine with a closed network (toolchain.md). */
const BASE_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium; `webgpu: false` leaves WebGPU off, as in a browser without it. */
export async function launch({ webgpu = true } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: webgpu ? [...BASE_ARGS, "--enable-unsafe-webgpu"] : BASE_ARGS,
  });
}

/**
 * Registers `before`/`after` hooks that serve dist/ and launch Chromium once for a test file.
 * Returns an object whose `url` and `browser` are set once the hooks have run.
 */
export function useSite() {
  const site = {};
  before(async () => {
    ({ server: site.server, url: site.url } = await serve());
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

/** Serves dist/ on a free port of 127.0.0.1. */
export async function serve() {
  return startServer({ dir: DIST, port: 0 });
}

/**
 * Opens a page that records console errors, uncaught exceptions and requests to any origin but
 * the site's own. `problems()` lists them; a clean page returns [].
 */
export async function openPage(browser, siteUrl, { viewport = { width: 1280, height: 800 }, colorScheme = "light", reducedMotion = "no-preference" } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion });
  // Waits are on conditions; the limit only stops a test that can never pass, so it is generous
  // enough for a loaded machine.
  context.setDefaultTimeout(WAIT_LIMIT_MS);
  const page = await context.newPage();
  const origin = new URL(siteUrl).origin;
  const issues = [];
  page.on("console", (message) => {
    if (message.type() === "error") issues.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => issues.push(`uncaught: ${error.message}`));
  page.on("crash", () => issues.push("the page's renderer crashed"));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin) {
      issues.push(`request to another host: ${url}`);
    }
  });
  return { context, page, problems: () => [...issues] };
}

/**
 * Waits until the app has mounted (the first paint is gone and a view heading shows) and the view
 * is whole (its sections after the lead are built in a task of their own: `data-built`).
 */
export async function waitForApp(page) {
  await page.waitForSelector("#app h1");
  await page.waitForFunction(() => {
    // A view (`data-view`) says `data-built` once its sections after the lead are there.
    const view = document.querySelector("#app article.view[data-view]");
    return !document.getElementById("boot") && (!view || view.hasAttribute("data-built"));
  });
}

/**
 * Waits until the Walls view's verdict carries the odds for the scenario shown (computed in the
 * background after every change). `frame` may be a page or a frame locator's owner page.
 */
export async function waitForVerdict(page, timeout = WAIT_LIMIT_MS) {
  await page.waitForFunction(() => document.getElementById("verdict")?.dataset.fans === "fresh", null, { timeout });
}

/** axe-core's source, read once. */
let axeSource;

/** Runs axe-core in the page; returns the violations of impact serious or critical. */
export async function seriousA11yViolations(page) {
  // Evaluated rather than added as a <script>: the site's Content-Security-Policy (which the test
  // server applies) rightly refuses an inline script, and the tool is not the site.
  axeSource ??= await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { resultTypes: ["violations"] }),
  );
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Saves a screenshot under SHOTS: the whole page, or with `fullPage: false` what the viewport shows. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Opens a view's Share menu (it closes again once a choice is made). */
export async function openShare(page) {
  if (!(await page.$("details.share-menu[open]"))) await page.click("#share-open");
}

/** Serves `html` at every path of a second origin (another port of 127.0.0.1): a blog's page. */
export async function hostPage(html) {
  const server = createServer((request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}
