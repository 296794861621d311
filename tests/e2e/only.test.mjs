// One figure on its own (issue 18): `only=road` embeds just that figure of its view with a one-line
// caption, its source and the link back, sized for a blog's column. Every figure, and every claim,
// fits a 600 × 500 frame on another origin, sandboxed as WordPress sandboxes an embed, light on a
// reader whose system is dark; the render flags do what they say; the Embed dialog offers the
// figures with a live preview of the code it gives.
import assert from "node:assert/strict";
import { test } from "node:test";

import { hostPage, openPage, screenshot, seriousA11yViolations, useSite, waitForApp } from "./harness.mjs";

const site = useSite();

/** The figures an embed can show alone, with their views (src/shell/only.rs, FIGURES). */
const FIGURES = [
  ["verdict", "/"],
  ["road", "/"],
  ["chart", "/"],
  ["sweep", "/sweep"],
  ["phase", "/sweep"],
  ["tornado", "/sweep"],
  ["roofline", "/memory"],
  ["sankey", "/datacenter"],
  ["chain", "/datacenter"],
  ["loop", "/loop"],
];

/** The box a figure alone must fit, CSS pixels. */
const BOX = { width: 600, height: 500 };

/** The problems `openPage` saw on a blog's page, less its requests to First Wall's own origin. */
const foreign = (problems) => problems.filter((p) => !p.startsWith(`request to another host: ${site.url}`));

/** The Embed dialog's script, as a blogger copies it (from the Walls view's dialog). */
async function snippetScript() {
  const { context, page } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    await page.click("#share-open");
    await page.click("#embed-open");
    const snippet = await page.inputValue("#embed-snippet");
    return snippet.slice(snippet.indexOf("<script>"));
  } finally {
    await context.close();
  }
}

/** A blog page of `frames` ({src, name}), each 600 px wide, sandboxed, with the snippet's script. */
function blogWith(frames, script) {
  const iframes = frames
    .map(({ src, name }) =>
      `<h2>${name}</h2><iframe src="${src.replaceAll("&", "&amp;")}" title="First Wall: ${name}" data-firstwall
       data-name="${name}" sandbox="allow-scripts" style="width:${BOX.width}px;height:500px;border:0"></iframe>`)
    .join("\n");
  return `<!doctype html><html lang="en"><head><title>A dark blog</title>
    <style>body { margin: 0; background: #111; color: #eee; }</style></head>
    <body><h1>My post</h1>${iframes}${script}</body></html>`;
}

/**
 * Waits until each frame of the blog has the figure marked and its height is its content's height
 * (± 2 px), and returns what each shows.
 */
async function measure(page, names) {
  const out = [];
  for (const name of names) {
    const selector = `iframe[data-name="${name}"]`;
    const frame = page.frameLocator(selector);
    // In view: a browser does not lay out a cross-origin frame below the fold (nor observe its
    // size) until the reader scrolls to it.
    await page.locator(selector).scrollIntoViewIfNeeded();
    await frame.locator("[data-only-target]").waitFor({ state: "attached" });
    await frame.locator("#only-caption, .only-source").first().waitFor();
    for (;;) {
      const inner = await frame.locator("html").evaluate((html) => ({
        content: Math.ceil(html.getBoundingClientRect().height),
        scrollWidth: html.scrollWidth,
        theme: html.dataset.theme,
        background: getComputedStyle(document.body).backgroundColor,
        caption: document.getElementById("only-caption")?.textContent ?? "",
        source: document.querySelector(".only-source")?.textContent ?? "",
        sourceLink: document.querySelector(".only-source a")?.href ?? "",
        back: document.getElementById("embed-open-full")?.getAttribute("href") ?? "",
        shown: [...document.querySelectorAll("main *")].filter((e) => e.checkVisibility()).length,
        target: (() => {
          const r = document.querySelector("[data-only-target]").getBoundingClientRect();
          return { width: Math.round(r.width), height: Math.round(r.height) };
        })(),
      }));
      const height = await page.$eval(selector, (f) => Math.round(f.getBoundingClientRect().height));
      if (Math.abs(height - inner.content) <= 2 && inner.target.height > 0) {
        out.push({ name, height, ...inner });
        break;
      }
      await page.waitForFunction(
        ([s, h]) => Math.round(document.querySelector(s).getBoundingClientRect().height) !== h,
        [selector, height],
      );
    }
  }
  return out;
}

