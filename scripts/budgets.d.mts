// Types for scripts/budgets.mjs (a plain node script, also imported by tests/e2e/budgets.test.ts).
export const KB: number;
export interface Budget {
  id: 'popup' | 'pane' | 'send' | 'zip';
  label: string;
  /** Bytes. */
  max: number;
}
export interface Measured extends Budget {
  /** gzip bytes (the zip: its size on disk). */
  bytes: number;
  /** Counted files, relative to the repository. */
  files: string[];
  /** Chunks loaded only on demand (dynamic import): listed, not counted. */
  lazy: string[];
  /** Of those, the ones the page's HTML preloads (fetched at open, run after first paint): listed, not counted. */
  preloaded: string[];
  /** Files a page names that the build did not produce. */
  missing: string[];
  ok: boolean;
}
export const BUDGETS: Budget[];
export function pageJs(
  root: string,
  htmlFile: string,
): Promise<{ files: string[]; lazy: string[]; preloaded: string[]; missing: string[] }>;
export function measureBudgets(root?: string): Promise<Measured[]>;
export function kb(bytes: number): string;
export const MODEL_FILE: string;
/** gzip bytes of the router's model file: the send-time script's only allowance over its budget. */
export function modelAllowance(root?: string): number;
