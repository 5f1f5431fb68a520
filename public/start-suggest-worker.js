/* global Worker */
// The popup's first act, before its modules are even read: start the suggestion worker
// (shared/ui/suggest-worker.ts), so the router and its model load and warm up on another core
// while the page's own scripts load and render. A plain script (packaged, allowed by the
// extension's CSP); shared/ui/suggest-worker-client.ts takes the worker over from here.
(() => {
  try {
    const worker = new Worker('/suggest-worker.js', { type: 'module' });
    const started = { worker, failed: false };
    // A worker that fails before the page listens is still known to have failed.
    worker.addEventListener('error', () => (started.failed = true));
    globalThis.ossAssistSuggestWorker = started;
  } catch {
    // No worker: the page routes on its own thread.
  }
})();
