// Joins an organisation's documents to a pack, without validating either: the popup and the pane
// call this on extensions that were checked when they were imported (applyDocumentPack checks).
import type { Pack, DocumentPack } from './schema';

/**
 * The pack with the extension's sources and clauses added; each clause whose text holds an
 * `attach` keyword comes up with that scenario.
 */
export function mergeDocumentPack(pack: Pack, extension: DocumentPack): Pack {
  // Each clause is scored by how many of a scenario's keywords it holds, so the clause about
  // identity cards outranks a general clause that merely mentions "services" once.
  const attached = new Map<string, { id: string; hits: number; order: number }[]>();
  const texts = extension.excerpts.map((e) => e.text.toLowerCase());
  for (const rule of extension.attach) {
    const words = rule.keywords.map((k) => k.toLowerCase());
    const scored = extension.excerpts
      .map((e, order) => ({ id: e.id, order, hits: words.filter((w) => texts[order]!.includes(w)).length }))
      .filter((x) => x.hits > 0);
    attached.set(rule.scenarioId, [...(attached.get(rule.scenarioId) ?? []), ...scored]);
  }
  const best = (scenarioId: string): string[] => {
    const ranked = (attached.get(scenarioId) ?? []).sort((a, b) => b.hits - a.hits || a.order - b.order);
    return [...new Set(ranked.map((x) => x.id))];
  };
  return {
    ...pack,
    sources: [...pack.sources, ...extension.sources],
    excerpts: [...pack.excerpts, ...extension.excerpts],
    scenarios: pack.scenarios.map((s) => {
      // The pack's own excerpts first; then the few best clauses, so a draft stays readable.
      const extra = best(s.id).slice(0, 3);
      return extra.length ? { ...s, excerpts: [...s.excerpts, ...extra] } : s;
    }),
  };
}
