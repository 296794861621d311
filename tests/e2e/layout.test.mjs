// Picture first (issue 16): every chart is laid out for the width it has — no text under 11 px
// on a phone — each view's figure is in the first screen, Walls is short with its folds closed,
// and the folds and glossary terms work by keyboard. Sizes are printed as well as checked.
import assert from "node:assert/strict";
import { test } from "node:test";

import { ROUTES, openPage, seriousA11yViolations, useSite, waitForApp, waitForVerdict } from "./harness.mjs";

const site = useSite();

/** The smallest text a reader can meet: the minimum, over the charts, of rendered font sizes. */
const SMALLEST_TEXT_PX = 11;

/** What each route draws once it is ready, and the figure it leads with. */
const CHARTS = {
  "/": ["#road-title + figure svg", "#trajectory-chart svg"],
  "/sweep": ["#share-bar-chart svg", "#year-histogram svg", "#tornado svg"],
  "/datacenter": ["#power-flow svg"],
  "/memory": ["#roofline-chart svg", "#growth-chart svg"],
  "/loop": ["svg.loop-diagram"],
  "/claims": [],
  "/engine": [],
};
/** What each route shows first: its figure (or, on the two views of text, what leads them). */
const LEADS = {
  "/": ".wall-diagram",
  "/sweep": "#share-bar-chart",
  "/datacenter": "#chain-links",
  "/memory": "#roofline-chart",
  "/loop": "svg.loop-diagram",
  "/claims": ".claim-filter",
  "/engine": ".card",
};

/** For each chart: its id, the smallest rendered font size of its text (px), and its width. */
function measureCharts(selectors) {
  return selectors.map((selector) => {
    const svg = document.querySelector(selector);
    const ctm = svg.getScreenCTM();
    const scale = Math.hypot(ctm.a, ctm.b);
    let smallest = Infinity;
    let text = "";
    for (const t of svg.querySelectorAll("text")) {
      if (!t.textContent.trim()) continue;
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (px < smallest) [smallest, text] = [px, t.textContent.trim().slice(0, 24)];
    }
    return { selector, smallest, text, width: svg.getBoundingClientRect().width };
  });
}

test("at 390 px every chart's text is at least 11 px and each view leads with its figure", async () => {
  const viewport = { width: 390, height: 844 };
  const { context, page, problems } = await openPage(site.browser, site.url, { viewport });
  try {
    for (const route of ROUTES) {
      await page.goto(new URL(route.path, site.url).href);
      await waitForApp(page);
      const charts = CHARTS[route.path];
      for (const selector of charts) await page.waitForSelector(selector);
      for (const chart of await page.evaluate(measureCharts, charts)) {
        console.log(`chart text at 390 px: ${route.path} ${chart.selector}: smallest ${chart.smallest.toFixed(1)} px ("${chart.text}"), ${Math.round(chart.width)} px wide`);
        assert.ok(chart.smallest >= SMALLEST_TEXT_PX, `${route.path} ${chart.selector}: "${chart.text}" is ${chart.smallest.toFixed(1)} px`);
        assert.ok(chart.width <= viewport.width, `${route.path} ${chart.selector} is ${chart.width} px wide`);
      }
      const top = await page.evaluate((lead) => document.querySelector(lead).getBoundingClientRect().top, LEADS[route.path]);
      console.log(`first figure at 390 × 844: ${route.path} starts ${Math.round(top)} px down`);
      assert.ok(top < viewport.height, `${route.path}: ${LEADS[route.path]} starts at ${top} px, below the first screen`);
    }
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("at 1280 × 800 each view's figure starts in the first screen", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    for (const route of ROUTES) {
      await page.goto(new URL(route.path, site.url).href);
      await waitForApp(page);
      await page.waitForSelector(LEADS[route.path]);
      const top = await page.evaluate((lead) => document.querySelector(lead).getBoundingClientRect().top, LEADS[route.path]);
      console.log(`first figure at 1280 × 800: ${route.path} starts ${Math.round(top)} px down`);
      assert.ok(top < 800, `${route.path}: ${LEADS[route.path]} starts at ${top} px`);
    }
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("the road redraws for the width it has when the window is resized", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    const road = ".wall-diagram svg";
    const wide = Number(await page.getAttribute(road, "width"));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction((sel) => Number(document.querySelector(sel).getAttribute("width")) < 400, road);
    // On a phone the algorithms sign sits above the road on one line.
    assert.match(await page.textContent(".software-sign"), /Algorithms: no wall · ×/);
    console.log(`road: ${wide} px wide at 1280, ${await page.getAttribute(road, "width")} px at 390`);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("Walls on a desktop: under 3,000 px with every fold closed; folds and terms work by keyboard", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    await waitForVerdict(page);
    assert.equal(await page.locator("main details[open]").count(), 0, "every fold starts closed");
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`Walls at 1280 × 800, folds closed: ${height} px tall`);
    assert.ok(height < 3000, `${height} px`);

    // A fold opens and closes from the keyboard.
    const levers = "details.levers";
    await page.focus(`${levers} > summary`);
    await page.keyboard.press("Enter");
    assert.equal(await page.locator(`${levers}[open]`).count(), 1);
    await page.keyboard.press("Enter");
    assert.equal(await page.locator(`${levers}[open]`).count(), 0);

    // A glossary term says what it means when focused, and is described by its entry.
    const term = "#verdict .term";
    await page.focus(term);
    const shown = await page.evaluate((sel) => getComputedStyle(document.querySelector(sel), "::after").content, term);
    assert.match(shown, /Floating-point operations/);
    const described = await page.getAttribute(term, "aria-describedby");
    assert.match(await page.textContent(`#${described}`), /Floating-point operations/);

    // Sources are numbered once per view: a reference opens the list at its entry.
    await page.focus(".chart-note > summary");
    await page.keyboard.press("Enter");
    const first = page.locator(".chart-note .source .cite");
    const n = (await first.textContent()).replace(/\D/g, "");
    await first.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#sources[open]");
    assert.equal(await page.evaluate(() => document.activeElement.id), `source-${n}`);
    assert.match(await page.getAttribute(`#source-${n} a`, "href"), /^https:\/\//);
    assert.deepEqual(await seriousA11yViolations(page), []);

    // The Share menu is one control after the figure, and opens by keyboard.
    await page.focus("#share-open");
    await page.keyboard.press("Enter");
    assert.ok(await page.isVisible("#copy-link"));
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
