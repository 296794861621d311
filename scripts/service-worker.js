// First Wall's service worker: after the first visit it keeps this build's files, so the app
// starts and runs without a network (a classroom laptop, a stage). scripts/post-build.sh puts
// VERSION and FILES (every file of the build) above this text and writes the result as sw.js.
//
// - Files whose names carry a content hash (the app's wasm, JS and CSS): from the saved copy, as
//   they never change under the same name.
// - Everything else — pages (each view's entry is the same app; offline, any page falls back to
//   the saved /), the sweep worker's files, whose
//   names stay the same from build to build, the oEmbed file: the network first, so a new build
//   is used as soon as it is online, and the saved copy when there is no network.
// - Other sites: left to the browser (First Wall makes no such requests).
/* global VERSION, FILES */
const CACHE = `firstwall-${VERSION}`;
// Trunk's content hash is up to 16 hex digits: it drops leading zeros (14 happen).
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(wasm|js|css)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload`: past the browser's HTTP cache, so a new build never saves an old file.
      .then((cache) => cache.addAll(["/", ...FILES].map((file) => new Request(file, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith("firstwall-") && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

/** The network's answer, kept for next time; the saved copy when the network fails. */
function networkFirst(request, fallback) {
  return fetch(request)
    .then((response) => {
      if (response.ok && request.method === "GET") {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(fallback ?? request, copy));
      }
      return response;
    })
    .catch(() =>
      caches
        .match(fallback ?? request, { cacheName: CACHE, ignoreSearch: true })
        .then((saved) => saved ?? Response.error()),
    );
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, "/"));
  } else if (HASHED.test(url.pathname) && FILES.includes(url.pathname)) {
    event.respondWith(
      caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit ?? fetch(request)),
    );
  } else if (FILES.includes(url.pathname)) {
    event.respondWith(networkFirst(request));
  }
});
