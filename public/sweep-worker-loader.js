// Starts the sweep worker (crates/worker, see src/engine/pool.rs): wasm-bindgen's glue, then the
// wasm, whose start function says "ready". If either cannot load (offline without a saved copy, a
// blocked file, a Content-Security-Policy without 'wasm-unsafe-eval'), the worker tells the page
// ({failed: why}) at once, rather than leaving it to wait for a worker that will never start.
(function () {
  function fail(error) {
    self.postMessage({ failed: String((error && error.message) || error) });
  }
  try {
    importScripts("/sweep-worker.js");
    // eslint-disable-next-line no-undef
    wasm_bindgen({ module_or_path: "/sweep-worker_bg.wasm" }).catch(fail);
  } catch (error) {
    fail(error);
  }
})();
