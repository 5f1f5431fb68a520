// What the learned router reads in an email: hashed word unigrams and bigrams, and character
// n-grams inside words (3 and 4 letters, so "kidnapped", "kidnaping" and "kidnappers" share most of their
// features), after the core's normalisation (lower case, accents folded). Addressee words are
// taken out first: writing to the RSO or copying OSS says who reads the email, not what it is
// about. Work is bounded: at most MAX_TOKENS words are read, long words give no n-grams.
import { tokenize, forgetStems, FILLER, type Token } from '../text/tokenize';

/** Hash space of the features (a power of two). The model stores only the buckets it uses. */
export const BUCKETS = 1 << 18;
/** Words read per email: a long message says what it is about well before this. */
export const MAX_TOKENS = 1500;
/** Longer "words" (random strings, encoded blobs) give a unigram but no character n-grams. */
export const MAX_GRAM_WORD = 24;

export interface Feature {
  bucket: number;
  value: number;
  /** Indexes (into Features.tokens) of the words this feature came from, for the explanation. */
  from: number[];
}

export interface Features {
  tokens: Token[];
  /** Word features weigh 1/sqrt(n), so long and short emails weigh alike. */
  features: Feature[];
}

/** FNV-1a, 32 bits: small, fast and the same on every machine. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Who the email is written to or copied to: never evidence for a route.
const ADDRESSEE_WORDS = new Set(['rso', 'rsos', 'rfso', 'rfsos', 'oss', 'osshq', 'cc', 'bcc', 'cci']);
const ADDRESSEE_PHRASES = [
  /\bregional\s+(?:field\s+)?security\s+officers?\b/gi,
  /\boffice\s+of\s+staff\s+security\b/gi,
  /\b(?:bureau|service)\s+de\s+la\s+s[ée]curit[ée]\s+du\s+personnel\b/gi,
  /\boficina\s+de\s+seguridad\s+del\s+personal\b/gi,
  /\boficial(?:es)?\s+regional(?:es)?\s+de\s+seguridad\b/gi,
  /\bresponsables?\s+r[ée]gional(?:aux)?\s+de\s+(?:la\s+)?s[ée]curit[ée]\b/gi,
  /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/g, // any email address (last: run only when there is an @)
];
// A greeting line ("Dear RSO,", "Bonjour Madame,", "Hola equipo OSS:") or a header line (To:/Cc:).
const GREETING =
  /^\s*(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|cher|ch[èe]re|chers|madame|monsieur|hola|buen[oa]s (?:d[ií]as|tardes|noches)|estimad[oa]s?|querid[oa]s?)\b[^\n]{0,60}$/i;
const HEADER = /^\s*(?:to|cc|bcc|à|a|para|cci|copie|copia)\s*:/i;

function addresseeRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const lower = text.toLowerCase();
  // Each pattern runs only where its anchor word is present: this runs on every email.
  const phrases = ADDRESSEE_PHRASES.filter((re, i) =>
    i === ADDRESSEE_PHRASES.length - 1 ? lower.includes('@') : /secur|seguridad|s\u00e9curit/.test(lower),
  );
  for (const re of phrases) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  }
  // Greetings and header lines are short lines: test those only.
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.length <= 90) {
      const greeting = GREETING.exec(line);
      if (greeting) out.push([at, at + greetingEnd(line)]);
      else if (HEADER.test(line)) out.push([at, at + line.length]);
    }
    at += line.length + 1;
  }
  return out;
}

/** A greeting ends at its first comma, colon or dash; without one the whole short line is the greeting. */
function greetingEnd(line: string): number {
  const i = line.search(/[,:;!—–]/);
  return i < 0 ? line.length : i + 1;
}

/** The words of a text that can be evidence: addressee words and greetings left out. */
export function contentTokens(text: string): Token[] {
  // Twice the words kept, since addressee words are dropped; the ranges only where those words lie.
  const all = tokenize(text.length > MAX_TOKENS * 40 ? text.slice(0, MAX_TOKENS * 40) : text, MAX_TOKENS + 500);
  const ranges = merge(addresseeRanges(text.slice(0, (all[all.length - 1]?.end ?? 0) + 200)));
  const out: Token[] = [];
  let r = 0;
  for (const t of all) {
    if (out.length >= MAX_TOKENS) break;
    while (r < ranges.length && (ranges[r] as [number, number])[1] <= t.start) r++;
    const range = ranges[r];
    if (range && t.end > range[0] && t.start < range[1]) continue;
    if (ADDRESSEE_WORDS.has(t.word)) continue;
    out.push(t);
  }
  return out;
}

