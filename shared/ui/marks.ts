// Points in time the benchmark reads (bench/browser.ts): when the view can be used, when a
// suggestion and when search results are on screen. A performance mark stays in this page's
// memory: nothing is sent or stored, and it carries no text.
export type Moment = 'ready' | 'suggestion' | 'results';

export function mark(moment: Moment): void {
  try {
    performance.mark(`oss-assist:${moment}`);
  } catch {
    // An old runtime without performance.mark: nothing to record.
  }
}
