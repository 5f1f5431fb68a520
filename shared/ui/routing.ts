// The views' access to the core: search at once (light, first paint), routing after first
// paint. The router and its model are the heaviest things the views run, so they come in their
// own chunk (a lazy import(), run after the first paint and marked 'router') and the first-load
// budgets hold.
import { useEffect, useState } from 'react';
import type { Pack } from '../core/pack/schema';
import type { Assistant } from '../core/assist/assistant';
import { createSearch, type Search, type SearchOptions } from '../core/assist/search';
import { debug } from '../core/model/debug';
import { afterPaint } from './after-paint';
import { mark } from './marks';

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

/** The assistant for this pack, or null for the few milliseconds until its chunk has loaded. */
export function useAssistant(pack: Pack): Assistant | null {
  const [chunk, setChunk] = useState(loaded);
  useEffect(() => {
    if (!chunk) void loadRouting().then(setChunk);
  }, [chunk]);
  return chunk ? chunk.assistantFor(pack, chunk.DEFAULT_MODEL) : null;
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
