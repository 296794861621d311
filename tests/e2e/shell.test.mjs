// End-to-end tests of the app shell against the release build in Chromium: every route at two
// widths in both themes (console clean, no foreign requests, axe clean, screenshots), the 404
// view, the panic banner, the theme switch, client-side navigation and the WebGPU check.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";

import {
  ROUTES,
  SHOTS,
  launch,
  openPage,
  screenshot,
  seriousA11yViolations,
  useSite,
  waitForApp,
} from "./harness.mjs";

const VIEWPORTS = [
  { name: "desktop", size: { width: 1280, height: 800 } },
  { name: "mobile", size: { width: 375, height: 740 } },
];
const THEMES = ["light", "dark"];

const site = useSite();

describe("every route", () => {
  for (const viewport of VIEWPORTS) {
    for (const theme of THEMES) {
      test(`${viewport.name} ${theme}: title, clean console, own host only, axe`, async () => {
        const { context, page, problems } = await openPage(site.browser, site.url, {
          viewport: viewport.size,
          colorScheme: theme,
        });
        try {
          for (const route of [...ROUTES, { path: "/no-such-page", slug: "404", title: "Page not found" }]) {
            await page.goto(new URL(route.path, site.url).href);
            await waitForApp(page);
            assert.equal(await page.textContent("h1"), route.title, route.path);
            assert.match(await page.title(), /— First Wall$/, route.path);
            const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
            assert.match(scheme, new RegExp(theme), `${route.path}: color-scheme follows the system`);
            const violations = await seriousA11yViolations(page);
            assert.deepEqual(violations, [], `${route.path} ${viewport.name} ${theme}`);
            await screenshot(page, `${route.slug}-${viewport.name}-${theme}`);
          }
          assert.deepEqual(problems(), []);
        } finally {
          await context.close();
        }
      });
    }
  }
});

