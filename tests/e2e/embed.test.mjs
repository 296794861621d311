// Embeds where blogs live (issue 18): a host page on another origin embeds every view with and
// without `sandbox="allow-scripts"` (what WordPress puts around an unknown provider's embed); each
// renders and its frame takes its content's height through each protocol a host speaks; a failed
// script or wasm load shows the fallback instead of spinning.
import assert from "node:assert/strict";
import { test } from "node:test";

import { hostPage, openPage, ROUTES, screenshot, useSite, waitForApp } from "./harness.mjs";

const site = useSite();

/** The snippet the Embed dialog gives for `path`, as a blogger would copy it. */
async function snippetFor(browser, path) {
  const { context, page } = await openPage(browser, site.url);
  try {
    await page.goto(new URL(path, site.url).href);
    await waitForApp(page);
    await page.click("#share-open");
    await page.click("#embed-open");
    return await page.inputValue("#embed-snippet");
  } finally {
    await context.close();
  }
}

/** The problems `openPage` saw on a blog's page, less its requests to First Wall's own origin. */
const foreign = (problems) => problems.filter((p) => !p.startsWith(`request to another host: ${site.url}`));

/**
 * Waits until the app in the frame (not its first paint) has built its view and the frame's height
 * is its content's height (± 2 px); returns both. Judged inside the frame, where its viewport is
 * the frame's height, in one look: a page still growing (a sweep filling its table) moves both,
 * and two looks, one at each, could each catch a different moment.
 */
async function fitted(host) {
  const inner = host.frames().find((frame) => frame !== host.mainFrame());
  await inner.waitForFunction(() => {
    const view = document.querySelector("#app article.view[data-view]");
    return !document.getElementById("boot") && view?.hasAttribute("data-built");
  });
  const fit = await inner.waitForFunction(() => {
    const content = Math.ceil(document.documentElement.getBoundingClientRect().height);
    return Math.abs(content - innerHeight) <= 2 && { height: innerHeight, content };
  });
  return fit.jsonValue();
}

test("every view embeds on another origin, sandboxed or not, and its frame fits its content", async () => {
  const snippet = await snippetFor(site.browser, "/");
  const walls = snippet.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&");
  const script = snippet.slice(snippet.indexOf("<script>"));
  const seen = [];
  for (const sandbox of ['sandbox="allow-scripts"', ""]) {
    for (const route of ROUTES) {
      const src = new URL(route.path + new URL(walls).search, site.url).href.replaceAll("&", "&amp;");
      const blog = await hostPage(
        `<!doctype html><html lang="en"><head><title>A blog</title></head><body style="margin:0">
         <h1>My post</h1><iframe src="${src}" title="First Wall" data-firstwall ${sandbox}
         style="width:100%;height:900px;border:0"></iframe>${script}<p>After.</p></body></html>`,
      );
      const { context, page, problems } = await openPage(site.browser, blog.url, { viewport: { width: 800, height: 900 } });
      try {
        await page.goto(blog.url);
        const frame = page.frameLocator("iframe");
        await frame.locator("h1").waitFor();
        assert.equal(await frame.locator("h1").textContent(), route.title, `${route.path} ${sandbox}`);
        if (sandbox) {
          // Sandboxed: the frame's origin is opaque, and the app copes (no storage, no offline copy).
          assert.equal(await frame.locator("html").evaluate(() => origin), "null");
        }
        const { height, content } = await fitted(page);
        seen.push(`${route.slug}${sandbox ? " (sandboxed)" : ""} ${height}/${content}`);
        if (route.path === "/") await screenshot(page, `embed-walls${sandbox ? "-sandboxed" : ""}`, { fullPage: false });
        // No console error or uncaught exception; requests only to the blog and to First Wall.
        assert.deepEqual(foreign(problems()), []);
      } finally {
        await context.close();
        blog.server.close();
      }
    }
  }
  console.log(`embedded, frame/content px: ${seen.join("; ")}`);
});

