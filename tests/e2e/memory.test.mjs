// End-to-end test of the Memory wall view: the roofline answers the chip, model, precision and
// batch chosen; the levers speed memory-bound decoding up; the growth chart follows its start year.
import assert from "node:assert/strict";
import { test } from "node:test";

import { openPage, screenshot, seriousA11yViolations, useSite, waitForApp } from "./harness.mjs";

const site = useSite();

const headline = (page) => page.locator(".roofline-headline");
const tokens = async (page) => Number((await headline(page).textContent()).match(/At most ([\d,]+) tokens/)[1].replace(/,/g, ""));

test("the roofline answers the chip, model, precision and batch; levers and growth chart respond", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/memory", site.url).href);
    await waitForApp(page);
    // Llama 2 70B at 16 bits, batch 1, on H100s: memory-bound, two devices, ~47 tokens/s.
    assert.equal(await headline(page).getAttribute("data-bound"), "memory");
    assert.equal(await headline(page).getAttribute("data-devices"), "2");
    const base = await tokens(page);
    assert.ok(base > 40 && base < 55, `${base} tokens/s`);
    assert.match(await page.textContent("#roofline-verdict"), /ridge of 295/);

    // 8-bit weights: one device.
    await page.selectOption("#roofline-precision", "1");
    await page.waitForFunction(() => document.querySelector(".roofline-headline")?.dataset.devices === "1");
    // A small context and a batch of 1,024 cross the ridge: compute-bound.
    await page.selectOption("#roofline-context", "1024");
    await page.selectOption("#roofline-batch", "1024");
    await page.waitForFunction(() => document.querySelector(".roofline-headline")?.dataset.bound === "compute");
    assert.equal(await page.locator(".roofline-chart .workload-compute").count(), 1);

    // Back to batch 1: speculative decoding doubles memory-bound tokens/s.
    await page.selectOption("#roofline-batch", "1");
    await page.waitForFunction(() => document.querySelector(".roofline-headline")?.dataset.bound === "memory");
    const before = await tokens(page);
    await page.check("#lever-speculative");
    await page.waitForFunction((b) => {
      const m = document.querySelector(".roofline-headline")?.textContent.match(/At most ([\d,]+) tokens/);
      return m && Number(m[1].replace(/,/g, "")) > b * 1.5;
    }, before);

    // The growth chart redraws from another start year.
    await page.selectOption("#growth-start", "2022");
    // A chart draws for the latest choice when it is in view (one off screen waits: ui/on_screen.rs).
    await page.locator("#growth-chart").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#growth-chart svg title")?.textContent.includes("from 2022"));
    assert.equal(await page.locator("#growth-chart polyline").count(), 6);
    await screenshot(page, "memory-interacted-desktop-light");
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
