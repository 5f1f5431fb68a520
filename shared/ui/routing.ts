// The views' access to the core: search at once (light, first paint), routing after first
// paint. The router and its model are the heaviest things the views run, so they come in their
// own chunk (a lazy import(), run after the first paint and marked 'router') and the first-load
// budgets hold.
import { useEffect, useMemo, useState } from 'react';
import type { Lang, Pack, Settings } from '../core/pack/schema';
import type { Suggestion } from '../core/model/types';
import type { Assistant } from '../core/assist/assistant';
import { createSearch, type Search, type SearchOptions } from '../core/assist/search';
import { debug } from '../core/model/debug';
import { afterPaint } from './after-paint';
import { mark } from './marks';
import { workerFor } from './suggest-worker-client';

type RoutingChunk = typeof import('../core/assist/routing-chunk');

let loaded: RoutingChunk | null = null;
let loading: Promise<RoutingChunk> | null = null;

function loadRouting(): Promise<RoutingChunk> {
  // After first paint: the popup preloads this chunk, so importing it runs it at once.
  loading ??= afterPaint()
    .then(() => import('../core/assist/routing-chunk'))
    .then((m) => {
      mark('router');
      return (loaded = m);
    });
  return loading;
}

/**
 * Starts loading the router's chunk (after first paint) before any view asks for it: the pane,
 * which waits for Office.js, its settings and its organisation pack before drawing the view that
 * would ask, calls this as it starts, so the chunk's download overlaps those waits.
 */
export function startRouting(): void {
  loadRouting().catch((error: unknown) => debug('routing: load the router', error));
}

/** The assistant (with the default pack's model) for this pack, once the routing chunk is in. */
export async function loadAssistant(pack: Pack): Promise<Assistant> {
  const r = await loadRouting();
  return r.assistantFor(pack, r.DEFAULT_MODEL);
}

/**
 * The assistant for this pack, or null for the few milliseconds until its chunk has loaded.
 * With `needed` false the chunk is not asked for (a worker answers instead).
 */
export function useAssistant(pack: Pack, needed = true): Assistant | null {
  const [chunk, setChunk] = useState(loaded);
  useEffect(() => {
    if (!chunk && needed) void loadRouting().then(setChunk);
  }, [chunk, needed]);
  return chunk ? chunk.assistantFor(pack, chunk.DEFAULT_MODEL) : null;
}

interface Answer {
  pack: Pack;
  text: string;
  settings: Settings;
  suggestion: Suggestion;
}

/**
 * The suggestion for `text` (null: nothing asked, or not answered yet). Where the host runs the
 * suggestion worker for this pack (the popup, on its default pack), the worker answers, so the
 * router never runs on this thread; otherwise, or once the worker has failed, the router's chunk
 * loads here after first paint, as before. Either way the answer is the core's suggest().
 */
export function useSuggestion(
  pack: Pack,
  text: string | null,
  settings: Settings,
  language: Lang | undefined,
  scenarioId: string | undefined,
): Suggestion | null {
  const [, setWorkerFailed] = useState(false);
  const worker = workerFor(pack);
  const assistant = useAssistant(pack, worker === null);
  const here = useMemo(
    () =>
      worker !== null || text === null || assistant === null
        ? null
        : assistant.suggest(text, settings, { language, scenarioId }),
    [worker, assistant, text, settings, language, scenarioId],
  );
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (worker === null || text === null) return;
    let live = true;
    worker.suggest(text, settings, { language, scenarioId }).then(
      (suggestion) => {
        if (live) setAnswer({ pack, text, settings, suggestion });
      },
      // Re-render: workerFor() now says no, and this thread loads the router.
      () => live && setWorkerFailed(true),
    );
    return () => {
      live = false;
    };
  }, [worker, pack, text, settings, language, scenarioId]);
  // The worker's last answer for this text: while a new one comes (another language or situation
  // picked), or while this thread loads the router for a pack the worker does not serve (the
  // imported documents joined in), it stays on screen rather than a "Loading" line.
  const last = answer && answer.text === text && answer.settings === settings ? answer.suggestion : null;
  if (worker === null) return here ?? last;
  return answer?.pack === pack ? last : null;
}

const searches = new WeakMap<Pack, Search>();

/**
 * Quick lookup over this pack, one per pack. The first call for a pack decides its options: a
 * host that has stored word indexes for the pack's documents passes them before it shows the
 * pack. Its indexes are built when the browser is idle after first paint (the view is drawn
 * first), or by the first search if the person types before that; either way the person's first
 * search then costs what the next ones do.
 */
export function searchFor(pack: Pack, options?: SearchOptions): Search {
  let search = searches.get(pack);
  if (!search) {
    let built: Search | null = null;
    const get = () => (built ??= createSearch(pack, options));
    search = { search: (query, opts) => get().search(query, opts), warm: () => get().warm() };
    searches.set(pack, search);
    const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback;
    const warm = search.warm;
    if (idle) void afterPaint().then(() => idle(warm));
  }
  return search;
}
