// Points in time the benchmark reads (bench/browser.ts): when the view can be used, when a
// suggestion and when search results are on screen; and when the router's chunk has run (after
// first paint: tests/e2e check the order). A performance mark stays in this page's
// memory: nothing is sent or stored, and it carries no text.
export type Moment = 'ready' | 'suggestion' | 'results' | 'router';

export function mark(moment: Moment): void {
  try {
    performance.mark(`oss-assist:${moment}`);
  } catch {
    // An old runtime without performance.mark: nothing to record.
  }
}
