// Finds the pack's phrases in a text, tolerant of inflections ("kidnapped" ~ "kidnapping"),
// typos ("kidnaped", "secuestrdo") and small gaps, in any of the three languages.
// Typos are found with a deletion index (SymSpell's idea) rather than by fuzzy-scoring each
// word against every phrase: it is exact, deterministic and keeps a 2 KB email under 1 ms.
import { FILLER, tokenize, type Token } from '../text/tokenize';

export interface Phrase {
  /** As written in the pack. */
  text: string;
  stems: string[];
  /** Short all-caps words (SMT, UN, MOU, HEAT) match only when written in capitals. */
  upper: boolean[];
  owner: number;
  weight: number;
  kind: 'trigger' | 'dampener';
}

export interface Hit {
  phrase: Phrase;
  /** Index of the first and last matched word among the non-filler words. */
  first: number;
  last: number;
  /** Offsets of the matched words in the text, to quote them as written. */
  start: number;
  end: number;
  typo: boolean;
  sentence: number;
}

interface WordMatch {
  stem: string;
  typo: boolean;
}

const MIN_PREFIX = 5;
/** A word longer than the longest pack word by more than this is never read as a typo of one. */
const TYPO_MARGIN = 2;

export function compilePhrase(text: string, owner: number, weight: number, kind: Phrase['kind']): Phrase | null {
  const words = tokenize(text).filter((t) => !FILLER.has(t.word) || /^[A-Z]{2,3}$/.test(text.slice(t.start, t.end)));
  if (words.length === 0) return null;
  return {
    text,
    stems: words.map((t) => t.stem),
    upper: words.map((t) => t.upper && t.end - t.start <= 4),
    owner,
    weight,
    kind,
  };
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance, stopping early past `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

export interface Matcher {
  find(tokens: Token[]): Hit[];
}

export function createMatcher(phrases: Phrase[]): Matcher {
  const byFirst = new Map<string, Phrase[]>();
  const vocabulary = new Set<string>();
  const deleted = new Map<string, string[]>();
  for (const p of phrases) {
    const first = p.stems[0] as string;
    const list = byFirst.get(first);
    if (list) list.push(p);
    else byFirst.set(first, [p]);
    for (const s of p.stems) vocabulary.add(s);
  }
  // Per-word work is bounded by the pack, not by the text: prefixes are tried only up to the
  // longest pack word, and typos only for words at most TYPO_MARGIN letters longer than it (a
  // 197 KB body of long random words used to cost seconds here).
  let longest = 0;
  for (const s of vocabulary) longest = Math.max(longest, s.length);
  for (const s of vocabulary) {
    if (s.length < MIN_PREFIX) continue;
    for (const d of deletions(s)) {
      const list = deleted.get(d);
      if (list) list.push(s);
      else deleted.set(d, [s]);
    }
  }
  // Same word, same answer: a long thread repeats its words, so each is looked up once.
  const cache = new Map<string, WordMatch[]>();

  function lookup(stem: string): WordMatch[] {
    const cached = cache.get(stem);
    if (cached) return cached;
    const out: WordMatch[] = [];
    if (vocabulary.has(stem)) out.push({ stem, typo: false });
    for (let n = MIN_PREFIX; n < Math.min(stem.length, longest + 1); n++) {
      const prefix = stem.slice(0, n);
      if (vocabulary.has(prefix)) out.push({ stem: prefix, typo: false });
    }
    if (out.length === 0 && stem.length >= MIN_PREFIX && stem.length <= longest + TYPO_MARGIN && !/\d/.test(stem)) {
      const max = stem.length >= 8 ? 2 : 1;
      const candidates = new Set<string>(deleted.get(stem) ?? []);
      for (const d of deletions(stem)) {
        if (vocabulary.has(d)) candidates.add(d);
        for (const s of deleted.get(d) ?? []) candidates.add(s);
      }
      for (const c of [...candidates].sort()) {
        if (c[0] === stem[0] && distance(stem, c, max) <= max) out.push({ stem: c, typo: true });
      }
    }
    if (cache.size > 50_000) cache.clear();
    cache.set(stem, out);
    return out;
  }

  function matchAt(
    tokens: Token[],
    matches: WordMatch[][],
    i: number,
    stem: string,
    upper: boolean,
  ): WordMatch | undefined {
    const token = tokens[i];
    if (!token || (upper && !token.upper)) return undefined;
    return matches[i]?.find((m) => m.stem === stem);
  }

  return {
    find(all: Token[]): Hit[] {
      const tokens = all.filter((t) => !FILLER.has(t.word) || t.upper);
      const matches = tokens.map((t) => lookup(t.stem));
      const hits: Hit[] = [];
      for (let i = 0; i < tokens.length; i++) {
        for (const start of matches[i] ?? []) {
          for (const phrase of byFirst.get(start.stem) ?? []) {
            if (phrase.upper[0] && !tokens[i]?.upper) continue;
            let last = i;
            let typo = start.typo;
            let ok = true;
            for (let k = 1; k < phrase.stems.length && ok; k++) {
              ok = false;
              // One stray word may sit between two words of a phrase ("taken by *an* armed group").
              for (let j = last + 1; j <= last + 2 && j < tokens.length; j++) {
                if (tokens[j]?.sentence !== tokens[i]?.sentence) break;
                const m = matchAt(tokens, matches, j, phrase.stems[k] as string, phrase.upper[k] ?? false);
                if (m) {
                  last = j;
                  typo ||= m.typo;
                  ok = true;
                  break;
                }
              }
            }
            if (!ok) continue;
            const from = tokens[i] as Token;
            hits.push({
              phrase,
              first: i,
              last,
              start: from.start,
              end: (tokens[last] as Token).end,
              typo,
              sentence: from.sentence,
            });
          }
        }
      }
      return hits;
    },
  };
}
