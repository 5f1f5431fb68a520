// Joins an organisation's documents to a pack, without validating either: the popup and the pane
// call this on extensions that were checked when they were imported (applyDocumentPack checks).
import type { Pack, DocumentPack } from './schema';

/** The clauses each scenario brings up from one document: scenario id → clause ids, best first. */
export type Attachments = Record<string, string[]>;

/** Clauses a scenario brings up from one document, so a draft stays readable. */
export const MAX_ATTACHED = 3;

/**
 * Which clauses each `attach` rule brings up: a clause whose text holds a rule's keyword comes up
 * with that scenario, scored by how many of the keywords it holds (the clause about identity cards
 * outranks one that merely mentions "services" once). The work is keywords × text, bounded by the
 * schema (ATTACH_LIMITS); it is done once, when a document is imported, and stored with it — never
 * at every popup open.
 */
export function attachClauses(extension: DocumentPack): Attachments {
  const attached = new Map<string, { id: string; hits: number; order: number }[]>();
  const texts = extension.excerpts.map((e) => e.text.toLowerCase());
  for (const rule of extension.attach) {
    const words = rule.keywords.map((k) => k.toLowerCase());
    const hits = new Uint16Array(texts.length);
    for (const w of words) texts.forEach((t, i) => t.includes(w) && hits[i]!++);
    const scored = (attached.get(rule.scenarioId) ?? []).concat(
      extension.excerpts.map((e, order) => ({ id: e.id, order, hits: hits[order]! })).filter((x) => x.hits > 0),
    );
    attached.set(rule.scenarioId, scored);
  }
  const out: Attachments = {};
  for (const [scenarioId, scored] of attached) {
    const ranked = scored.sort((a, b) => b.hits - a.hits || a.order - b.order);
    const ids = [...new Set(ranked.map((x) => x.id))].slice(0, MAX_ATTACHED);
    if (ids.length) out[scenarioId] = ids;
  }
  return out;
}

/**
 * The pack with the extension's sources and clauses added, and the clauses `attachments` names
 * added to their scenarios. Pass the attachments stored at import; without them they are computed
 * here (a document stored by an older version of the extension).
 */
export function mergeDocumentPack(
  pack: Pack,
  extension: DocumentPack,
  attachments: Attachments = attachClauses(extension),
): Pack {
  return {
    ...pack,
    sources: [...pack.sources, ...extension.sources],
    excerpts: [...pack.excerpts, ...extension.excerpts],
    scenarios: pack.scenarios.map((s) => {
      // The pack's own excerpts first; then the few best clauses of this document.
      const extra = Object.hasOwn(attachments, s.id) ? (attachments[s.id] ?? []).slice(0, MAX_ATTACHED) : [];
      return extra.length ? { ...s, excerpts: [...s.excerpts, ...extra] } : s;
    }),
  };
}
