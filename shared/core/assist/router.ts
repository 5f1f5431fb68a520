// Which scenario a text is about, and why. Deterministic: the same text and pack always give the
// same scenario, score and explanation.
import type { Lang, Pack, Scenario } from '../pack/schema';
import { compilePhrase, createMatcher, type Hit, type Phrase } from './matcher';
import { tokenize } from '../text/tokenize';

/** Below this score a text is not treated as a security matter. */
export const MIN_SCORE = 2;
/** A dampened match (a mention in a sentence about a course, a policy…) keeps this share of its weight. */
export const DAMPENED = 0.2;

export interface Counted {
  hit: Hit;
  weight: number;
  dampenedBy: Hit | null;
}

export interface Routing {
  scores: number[];
  /** Counted matches per scenario index, strongest first. */
  counted: Counted[][];
}

export interface Router {
  route(text: string): Routing;
}

export function createRouter(pack: Pack): Router {
  const phrases: Phrase[] = [];
  pack.scenarios.forEach((s: Scenario, owner) => {
    for (const group of s.triggers) {
      for (const lang of ['en', 'fr', 'es'] as Lang[]) {
        for (const text of group[lang]) {
          const p = compilePhrase(text, owner, group.weight, 'trigger');
          if (p) phrases.push(p);
        }
      }
    }
    for (const lang of ['en', 'fr', 'es'] as Lang[]) {
      for (const text of s.dampeners?.[lang] ?? []) {
        const p = compilePhrase(text, owner, 0, 'dampener');
        if (p) phrases.push(p);
      }
    }
  });
  const matcher = createMatcher(phrases);

  return {
    route(text: string): Routing {
      const hits = matcher.find(tokenize(text));
      const dampeners = hits.filter((h) => h.phrase.kind === 'dampener');
      // Longest match wins where two overlap: "hostage incident management training" is a
      // training question, and its "hostage" is not counted again as an incident.
      const triggers = hits
        .filter((h) => h.phrase.kind === 'trigger')
        .sort(
          (a, b) => b.last - b.first - (a.last - a.first) || b.phrase.weight - a.phrase.weight || a.first - b.first,
        );
      const taken = new Set<number>();
      const counted: Counted[][] = pack.scenarios.map(() => []);
      const seen = new Set<string>();
      for (const hit of triggers) {
        let free = true;
        for (let i = hit.first; i <= hit.last; i++) if (taken.has(i)) free = false;
        if (!free) continue;
        for (let i = hit.first; i <= hit.last; i++) taken.add(i);
        // A phrase counts once per scenario, however often the email repeats it.
        const key = `${hit.phrase.owner}\u0000${hit.phrase.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const dampenedBy =
          dampeners.find((d) => d.phrase.owner === hit.phrase.owner && d.sentence === hit.sentence) ?? null;
        counted[hit.phrase.owner]?.push({ hit, weight: hit.phrase.weight * (dampenedBy ? DAMPENED : 1), dampenedBy });
      }
      const scores = counted.map((list) => {
        list.sort((a, b) => b.weight - a.weight || a.hit.first - b.hit.first);
        return Math.round(list.reduce((sum, c) => sum + c.weight, 0) * 100) / 100;
      });
      return { scores, counted };
    },
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** 0..1 for a chosen scenario: grows with its score, shrinks when the runner-up is close. */
export function confidence(score: number, rival: number): number {
  if (score <= 0) return 0;
  return round((1 - Math.exp(-score / 3)) * (0.55 + (0.45 * Math.max(0, score - rival)) / score));
}

/** 0..1 for "not a security matter": sure when nothing matched, less so as weak matches add up. */
export function noneConfidence(top: number): number {
  return round(0.9 - (Math.min(top, MIN_SCORE) / MIN_SCORE) * 0.4);
}
