// First Wall's service worker: after the first visit it keeps this build's files, so the app
// starts and runs without a network (a classroom laptop, a stage). scripts/post-build.sh puts
// VERSION and FILES (every file of the build) above this text and writes the result as sw.js.
//
// - Navigations: the network first (a new build shows when online), the saved page otherwise;
//   every route is the same single page, so one saved index.html serves them all.
// - The build's files: from the saved copy (their names change with their content, except the
//   worker's, which change with VERSION), else the network.
// - Anything else: left to the browser.
/* global VERSION, FILES */
const CACHE = `firstwall-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(["/", ...FILES]))
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

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(() =>
        caches.match("/", { cacheName: CACHE }).then((page) => page ?? Response.error()),
      ),
    );
    return;
  }
  if (FILES.includes(url.pathname)) {
    event.respondWith(
      caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit ?? fetch(request)),
    );
  }
});
