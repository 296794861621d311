// Called by scripts/post-build.sh in Trunk's staging directory: writes one HTML entry per view
// (`/sweep/index.html` …; the root's `index.html` is the Walls view's) with its own title,
// description, canonical address, Open Graph and Twitter-card tags and an oEmbed discovery link,
// and one oEmbed document per view (`/oembed/sweep.json` …) whose iframe embeds that view from the
// site's public origin. Every entry is the same app (the same scripts, so the same policy hash):
// it boots the same and routes by the address. The views' paths, titles and ledes are read from
// src/routes.rs (`VIEWS`), so there is one list of them.
//
//   node scripts/entries.mjs ORIGIN
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

const origin = process.argv[2]?.replace(/\/$/, "");
if (!origin) {
  console.error("entries.mjs: give the site's public origin, e.g. https://firstwall.example");
  process.exit(2);
}
const root = resolve(dirname(new URL(import.meta.url).pathname), "..");

/** The views of src/routes.rs: `{ path, slug, title, lede }`, in navigation order. */
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
      title: literal("title", block),
      lede: literal("lede", block),
    }));
}

const escape = (text) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The head of `html` made the entry of `view`. */
function entry(html, view) {
  const url = `${origin}${view.path}`;
  const title = `${view.title} — First Wall`;
  const tags = [
    `<link rel="canonical" href="${escape(url)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="First Wall" />`,
    `<meta property="og:title" content="${escape(view.title)}" />`,
    `<meta property="og:description" content="${escape(view.lede)}" />`,
    `<meta property="og:url" content="${escape(url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escape(view.title)}" />`,
    `<meta name="twitter:description" content="${escape(view.lede)}" />`,
  ].join("\n    ");
  let out = html
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>\n    ${tags}`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${escape(view.lede)}" />`)
    .replace(
      /<link rel="alternate" type="application\/json\+oembed" href="[^"]*" title="[^"]*"\s*\/?>/,
      // Relative, so that a copy served elsewhere (a preview, the tests) finds its own documents.
      `<link rel="alternate" type="application/json+oembed" href="/oembed/${view.slug}.json" title="${escape(title)}" />`,
    );
  if (!out.includes(`/oembed/${view.slug}.json`) || !out.includes("og:title")) {
    throw new Error("entries.mjs: index.html no longer has the <title> and oEmbed link it rewrites");
  }
  return out;
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
  await mkdir("oembed", { recursive: true });
  for (const view of views) {
    const file = view.path === "/" ? "index.html" : join(view.path.slice(1), "index.html");
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, entry(html, view));
    await writeFile(join("oembed", `${view.slug}.json`), oembed(view));
  }
  console.log(`entries.mjs: ${views.length} view entries and oEmbed documents for ${origin}`);
}
