// What the popup and the pane load after first paint, as one lazy chunk: the router (its
// model, features, safety rules) and the assistant that uses it. Search stays in the first
// load (search.ts), so the search box works at once.
export { DEFAULT_MODEL } from './default-model';
export { assistantFor } from './assistant';
// Already in the first load; named here so a test can drive this chunk with the pack it ships.
export { DEFAULT_PACK } from '../pack/default-pack';
