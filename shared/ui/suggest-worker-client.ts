// The page's side of the suggestion worker (shared/ui/suggest-worker.ts). A host that ships the
// worker starts it as the page opens (the popup does; the pane does not); routing.ts then asks
// it for suggestions on the pack it serves, and routes on the main thread for any other pack,
// or when there is no worker or it failed. The text goes to the worker in a message and comes
// back as a suggestion: nothing is stored on either side.
import type { Pack, Settings } from '../core/pack/schema';
import type { Suggestion } from '../core/model/types';
import type { SuggestOptions } from '../core/assist/assistant';
import { debug } from '../core/model/debug';
import { mark } from './marks';
import type { SuggestReply, SuggestRequest } from './suggest-worker-answer';

export interface SuggestWorker {
  suggest(text: string, settings: Settings, options: SuggestOptions): Promise<Suggestion>;
}

interface Started {
  pack: Pack;
  worker: SuggestWorker;
  failed: boolean;
}

let started: Started | null = null;

/** What a page's first plain script started (the popup's public/start-suggest-worker.js). */
interface Early {
  worker: Worker;
  failed: boolean;
}

/**
 * Takes over the worker the page started early (`globalThis.ossAssistSuggestWorker`), or starts
 * the one at `url` (a packaged module file); it answers for `pack`, the default pack.
 */
export function startSuggestWorker(url: string, pack: Pack): void {
  if (started || typeof Worker === 'undefined') return;
  const early = (globalThis as { ossAssistSuggestWorker?: Early }).ossAssistSuggestWorker;
  if (early?.failed) return;
  let worker: Worker;
  try {
    worker = early?.worker ?? new Worker(url, { type: 'module' });
  } catch (error) {
    debug('suggest worker: start', error);
    return;
  }
  const pending = new Map<number, { resolve: (s: Suggestion) => void; reject: (e: Error) => void }>();
  let next = 0;
  const state: Started = {
    pack,
    failed: false,
    worker: {
      suggest: (text, settings, options) =>
        new Promise((resolve, reject) => {
          if (state.failed) return reject(new Error('suggest worker failed'));
          const id = ++next;
          pending.set(id, { resolve, reject });
          worker.postMessage({ id, text, settings, options } satisfies SuggestRequest);
        }),
    },
  };
  const fail = (error: unknown) => {
    // A worker that cannot load or answer is not used again: the page routes on its own thread.
    debug('suggest worker', error);
    state.failed = true;
    worker.terminate();
    for (const p of pending.values()) p.reject(new Error('suggest worker failed'));
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<SuggestReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) {
      mark('worker');
      p?.resolve(reply.suggestion);
    } else {
      p?.reject(new Error('suggest worker could not answer'));
      fail('an answer failed');
    }
  });
  worker.addEventListener('error', fail);
  worker.addEventListener('messageerror', fail);
  started = state;
}

/** The worker, when one is running for this pack; null means: route on this thread. */
export function workerFor(pack: Pack): SuggestWorker | null {
  return started && !started.failed && started.pack === pack ? started.worker : null;
}
