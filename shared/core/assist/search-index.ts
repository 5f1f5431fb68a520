// A word index that narrows a large pack to the few entries worth handing to fuse.js.
// Fuse scores every entry against every query word with a fuzzy scan of its whole text, about a
// tenth of a millisecond per long entry: fine for a pack's few dozen entries, far too slow for
// ten thousand imported clauses. The index finds, per query word, the entries holding it (exact,
// as a prefix, or with a typo), keeps those holding every word, ranks them with a cheap score and
// passes the best few to Fuse, which then ranks them as it always does. Deterministic: ties go to
// the entry that comes first in the pack.
import { distance } from './matcher';

export interface IndexedEntry {
  /** Fields in the order of `FIELD_WEIGHTS`: title, keywords, words. */
  fields: [string, string, string];
}

/** How much a word found in each field counts; the same order of importance as Fuse's key weights. */
const FIELD_WEIGHTS = [3, 2, 1] as const;
const EXACT = 1;
const PREFIX = 0.7;
const TYPO = 0.5;
/** A short query word ("un", "sm") as a prefix would pull in half the vocabulary. */
const MIN_PREFIX = 3;
const MIN_TYPO = 4;
/** Bounds the work for a query word that begins most words of the vocabulary. */
const MAX_EXPANSIONS = 200;

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;

/**
 * Lower-case words without accents, the same way for the index and the query. Plain ASCII text
 * (most clauses) skips the Unicode decomposition: indexing 10,000 clauses reads a million words.
 */
export function words(text: string): string[] {
  const folded = NON_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '').toLowerCase() : text.toLowerCase();
  return folded.match(WORD) ?? [];
}

export interface WordIndex {
  /** Up to `limit` entry numbers holding every query word, best first. */
  candidates(queryWords: string[][], limit: number): number[];
  /** Up to `limit` entry numbers holding each of these exact words (short ones too), in order. */
  holding(exactWords: string[], limit: number): number[];
}

export function createWordIndex(entries: IndexedEntry[]): WordIndex {
  // word → entry * 4 + field, each pair once, in entry order.
  const postings = new Map<string, number[]>();
  entries.forEach((entry, n) => {
    entry.fields.forEach((text, field) => {
      const code = n * 4 + field;
      for (const w of words(text)) {
        const list = postings.get(w);
        // Codes only grow, so a repeated word in the same field is the list's last code.
        if (!list) postings.set(w, [code]);
        else if (list[list.length - 1] !== code) list.push(code);
      }
    });
  });
  const vocabulary = [...postings.keys()].sort();
  const byInitial = new Map<string, string[]>();
  for (const w of vocabulary) {
    const list = byInitial.get(w[0] as string);
    if (list) list.push(w);
    else byInitial.set(w[0] as string, [w]);
  }

  /** Vocabulary words a query word stands for, with how closely each matches. */
  function expand(word: string): [string, number][] {
    const out: [string, number][] = [];
    if (postings.has(word)) out.push([word, EXACT]);
    if (word.length >= MIN_PREFIX) {
      let lo = 0;
      let hi = vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((vocabulary[mid] as string) < word) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < vocabulary.length && out.length < MAX_EXPANSIONS; i++) {
        const v = vocabulary[i] as string;
        if (!v.startsWith(word)) break;
        if (v !== word) out.push([v, PREFIX]);
      }
    }
    if (out.length === 0 && word.length >= MIN_TYPO && !/\d/.test(word)) {
      const max = word.length >= 8 ? 2 : 1;
      for (const v of byInitial.get(word[0] as string) ?? []) {
        if (out.length >= MAX_EXPANSIONS) break;
        if (Math.abs(v.length - word.length) <= max && distance(word, v, max) <= max) out.push([v, TYPO]);
      }
    }
    return out;
  }

  return {
    holding(exactWords, limit) {
      let entries: number[] | null = null;
      for (const w of exactWords) {
        const here = new Set((postings.get(w) ?? []).map((code) => code >> 2));
        entries = entries === null ? [...here] : entries.filter((e: number) => here.has(e));
      }
      return (entries ?? []).sort((a, b) => a - b).slice(0, limit);
    },
    candidates(queryWords, limit) {
      const n = entries.length;
      const score = new Float64Array(n);
      const found = new Uint8Array(n);
      // Each query term is one or more words ("12.3" is "12" and "3"). Fuse reads a two-letter word
      // ("du", "un") as a piece of any word, so requiring it as a word would drop entries Fuse keeps:
      // it is left to Fuse, unless the query has nothing longer.
      const flat = queryWords.flat();
      const long = flat.filter((w) => w.length >= MIN_PREFIX);
      const required = long.length ? long : flat.filter((w) => w.length >= 2);
      if (required.length === 0) return [];
      const best = new Float64Array(n);
      for (const word of required) {
        best.fill(0);
        for (const [v, quality] of expand(word)) {
          for (const code of postings.get(v) ?? []) {
            const entry = code >> 2;
            const value = quality * (FIELD_WEIGHTS[code & 3] ?? 1);
            if (value > (best[entry] as number)) best[entry] = value;
          }
        }
        for (let e = 0; e < n; e++) {
          if ((best[e] as number) > 0) {
            found[e] = (found[e] as number) + 1;
            score[e] = (score[e] as number) + (best[e] as number);
          }
        }
      }
      // Fuse keeps only entries matching every word, so an entry missing one is not worth scoring.
      const all = required.length;
      const top: number[] = [];
      for (let e = 0; e < n; e++) {
        if (found[e] !== all) continue;
        if (top.length === limit && (score[e] as number) <= (score[top[limit - 1] as number] as number)) continue;
        // Insert in order: higher score first, then earlier entry (e only grows, so it goes after equals).
        let at = top.length;
        while (at > 0 && (score[top[at - 1] as number] as number) < (score[e] as number)) at--;
        top.splice(at, 0, e);
        if (top.length > limit) top.pop();
      }
      return top;
    },
  };
}