test("WordPress's resize message and the browser's requestResize are spoken too", async () => {
  const secret = "Zq9s2kLm";
  const src = new URL(`/memory?embed=1#?secret=${secret}`, site.url).href;
  // What WordPress's wp-embed script does with a frame: match its secret, take `value` as height.
  const blog = await hostPage(
    `<!doctype html><html lang="en"><head><title>WordPress</title></head><body style="margin:0">
     <iframe src="${src}" title="First Wall" data-secret="${secret}" sandbox="allow-scripts"
     style="width:600px;height:200px;border:0"></iframe>
     <script>
       addEventListener("message", (event) => {
         const data = event.data;
         if (!data || data.message !== "height" || !data.secret) return;
         const frame = document.querySelector('iframe[data-secret="' + data.secret + '"]');
         if (frame && frame.contentWindow === event.source) frame.style.height = Math.ceil(data.value) + "px";
       });
     </script></body></html>`,
  );
  const { context, page, problems } = await openPage(site.browser, blog.url, { viewport: { width: 800, height: 900 } });
  try {
    // The responsive-iframe opt-in, where a browser offers it: counted in every frame.
    await context.addInitScript(() => {
      window.requestResize = () => { window.__resizeRequests = (window.__resizeRequests ?? 0) + 1; };
    });
    await page.goto(blog.url);
    const frame = page.frameLocator("iframe");
    await frame.locator("h1").waitFor();
    await page.waitForFunction(() => document.querySelector("iframe").style.height !== "200px");
    const { height, content } = await fitted(page);
    console.log(`WordPress protocol: frame ${height} px, content ${content} px`);
    await frame.locator("html").evaluate(() => new Promise((resolve) => {
      const check = () => (window.__resizeRequests > 0 ? resolve() : requestAnimationFrame(check));
      check();
    }));
    assert.ok(await frame.locator("html").evaluate(() => window.__resizeRequests) > 0);
    assert.deepEqual(foreign(problems()), []);
  } finally {
    await context.close();
    blog.server.close();
  }
});

for (const [what, pattern] of [["wasm", "**/firstwall-app-*_bg.wasm"], ["script", "**/firstwall-app-*.js"]]) {
  test(`when the app's ${what} cannot load, the page says so instead of spinning`, async () => {
    const { context, page } = await openPage(site.browser, site.url);
    try {
      await page.route(pattern, (route) => route.abort());
      await page.goto(site.url);
      await page.waitForFunction(() => /could not start/.test(document.getElementById("boot-text")?.textContent ?? ""));
      assert.equal(await page.locator("#boot-text a").getAttribute("href"), site.url);
      assert.equal(await page.locator(".boot-spinner").count(), 0);
    } finally {
      await context.close();
    }
  });
}

test("the site runs under its strict Content-Security-Policy: no inline script, no violation", async () => {
  const seen = [];
  for (const route of ROUTES) {
    const { context, page, problems } = await openPage(site.browser, site.url);
    try {
      await context.addInitScript(() => {
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
      });
      const response = await page.goto(new URL(route.path, site.url).href);
      const policy = response.headers()["content-security-policy"] ?? "";
      // The README's policy, as the build wrote it into dist/_headers and the server sends it.
      assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'; style-src 'self';/);
      assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
      await waitForApp(page);
      if (route.path === "/sweep") {
        // The sweep's workers (their own wasm) run under the policy too.
        await page.waitForFunction(() => document.getElementById("sweep-status")?.dataset.running === "false" && document.getElementById("sweep-results")?.dataset.engine);
      }
      assert.deepEqual(await page.evaluate(() => window.__violations), [], route.path);
      assert.deepEqual(problems(), [], route.path);
      seen.push(route.slug);
    } finally {
      await context.close();
    }
  }
  console.log(`under the Content-Security-Policy, no violation on: ${seen.join(", ")}`);
});

