// End-to-end test of the Claims view: every claim with a verdict and sources; the filter; the
// model's own arithmetic on the page.
import assert from "node:assert/strict";
import { test } from "node:test";

import { openPage, screenshot, seriousA11yViolations, useSite, waitForApp } from "./harness.mjs";

const site = useSite();

test("claims carry verdicts and sources; the filter narrows them; the model's arithmetic shows", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/claims", site.url).href);
    await waitForApp(page);
    const all = await page.locator("#claims > li").count();
    assert.ok(all >= 12, `${all} claims`);
    assert.equal(await page.locator("#claims > li:not([hidden]) .claim-sources li").count() >= all, true);
    const gpt3 = page.locator("#claim-gpt3-a100");
    assert.match(await gpt3.textContent(), /34 days/);
    assert.equal(await gpt3.getAttribute("data-verdict"), "false");

    await page.click(".claim-filter button[data-verdict='false']");
    const visible = await page.locator("#claims > li:not([hidden])").count();
    assert.ok(visible >= 1 && visible < all, `${visible} of ${all} shown`);
    assert.equal(await page.locator("#claims > li:not([hidden]):not([data-verdict='false'])").count(), 0);
    assert.equal(await page.getAttribute(".claim-filter button[data-verdict='false']", "aria-pressed"), "true");
    await page.click(".claim-filter button:first-of-type");
    assert.equal(await page.locator("#claims > li:not([hidden])").count(), all);
    // The light-speed claim is computed from the registry's fibre length.
    assert.match(await page.textContent("#claim-speed-of-light-ms"), /110 ms/);
    await screenshot(page, "claims-filtered-desktop-light");
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
