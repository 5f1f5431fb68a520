// A word index that narrows a large pack to the few entries worth handing to fuse.js.
// Fuse scores every entry against every query word with a fuzzy scan of its whole text, about a
// tenth of a millisecond per long entry: fine for a pack's few dozen entries, far too slow for
// ten thousand imported clauses. The index finds, per query word, the entries holding it (exact,
// as a prefix, or with a typo), keeps those holding every word, ranks them with a cheap score and
// passes the best few to Fuse, which then ranks them as it always does. Deterministic: ties go to
// the entry that comes first in the pack.
//
// The index is plain data (`WordIndexData`: a sorted vocabulary and its postings in two typed
// arrays), so the extension builds it once, when a document is imported, stores it beside the
// document, and the popup opens with it ready: no word of the clauses is read again at open.
// Several documents' indexes are searched together as parts, each numbering its own entries.
import { distance } from './matcher';

export interface IndexedEntry {
  /** Fields in the order of `FIELD_WEIGHTS`: title, keywords, words. */
  fields: [string, string, string];
}

/** One index as data: structured-clone and IndexedDB keep it as it is. */
export interface WordIndexData {
  /** Entries indexed (the clauses of one document). */
  entries: number;
  /** Every word, sorted: found by binary search, a prefix is a run of neighbours. */
  vocabulary: string[];
  /** Postings of vocabulary[i] are codes[offsets[i] .. offsets[i + 1]]. */
  offsets: Uint32Array;
  /** entry * 4 + field, in entry order within each word. */
  codes: Uint32Array;
  /**
   * Words in each field, at entry * 4 + field (at most 65,535): Fuse prefers a word in a short
   * field, so the index does too when it picks the entries Fuse will rank.
   */
  lengths: Uint16Array;
}

/** How much a word found in each field counts; the same order of importance as Fuse's key weights. */
const FIELD_WEIGHTS = [3, 2, 1] as const;
const EXACT = 1;
const PREFIX = 0.7;
const TYPO = 0.5;
/** A short query word ("un", "sm") as a prefix would pull in half the vocabulary. */
const MIN_PREFIX = 3;
const MIN_TYPO = 4;
/** A word this long also stands for the words its stem (the word less two letters) begins. */
const MIN_STEM = 6;
/** Bounds the work for a query word that begins most words of the vocabulary. */
const MAX_EXPANSIONS = 200;

const WORD = /[\p{L}\p{N}]+/gu;
/** The same words in plain ASCII text, where letters and digits are a-z and 0-9 once lower-cased. */
const ASCII_WORD = /[a-z0-9]+/g;
const MARKS = /\p{M}+/gu;
/** A letter, digit or mark outside ASCII: only then can decomposing the text change its words. */
const NON_ASCII_WORDY = /(?![\p{ASCII}])[\p{L}\p{N}\p{M}]/u;

/**
 * Lower-case words without accents, the same way for the index and the query. Text whose letters
 * and digits are all ASCII (most clauses, even with curly quotes and dashes) skips the Unicode
 * decomposition: indexing 10,000 clauses reads a million words.
 */
export function words(text: string): string[] {
  if (!NON_ASCII_WORDY.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().match(WORD) ?? [];
}

/** Indexes entries once; the result can be stored and searched later with `createWordIndex`. */
export function buildWordIndex(entries: IndexedEntry[]): WordIndexData {
  // word → entry * 4 + field, each pair once, in entry order.
  const postings = new Map<string, number[]>();
  const lengths = new Uint16Array(entries.length * 4);
  let total = 0;
  entries.forEach((entry, n) => {
    entry.fields.forEach((text, field) => {
      const code = n * 4 + field;
      const all = words(text);
      lengths[code] = Math.min(all.length, 0xffff);
      for (const w of all) {
        const list = postings.get(w);
        // Codes only grow, so a repeated word in the same field is the list's last code.
        if (!list) postings.set(w, [code]);
        else if (list[list.length - 1] !== code) list.push(code);
        else continue;
        total++;
      }
    });
  });
  const vocabulary = [...postings.keys()].sort();
  const offsets = new Uint32Array(vocabulary.length + 1);
  const codes = new Uint32Array(total);
  let at = 0;
  vocabulary.forEach((w, i) => {
    offsets[i] = at;
    const list = postings.get(w) as number[];
    codes.set(list, at);
    at += list.length;
  });
  offsets[vocabulary.length] = at;
  return { entries: entries.length, vocabulary, offsets, codes, lengths };
}

/** Whether stored data has the shape `createWordIndex` reads (a record from another version may not). */
export function isWordIndexData(value: unknown, entries: number): value is WordIndexData {
  const v = value as Partial<WordIndexData> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.entries === entries &&
    Array.isArray(v.vocabulary) &&
    v.offsets instanceof Uint32Array &&
    v.codes instanceof Uint32Array &&
    v.lengths instanceof Uint16Array &&
    v.lengths.length === entries * 4 &&
    v.offsets.length === v.vocabulary.length + 1 &&
    v.offsets[v.vocabulary.length] === v.codes.length
  );
}