test("the page does not scroll sideways at 360 px", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { viewport: { width: 360, height: 740 } });
  try {
    for (const route of ROUTES) {
      await page.goto(new URL(route.path, site.url).href);
      await waitForApp(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${route.path} overflows by ${overflow} px`);
    }
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("an unknown route shows the 404 view with links to every view", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/this/does/not/exist?x=1", site.url).href);
    await waitForApp(page);
    assert.equal(await page.textContent("h1"), "Page not found");
    assert.match(await page.textContent(".lede"), /\/this\/does\/not\/exist/);
    const links = await page.$$eval("article a", (anchors) => anchors.map((a) => a.getAttribute("href")));
    assert.deepEqual(links, ROUTES.map((route) => route.path));
    await page.click("article a[href='/memory']");
    await page.waitForFunction(() => location.pathname === "/memory");
    assert.equal(await page.textContent("h1"), "The memory wall");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("a panic shows the recoverable error banner, not a blank page; no link can force one", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    // The production build ignores the debug builds' `?debug=panic`.
    await page.goto(new URL("/claims?debug=panic", site.url).href);
    await waitForApp(page);
    // A debug build panics on a zero-delay timer set at mount; one queued after it has run.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    assert.equal(await page.$("#panic-banner"), null);
    // A panic, forced by a script of the page itself (src/app.rs, FORCED_PANIC_EVENT).
    await page.evaluate(() => window.dispatchEvent(new Event("firstwall:panic")));
    const banner = await page.waitForSelector("#panic-banner[role=alert]");
    assert.match(await banner.textContent(), /Something went wrong/);
    assert.match(await banner.textContent(), /forced by the firstwall:panic event/);
    // The app stays visible underneath, inert; the page is not blank.
    assert.equal(await page.getAttribute("#app", "inert"), "");
    assert.equal(await page.textContent("#app h1"), "Checking the claims");
    await screenshot(page, "panic-banner-desktop-light");
    // The banner's "Start over" link works without the dead WebAssembly.
    await page.click("#panic-banner a[href='/']");
    await waitForApp(page);
    assert.equal(await page.textContent("h1"), "Who is the first wall?");
    assert.equal(await page.$("#panic-banner"), null);
    // The only problems are the panic itself.
    for (const problem of problems()) {
      assert.match(problem, /First Wall stopped|unreachable|RuntimeError/, problem);
    }
  } finally {
    await context.close();
  }
});

test("the theme switch applies, is remembered and can return to the system's", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { colorScheme: "light" });
  try {
    await page.goto(site.url);
    await waitForApp(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    await page.selectOption("#theme-switch", "dark");
    assert.equal(await page.getAttribute("html", "data-theme"), "dark");
    assert.notEqual(await background(), lightBackground);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getAttribute("html", "data-theme"), "dark", "remembered after reload");
    assert.equal(await page.inputValue("#theme-switch"), "dark");
    await page.selectOption("#theme-switch", "system");
    assert.equal(await page.getAttribute("html", "data-theme"), null);
    assert.equal(await background(), lightBackground);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("navigation is client-side, keyboard-first and names the current page", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    await page.evaluate(() => { window.__sameDocument = true; });
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to content");
    await page.click(".site-nav a[href='/datacenter']");
    await page.waitForFunction(() => location.pathname === "/datacenter");
    assert.equal(await page.textContent("h1"), "The AI data center is one system");
    assert.equal(await page.textContent(".site-nav a[aria-current=page]"), "Data center");
    assert.equal(await page.title(), "The AI data center is one system — First Wall");
    assert.equal(await page.evaluate(() => window.__sameDocument), true, "no full reload");
    await page.goBack();
    await page.waitForFunction(() => location.pathname === "/");
    assert.equal(await page.textContent("h1"), "Who is the first wall?");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("the first paint has the view's words before the wasm, and the app takes over without a jump", async () => {
  const seen = [];
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    for (const route of ROUTES) {
      const { context, page, problems } = await openPage(site.browser, site.url, { viewport });
      try {
        // Hold the wasm back so the first paint can be seen, then let it through.
        let release;
        const held = new Promise((resolve) => { release = resolve; });
        await page.route("**/*.wasm", async (r) => { await held; await r.continue(); });
        await page.goto(new URL(route.path, site.url).href, { waitUntil: "domcontentloaded" });
        assert.equal(await page.textContent("#boot-text"), "Loading First Wall…");
        assert.equal(await page.getAttribute("#boot [role=status]", "aria-live"), "polite");
        // The words, as the app will draw them, and nothing to tab into or read twice.
        assert.equal(await page.textContent("#boot h1"), route.title);
        assert.equal(await page.getAttribute("#boot .boot-page", "aria-hidden"), "true");
        // The cards a view opens with (`.stages`, on /engine) are in the first paint too, and so
        // are Walls' answer, the verdict and the road (the one drawn for this width), and
        // Uncertainty's, the default sweep's headline, share bar and table.
        const parts = ["h1", ".lede", ".site-nav", ".brand", ".stages", ".verdict", ".verdict-headline", ".wall-diagram svg", ".wall-diagram figcaption", ".sweep-run h2", ".sweep-headline", ".share-bar-wrap svg", ".sweep-results table"];
        const boxes = () => page.evaluate((parts) => parts.flatMap((s) => {
          const element = [...document.querySelectorAll(s)].find((e) => e.getClientRects().length > 0);
          if (!element) return [];
          const r = element.getBoundingClientRect();
          return [[s, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]];
        }), parts);
        const before = await boxes();
        const answer = { "/": ".verdict-headline", "/sweep": ".sweep-headline" }[route.path];
        const headline = answer ? await page.textContent(`#boot ${answer}`) : null;
        if (route.path === "/sweep") {
          assert.match(headline, /^\S+( \S+)* comes first most often: in [\d.]+ % of [\d,]+ plausible worlds\./, "the first paint has the sweep's answer");
          assert.equal(before.filter((box) => /share-bar|sweep-results/.test(box[0])).length, 2, "its share bar and table");
        }
        const scrolls = route.path === "/" && viewport.width < 640;
        if (route.path === "/") {
          assert.match(headline, /^First wall: \S/, "the first paint has the answer");
          assert.equal(before.filter((box) => box[0].startsWith(".wall-diagram")).length, 2, "and its road");
        }
        if (scrolls) {
          // Scrolled a little before the app arrives (on a phone the road is below the fold):
          // the app keeps the place.
          await page.evaluate(() => window.scrollTo(0, 120));
          before.splice(0, before.length, ...(await boxes()));
        }
        release();
        await waitForApp(page);
        assert.equal(await page.$("#boot"), null);
        const after = await boxes();
        if (answer) assert.equal(await page.textContent(answer), headline, "the app's answer is the first paint's");
        if (route.path === "/sweep") {
          // The app's own sweep replaces the first paint's answer with the same words.
          await page.waitForSelector("#sweep-results[data-shares]");
          assert.equal(await page.textContent(".sweep-headline"), headline, "the sweep's answer is the first paint's");
          // … in the same places: nothing moves when it arrives.
          const done = await boxes();
          for (const box of before.filter((b) => /sweep|share-bar/.test(b[0]))) {
            const now = done.find((b) => b[0] === box[0]);
            for (let i = 1; i < 5; i++) assert.ok(Math.abs(box[i] - now[i]) <= 1, `/sweep ${viewport.width}, swept: ${box} → ${now}`);
          }
        }
        if (scrolls) assert.equal(await page.evaluate(() => window.scrollY), 120, "the scroll is kept");
        assert.deepEqual(after.map((box) => box[0]), before.map((box) => box[0]), `${route.path}: the same parts`);
        // The same places, to the pixel: the app's header, title, introduction, answer and cards
        // replace the first paint's where they were.
        for (const [at, box] of before.entries()) {
          for (let i = 1; i < 5; i++) {
            assert.ok(Math.abs(box[i] - after[at][i]) <= 1, `${route.path} ${viewport.width}: ${box[0]} ${box} → ${after[at]}`);
          }
        }
        assert.deepEqual(problems(), []);
        seen.push(`${route.path}@${viewport.width}`);
      } finally {
        await context.close();
      }
    }
  }
  console.log(`first paint = app's header, title, introduction, Walls' and Uncertainty's answers and opening cards, to the pixel: ${seen.join(", ")}`);
});