test("each view has its own entry: a link preview a scraper reads, an oEmbed document for that view, the same app", async () => {
  const { default: ogs } = await import("open-graph-scraper");
  const seen = [];
  for (const route of ROUTES) {
    const address = new URL(route.path, site.url).href;
    // What a link-preview service reads (open-graph-scraper, as many chat and CMS unfurlers use).
    const { error, result } = await ogs({ url: address });
    assert.equal(error, false, route.path);
    assert.equal(result.ogTitle, route.title);
    assert.equal(result.twitterTitle, route.title);
    assert.ok(result.ogDescription.split(" ").length > 15, result.ogDescription);
    assert.equal(new URL(result.ogUrl).pathname, route.path);
    assert.equal(result.ogSiteName, "First Wall");
    // Its image: the view's figure, drawn at build time from the model (`firstwall preview`).
    assert.equal(result.twitterCard, "summary_large_image");
    const [image] = result.ogImage ?? [];
    assert.ok(image, `${route.path}: no og:image`);
    assert.equal(new URL(image.url).pathname, `/preview/${route.slug}.png`);
    assert.equal(`${image.width}×${image.height}`, "1200×630");
    assert.ok((image.alt ?? "").length > 40, `${route.path}: image alt`);
    const png = Buffer.from(await (await fetch(new URL(new URL(image.url).pathname, site.url))).arrayBuffer());
    assert.equal(png.subarray(1, 4).toString("latin1"), "PNG", route.path);
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    assert.equal(`${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`, "1200×630", route.path);
    // Its oEmbed document, found through the page's discovery link, embeds this very view.
    const html = await (await fetch(address)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    assert.ok(href, `${route.path}: no oEmbed discovery link`);
    const oembed = await (await fetch(new URL(href, address))).json();
    assert.equal(oembed.type, "rich");
    const src = /<iframe src="([^"]+)"/.exec(oembed.html)?.[1].replaceAll("&amp;", "&");
    assert.equal(new URL(src).pathname, route.path);
    assert.equal(new URL(src).searchParams.get("embed"), "1");
    assert.match(oembed.title, new RegExp(route.title.replace(/[?]/g, "\\?")));
    seen.push(`${route.slug}: “${result.ogTitle}”, image ${png.length} bytes, oEmbed ${href}`);
  }
  // And every entry is the app: it boots and shows its view.
  const { context, page, problems } = await openPage(site.browser, site.url);
  try {
    for (const route of ROUTES) {
      await page.goto(new URL(route.path, site.url).href);
      await waitForApp(page);
      assert.equal(await page.textContent("h1"), route.title);
    }
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
  console.log(`link previews: ${seen.join("; ")}`);
});

test("an embed is light on a light blog even when the reader's system is dark, unless it asks", async () => {
  const { context, page, problems } = await openPage(site.browser, site.url, { colorScheme: "dark", viewport: { width: 800, height: 900 } });
  try {
    const shown = [];
    for (const [flag, theme, background] of [["", "light", "rgb(255, 255, 255)"], ["&theme=dark", "dark", "rgb(17, 20, 24)"], ["&theme=auto", null, "rgb(17, 20, 24)"]]) {
      await page.setContent(`<!doctype html><html lang="en"><head><title>Blog</title></head><body>
        <iframe src="${new URL(`/memory?embed=1${flag}`, site.url).href}" title="First Wall" style="width:600px;height:500px;border:0"></iframe></body></html>`);
      const frame = page.frameLocator("iframe");
      await frame.locator("h1").waitFor();
      const seen = await frame.locator("html").evaluate((html) => [html.getAttribute("data-theme"), getComputedStyle(document.body).backgroundColor]);
      assert.deepEqual(seen, [theme, background], flag || "no flag");
      // The flag stays in the address as the app rewrites it.
      if (flag) assert.match(await frame.locator("html").evaluate(() => location.search), new RegExp(flag.slice(1)));
      shown.push(`${flag || "(none)"} → ${seen[1]}`);
    }
    console.log(`embed themes with the reader's system dark: ${shown.join("; ")}`);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
