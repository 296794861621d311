// End-to-end tests of taking First Wall elsewhere: links, embeds, presentation, exports, print,
// offline use and the keyboard help.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { inflateSync } from "node:zlib";

import { ROOT, openPage, openShare, screenshot, seriousA11yViolations, useSite, waitForApp, waitForVerdict } from "./harness.mjs";

const site = useSite();
const TARGET = process.env.FIRSTWALL_TARGET_DIR ?? join(ROOT, "target");

/** The `firstwall` binary the native tests built (built here if this layer runs alone). */
function cli() {
  const built = ["debug", "release"].map((profile) => join(TARGET, profile, "firstwall")).find(existsSync);
  if (built) return built;
  execFileSync("cargo", ["build", "--quiet", "--locked", "-p", "firstwall-cli"], { cwd: ROOT, stdio: "inherit" });
  return join(TARGET, "debug", "firstwall");
}

/** Runs `firstwall project --scenario FILE --json` and returns its parsed output. */
function projectWithCli(file) {
  return JSON.parse(execFileSync(cli(), ["project", "--scenario", file, "--json"], { encoding: "utf8" }));
}

/** Clicks `selector` and returns the download it starts, saved under `dir`. */
async function download(page, selector, dir) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

/** Decodes a PNG far enough to prove it is one: signature, header, and image data that inflates
 * to exactly height × (1 + width × bytes per pixel). Returns its size. */
function decodePng(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "PNG signature");
  let at = 8;
  let header;
  const data = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colour: body[9] };
    if (type === "IDAT") data.push(body);
    at += 12 + length;
  }
  assert.ok(header, "IHDR chunk");
  assert.equal(header.depth, 8);
  const channels = { 2: 3, 6: 4 }[header.colour];
  assert.ok(channels, `colour type ${header.colour}`);
  const pixels = inflateSync(Buffer.concat(data));
  assert.equal(pixels.length, header.height * (1 + header.width * channels));
  return header;
}

