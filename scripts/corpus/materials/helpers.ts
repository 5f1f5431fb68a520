// Small helpers any language's materials may use to number cores. Ids are position-based:
// append new texts at the END of a list, so existing ids (and so their splits) do not move.
import type { Core, Negative } from './types.ts';

/** A body, or a body with subject lines that fit it. */
export type Item = string | [text: string, subjects: string[]];

function toCore(id: string, item: Item): Core {
  return typeof item === 'string' ? { id, text: item } : { id, text: item[0], subjects: item[1] };
}

/** Cores 'en-hostage-001', 'en-hostage-002', … from a list of bodies. */
export function cores(prefix: string, items: readonly Item[]): Core[] {
  return items.map((item, i) => toCore(`${prefix}-${String(i + 1).padStart(3, '0')}`, item));
}

/** Hard negatives of one kind: ids '<prefix>-001', …, each with the same `why`. */
export function negatives(prefix: string, why: string, items: readonly Item[]): Negative[] {
  return cores(prefix, items).map((core) => ({ ...core, why }));
}
