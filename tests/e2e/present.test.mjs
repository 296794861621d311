// Presenting (issue 17): each scene puts its figure on the stage, large, at projector sizes; the
// room guesses before the Walls scene reveals its answer; a speaker view follows the tour; and
// on a phone the tour is a scrolling page.
import assert from "node:assert/strict";
import { test } from "node:test";

import { openPage, screenshot, seriousA11yViolations, useSite, waitForApp } from "./harness.mjs";

const site = useSite();

/** The figure each scene is about (`SCENES` in src/shell/present.rs), in order. */
const FIGURES = ["loop-figure", "walls-answer", "roofline-figure", "trajectory-figure", "wall-details", "chain-figure", "verify-figure"];

const counter = (page, n) =>
  page.waitForFunction((k) => document.querySelector("#present-counter")?.textContent === `Scene ${k} of 7`, n);

/**
 * Waits until the scene's figure is on the stage: whole in the window above the presentation
 * bar, at least half the window's height, and the topmost thing at its centre (not covered).
 * Returns its box.
 */
async function onStage(page, id) {
  const handle = await page.waitForFunction((figure) => {
    const element = document.getElementById(figure);
    if (document.documentElement.dataset.scene !== figure || !element) return false;
    const box = element.getBoundingClientRect();
    const bar = document.querySelector(".present-bar").getBoundingClientRect();
    const inside = box.top >= -1 && box.left >= -1 && box.right <= innerWidth + 1 && box.bottom <= bar.top + 1;
    const large = box.height >= innerHeight / 2;
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!(inside && large && element.contains(atCentre))) return false;
    return { top: Math.round(box.top), height: Math.round(box.height), width: Math.round(box.width), window: innerHeight };
  }, id);
  return handle.jsonValue();
}

for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  test(`at ${width}×${height} every scene shows its figure, large, and the room guesses first`, async () => {
    const { context, page, problems } = await openPage(site.browser, site.url, { viewport: { width, height } });
    try {
      await page.goto(new URL("/loop?present=1", site.url).href);
      await waitForApp(page);
      const seen = [];
      for (let i = 0; i < FIGURES.length; i += 1) {
        if (i > 0) await page.keyboard.press("ArrowRight");
        await counter(page, i + 1);
        if (FIGURES[i] === "walls-answer") {
          // Predict, then reveal: the answer waits for a guess, made by keyboard.
          await page.waitForSelector("#predict");
          // The address asks for the guess. It is rewritten 250 ms after the view's values
          // change, and while the Walls view's module was on the way it had none of them: wait.
          await page.waitForFunction(() => new URL(location.href).searchParams.get("predict") === "1");
          assert.equal(await page.locator("#verdict").count(), 0, "the answer waits");
          assert.equal(await page.isDisabled("#predict-reveal"), true);
          await onStage(page, "walls-answer");
          await screenshot(page, `present-${width}-scene-2-guess`, { fullPage: false });
          await page.focus("input[name=predict-pick][value=data]");
          await page.keyboard.press("ArrowDown"); // the next choice: Algorithms
          await page.keyboard.press("ArrowDown"); // Compute → Heat
          assert.equal(await page.isChecked("input[name=predict-pick][value=compute]"), true);
          await page.keyboard.press("Enter");
          await page.waitForSelector("#predict-result");
          await page.waitForFunction(() => new URL(location.href).searchParams.get("predict") === "compute");
          assert.match(await page.textContent("#predict-result"), /^You guessed Compute → Heat; the model says \w+, in 20\d\d\./);
          assert.equal(await page.evaluate(() => document.activeElement?.className), "predict-verdict", "the focus lands on the answer");
        }
        const box = await onStage(page, FIGURES[i]);
        // The page behind the figure is inert: Tab and screen readers stay with what the room sees.
        assert.equal(await page.evaluate(() => Boolean(document.querySelector("main h1")?.closest("[inert]"))), true);
        assert.equal(await page.evaluate((id) => Boolean(document.getElementById(id).closest("[inert]")), FIGURES[i]), false);
        seen.push(`${i + 1} ${FIGURES[i]} ${box.width}×${box.height} px at ${box.top}`);
        await screenshot(page, `present-${width}-scene-${i + 1}`, { fullPage: false });
      }
      console.log(`stage at ${width}×${height}: ${seen.join("; ")}`);
      // Back to the Walls scene: the room's guess stands, the answer shows.
      await page.keyboard.press("Home");
      await counter(page, 1);
      await page.keyboard.press("ArrowRight");
      await counter(page, 2);
      await page.waitForSelector("#predict-result");
      await page.waitForFunction(() => new URL(location.href).searchParams.get("predict") === "compute");
      // Leaving clears the stage: the figure is back in its page.
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => !document.querySelector(".present-bar") && !document.documentElement.dataset.scene);
      assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById("walls-answer")).position), "static");
      assert.equal(await page.locator("main [inert]").count(), 0, "nothing is left inert");
      assert.deepEqual(problems(), []);
    } finally {
      await context.close();
    }
  });
}

