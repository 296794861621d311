// End-to-end test of the Human with AI view: the stages explain themselves and show this app's
// own work; sharing and exporting open only once the visitor has checked the assumptions.
import assert from "node:assert/strict";
import { test } from "node:test";

import { openPage, screenshot, seriousA11yViolations, useSite, waitForApp } from "./harness.mjs";

const site = useSite();

test("stages explain themselves; verifying the assumptions enables the action", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { reducedMotion: "reduce" });
  try {
    await page.goto(new URL("/loop", site.url).href);
    await waitForApp(page);
    // Reduced motion: the flow does not move.
    assert.equal(await page.$eval(".loop-diagram .flow", (el) => getComputedStyle(el).animationName), "none");

    // The AI row is the app's own work: inference is the current first wall.
    await page.click(".stage[data-stage='inference']");
    assert.match(await page.textContent("#loop-detail"), /the first wall is Power, in Q[1-4] 2028\./);
    // Keyboard: Tab onto a stage selects it.
    await page.focus(".stage[data-stage='learning']");
    assert.match(await page.textContent("#loop-detail"), /registry of \d+ assumptions/);
    assert.equal(await page.getAttribute(".stage[data-stage='learning']", "aria-pressed"), "true");

    // Action is locked until every assumption is checked.
    assert.equal(await page.isDisabled("#loop-copy"), true);
    assert.equal(await page.locator("#loop-export").count(), 0);
    const boxes = page.locator("#checklist input[type=checkbox]");
    const n = await boxes.count();
    assert.equal(n, 4);
    for (let i = 0; i < n; i += 1) await boxes.nth(i).check();
    assert.match(await page.textContent("#verify-status"), /All checked/);
    assert.equal(await page.isDisabled("#loop-copy"), false);
    const href = await page.getAttribute("#loop-export", "href");
    assert.ok(href.startsWith("data:application/json"), href.slice(0, 40));
    const file = JSON.parse(decodeURIComponent(href.slice(href.indexOf(",") + 1)));
    assert.equal(file.version, 2);
    assert.equal(file.preset, "evidence-2026");
    await screenshot(page, "loop-verified-desktop-light");
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
