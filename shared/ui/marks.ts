// Points in time the benchmark reads (bench/browser.ts): when the view can be used, when a
// suggestion and when search results are on screen; when the router's chunk has run on the page
// (after first paint: tests/e2e check the order); and when the popup's suggestion worker answered. A performance mark stays in this page's
// memory: nothing is sent or stored, and it carries no text.
export type Moment = 'ready' | 'suggestion' | 'results' | 'router' | 'worker';

export function mark(moment: Moment): void {
  try {
    performance.mark(`oss-assist:${moment}`);
  } catch {
    // An old runtime without performance.mark: nothing to record.
  }
}