/** Sorted, disjoint ranges, so tokens are checked against them in one pass. */
function merge(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

const digits = (w: string) => (/\d/.test(w) ? w.replace(/\d/g, '0') : w);

/** FNV-1a of `prefix` + text[from, to), without building the string. */
function hashPart(seed: number, text: string, from: number, to: number): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
const GRAM_SEED = hash('c ');

// A word's own features (unigram, acronym, n-grams) depend on the word alone: computed once.
const wordCache = new Map<string, number[]>();

/** Forgets every word seen (features here, stems in tokenize.ts): the benchmark times a first email with it. */
export function forgetWords(): void {
  wordCache.clear();
  forgetStems();
}

function wordBuckets(w: string, upper: boolean): number[] {
  const key = upper ? `U${w}` : w;
  const cached = wordCache.get(key);
  if (cached) return cached;
  const out = [hash(`w ${w}`) & (BUCKETS - 1)];
  // Acronyms in capitals are words of their own: "DO" (Designated Official) is not "do".
  if (upper && w.length <= 6) out.push(hash(`u ${w}`) & (BUCKETS - 1));
  if (!FILLER.has(w) && w.length >= 4 && w.length <= MAX_GRAM_WORD) {
    const padded = `<${w}>`;
    for (let n = 3; n <= 4; n++)
      for (let k = 0; k + n <= padded.length; k++) out.push(hashPart(GRAM_SEED, padded, k, k + n) & (BUCKETS - 1));
  }
  if (wordCache.size > 20_000) wordCache.clear();
  wordCache.set(key, out);
  return out;
}

// Bucket → 1 + its feature's index while one text is read (0: not seen). Reset after each text by
// walking the features made, so a call costs what the text holds, not the size of the hash space.
const slot = new Int32Array(BUCKETS);
const BIGRAM_SEED = hash('b ');
const SPACE = 32;

/** The features of a text's content words (contentTokens), each with the words it came from. Same text, same features, same order. */
export function extractFeatures(tokens: Token[], extra: { key: string; value: number }[] = []): Features {
  const features: Feature[] = [];
  // Called a few thousand times per email: no array is made for the word indexes passed.
  const note = (f: Feature, i: number) => {
    if (f.from.length < 8 && !f.from.includes(i)) f.from.push(i);
  };
  const addBucket = (bucket: number, i: number, j: number) => {
    const at = slot[bucket] as number;
    if (at === 0) {
      features.push({ bucket, value: 0, from: j < 0 ? [i] : [i, j] });
      slot[bucket] = features.length;
    } else {
      const f = features[at - 1] as Feature;
      note(f, i);
      if (j >= 0) note(f, j);
    }
  };
  try {
    const words = tokens.map((t) => digits(t.word));
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const w = words[i] as string;
      for (const bucket of wordBuckets(w, t.upper)) addBucket(bucket, i, -1);
      const next = tokens[i + 1];
      if (next && next.sentence === t.sentence) {
        // hash(`b ${w} ${next}`) without building the string (FNV-1a reads one character at a time).
        let h = hashPart(BIGRAM_SEED, w, 0, w.length);
        h = Math.imul(h ^ SPACE, 0x01000193) >>> 0;
        const n = words[i + 1] as string;
        addBucket(hashPart(h, n, 0, n.length) & (BUCKETS - 1), i, i + 1);
      }
    }
  } finally {
    for (const f of features) slot[f.bucket] = 0;
  }
  const value = features.length ? 1 / Math.sqrt(features.length) : 0;
  for (const f of features) f.value = value;
  for (const x of extra) features.push({ bucket: hash(x.key) & (BUCKETS - 1), value: x.value, from: [] });
  return { tokens, features };
}
