// End-to-end journey through the Walls view in Chromium: the answer, a drag that moves it, a
// permalink that restores it, a bad link that is survived, keyboard use, and a benchmark of
// slider changes (printed, never asserted).
import assert from "node:assert/strict";
import { test } from "node:test";

import { openPage, screenshot, seriousA11yViolations, useSite, waitForApp, waitForVerdict } from "./harness.mjs";

const site = useSite();

const headline = (page) => page.textContent(".verdict-headline");

/** Drags a range input's thumb to `fraction` of its track with the mouse. */
async function dragSlider(page, selector, fraction) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const box = await page.locator(selector).boundingBox();
  const value = await page.$eval(selector, (input) => Number(input.value) / Number(input.max));
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 8 + value * (box.width - 16), y);
  await page.mouse.down();
  await page.mouse.move(box.x + 8 + fraction * (box.width - 16), y, { steps: 8 });
  await page.mouse.up();
}

test("drag a slider, watch the answer move, share it, reload it", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    assert.match(await headline(page), /^First wall: Power — in 2028, at 7\.2 × 10²⁸ FLOP \(3,600 × GPT\u20114\)/);
    // The odds across plausible worlds arrive from the background, and the chart gets its fans.
    await waitForVerdict(page);
    assert.match(await page.textContent("#verdict-odds"), /^Power, most likely: first in \d+ % of [\d,]+ plausible worlds around this scenario/);
    // The chart is below the first screen: it draws its fans as it comes into view.
    await page.locator("#trajectory-chart").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll("#trajectory-chart svg polygon").length >= 4);
    assert.match(await page.textContent("#trajectory-chart"), /Shaded: 80 % of [\d,]+ plausible worlds/);

    // Every assumption is in a closed fold at first, built when opened: open the Power group,
    // then drag.
    assert.equal(await page.locator("#param-pk").count(), 0);
    await page.click("details.param-group[data-params~='pk'] > summary");
    await dragSlider(page, "#param-pk", 1.0);
    await page.waitForFunction(() => !document.querySelector(".verdict-headline").textContent.startsWith("First wall: Power"));
    await waitForVerdict(page);
    const moved = await headline(page);
    assert.match(moved, /^First wall: (Cooling|Data|Compute)/);
    assert.match(await page.textContent("[data-param='power.campus_gw_2026'] .param-value"), /GW$/);

    // The address follows, and a new visitor with that address sees the same answer.
    await page.waitForFunction(() => location.search.includes("pk="));
    const shared = page.url();
    // The open wall's details follow the first wall (UX audit B4), so the link needs no `w`.
    assert.equal(await page.textContent("#wall-details-title"), moved.match(/^First wall: ([^—]+) —/)[1].trim());
    assert.match(shared, /\?v=2&pk=[0-9.]+$/);
    await screenshot(page, "walls-after-drag-desktop-light");
    const second = await openPage(site.browser, site.url);
    await second.page.goto(shared);
    await waitForApp(second.page);
    await waitForVerdict(second.page);
    assert.equal(await headline(second.page), moved);
    // The new visitor's open wall is the first wall, as it was for the one who shared.
    assert.equal(await second.page.getAttribute("#wall-details", "data-wall"), await second.page.getAttribute(".verdict-headline strong", "data-wall"));
    assert.deepEqual(second.problems(), []);
    await second.context.close();

    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("a malformed address shows a notice and a working page", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/?v=2&pk=%3Cscript%3E&u=-4&g=1e999&l=warp,fp4&p=nope", site.url).href);
    await waitForApp(page);
    const notices = await page.textContent("#notices");
    assert.match(notices, /not a number/);
    assert.match(notices, /it was set to 0\.01/);
    assert.match(notices, /unknown lever `warp`/);
    assert.match(notices, /preset `nope` does not exist/);
    assert.match(await headline(page), /^First wall: /);
    assert.equal(await page.isChecked("#lever-fp4"), true, "the valid part of the link still applies");
    await screenshot(page, "walls-bad-link-desktop-light");
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("keyboard: scrub a number, open a wall, switch presets", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    const scrub = page.locator(".scrub[data-param='power.campus_growth_per_year']");
    await scrub.focus();
    const before = Number(await scrub.getAttribute("aria-valuenow"));
    await page.keyboard.press("PageUp");
    await page.keyboard.press("ArrowRight");
    const after = Number(await scrub.getAttribute("aria-valuenow"));
    assert.ok(after > before, `${before} → ${after}`);

    await page.locator(".wall[data-wall='memory_network']").focus();
    await page.keyboard.press("Enter");
    assert.equal(await page.textContent("#wall-details-title"), "Memory & Network");
    assert.match(await page.textContent("#wall-details .formula"), /speed of light/);

    await page.selectOption("#preset-select", "source-2025");
    assert.match(await headline(page), /^First wall: Memory & Network — in 2024/);
    await page.selectOption("#compare-select", "epoch-2030");
    assert.match(await page.textContent(".compare-why"), /hits Power, in 2029/);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("a scrubbable number follows a mouse drag", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    // The odds arrive in the background and may move the page: measure the number once they have.
    await waitForVerdict(page);
    const selector = ".scrub[data-param='demand.growth_per_year']";
    const scrub = page.locator(selector);
    // The sentence is under the road: bring it into the window before pointing at it.
    await scrub.scrollIntoViewIfNeeded();
    const box = await scrub.boundingBox();
    const before = Number(await scrub.getAttribute("aria-valuenow"));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    // On a loaded machine the drag's last events may still be on their way: wait for the value.
    await page.waitForFunction(
      ([sel, was]) => Number(document.querySelector(sel)?.getAttribute("aria-valuenow")) > was,
      [selector, before],
    );
    const after = Number(await scrub.getAttribute("aria-valuenow"));
    assert.ok(after > before, `${before} → ${after}`);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("a chart off screen keeps its drawing until it comes into view; printing and exporting bring it up to date", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    // The chart's bands come with the fans, computed in the background once a change rests: each
    // drawing is compared once they are here, so that only a change of view can redraw it.
    await waitForVerdict(page);
    const chart = "#trajectory-chart";
    const markup = () => page.evaluate((c) => document.querySelector(c).innerHTML, chart);
    await page.locator(chart).scrollIntoViewIfNeeded();
    await page.waitForFunction((c) => !document.querySelector(c).hasAttribute("data-off-screen"), chart);
    const first = await markup();
    const inView = async () => {
      await waitForVerdict(page);
      await page.locator(chart).scrollIntoViewIfNeeded();
      await page.waitForFunction((c) => !document.querySelector(c).hasAttribute("data-off-screen"), chart);
    };
    // Back to the top, where the chart is out of view: a change made there leaves it as it was.
    const changeAtTheTop = async (times) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForFunction((c) => document.querySelector(c).hasAttribute("data-off-screen"), chart);
      const before = await page.evaluate(() => location.search);
      await page.focus(".scrub[data-param='demand.growth_per_year']");
      for (let i = 0; i < times; i++) await page.keyboard.press("ArrowUp");
      await page.waitForFunction((b) => location.search !== b && location.search.includes("g="), before);
    };
    await changeAtTheTop(1);
    assert.equal(await markup(), first, "not redrawn while out of view");
    // In view again, it is drawn for the scenario as it is now.
    await inView();
    await page.waitForFunction(([c, m]) => document.querySelector(c).innerHTML !== m, [chart, first]);
    const second = await markup();
    // Printing shows every chart: one out of view is brought up to date at once.
    await changeAtTheTop(2);
    assert.equal(await markup(), second, "not redrawn while out of view");
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    assert.notEqual(await markup(), second, "redrawn for printing");
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    // Shown as a table and back, the chart is a new element: it is watched, and redrawn in view.
    await inView();
    await page.click("#trajectory-chart-table-toggle");
    await page.waitForSelector("#trajectory-chart-data");
    await page.click("#trajectory-chart-table-toggle");
    await inView();
    const shown = await markup();
    await page.evaluate(() => { document.querySelector("details.param-group[data-params~='pk']").open = true; });
    await page.waitForSelector("#param-pk", { state: "attached" });
    await page.evaluate(() => {
      const slider = document.querySelector("#param-pk");
      slider.value = "300";
      slider.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await page.waitForFunction(([c, m]) => document.querySelector(c).innerHTML !== m, [chart, shown]);
    assert.equal(await page.getAttribute(chart, "data-off-screen"), null);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("a wall's assumptions table is built when its fold is opened, and for printing", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    const rows = () => page.locator("#wall-details .param-table tbody tr").count();
    const fold = "#wall-details details:has(.param-table) > summary";
    // Folded, the table has its head and no rows: nothing to bring up to date on each change.
    assert.equal(await rows(), 0);
    await page.click(fold);
    await page.waitForFunction(() => document.querySelectorAll("#wall-details .param-table tbody tr").length > 0);
    assert.ok((await page.locator("#wall-details .param-table tbody tr .source").count()) > 0, "with its sources");
    // Another wall's details are folded again, and printing (which shows folds) builds them.
    await page.click(".wall-diagram .wall[data-wall='data']");
    await page.waitForFunction(() => document.getElementById("wall-details")?.dataset.wall === "data");
    assert.equal(await rows(), 0);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    assert.ok((await rows()) > 0, "built for printing");
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("benchmark: slider change to updated page, 100 times (printed, not asserted)", async (t) => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    await page.click("details.param-group[data-params~='pk'] > summary");
    await page.waitForSelector("#param-pk");
    const timings = await page.evaluate(async () => {
      const slider = document.querySelector("#param-pk");
      const nextTask = () => new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      });
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // The app's updates run as microtasks after the event (Leptos's effects); these settle
      // after them.
      const settle = async () => { for (let k = 0; k < 32; k += 1) await Promise.resolve(); };
      const times = [];
      const own = [];
      const flips = [];
      for (let i = 0; i < 100; i += 1) {
        const wall = document.querySelector(".verdict-headline strong")?.dataset.wall;
        // Started in a frame, as a dragged slider's events are: the browser renders that frame
        // before the next task, so the time includes drawing the updated page.
        const start = performance.now();
        slider.value = String(200 + ((i * 37) % 600));
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        await settle();
        own.push(performance.now() - start); // the model, the memos and the DOM updates
        await nextTask(); // and the frame: style, layout, paint, commit
        void document.body.offsetHeight;
        times.push(performance.now() - start);
        flips.push(document.querySelector(".verdict-headline strong")?.dataset.wall !== wall);
        await frame();
      }
      // The control: the same frame with one character of the heading changed, timed the same
      // way — what any update costs this browser on this machine, the floor under the above.
      const probe = document.createElement("span");
      probe.setAttribute("aria-hidden", "true");
      document.querySelector("h1").append(probe);
      const floor = [];
      for (let i = 0; i < 100; i += 1) {
        const start = performance.now();
        probe.textContent = String(i % 10);
        await settle();
        await nextTask();
        void document.body.offsetHeight;
        floor.push(performance.now() - start);
        await frame();
      }
      probe.remove();
      return { times, own, flips, floor };
    });
    const stats = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      const quantile = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return `median ${quantile(0.5).toFixed(2)} ms, p95 ${quantile(0.95).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(2)} ms`;
    };
    const moved = timings.times.filter((_, i) => timings.flips[i]);
    t.diagnostic(`walls slider → updated page: ${stats(timings.times)} over ${timings.times.length} changes (target ≤ 8 ms p95)`);
    t.diagnostic(`  of which the app's own work (model, memos, DOM updates): ${stats(timings.own)}; the rest is the browser drawing the frame`);
    const movedOwn = timings.own.filter((_, i) => timings.flips[i]);
    t.diagnostic(`  the ${moved.length} changes that moved the first wall: ${moved.length ? `${stats(moved)}; the app's own work ${stats(movedOwn)}` : "none"}`);
    t.diagnostic(`  the control, one character of the heading changed in the same frame: ${stats(timings.floor)}`);
    assert.equal(timings.times.length, 100);
    assert.equal(timings.floor.length, 100);
    assert.ok(timings.flips.some(Boolean) && !timings.flips.every(Boolean), "the changes move the first wall, and not always");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("benchmark: last slider move to the fans and odds, 10 times (printed, not asserted)", async (t) => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    await waitForVerdict(page);
    await page.click("details.param-group[data-params~='pk'] > summary");
    await page.waitForSelector("#param-pk");
    const result = await page.evaluate(async () => {
      let longest = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      });
      observer.observe({ type: "longtask" });
      const slider = document.querySelector("#param-pk");
      const fresh = () => document.getElementById("verdict").dataset.fans === "fresh";
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const times = [];
      for (let i = 0; i < 10; i += 1) {
        slider.value = String(300 + ((i * 53) % 400));
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        const start = performance.now();
        await frame();
        while (!fresh()) await frame();
        times.push(performance.now() - start);
      }
      observer.disconnect();
      return { times, longest };
    });
    const sorted = [...result.times].sort((a, b) => a - b);
    const quantile = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    t.diagnostic(
      `last slider move → fans and odds (4,096 draws): median ${quantile(0.5).toFixed(0)} ms, p95 ${quantile(0.95).toFixed(0)} ms; longest main-thread task meanwhile ${result.longest.toFixed(0)} ms`,
    );
    assert.equal(result.times.length, 10);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("benchmark: cold load to an interactive page (printed, not asserted)", async (t) => {
  const times = [];
  for (let i = 0; i < 5; i += 1) {
    // A fresh context each time: nothing cached.
    const { context, page } = await openPage(site.browser, site.url);
    await page.goto(site.url);
    await waitForApp(page);
    // The verdict is computed and the assumptions are there to open: the page is interactive.
    await page.waitForSelector(".verdict-headline");
    await page.waitForSelector("details.param-group[data-params~='pk']", { state: "attached" });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  t.diagnostic(
    `cold load to interactive (localhost, no cache): median ${sorted[2].toFixed(0)} ms, worst ${sorted[4].toFixed(0)} ms over 5 loads (target ≤ 1000 ms)`,
  );
  assert.equal(times.length, 5);
});
