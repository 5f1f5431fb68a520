// One body, or a body with the subject lines that fit it: the type every language's helpers number.
export type { Item } from '../helpers.ts';
