// Which scenario a text is about, and why. Two kinds of evidence: the pack's phrases (precise,
// found by matcher.ts) and the learned model (model.ts, over features.ts), which reads the
// phrase scores as features of its own, so how the two combine is learned and measured (see
// README, "Routing"). Addressee words are left out of both. Deterministic: the same text, pack
// and model always give the same scores.
import type { Lang, Pack, Scenario } from '../pack/schema';
import type { Token } from '../text/tokenize';
import { compilePhrase, createMatcher, type Hit, type Phrase } from './matcher';
import { contentTokens, extractFeatures, type Feature } from './features';
import { decodeWeights, logits, push, softmax, type RouterModel, type Weights } from './model';

/** Below this phrase score a text is not treated as a security matter (without a model). */
export const MIN_SCORE = 2;
/** A dampened match (a mention in a sentence about a course, a policy…) keeps this share of its weight. */
export const DAMPENED = 0.2;
/** Phrase scores enter the model as features of value min(score, PHRASE_CAP) / PHRASE_CAP. */
export const PHRASE_CAP = 6;

export interface Counted {
  hit: Hit;
  weight: number;
  dampenedBy: Hit | null;
}

export interface Routing {
  /** Phrase scores per scenario. */
  scores: number[];
  /** Counted phrase matches per scenario index, strongest first. */
  counted: Counted[][];
  /** The model's probabilities per scenario, then "none" last; null without a model. */
  probs: number[] | null;
  /** The words read (addressee words left out) and the features made of them. */
  tokens: Token[];
  features: Feature[];
}

export interface Router {
  route(text: string): Routing;
  /** The features the model reads for a text (training uses exactly these). */
  features(text: string): { tokens: Token[]; features: Feature[]; scores: number[]; counted: Counted[][] };
  /** Per word of `routing.tokens`, how much it pushed scenario `index` (model only). */
  weighWords(routing: Routing, index: number): number[];
  model: RouterModel | null;
}

export function phraseFeatures(pack: Pack, scores: number[]): { key: string; value: number }[] {
  return scores.flatMap((s, i) =>
    s > 0 ? [{ key: `p ${pack.scenarios[i]!.id}`, value: Math.min(s, PHRASE_CAP) / PHRASE_CAP }] : [],
  );
}

export function createRouter(pack: Pack, model: RouterModel | null = null): Router {
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
  // Decoded when the router is made (after first paint in the views), not on the first email.
  const weights: Weights | null = model ? decodeWeights(model) : null;

  function phraseScores(tokens: Token[]): { scores: number[]; counted: Counted[][] } {
    const hits = matcher.find(tokens);
    const dampeners = hits.filter((h) => h.phrase.kind === 'dampener');
    // Longest match wins where two overlap: "hostage incident management training" is a
    // training question, and its "hostage" is not counted again as an incident.
    const triggers = hits
      .filter((h) => h.phrase.kind === 'trigger')
      .sort((a, b) => b.last - b.first - (a.last - a.first) || b.phrase.weight - a.phrase.weight || a.first - b.first);
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
  }

  function features(text: string) {
    const tokens = contentTokens(text);
    const { scores, counted } = phraseScores(tokens);
    const usePhrases = model ? model.phrases : true;
    const extracted = extractFeatures(tokens, usePhrases ? phraseFeatures(pack, scores) : []);
    return { tokens: extracted.tokens, features: extracted.features, scores, counted };
  }

  return {
    model,
    features,
    route(text: string): Routing {
      const f = features(text);
      return { ...f, probs: weights ? softmax(logits(weights, f.features)) : null };
    },
    weighWords(routing: Routing, index: number): number[] {
      const out = routing.tokens.map(() => 0);
      if (!weights) return out;
      for (const f of routing.features) {
        if (f.from.length === 0) continue;
        const share = push(weights, f, index) / f.from.length;
        for (const i of f.from) out[i] = (out[i] as number) + share;
      }
      return out;
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
