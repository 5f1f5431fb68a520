// The views' entry point: an advisor (suggest, checkDraft) with the quick lookup. Scripts that
// never search (the send-time check, the CLI's suggest) use advisor.ts alone, so the search and
// fuse.js are not in their bundle at all.
import type { Pack } from '../pack/schema';
import { createAdvisor, type Advisor } from './advisor';
import type { RouterModel } from './model';
import { createSearch, type Search } from './search';

export type { Advisor, SuggestOptions } from './advisor';

/** An advisor that also searches. */
export interface Assistant extends Advisor, Pick<Search, 'search'> {}

/**
 * `model` is the pack's trained router (data/iom-oss.model.json for the default pack); without
 * one, the pack's phrases alone decide, as before the model existed.
 */
export function createAssistant(pack: Pack, model: RouterModel | null = null): Assistant {
  // Built on the first search.
  let search: Search | null = null;
  return {
    ...createAdvisor(pack, model),
    search: (query, options) => (search ??= createSearch(pack)).search(query, options),
  };
}

// Views that show the same pack (the pane's assistant and its compose check, say) share one
// assistant, so its indexes are built once. Assistants hold no per-email state.
const shared = new WeakMap<Pack, Map<RouterModel | null, Assistant>>();

/** The assistant for this pack and model, built on first use and shared after. */
export function assistantFor(pack: Pack, model: RouterModel | null = null): Assistant {
  let byModel = shared.get(pack);
  if (!byModel) {
    byModel = new Map();
    shared.set(pack, byModel);
  }
  let assistant = byModel.get(model);
  if (!assistant) {
    assistant = createAssistant(pack, model);
    byModel.set(model, assistant);
  }
  return assistant;
}
