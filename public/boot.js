// Start-up beside the app (index.html loads it after #boot, before the app's module): the "could
// not start" fallback, the embed's resize messages, and the offline copy. A file rather than inline
// script, so that the site runs under a Content-Security-Policy without 'unsafe-inline'.
(function () {
  "use strict";

  // If the app's script or its wasm fails to load, #boot says so instead of spinning for ever.
  // In the capture phase, so that a script, module preload or wasm that fails (whose `error` does
  // not bubble) is seen too; once the app has mounted, #boot-text is gone and this does nothing.
  function fail() {
    var text = document.getElementById("boot-text");
    if (!text) return;
    text.textContent = "First Wall could not start in this browser. ";
    var link = document.createElement("a");
    link.href = location.href;
    link.textContent = "Reload the page";
    text.appendChild(link);
    var spinner = document.querySelector(".boot-spinner");
    if (spinner) spinner.remove();
  }
  window.addEventListener("error", function (event) {
    var target = event.target;
    // A picture or an icon that fails is no reason to give up; the app's code is.
    if (target && target !== window && target.tagName === "LINK" && !/preload/.test(target.rel)) return;
    if (target && target !== window && target.tagName === "IMG") return;
    fail();
  }, true);
  window.addEventListener("unhandledrejection", fail);
  // The preloads of the app's script and wasm fail first when a host refuses them (a sandboxed
  // frame without CORS headers); the module's own failure may not reach `window`.
  document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]').forEach(function (link) {
    link.addEventListener("error", fail);
  });

  // Embedded (?embed=1 in an iframe): tell the host page how tall the content is, on load,
  // whenever it changes, and when the host asks ({type: "firstwall:ping"}), in the protocols hosts
  // speak (README, "Embed"):
  //   First Wall's own:  { type: "firstwall:height", height: <CSS pixels>, path: "/memory" }
  //   WordPress's:       { message: "height", value: <CSS pixels>, secret } — with the secret that
  //                      WordPress appends to the frame's address as #?secret=…
  //   the browser's:     window.requestResize(), where the responsive-iframe opt-in exists
  //                      (<meta name="responsive-embedded-sizing"> in index.html).
  // Read as the app reads it (src/address/mod.rs, Query): keys percent-decoded, the last value of
  // a repeated key, nothing from an address over 16 KB.
  var embedded = false;
  var params = new URLSearchParams(location.search.length - 1 <= 16384 ? location.search : "");
  var embed = params.getAll("embed").pop();
  // One figure alone (?only=road) is an embed too (src/shell/links.rs, Embedded).
  embedded = (embed !== undefined && embed !== "0") || params.has("only");
  if (embedded) {
    var root = document.documentElement;
    root.setAttribute("data-embed", "");
    // One figure alone: the first paint's title and introduction are not shown either (the app
    // keeps this mark only for a figure it knows; src/shell/only.rs).
    if (params.has("only")) root.setAttribute("data-only", params.getAll("only").pop());
    // No background (?transparent), before the first paint, so that no white box flashes.
    var transparent = params.getAll("transparent").pop();
    if (transparent !== undefined && transparent !== "0") root.setAttribute("data-transparent", "");
    // An embed's scheme (theme=light|dark|auto): light unless it asks, so that a light blog stays
    // light whatever its reader's system prefers; never the stored choice. As
    // ThemeChoice::for_embed in src/shell/theme.rs.
    var theme = params.getAll("theme").pop();
    if (theme === "auto") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", theme === "dark" ? "dark" : "light");
  }
  // The first paint's answer (Walls' verdict and road, Uncertainty's default sweep) is the default
  // scenario's: shown only where the address asks for nothing but how the page looks
  // (style/main.css). Any other key — a parameter, a preset, a wall, a guess, presenting — and the
  // app alone draws the answer, so that no wrong one is ever painted.
  // Decided here, before the body is parsed, so that not one frame shows it wrongly: the mark
  // holds the view's path as the router reads it (src/routes.rs, ViewId::from_path: trailing
  // slashes ignored), and the style sheet shows an entry's answer only where that is the entry's
  // own path (`#boot[data-path]`, scripts/entries.mjs) — never at an address the site answers
  // with another view's entry (a 404, `/index.html`).
  var neutral = { embed: 1, theme: 1, transparent: 1 };
  var asksDefault = location.search.length - 1 <= 16384;
  params.forEach(function (value, key) {
    if (!neutral.hasOwnProperty(key)) asksDefault = false;
  });
  var viewPath = location.pathname.replace(/\/+$/, "") || "/";
  if (asksDefault) document.documentElement.setAttribute("data-default-answer", viewPath);

  if (embedded && window.parent !== window) {
    var secret = (/[#&?]secret=([A-Za-z0-9]{1,64})/.exec(location.hash) || [])[1];
    var last = 0;
    var post = function (always) {
      var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last && !always) return;
      last = height;
      // A height says nothing private: any parent may have it (a sandboxed host's origin is null).
      window.parent.postMessage({ type: "firstwall:height", height: height, path: location.pathname }, "*");
      if (secret) window.parent.postMessage({ message: "height", value: height, secret: secret }, "*");
      if (typeof window.requestResize === "function") {
        try { window.requestResize(); } catch (e) {}
      }
    };
    if (typeof ResizeObserver === "function") {
      new ResizeObserver(function () { post(false); }).observe(document.documentElement);
    } else {
      window.addEventListener("resize", function () { post(false); });
    }
    window.addEventListener("load", function () { post(true); });
    window.addEventListener("message", function (event) {
      if (event.source === window.parent && event.data && event.data.type === "firstwall:ping") post(true);
    });
  }

  // The first paint is one view's (scripts/entries.mjs); at another address — one the site does
  // not have, answered with the root's entry — its title would be wrong until the app says
  // "Page not found": hide it. The path is read as the router reads it (above).
  document.addEventListener("DOMContentLoaded", function () {
    var boot = document.getElementById("boot");
    if (boot && boot.getAttribute("data-path") !== null && boot.getAttribute("data-path") !== viewPath) {
      boot.classList.add("boot-elsewhere");
    }
  });

  // The first paint on screen: the app waits for it before it replaces #boot (src/lib.rs,
  // after_first_paint), so that the words it holds are what the browser records as painted
  // first — a paint that is replaced before the browser has recorded it counts for nothing, and
  // the page's largest paint would wait for the app. Resolved when the browser reports the
  // largest paint so far (it reports none until something is on screen), else after the first
  // frame.
  try {
    window.firstwallFirstPaint = new Promise(function (resolve) {
      var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
      if (types.indexOf("largest-contentful-paint") >= 0) {
        new PerformanceObserver(function (list, observer) {
          observer.disconnect();
          resolve();
        }).observe({ type: "largest-contentful-paint", buffered: true });
      } else {
        requestAnimationFrame(function () { setTimeout(resolve, 0); });
      }
    });
  } catch (e) {}

  // Offline: after the first visit, sw.js (written by scripts/post-build.sh) keeps this build's
  // files, so the app starts without a network. Registered a moment after the page has loaded, so
  // that saving the files never competes with the first paint; not in embeds, so that a blog's
  // readers do not download the whole app for later. Where service workers are refused (a
  // sandboxed frame throws on `navigator.serviceWorker`), the app simply runs online.
  if (!embedded) {
    window.addEventListener("load", function () {
      setTimeout(function () {
        try {
          if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js").catch(function () {});
        } catch (e) {}
      }, 1500);
    });
  }
})();