test("copy link, cite and keyboard help", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site.url).origin });
    await page.goto(new URL("/?v=2&pk=2", site.url).href);
    await waitForApp(page);
    await openShare(page);
    await page.click("#copy-link");
    await page.waitForFunction(() => /clipboard/.test(document.querySelector(".share-status")?.textContent ?? ""));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, new URL("/?v=2&pk=2", site.url).href);

    await openShare(page);
    await page.click("#cite-open");
    const text = await page.inputValue("#cite-text");
    const bibtex = await page.inputValue("#cite-bibtex");
    const today = new Date().toISOString().slice(0, 10);
    assert.match(text, new RegExp(`Accessed ${today}\\.$`));
    assert.ok(text.includes(new URL("/?v=2&p=evidence-2026&", site.url).href), text);
    assert.match(text, /&pk=2&/);
    assert.match(bibtex, new RegExp(`^@misc\\{firstwall-walls-${today},`));
    assert.match(bibtex, /urldate = \{\d{4}-\d\d-\d\d\}/);
    await page.keyboard.press("Escape");
    assert.equal(await page.isVisible("#cite-text"), false);

    // `?` opens the list of shortcuts from anywhere but a text field; Esc closes it. Pressed after
    // a click on the page's heading, as a reader would, so that no text field has the focus (the
    // closed dialog's field may keep it for a moment, and `?` typed there is text).
    await page.click("#app h1");
    await page.waitForFunction(() => !document.activeElement?.closest("input, textarea, select, [contenteditable]"));
    await page.keyboard.press("?");
    await page.waitForSelector("#keyboard-help[open]");
    assert.match(await page.textContent("#keyboard-help"), /Presentation: next scene/);
    assert.deepEqual(await seriousA11yViolations(page), []);
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#keyboard-help[open]").count(), 0);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("an embed snippet resizes its frame and keeps its scenario", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    // A visitor's own scenario: a smaller largest campus, so the verdict differs from the default.
    await page.goto(new URL("/?v=2&pk=0.7&l=fp4", site.url).href);
    await waitForApp(page);
    await waitForVerdict(page);
    const verdict = await page.textContent("#verdict");
    await openShare(page);
    await page.click("#embed-open");
    const snippet = await page.inputValue("#embed-snippet");
    await page.keyboard.press("Escape");
    assert.match(snippet, /<iframe src="[^"]*\?v=2&amp;p=evidence-2026&amp;/);
    assert.match(snippet, /title="First Wall: Who is the first wall\?"/);
    // Frozen: every parameter is written out, not only the changed ones.
    const src = snippet.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&");
    const keys = new URL(src).searchParams;
    assert.equal(keys.get("embed"), "1");
    assert.equal(keys.get("pk"), "0.7");
    assert.equal(keys.get("l"), "fp4");
    assert.ok([...keys.keys()].length > 40, `only ${[...keys.keys()].length} keys in ${src}`);

    // A blog post with the snippet: the frame starts at 900 px and takes its content's height.
    const host = await context.newPage();
    const heights = [];
    await host.exposeFunction("reportHeight", (h) => heights.push(h));
    await host.setContent(
      `<!doctype html><html><body style="margin:0"><h1>My post</h1>${snippet}
       <script>addEventListener("message", (e) => { if (e.data && e.data.type === "firstwall:height") reportHeight(e.data.height); });</script>
       <p id="after">After the embed.</p></body></html>`,
    );
    const frame = host.frameLocator("iframe[data-firstwall]");
    await frame.locator("#verdict[data-fans='fresh']").waitFor();
    await host.waitForFunction(() => {
      const f = document.querySelector("iframe[data-firstwall]");
      return f && f.style.height !== "900px" && parseInt(f.style.height, 10) > 1000;
    });
    const frameHeight = await host.$eval("iframe[data-firstwall]", (f) => parseInt(f.style.height, 10));
    const contentHeight = await frame.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight} px, content ${contentHeight} px`);
    assert.ok(heights.length > 0 && heights.every((h) => Number.isFinite(h) && h > 0), String(heights));
    // No site chrome; the same verdict; a link back that carries the scenario.
    assert.equal(await frame.locator(".site-header").count(), 0);
    assert.equal(await frame.locator(".share").count(), 0);
    assert.equal(await frame.locator("#verdict").textContent(), verdict);
    const back = await frame.locator("#embed-open-full").getAttribute("href");
    assert.match(back, /[?&]pk=0\.7(&|$)/);
    assert.doesNotMatch(back, /embed=/);
    await host.setViewportSize({ width: 900, height: 900 });
    await screenshot(host, "embed-host");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("presentation mode steps through every scene by keyboard", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { viewport: { width: 1280, height: 720 } });
  try {
    await page.goto(new URL("/?present=1", site.url).href);
    await waitForApp(page);
    await page.waitForSelector(".present-bar");
    assert.equal(await page.getAttribute("html", "data-present"), "");
    const expected = ["/loop", "/", "/memory", "/", "/", "/datacenter", "/loop"];
    for (let i = 0; i < expected.length; i += 1) {
      if (i > 0) await page.keyboard.press(i % 2 ? "ArrowRight" : "Space");
      await page.waitForFunction((n) => document.querySelector("#present-counter")?.textContent === `Scene ${n} of 7`, i + 1);
      await page.waitForSelector("#app h1");
      assert.equal(new URL(page.url()).pathname, expected[i], `scene ${i + 1}`);
      assert.equal(new URL(page.url()).searchParams.get("present"), String(i + 1));
      // Large type: the root font is 125 %.
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), "20px");
      // What the audience sees: the viewport, after the scene has scrolled to its part (in the
      // animation frame after the scene is drawn; two frames later it has).
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await screenshot(page, `present-scene-${i + 1}`, { fullPage: false });
    }
    // The model stays live in a scene: the Walls scene answers a change.
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.querySelector("#present-counter")?.textContent === "Scene 2 of 7");
    await page.keyboard.press("PageUp");
    await page.waitForFunction(() => document.querySelector("#present-counter")?.textContent === "Scene 1 of 7");
    await page.keyboard.press("End");
    await page.waitForFunction(() => document.querySelector("#present-counter")?.textContent === "Scene 7 of 7");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector(".present-bar"));
    assert.equal(await page.getAttribute("html", "data-present"), null);
    await page.waitForFunction(() => !location.search.includes("present"));
    assert.equal(await page.isVisible(".site-header"), true);
    // The `p` key starts it again.
    await page.keyboard.press("p");
    await page.waitForFunction(() => document.querySelector("#present-counter")?.textContent === "Scene 1 of 7");
    // Leaving keeps the view as it is: a box ticked in the last scene stays ticked.
    await page.keyboard.press("End");
    await page.waitForFunction(() => document.querySelector("#present-counter")?.textContent === "Scene 7 of 7");
    await page.locator("#checklist input[type=checkbox]").first().check();
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector(".present-bar"));
    assert.equal(await page.locator("#checklist input[type=checkbox]").first().isChecked(), true);
    // Started from a page, the tour is one history entry: Back returns to that page and ends it.
    await page.goto(new URL("/claims", site.url).href);
    await waitForApp(page);
    await page.keyboard.press("p");
    await page.waitForFunction(() => document.querySelector("#present-counter")?.textContent === "Scene 1 of 7");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.querySelector("#present-counter")?.textContent === "Scene 2 of 7");
    await page.goBack();
    await page.waitForFunction(() => location.pathname === "/claims" && !document.querySelector(".present-bar"));
    assert.equal(await page.getAttribute("html", "data-present"), null);
    // Space on a wall of the road diagram presses it; it does not turn the page. (The room has
    // guessed, so the scene shows the answer rather than asking.)
    await page.goto(new URL("/?present=2&predict=power", site.url).href);
    await waitForApp(page);
    await page.focus("[data-wall='data'][aria-pressed]");
    await page.keyboard.press("Space");
    assert.equal(await page.textContent("#present-counter"), "Scene 2 of 7");
    assert.equal(await page.getAttribute("[data-wall='data'][aria-pressed]", "aria-pressed"), "true");
    // A scene number out of range opens the nearest scene.
    await page.goto(new URL("/?present=99", site.url).href);
    await waitForApp(page);
    await page.waitForFunction(() => document.querySelector("#present-counter")?.textContent === "Scene 7 of 7");
    assert.equal(new URL(page.url()).pathname, "/loop");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("the Walls scene of a presentation is live", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/?present=2&predict=power", site.url).href);
    await waitForApp(page);
    // The figure alone is on the stage, the page behind it inert; "Whole page" brings the page
    // back to change a number mid-talk.
    await page.waitForFunction(() => document.documentElement.dataset.scene === "walls-answer");
    await page.click("#present-page");
    await page.waitForFunction(() => !document.documentElement.dataset.scene && !document.querySelector("main [inert]"));
    assert.equal(await page.getAttribute("#present-page", "aria-pressed"), "true");
    const before = await page.textContent("#verdict");
    await page.selectOption("#preset-select", "source-2025");
    await page.waitForFunction((b) => document.querySelector("#verdict")?.textContent !== b, before);
    assert.equal(await page.textContent("#present-counter"), "Scene 2 of 7");
    // The next scene shows its figure alone again.
    await page.click("#present-next");
    await page.waitForFunction(() => document.documentElement.dataset.scene === "roofline-figure");
    assert.equal(await page.getAttribute("#present-page", "aria-pressed"), "false");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("exports: PNG, SVG, CSV, JSON and the scenario file, read back by the CLI", async () => {
  const dir = await mkdtemp(join(tmpdir(), "firstwall-exports-"));
  const { context, page, problems } = await openPage(site.browser, site.url, { colorScheme: "dark" });
  try {
    await page.goto(new URL("/?v=2&p=source-2025&pk=1.2", site.url).href);
    await waitForApp(page);
    const firstWall = await page.getAttribute("#verdict [data-wall]", "data-wall");
    const menu = "details[data-export-for='Training compute by year']";
    await page.click(`${menu} summary`);

    const png = await download(page, `${menu} [data-export=png]`, dir);
    assert.equal(png.name, "first-wall-walls-training-compute-by-year.png");
    const size = decodePng(await readFile(png.path));
    // The chart is laid out for its width on the page; the PNG is twice its size.
    const drawn = await page.evaluate(() => {
      const svg = document.querySelector("#trajectory-chart svg");
      return [Number(svg.getAttribute("width")), Number(svg.getAttribute("height"))];
    });
    assert.deepEqual([size.width, size.height], [2 * drawn[0], 2 * drawn[1]], `2× the chart's ${drawn.join(" × ")}`);

    const svg = await download(page, `${menu} [data-export=svg]`, dir);
    const svgText = await readFile(svg.path, "utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.nodeName,
        texts: doc.querySelectorAll("text").length,
        // The page's computed styles written in as presentation attributes (a style attribute
        // would break the site's CSP); the chart as drawn has no stroke-linejoin of its own.
        styled: doc.querySelectorAll("[stroke-linejoin][font-weight][fill]").length,
        background: doc.documentElement.firstElementChild.getAttribute("fill"),
      };
    }, svgText);
    assert.equal(parsed.error, null);
    assert.equal(parsed.root, "svg");
    assert.ok(parsed.texts > 10 && parsed.styled > 10, JSON.stringify(parsed));
    // The dark theme's background travels with the file, so its light text stays readable.
    assert.equal(parsed.background, "rgb(17, 20, 24)");

    const csv = await download(page, `${menu} [data-export=csv]`, dir);
    const lines = (await readFile(csv.path, "utf8")).split("\r\n");
    assert.match(lines[0], /^Year,Demand,/);
    assert.equal(lines.filter((line) => /^20\d\d,/.test(line)).length, 17);
    // Exact numbers, not the superscripts on screen.
    assert.match(lines[1], /^2024,\d\.\d+e\d+,/);

    const json = await download(page, `${menu} [data-export=json]`, dir);
    const table = JSON.parse(await readFile(json.path, "utf8"));
    assert.equal(table.app, "First Wall");
    assert.equal(table.view, "walls");
    assert.equal(table.scenario.preset, "source-2025");
    assert.equal(table.scenario.values["power.campus_gw_2026"], 1.2);
    assert.deepEqual(table.columns, lines[0].split(","));
    assert.equal(table.rows.length, 17);
    assert.match(table.url, /\?v=2&p=source-2025&/);
    assert.equal(projectWithCli(json.path).first_wall.id, firstWall);

    await openShare(page);
    const scenario = await download(page, "#scenario-download", dir);
    assert.equal(projectWithCli(scenario.path).first_wall.id, firstWall);
    assert.match(await page.textContent(".share-status"), /firstwall project --scenario/);

    // A canvas chart (the phase diagram) and the Memory view's roofline.
    await page.goto(new URL("/memory", site.url).href);
    await waitForApp(page);
    await page.click("details[data-export-for='Roofline'] summary");
    const roofline = await download(page, "details[data-export-for='Roofline'] [data-export=png]", dir);
    decodePng(await readFile(roofline.path));
    const rooflineCsv = await download(page, "details[data-export-for='Roofline'] [data-export=csv]", dir);
    assert.ok((await readFile(rooflineCsv.path, "utf8")).split("\r\n").length > 3);

    await page.goto(new URL("/sweep?sn=10000&gr=64", site.url).href);
    await waitForApp(page);
    // The diagram draws itself when the view opens.
    await page.waitForSelector("#phase-engine");
    const phaseMenu = "details[data-export-for='The first wall over two assumptions']";
    await page.click(`${phaseMenu} summary`);
    const phase = await download(page, `${phaseMenu} [data-export=png]`, dir);
    const phaseSize = decodePng(await readFile(phase.path));
    assert.ok(phaseSize.width >= 1200, `phase PNG ${phaseSize.width} px wide`);
    const phaseSvg = await download(page, `${phaseMenu} [data-export=svg]`, dir);
    assert.match(await readFile(phaseSvg.path, "utf8"), /<image [^>]*href="data:image\/png;base64,/);

    // Tables that are not charts': the claims (cards on the page) and the data center's results.
    await page.goto(new URL("/claims", site.url).href);
    await waitForApp(page);
    await page.click("details[data-export-for='Claims'] summary");
    const claims = await download(page, "details[data-export-for='Claims'] [data-export=json]", dir);
    const claimTable = JSON.parse(await readFile(claims.path, "utf8"));
    assert.deepEqual(claimTable.columns.slice(0, 4), ["Claim", "The diagram says", "Where", "Verdict"]);
    assert.equal(claimTable.rows.length, await page.locator("#claims > li").count());
    await page.goto(new URL("/datacenter", site.url).href);
    await waitForApp(page);
    await page.click("details[data-export-for='What it takes'] summary");
    const results = await download(page, "details[data-export-for='What it takes'] [data-export=csv]", dir);
    const siteLines = (await readFile(results.path, "utf8")).split("\r\n");
    assert.equal(siteLines[0], "Quantity,Value");
    assert.ok(siteLines.some((line) => /^Facility power,[\d.,]+ MW$/.test(line)), siteLines.join("\n"));
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("print: a light one-view handout whatever the theme", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { colorScheme: "dark" });
  try {
    await page.goto(new URL("/?v=2&pk=2", site.url).href);
    await waitForApp(page);
    await page.emulateMedia({ media: "print" });
    const look = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      colour: getComputedStyle(document.body).color,
      header: getComputedStyle(document.querySelector(".site-header")).display,
      share: getComputedStyle(document.querySelector(".share")).display,
      source: document.querySelector(".print-source")?.textContent ?? "",
      sourceShown: getComputedStyle(document.querySelector(".print-source")).display,
    }));
    assert.equal(look.background, "rgb(255, 255, 255)");
    assert.equal(look.colour, "rgb(21, 25, 30)");
    assert.equal(look.header, "none");
    assert.equal(look.share, "none");
    assert.equal(look.sourceShown, "block");
    assert.match(look.source, /printed from http:\/\/127\.0\.0\.1:\d+\/\?v=2&pk=2/);
    // Printing opens the data tables folded away on screen, and folds them again afterwards.
    await page.goto(new URL("/memory", site.url).href);
    await waitForApp(page);
    const closed = await page.locator("details.data-details:not([open])").count();
    assert.ok(closed > 0);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    assert.equal(await page.locator("details.data-details:not([open])").count(), 0);
    assert.ok(await page.isVisible("details.data-details table"));
    await screenshot(page, "print-memory-from-dark");
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    assert.equal(await page.locator("details.data-details:not([open])").count(), closed);
    await page.goto(new URL("/?v=2&pk=2", site.url).href);
    await waitForApp(page);
    await screenshot(page, "print-walls-from-dark");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("each view keeps its own state in the address", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/memory?chip=a100&batch=64&dec=speculative", site.url).href);
    await waitForApp(page);
    assert.equal(await page.inputValue("#roofline-accelerator"), "a100");
    assert.equal(await page.inputValue("#roofline-batch"), "64");
    await page.selectOption("#roofline-context", "32768");
    await page.waitForFunction(() => location.search.includes("ctx=32768"));
    const url = page.url();
    assert.match(url, /chip=a100/);
    assert.match(url, /dec=speculative/);
    const headline = await page.textContent(".roofline-headline");
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.textContent(".roofline-headline"), headline);

    // A bad value: a notice, the default, a working page.
    await page.goto(new URL("/memory?chip=warp9", site.url).href);
    await waitForApp(page);
    assert.match(await page.textContent("#notices"), /Ignored chip = `warp9`/);
    assert.equal(await page.inputValue("#roofline-accelerator"), "h100");

    // The Walls view's open wall and the Claims view's filter.
    await page.goto(new URL("/?w=data", site.url).href);
    await waitForApp(page);
    assert.equal(await page.getAttribute("[data-wall='data'][aria-pressed]", "aria-pressed"), "true");
    await page.goto(new URL("/claims?verdict=false", site.url).href);
    await waitForApp(page);
    assert.equal(await page.getAttribute("[data-verdict='false'][aria-pressed]", "aria-pressed"), "true");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("oEmbed discovery points at a valid endpoint", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    const href = await page.getAttribute("link[rel=alternate][type='application/json+oembed']", "href");
    const response = await page.request.get(new URL(href, site.url).href);
    assert.equal(response.status(), 200);
    const oembed = await response.json();
    assert.equal(oembed.version, "1.0");
    assert.equal(oembed.type, "rich");
    assert.ok(oembed.width > 0 && oembed.height > 0);
    assert.match(oembed.html, /^<iframe src="https?:\/\/[^"]+\/\?embed=1" title="First Wall: [^"]+"/);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("an embed, which never saves the app, says offline that a reload needs the network", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    // Embeds never register the service worker, so nothing is saved (reliability audit F12).
    await page.goto(new URL("/claims?embed=1", site.url).href);
    await waitForApp(page);
    await context.setOffline(true);
    await page.waitForSelector("#offline-status:not(:empty)");
    assert.equal(await page.getAttribute("#offline-status", "data-saved"), "false");
    assert.match(await page.textContent("#offline-status"), /not saved in this browser yet, so reloading it needs the network/);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    await context.setOffline(false);
    await page.waitForSelector("#offline-status:empty", { state: "attached" });
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("after one visit the app reloads offline", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/claims", site.url).href);
    await waitForApp(page);
    // The service worker has installed (saved every file) and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.textContent("h1"), "Checking the claims");
    await page.waitForSelector("#offline-status:not(:empty)");
    assert.match(await page.textContent("#offline-status"), /Offline: First Wall keeps working from the copy saved in this browser, reloads included/);
    // Another route, straight from the saved copy, and the model still computes.
    await page.goto(new URL("/?v=2&pk=2", site.url).href);
    await waitForApp(page);
    assert.match(await page.textContent("#verdict"), /First wall: /);
    await screenshot(page, "offline-walls");
    // A classroom without a network: the presentation runs from the saved copy too. Started on
    // Walls, it starts at the Walls scene, which asks the room for its guess first.
    await page.keyboard.press("p");
    await page.waitForFunction(() => document.querySelector("#present-counter")?.textContent === "Scene 2 of 7");
    for (const [presses, n, shows] of [[0, 2, "#predict"], [1, 3, ".roofline-headline"], [3, 6, "#dc-facts"]]) {
      for (let i = 0; i < presses; i += 1) await page.keyboard.press("ArrowRight");
      await page.waitForFunction((k) => document.querySelector("#present-counter")?.textContent === `Scene ${k} of 7`, n);
      await page.waitForSelector(shows);
    }
    assert.ok(await page.isVisible("#offline-status"), "the offline banner shows in the presentation too");
    await context.setOffline(false);
    await page.waitForSelector("#offline-status:empty", { state: "attached" });
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
