// Called by scripts/post-build.sh in Trunk's staging directory: writes one HTML entry per view
// (`/sweep/index.html` …; the root's `index.html` is the Walls view's) with its own title,
// description, canonical address, Open Graph and Twitter-card tags (a large-image card) and an
// oEmbed discovery link; one oEmbed document per view (`/oembed/sweep.json` …) whose iframe embeds
// that view from the site's public origin; and one link-preview image per view
// (`/preview/sweep.png` …, 1200 × 630), drawn from the model by `firstwall preview` (run once with
// cargo from the repository root, in the dev profile, for all views), whose text alternative the
// entry's `og:image:alt` carries. Every entry is the same app (the same scripts, so the same policy
// hash): it boots the same and routes by the address. The views' paths, titles and ledes are read
// from src/routes.rs (`VIEWS`), so there is one list of them; the images get their titles from it.
// Each entry's body starts with the view's first paint, with its answer for the default scenario
// from `firstwall first-paint` (Walls' verdict and road, Uncertainty's default sweep, drawn by the
// app's own chart code).
//
//   node scripts/entries.mjs ORIGIN
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

const origin = process.argv[2]?.replace(/\/$/, "");
if (!origin) {
  console.error("entries.mjs: give the site's public origin, e.g. https://firstwall.example");
  process.exit(2);
}
const root = resolve(dirname(new URL(import.meta.url).pathname), "..");

/**
 * The views of src/routes.rs: `{ path, slug, navLabel, title, lede, cards }` (`cards`: the words
 * a view opens with, `[{ title, text }]`), in navigation order.
 */