/** The checks every figure alone passes. */
function assertFits(seen) {
  for (const s of seen) {
    assert.ok(s.height <= BOX.height, `${s.name}: ${s.height} px tall in a ${BOX.width} px frame`);
    assert.ok(s.scrollWidth <= BOX.width, `${s.name}: ${s.scrollWidth} px wide`);
    assert.ok(s.target.width > 200 && s.target.height > 40, `${s.name}: the figure is ${JSON.stringify(s.target)}`);
    // Light, whatever the reader's system prefers (the blog is in dark mode here).
    assert.equal(s.theme, "light", s.name);
    assert.equal(s.background, "rgb(255, 255, 255)", s.name);
    assert.match(s.caption, /^[A-Z].{20,}\.$/, `${s.name}: caption ${s.caption}`);
    assert.match(s.source, /^(Source: .+\. |Drawn by First Wall)/, `${s.name}: ${s.source}`);
    if (s.sourceLink) assert.match(s.sourceLink, /^https:\/\//, s.name);
    assert.ok(s.back.startsWith(site.url) && !s.back.includes("only="), `${s.name}: link back ${s.back}`);
  }
}

test("every figure alone fits 600 × 500 on a dark blog, light, sandboxed, with caption, source and link back", async () => {
  const script = await snippetScript();
  const seen = [];
  for (const [name, path] of FIGURES) {
    const blog = await hostPage(blogWith([{ src: new URL(`${path}?only=${name}`, site.url).href, name }], script));
    const { context, page, problems } = await openPage(site.browser, blog.url, { viewport: { width: 800, height: 900 }, colorScheme: "dark" });
    try {
      await page.goto(blog.url);
      const [s] = await measure(page, [name]);
      seen.push(s);
      await screenshot(page, `only-${name}`, { fullPage: false });
      assert.deepEqual(foreign(problems()), [], name);
    } finally {
      await context.close();
      blog.server.close();
    }
  }
  console.log(`figures alone, frame px at ${BOX.width} wide: ${seen.map((s) => `${s.name} ${s.height}`).join(", ")}`);
  assertFits(seen);
});

test("every claim alone fits 600 × 500 too", async () => {
  const script = await snippetScript();
  // The claims' ids, from the Claims view itself.
  const { context: view, page: claims } = await openPage(site.browser, site.url);
  let ids;
  try {
    await claims.goto(new URL("/claims", site.url).href);
    await waitForApp(claims);
    ids = await claims.$$eval("li.claim", (items) => items.map((li) => li.id.replace(/^claim-/, "")));
  } finally {
    await view.close();
  }
  assert.ok(ids.length >= 10, `${ids.length} claims`);
  const frames = ids.map((id) => ({ src: new URL(`/claims?only=claim:${id}`, site.url).href, name: `claim:${id}` }));
  const blog = await hostPage(blogWith(frames, script));
  const { context, page, problems } = await openPage(site.browser, blog.url, { viewport: { width: 800, height: 900 }, colorScheme: "dark" });
  try {
    await page.goto(blog.url);
    const seen = await measure(page, frames.map((f) => f.name));
    console.log(`claims alone, frame px: ${seen.map((s) => `${s.name.slice(6)} ${s.height}`).join(", ")}`);
    assertFits(seen);
    assert.deepEqual(foreign(problems()), []);
  } finally {
    await context.close();
    blog.server.close();
  }
});

test("plain, static, transparent and theme do what they say; a figure alone is axe-clean", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { viewport: { width: 600, height: 500 }, colorScheme: "dark" });
  try {
    await page.goto(new URL("/memory?only=roofline", site.url).href);
    await page.locator("[data-only-target]").waitFor({ state: "attached" });
    assert.deepEqual(await seriousA11yViolations(page), []);
    // Only the figure and the way to it are shown: no view title, no controls around it.
    assert.equal(await page.locator("h1").isVisible(), false);
    assert.equal(await page.locator("#roofline-chart svg").isVisible(), true);

    await page.goto(new URL("/memory?only=roofline&plain=1&static=1&transparent=1&theme=dark", site.url).href);
    await page.locator("[data-only-target]").waitFor({ state: "attached" });
    const still = await page.evaluate(() => ({
      caption: document.getElementById("only-caption"),
      inert: document.querySelector("main").inert,
      controls: [...document.querySelectorAll("main :is(button, select, input)")].filter((e) => e.checkVisibility()).length,
      links: document.querySelectorAll(".embed-credit a").length,
      linkish: [...document.querySelectorAll("main a")]
        .filter((a) => a.checkVisibility() && getComputedStyle(a).textDecorationLine !== "none").length,
      back: document.getElementById("embed-open-full")?.textContent ?? "",
      source: document.querySelector(".only-source")?.textContent ?? "",
      background: [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor],
      theme: document.documentElement.dataset.theme,
    }));
    assert.equal(still.caption, null, "plain: no caption");
    assert.equal(still.inert, true, "static: the figure does not respond");
    assert.equal(still.controls, 0, "static: no controls");
    assert.equal(still.links, 0, "static: the source and the link back are text");
    assert.equal(still.linkish, 0, "static: no link in the figure looks like one");
    assert.match(still.back, /^First Wall: http:\/\/127\.0\.0\.1:\d+\/memory/);
    assert.match(still.source, /Gholami et al\. \(2024\), AI and Memory Wall, https:\/\/arxiv\.org\//);
    assert.deepEqual(still.background, ["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"], "transparent");
    assert.equal(still.theme, "dark");
    await screenshot(page, "only-roofline-plain-static-transparent-dark");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("an address that names no figure, or another view's, says so and shows the whole view", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { viewport: { width: 600, height: 800 } });
  try {
    for (const [path, said] of [
      ["/?only=%3Cb%3Ebad", /Ignored only = `<b>bad`: the figures an embed can show alone are verdict, road, chart/],
      ["/sweep?only=road", /Ignored only = `road`: it is a figure of the view Who is the first wall\? \(\/\)/],
      ["/claims?only=claim:nope", /Ignored only = `claim:nope`/],
    ]) {
      await page.goto(new URL(path, site.url).href);
      await waitForApp(page);
      await page.locator("#notices").waitFor();
      assert.match(await page.locator("#notices").textContent(), said, path);
      // Still an embed (no site header), of the whole view.
      assert.equal(await page.locator(".site-header").count(), 0, path);
      assert.equal(await page.locator("html[data-only]").count(), 0, path);
      assert.equal(await page.locator("h1").isVisible(), true, path);
      // No markup from the address.
      assert.equal(await page.locator("main b").count(), 0, path);
    }
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("the Embed dialog offers each figure and shows a live preview of its code", async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const { context, page, problems } = await openPage(site.browser, site.url, { viewport });
    try {
      await page.goto(new URL("/datacenter", site.url).href);
      await waitForApp(page);
      await page.click("#share-open");
      await page.click("#embed-open");
      const offered = await page.$$eval("#embed-only option", (options) => options.map((o) => o.value));
      assert.deepEqual(offered, ["", "sankey", "chain"]);
      // The whole view first: the caption option is for a figure only.
      assert.equal(await page.locator("#embed-plain").isVisible(), false);
      await page.selectOption("#embed-only", "chain");
      await page.selectOption("#embed-theme", "dark");
      await page.check("#embed-plain");
      const snippet = await page.inputValue("#embed-snippet");
      const src = snippet.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&");
      assert.match(src, /^http:\/\/127\.0\.0\.1:\d+\/datacenter\?v=\d+&.*&embed=1&only=chain&theme=dark&plain=1$/);
      assert.match(snippet, /height:500px/);
      // The preview is that address, and grows to its content.
      assert.equal(await page.getAttribute("#embed-preview", "src"), src);
      const preview = page.frameLocator("#embed-preview");
      await preview.locator("#chain-figure[data-only-target]").waitFor({ state: "attached" });
      assert.equal(await preview.locator("html").getAttribute("data-theme"), "dark");
      assert.equal(await preview.locator("#only-caption").count(), 0);
      await page.waitForFunction(() => {
        const frame = document.getElementById("embed-preview");
        const inner = frame.contentDocument?.documentElement;
        return inner && Math.abs(frame.getBoundingClientRect().height - Math.min(inner.getBoundingClientRect().height, 520)) <= 2;
      });
      assert.deepEqual(await seriousA11yViolations(page), []);
      await screenshot(page, `embed-dialog-${viewport.width}`, { fullPage: false });
      // Closing the dialog ends the preview's app.
      await page.keyboard.press("Escape");
      await page.locator("#embed-preview").waitFor({ state: "detached" });
      assert.deepEqual(problems(), []);
    } finally {
      await context.close();
    }
  }
});
