// The selected text travels from the context menu to the popup in memory only: the
// background keeps it for a moment and hands it to the first popup that asks. It is never
// written to storage (local, sync or session).
export const TAKE_SELECTION = 'oss-assist:take-selection';

export interface TakeSelectionMessage {
  type: typeof TAKE_SELECTION;
}

export function isTakeSelection(message: unknown): message is TakeSelectionMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === TAKE_SELECTION;
}

/** How long a handed-over selection waits for the popup before it is dropped. */
export const HANDOFF_TTL_MS = 60_000;

export function createHandoff(now: () => number = Date.now) {
  let pending: { text: string; at: number } | null = null;
  return {
    put(text: string) {
      pending = { text, at: now() };
    },
    /** The pending text, once; null when none or too old. */
    take(): string | null {
      const p = pending;
      pending = null;
      return p && now() - p.at <= HANDOFF_TTL_MS ? p.text : null;
    },
  };
}
