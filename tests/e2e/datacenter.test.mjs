// End-to-end tests of the Data center view: an infeasible cooling choice is shown as such, the
// power chain changes the facility power, sites apply, and the walls follow the data center.
import assert from "node:assert/strict";
import { test } from "node:test";

import { openPage, screenshot, seriousA11yViolations, useSite, waitForApp } from "./harness.mjs";

const site = useSite();

const megawatts = async (page, selector) => Number((await page.textContent(selector)).replace(/[^0-9.]/g, ""));

test("air cooling with a rack-scale accelerator is infeasible, with the reason", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/datacenter", site.url).href);
    await waitForApp(page);
    assert.match(await page.textContent("#cooling-verdict"), /^Cooling works/);
    await page.selectOption("#param-acc", "gb200");
    await page.selectOption("#param-cool", "air");
    const verdict = page.locator("#cooling-verdict");
    assert.equal(await verdict.getAttribute("role"), "alert");
    assert.match(await verdict.textContent(), /Cannot be cooled: GB200 NVL72 is designed for liquid cooling only \(132 kW racks\); air cannot cool it/);
    assert.match(await page.textContent("[data-link=cooling] .chain-flag"), /Rack at 132 kW: air cannot remove it/);
    await screenshot(page, "datacenter-infeasible-desktop-light");
    // Back to liquid: feasible again.
    await page.selectOption("#param-cool", "direct-liquid");
    assert.match(await page.textContent("#cooling-verdict"), /^Cooling works/);
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("switching the power chain changes the facility power, and the walls follow", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/datacenter", site.url).href);
    await waitForApp(page);
    const ac = await megawatts(page, "#dc-facility");
    const itAc = await megawatts(page, "#dc-it");
    const wallsBefore = await page.textContent("#dc-walls");
    await page.selectOption("#param-chain", "dc-800v");
    const dc = await megawatts(page, "#dc-facility");
    assert.ok(dc < ac * 0.96 && dc > ac * 0.9, `${ac} MW → ${dc} MW`);
    // 800 V DC also drops the servers' own AC-to-DC stage, so the same chips draw less IT power.
    const itDc = await megawatts(page, "#dc-it");
    assert.ok(itDc < itAc, `${itAc} MW → ${itDc} MW of IT`);
    // The same change reaches the Walls view: the power wall moves later.
    await page.click(".site-nav a[href='/']");
    await page.waitForFunction(() => location.pathname === "/");
    await page.waitForSelector(".verdict-headline");
    assert.match(await page.textContent(".verdict-headline"), /^First wall: /);
    await page.waitForFunction(() => location.search.includes("chain=dc-800v"));
    assert.match(wallsBefore, /For the frontier, with data centers like this one, the first wall is Power, in 2028/);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("a real site sets the data center, and the flows have a table", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/datacenter", site.url).href);
    await waitForApp(page);
    await page.click("[data-site=h100-100k]");
    assert.equal(await page.inputValue("#param-cool"), "air");
    const it = await megawatts(page, "#dc-it");
    assert.ok(it > 135 && it < 165, `${it} MW of IT for 100,000 H100 (SemiAnalysis: over 150 MW)`);
    assert.match(await page.textContent("#power-flow"), /From the grid/);
    await screenshot(page, "datacenter-100k-h100-desktop-light");
    await page.click("#power-flow-table-toggle");
    assert.match(await page.textContent("#power-flow-table"), /Cooling plant/);
    await page.click("[data-site=gigawatt]");
    assert.equal(await page.inputValue("#param-acc"), "gb300");
    assert.equal(await page.inputValue("#param-chain"), "ac");
    assert.ok(Math.abs((await megawatts(page, "#dc-facility")) - 1000) < 1);
    await page.click("[data-site=vera-rubin-800v]");
    assert.equal(await page.inputValue("#param-chain"), "dc-800v");
    assert.ok(Math.abs((await megawatts(page, "#dc-facility")) - 1000) < 1);
    // The announced Vera Rubin figures are marked preliminary where they are shown.
    assert.match(await page.textContent(".dc-results"), /figures as announced, not yet measured/);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