export interface WordIndex {
  /**
   * Up to `limit` entry numbers holding every query word (or, with `every` false, any of them),
   * best first.
   */
  candidates(queryWords: string[][], limit: number, every?: boolean): number[];
  /**
   * Up to `limit` entry numbers holding each of these exact words (short ones too), in order;
   * with `field` (0 title, 1 keywords, 2 words), in that field.
   */
  holding(exactWords: string[], limit: number, field?: number): number[];
}

/** First position in the sorted vocabulary whose word is not below `word`. */
function lowerBound(vocabulary: string[], word: string): number {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((vocabulary[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A search over these parts, in order: the entries of the second part follow those of the first. */
export function createWordIndex(parts: WordIndexData[]): WordIndex {
  const bases: number[] = [];
  let n = 0;
  for (const p of parts) {
    bases.push(n);
    n += p.entries;
  }

  /** Calls `visit(globalEntry, field, wordsInField)` for each posting of word `i` of part `p`. */
  function each(p: number, i: number, visit: (entry: number, field: number, length: number) => void) {
    const part = parts[p] as WordIndexData;
    const base = bases[p] as number;
    for (let k = part.offsets[i] as number; k < (part.offsets[i + 1] as number); k++) {
      const code = part.codes[k] as number;
      visit(base + (code >> 2), code & 3, part.lengths[code] as number);
    }
  }

  /**
   * Vocabulary words a query word stands for, as [part, position, how closely it matches], over
   * all parts at once: the word itself, the words it begins, the words its stem begins ("evacuate"
   * → "evacuation", "safely" → "safety") and its spellings one or two typos away. Fuse then scores
   * the entries holding them, so a loose word here costs a little work, never a wrong rank.
   */
  function expand(word: string): [number, number, number][] {
    const out: [number, number, number][] = [];
    const stem = word.length >= MIN_STEM ? word.slice(0, -2) : null;
    parts.forEach(({ vocabulary }, p) => {
      if (word.length < MIN_PREFIX) {
        const at = lowerBound(vocabulary, word);
        if (vocabulary[at] === word) out.push([p, at, EXACT]);
        return;
      }
      // The stem's run holds the word's own run (the word begins with its stem).
      const from = stem ?? word;
      for (let i = lowerBound(vocabulary, from); i < vocabulary.length && out.length < MAX_EXPANSIONS; i++) {
        const v = vocabulary[i] as string;
        if (!v.startsWith(from)) break;
        out.push([p, i, v === word ? EXACT : v.startsWith(word) ? PREFIX : TYPO]);
      }
    });
    if (word.length < MIN_TYPO || /\d/.test(word)) return out;
    // Typos keep the first letter: the words sharing it are one run of the sorted vocabulary.
    const max = word.length >= 8 ? 2 : 1;
    const initial = word[0] as string;
    parts.forEach(({ vocabulary }, p) => {
      for (let i = lowerBound(vocabulary, initial); i < vocabulary.length && out.length < MAX_EXPANSIONS; i++) {
        const v = vocabulary[i] as string;
        if (v[0] !== initial) break;
        if (v.startsWith(stem ?? word)) continue; // found above
        if (Math.abs(v.length - word.length) <= max && distance(word, v, max) <= max) out.push([p, i, TYPO]);
      }
    });
    return out;
  }

  return {
    holding(exactWords, limit, field) {
      let entries: number[] | null = null;
      for (const w of exactWords) {
        const here = new Set<number>();
        parts.forEach((part, p) => {
          const at = lowerBound(part.vocabulary, w);
          if (part.vocabulary[at] === w)
            each(p, at, (entry, f) => (field === undefined || f === field) && here.add(entry));
        });
        entries = entries === null ? [...here] : entries.filter((e: number) => here.has(e));
      }
      return (entries ?? []).sort((a, b) => a - b).slice(0, limit);
    },
    candidates(queryWords, limit, every = true) {
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
        for (const [p, i, quality] of expand(word)) {
          each(p, i, (entry, field, length) => {
            // Fuse's field norm: a word counts more in a shorter field.
            const value = (quality * (FIELD_WEIGHTS[field] ?? 1)) / Math.sqrt(length || 1);
            if (value > (best[entry] as number)) best[entry] = value;
          });
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
        if (every ? found[e] !== all : found[e] === 0) continue;
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
