// What the popup's suggestion worker does with a message (shared/ui/suggest-worker.ts), kept
// apart from the worker's global scope so a unit test can hold its answers to the core's
// suggest(). The worker answers from the same assistant the main thread would build (the
// default pack and its model): the answer is the core's, only computed on another thread.
import type { Settings } from '../core/pack/schema';
import type { Suggestion } from '../core/model/types';
import type { Assistant, SuggestOptions } from '../core/assist/assistant';

export interface SuggestRequest {
  id: number;
  text: string;
  settings: Settings;
  options: SuggestOptions;
}

export type SuggestReply = { id: number; ok: true; suggestion: Suggestion } | { id: number; ok: false };

/**
 * A made-up note, routed once as the worker starts and thrown away: the engine compiles the
 * router's paths (its first call costs ~35 ms of JIT) before a person's text arrives. One short
 * note is enough for the paths every language shares; more would keep an early paste waiting.
 */
export const WARM_TEXT =
  'Dear colleagues, the local security office refused UN ID cards for our national staff. Please advise on the MOU.';

/** Warms `assistant` on WARM_TEXT, then returns the worker's answer to one request. */
export function createAnswer(assistant: Assistant, settings: Settings): (request: SuggestRequest) => SuggestReply {
  assistant.suggest(WARM_TEXT, settings);
  return (request) => {
    try {
      return {
        id: request.id,
        ok: true,
        suggestion: assistant.suggest(request.text, request.settings, request.options),
      };
    } catch {
      // The page then routes on its own thread, where the error shows as it would without a worker.
      return { id: request.id, ok: false };
    }
  };
}