export function readViews(source) {
  const literal = (field, text) => {
    const match = new RegExp(`${field}: "((?:[^"\\\\]|\\\\.)*)"`, "s").exec(text);
    if (!match) throw new Error(`entries.mjs: no ${field} in a view of src/routes.rs`);
    // Rust's line continuation: a backslash, the line break and the next line's indent vanish.
    return match[1].replace(/\\\n\s*/g, "").replace(/\\"/g, '"');
  };
  const table = source.slice(source.indexOf("pub const VIEWS"));
  return table
    .split(/\n\s*View \{/)
    .slice(1)
    .map((block) => ({
      path: literal("path", block),
      slug: literal("slug", block),
      navLabel: literal("nav_label", block),
      title: literal("title", block),
      lede: literal("lede", block),
      cards: block
        .split(/\n\s*Card \{/)
        .slice(1)
        .map((card) => ({ title: literal("title", card), text: literal("text", card) })),
    }));
}

const escape = (text) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Runs `firstwall ARGS… --json` with cargo from the repository root (dev profile, so that it
 * reuses what `cargo test --workspace` built) and returns its report; `what` says what it makes.
 * Exits the build with a message if the tool fails.
 */
function firstwall(args, what) {
  const all = ["run", "--quiet", "--locked", "--offline", "-p", "firstwall-cli", "--", ...args, "--json"];
  // Trunk gives its hooks only TRUNK_* variables, which cargo ignores. A CARGO_BUILD_TARGET in the
  // caller's environment (wasm32 as a default) would build the tool for the browser: drop it.
  const env = { ...process.env };
  delete env.CARGO_BUILD_TARGET;
  try {
    const out = execFileSync("cargo", all, {
      cwd: root,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(out);
  } catch (err) {
    console.error(`entries.mjs: ${what} could not be made: ${err.message}`);
    console.error(`  (cargo ${all.map((a) => (a.includes(" ") ? JSON.stringify(a) : a)).join(" ")}, in ${root})`);
    process.exit(1);
  }
}

/**
 * Draws every view's link-preview image into `dir` (`SLUG.png`) with `firstwall preview`, and
 * returns what it reports for each, by slug: `{ view, title, headline, alt, file, width_px,
 * height_px, bytes }`. Exits the build with a message if the images cannot be drawn.
 */
function drawPreviews(views, dir) {
  const args = ["preview", "--out-dir", dir];
  for (const view of views) args.push("--view", `${view.slug}=${view.title}`);
  const started = performance.now();
  const report = firstwall(args, "the link-preview images");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const images = new Map(report.images.map((image) => [image.view, image]));
  const missing = views.filter((view) => !images.has(view.slug)).map((view) => view.slug);
  if (missing.length > 0) {
    console.error(`entries.mjs: firstwall preview drew no image for ${missing.join(", ")}`);
    process.exit(1);
  }
  console.log(`entries.mjs: ${images.size} link-preview images (1200 × 630 PNG) drawn in ${seconds} s`);
  return images;
}

/**
 * The answers the views open with, for the default scenario, as HTML by slug (`firstwall
 * first-paint`: Walls' verdict and road, Uncertainty's default sweep, from the model and the app's
 * chart code).
 */
function answers() {
  const report = firstwall(["first-paint"], "the first paint's answers");
  return new Map(report.views.map((answer) => [answer.view, answer.html]));
}

/**
 * `html` made the entry of `view` (one of `views`): its head advertising `image` (see
 * drawPreviews), its body starting with the view's first paint (with `answer`, its HTML, if the
 * view opens with one).
 */
function entry(html, views, view, image, answer) {
  const url = `${origin}${view.path}`;
  const title = `${view.title} — First Wall`;
  const imageUrl = `${origin}/preview/${view.slug}.png`;
  const tags = [
    `<link rel="canonical" href="${escape(url)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="First Wall" />`,
    `<meta property="og:title" content="${escape(view.title)}" />`,
    `<meta property="og:description" content="${escape(view.lede)}" />`,
    `<meta property="og:url" content="${escape(url)}" />`,
    `<meta property="og:image" content="${escape(imageUrl)}" />`,
    `<meta property="og:image:type" content="image/png" />`,
    `<meta property="og:image:width" content="${image.width_px}" />`,
    `<meta property="og:image:height" content="${image.height_px}" />`,
    `<meta property="og:image:alt" content="${escape(image.alt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escape(view.title)}" />`,
    `<meta name="twitter:description" content="${escape(view.lede)}" />`,
    `<meta name="twitter:image" content="${escape(imageUrl)}" />`,
    `<meta name="twitter:image:alt" content="${escape(image.alt)}" />`,
  ].join("\n    ");
  let out = html
    // Tags from an earlier run go first, so that running this again over its own output (a copy
    // of dist/) writes each tag once.
    .replace(/\n\s*<(?:link rel="canonical"|meta property="og:|meta name="twitter:)[^>]*>/g, "")
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>\n    ${tags}`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${escape(view.lede)}" />`)
    .replace(
      /<link rel="alternate" type="application\/json\+oembed" href="[^"]*" title="[^"]*"\s*\/?>/,
      // Relative, so that a copy served elsewhere (a preview, the tests) finds its own documents.
      `<link rel="alternate" type="application/json+oembed" href="/oembed/${view.slug}.json" title="${escape(title)}" />`,
    );
  // The first paint: everything from the loading indicator to <noscript> (also over its own
  // output, when run again).
  out = out.replace(/<div id="boot"[\s\S]*?(?=<noscript>)/, firstPaint(views, view, answer));
  if (!out.includes(`/oembed/${view.slug}.json`) || !out.includes("og:title") || !out.includes('class="boot-page"')) {
    throw new Error("entries.mjs: index.html no longer has the <title> and oEmbed link it rewrites");
  }
  return out;
}

/**
 * The first paint of `view`, before the app's script and wasm arrive: the site's header, the
 * view's title and introduction, its `answer` for the default scenario (`firstwall first-paint`:
 * Walls' verdict and road, Uncertainty's default sweep) and the cards it opens with, in the markup
 * and classes the app draws them with (src/ui/site_header.rs, src/ui/view_page.rs,
 * src/views/walls/verdict.rs, src/views/sweep/monte_carlo.rs, src/views/engine.rs), so that the
 * page has its words and its answer at once and the app takes over without anything moving; then
 * the loading status. The copy is inert and hidden from assistive technology: only the status
 * speaks until the app is there (src/main.rs removes `#boot`). `data-path` lets public/boot.js
 * hide the title on an address that is not this view's, and the style sheet shows the answer only
 * where the address asks for nothing but the default at this view's own path (public/boot.js).
 */
function firstPaint(views, view, answer = "") {
  const nav = views
    .map((v) => `<li><a href="${escape(v.path)}"${v.path === view.path ? ' aria-current="page"' : ""}>${escape(v.navLabel)}</a></li>`)
    .join("");
  // The cards a view opens with (src/routes.rs, `cards`), as src/views/engine.rs draws them.
  const cards = view.cards.length
    ? `<ol class="card-grid stages">${view.cards.map((card) => `<li class="card"><h3>${escape(card.title)}</h3><p>${escape(card.text)}</p></li>`).join("")}</ol>`
    : "";
  // The theme switch's place, as wide as the app's (its options are ThemeChoice's labels).
  const theme = `<label class="theme-switch">Theme<select tabindex="-1"><option>System</option><option>Light</option><option>Dark</option></select></label>`;
  return `<div id="boot" data-path="${escape(view.path)}">
      <div class="boot-page" aria-hidden="true" inert>
        <header class="site-header"><div class="site-header-inner"><a class="brand" href="/"><img src="/public/favicon.svg" alt="" width="26" height="26" />First Wall</a><nav class="site-nav" aria-label="Views"><ul>${nav}</ul></nav>${theme}</div></header>
        <main class="boot-main"><article class="view" data-view="${escape(view.slug)}"><header class="view-header"><h1>${escape(view.title)}</h1><p class="lede">${escape(view.lede)}</p></header>${answer}${cards}</article></main>
      </div>
      <div class="boot" role="status" aria-live="polite">
        <span class="boot-spinner" aria-hidden="true"></span>
        <span id="boot-text">Loading First Wall…</span>
      </div>
    </div>
    `;
}

/** The oEmbed document (https://oembed.com, type "rich") of `view`. */
function oembed(view) {
  const src = `${origin}${view.path}?embed=1`;
  const title = `First Wall: ${view.title}`;
  return `${JSON.stringify(
    {
      version: "1.0",
      type: "rich",
      provider_name: "First Wall",
      provider_url: `${origin}/`,
      title,
      width: 800,
      height: 900,
      html: `<iframe src="${escape(src)}" title="${escape(title)}" width="800" height="900" style="width:100%;max-width:800px;border:0" loading="lazy"></iframe>`,
    },
    null,
    2,
  )}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const views = readViews(await readFile(join(root, "src/routes.rs"), "utf8"));
  if (views.length < 7) throw new Error(`entries.mjs: only ${views.length} views read from src/routes.rs`);
  const html = await readFile("index.html", "utf8");
  const images = drawPreviews(views, resolve("preview"));
  const opening = answers();
  await mkdir("oembed", { recursive: true });
  for (const view of views) {
    const file = view.path === "/" ? "index.html" : join(view.path.slice(1), "index.html");
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, entry(html, views, view, images.get(view.slug), opening.get(view.slug)));
    await writeFile(join("oembed", `${view.slug}.json`), oembed(view));
  }
  console.log(`entries.mjs: ${views.length} view entries and oEmbed documents for ${origin}`);
}