test("predict, then reveal, outside a presentation: asked by the link, kept only in the address", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { viewport: { width: 390, height: 844 } });
  try {
    await page.goto(new URL("/?predict=1", site.url).href);
    await waitForApp(page);
    await page.waitForSelector("#predict");
    // What would give the answer away waits too: the wall's details and the chart.
    assert.equal(await page.isVisible("#wall-details"), false);
    assert.equal(await page.isVisible("#trajectory-chart"), false);
    assert.deepEqual(await seriousA11yViolations(page), []);
    await screenshot(page, "predict-phone-asking");
    await page.check("input[name=predict-pick][value=power]");
    await page.click("#predict-reveal");
    await page.waitForSelector("#predict-result");
    const first = await page.getAttribute("#verdict [data-wall]", "data-wall");
    assert.equal(await page.getAttribute("#predict-result", "data-right"), String(first === "power"));
    assert.equal(await page.isVisible("#trajectory-chart"), true);
    await screenshot(page, "predict-phone-revealed");
    // Nothing is stored: a fresh visit with the same ask asks again.
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => /predict/i.test(k) || /predict/i.test(localStorage.getItem(k))).length), 0);
    // Guess again asks once more, and the focus goes to the question.
    await page.click("#predict-again");
    await page.waitForSelector("#predict");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "predict-title");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("predict") === "1");
    // A guess that is not a wall is refused with a notice, and the answer shows.
    await page.goto(new URL("/?predict=gravity", site.url).href);
    await waitForApp(page);
    await page.waitForSelector("#verdict");
    assert.match(await page.textContent("#app"), /Ignored predict = .gravity.: not one of this view.s choices/);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("the speaker view follows the presentation and steps it, with notes, the next scene and a timer", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(new URL("/memory?present=3", site.url).href);
    await waitForApp(page);
    await counter(page, 3);
    const [speaker] = await Promise.all([context.waitForEvent("page"), page.click("#present-speaker")]);
    const speakerErrors = [];
    speaker.on("console", (message) => message.type() === "error" && speakerErrors.push(message.text()));
    speaker.on("pageerror", (error) => speakerErrors.push(String(error)));
    await speaker.waitForLoadState();
    const said = (selector, text) => speaker.waitForFunction(([s, t]) => document.querySelector(s)?.textContent.includes(t), [selector, text]);
    await said("#speaker-counter", "Scene 3 of 7");
    await said("#speaker-title", "The memory wall, now");
    await said("#speaker-notes", "left of the ridge");
    await said("#speaker-next", "Power, next");
    assert.match(await speaker.textContent("#speaker-timer"), /^\d+:\d\d$/);
    // The lectern steps the room's screen…
    await speaker.keyboard.press("ArrowRight");
    await counter(page, 4);
    await speaker.click("#speaker-back");
    await counter(page, 3);
    // …and the room's screen steps the lectern.
    await page.bringToFront();
    await page.keyboard.press("End");
    await said("#speaker-counter", "Scene 7 of 7");
    await said("#speaker-next", "This is the last scene.");
    assert.equal(await speaker.isDisabled("#speaker-next-button"), true);
    await screenshot(speaker, "speaker-view");
    // Leaving the presentation tells the speaker view; its Next starts the tour again.
    await page.keyboard.press("Escape");
    await said("#speaker-status", "The presentation has ended");
    await speaker.click("#speaker-next-button");
    await counter(page, 1);
    assert.deepEqual(speakerErrors, []);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("on a phone the tour is one scrolling page of scenes, each with its live figure", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { viewport: { width: 390, height: 844 } });
  try {
    await page.goto(new URL("/?present=2", site.url).href);
    await waitForApp(page);
    await page.waitForSelector(".deck");
    assert.equal(await page.locator(".deck-scene").count(), FIGURES.length);
    for (const id of FIGURES) {
      await page.waitForSelector(`.deck #${id}`, { state: "attached" });
    }
    // No stage on a phone: the figures stay in the page.
    assert.equal(await page.evaluate(() => document.documentElement.dataset.scene ?? null), null);
    // The bar's steps scroll to the scene.
    await counter(page, 2);
    await page.waitForFunction(() => Math.abs(document.getElementById("scene-2").getBoundingClientRect().top) < 40);
    await page.click("#present-next");
    await counter(page, 3);
    await page.waitForFunction(() => Math.abs(document.getElementById("scene-3").getBoundingClientRect().top) < 40);
    // Live: the roofline answers, the road is drawn.
    await page.waitForSelector(".deck #roofline-verdict .roofline-headline");
    await page.waitForSelector(".deck #walls-answer .verdict-headline");
    assert.deepEqual(await seriousA11yViolations(page), []);
    await screenshot(page, "present-phone-scroll-view");
    // Wider again (a phone turned, a window dragged): the stage returns.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForFunction(() => !document.querySelector(".deck") && document.documentElement.dataset.scene === "roofline-figure");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
