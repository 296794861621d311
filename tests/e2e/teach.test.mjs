// Teaching (issue 17, first part): question cards, goal seek on the Walls view, and a tour that
// starts at the view it is started from — by keyboard.
import assert from "node:assert/strict";
import { test } from "node:test";

import { openPage, seriousA11yViolations, useSite, waitForApp } from "./harness.mjs";

const site = useSite();

const headlineYear = async (page) => Number((await page.textContent(".verdict-headline")).match(/in (20\d\d)/)?.[1]);

test("question cards and goal seek work by keyboard, and a found change does it", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    const before = await headlineYear(page);

    // A question card asks the goal seek about 2035 and says what to look at.
    await page.focus("[data-question='past-2035']");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#goal-result p");
    assert.equal(await page.inputValue("#goal-year"), "2035");
    assert.match(await page.textContent("#question-look"), /Look at the list/);
    assert.match(await page.textContent("#goal-result"), /pushes the first wall past 2035|No single assumption|Nothing to change/);

    // The year before the first wall's: many assumptions can each do it alone.
    await page.focus("#goal-year");
    await page.selectOption("#goal-year", String(before));
    await page.focus("#goal-run");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelectorAll("#goal-list li").length >= 5);
    const listed = await page.locator("#goal-list li").count();
    const first = page.locator("#goal-list li button").first();
    await first.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((was) => {
      const year = Number(document.querySelector(".verdict-headline").textContent.match(/in (20\d\d)/)?.[1]);
      return year > was;
    }, before);
    assert.match(await page.textContent("#goal-result"), /ask again/);
    console.log(`goal seek: past ${before}, ${listed} single changes listed; the first applied moves the first wall to ${await headlineYear(page)}`);
    assert.deepEqual(await seriousA11yViolations(page), []);

    // A card that sets assumptions: chips cooled by air.
    await page.focus("[data-question='air-cooled']");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector(".verdict-headline").textContent.startsWith("First wall: Cooling"));
    assert.equal(await page.getAttribute("[data-question='air-cooled']", "aria-pressed"), "true");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("the tour starts at the scene of the view it is started from", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/memory", site.url).href);
    await waitForApp(page);
    await page.keyboard.press("p");
    await page.waitForFunction(() => document.querySelector("#present-counter")?.textContent === "Scene 3 of 7");
    assert.equal(new URL(page.url()).pathname, "/memory");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector(".present-bar"));
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("a teacher's link hides parts, and keeps them hidden when shared, embedded, moved or presented", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/?hide=questions,assumptions,nope", site.url).href);
    await waitForApp(page);
    assert.equal(await page.isVisible(".questions"), false);
    assert.equal(await page.isVisible("section.assumptions"), false);
    assert.ok(await page.isVisible(".wall-diagram"), "the figure stays");
    assert.match(await page.textContent("#notices"), /Ignored hide = `nope`: the parts a link can hide are share, questions/);
    // The embed snippet carries it.
    await page.click("#share-open");
    await page.click("#embed-open");
    const snippet = await page.inputValue("#embed-snippet");
    await page.keyboard.press("Escape");
    assert.match(snippet, /hide=questions,assumptions/);
    // Moving to another view keeps it in the address.
    await page.click(".site-nav a[href='/datacenter']");
    await page.waitForFunction(() => location.pathname === "/datacenter");
    await page.waitForFunction(() => location.search.includes("hide=questions,assumptions"));
    assert.equal(await page.isVisible(".dc-inputs"), false);
    // And so does the presentation.
    await page.keyboard.press("p");
    await page.waitForFunction(() => document.querySelector("#present-counter")?.textContent === "Scene 6 of 7");
    assert.match(page.url(), /hide=questions,assumptions/);
    await page.keyboard.press("Escape");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("a teacher's link fixes assumptions: no control, and nothing moves them", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/?lock=g,pk,zz", site.url).href);
    await waitForApp(page);
    assert.equal(await page.locator(".scrub[data-param='demand.growth_per_year']").count(), 0);
    assert.equal(await page.textContent(".scrub-fixed[data-param='demand.growth_per_year']"), "4.1 ×/yr");
    await page.click("details.param-group[data-params~='pk'] > summary");
    await page.waitForSelector("[data-param='power.campus_gw_2026'].locked");
    assert.equal(await page.locator("#param-pk").count(), 0, "the campus power has no slider");
    assert.match(await page.textContent("#notices"), /Ignored lock = `zz`/);
    // A question card that would raise the campus power leaves it as the link fixed it.
    await page.click("[data-question='power-fast']");
    await page.waitForFunction(() => location.search.includes("pm="));
    assert.doesNotMatch(new URL(page.url()).search, /[?&]pk=/);
    // Another preset keeps the fixed values too.
    // (Epoch's 2030 report has demand growing 4 ×/yr; the link fixed 4.1.)
    await page.selectOption("#preset-select", "epoch-2030");
    await page.waitForFunction(() => location.search.includes("p=epoch-2030"));
    assert.equal(await page.textContent(".scrub-fixed[data-param='demand.growth_per_year']"), "4.1 ×/yr");
    // Links keep the lock.
    await page.click("#share-open");
    await page.click("#embed-open");
    assert.match(await page.inputValue("#embed-snippet"), /lock=g,pk/);
    await page.keyboard.press("Escape");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