test("the first paint shows the default answer only where the address asks for nothing else, at its own view", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { viewport: { width: 390, height: 844 } });
  try {
    // The app's script and wasm never arrive in this test: only the first paint is seen, as it is
    // before the page has even finished loading (no DOMContentLoaded without the app's script).
    await page.route(/\/firstwall-app-[^/]*\.(js|wasm)$/, () => {});
    const shown = async (address) => {
      await page.goto(new URL(address, site.url).href, { waitUntil: "commit" });
      await page.waitForSelector("#boot .boot-page", { state: "attached" });
      await page.waitForFunction(() => [...document.styleSheets].some((sheet) => /\.css$/.test(sheet.href ?? "")));
      return page.evaluate(() => [...document.querySelectorAll("#boot .boot-answer")].some((e) => e.getClientRects().length > 0));
    };
    // How the page looks changes nothing it computes.
    assert.equal(await shown("/"), true);
    assert.equal(await shown("/?embed=1&theme=dark&transparent=1"), true);
    // A parameter, a preset, a guess or a wall of one's own: the answer is the app's to give.
    for (const address of ["/?dg=3", "/?p=epoch-2030", "/?predict=1", "/?w=data", "/?present=1", "/?%64g=3"]) {
      assert.equal(await shown(address), false, address);
      assert.equal(await page.textContent("#boot h1"), "Who is the first wall?", `${address}: the words stay`);
    }
    // Uncertainty's default sweep likewise; with other settings, the app's alone.
    assert.equal(await shown("/sweep"), true);
    assert.equal(await shown("/sweep/"), true, "the router ignores a trailing slash");
    for (const address of ["/sweep?sn=10000", "/sweep?ss=2", "/sweep?p=epoch-2030"]) {
      assert.equal(await shown(address), false, address);
    }
    // An address that is no view (the site answers it with an entry it has): no answer, from the
    // first frame — the router will say "Page not found".
    for (const address of ["/nope", "/index.html", "/sweep/index.html", "/sweep/extra"]) {
      assert.equal(await shown(address), false, address);
    }
    assert.deepEqual(problems().filter((p) => !/firstwall-app|wasm|WebAssembly|Failed to fetch/i.test(p)), []);
  } finally {
    await context.close();
  }
});

test("the GPU check runs WebGPU and agrees with the model", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    await page.goto(new URL("/engine", site.url).href);
    await waitForApp(page);
    await page.click("#gpu-check-run");
    const facts = await page.waitForSelector("#gpu-check-result [data-gpu]");
    assert.equal(await facts.getAttribute("data-gpu"), "agree", await facts.textContent());
    assert.match(await facts.textContent(), /BrowserWebGpu/);
    assert.match(await facts.textContent(), /4,096/);
    assert.match(await facts.textContent(), /GPU and CPU agree/);
    await screenshot(page, "engine-gpu-check-desktop-light");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test("without WebGPU the GPU check says so and points to the CPU path", async () => {
  const plain = await launch({ webgpu: false });
  const { context, page, problems } = await openPage(plain, site.url);
  try {
    await page.goto(new URL("/engine", site.url).href);
    await waitForApp(page);
    await page.click("#gpu-check-run");
    const notice = await page.waitForSelector("#gpu-check-result [data-gpu=unavailable]");
    assert.match(await notice.textContent(), /This browser offers no WebGPU, so First Wall computes on the CPU/);
    assert.match(await notice.textContent(), /CPU path gives the same answers/);
    await screenshot(page, "engine-no-webgpu-desktop-light");
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
    await plain.close();
  }
});

after(() => console.log(`screenshots in ${SHOTS}`));
