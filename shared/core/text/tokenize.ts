// Text normalisation shared by routing, facts and search: one place decides what a "word" is,
// so a trigger in the pack and a word in an email are compared the same way.

const NON_ASCII_ANY = /[\u0080-\uffff]/;

/** Lower-case, without accents, with English "n't" spelled out so "weren't" holds "not". */
export function normalize(text: string): string {
  // Plain ASCII (most English mail) has no accents to fold: decomposing it would change nothing.
  if (!NON_ASCII_ANY.test(text)) return text.replace(/n['’]t\b/gi, ' not').toLowerCase();
  return text
    .replace(/n['’]t\b/gi, ' not')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const LETTERS = /\p{L}+/gu;
const ASCII_LETTERS = /[a-z]+/g;

/**
 * The runs of letters (`\p{L}+`) of a text `normalize` returned. Plain ASCII, once lower-cased,
 * has no letters but a–z: it is read without the Unicode regex, which costs twice as much.
 */
export function letterRuns(normalized: string): string[] {
  return (NON_ASCII_ANY.test(normalized) ? normalized.match(LETTERS) : normalized.match(ASCII_LETTERS)) ?? [];
}

export interface Token {
  /** Normalised word. */
  word: string;
  /** Stem used for matching (see stem()). */
  stem: string;
  /** The word was written in capitals (SMT, DO, UN): acronyms in the pack match only these. */
  upper: boolean;
  start: number;
  end: number;
  sentence: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Anything but printable ASCII (a word never holds control characters). */
const NON_ASCII = /[^\u0020-\u007e]/;

// Inflection endings in the three languages, longest first. Deliberately light: a stem only
// has to bring "kidnapped", "kidnapping" and "kidnap" (or "refusé", "refus", "refuse") together.
const SUFFIXES = [
  'aciones',
  'iciones',
  'ements',
  'amente',
  'ations',
  'acion',
  'ement',
  'ation',
  'ciones',
  'cion',
  'ings',
  'ing',
  'ies',
  'ied',
  'ed',
  'es',
  'os',
  'as',
  's',
  'e',
  'o',
  'a',
  'y',
];

// A word's stem depends on the word alone, and an email repeats its words: computed once.
const stems = new Map<string, string>();
export const forgetStems = (): void => stems.clear();

export function stem(word: string): string {
  if (word.length <= 4) return word;
  const known = stems.get(word);
  if (known !== undefined) return known;
  const out = stemOf(word);
  if (stems.size > 20_000) stems.clear();
  stems.set(word, out);
  return out;
}

function stemOf(word: string): string {
  if (/\d/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    // Long endings need a longer base, so "formation" stays whole instead of becoming "form".
    const minBase = suffix.length > 2 ? 5 : 4;
    if (word.endsWith(suffix) && word.length - suffix.length >= minBase) {
      const base = word.slice(0, -suffix.length);
      // "kidnapped" → "kidnapp" → "kidnap": fold a doubled final consonant left by -ed/-ing.
      return /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : base;
    }
  }
  return word;
}

/**
 * Words (not stems) in the order they appear, with their offsets in the original text; at most
 * `limit` of them, so a reader that needs the first few thousand words stops there.
 */
export function tokenize(text: string, limit = Infinity): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let last = 0;
  // exec() on the one global regex: matchAll() would copy it for every call, and the router
  // tokenizes each of the pack's hundreds of phrases when it starts.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null && tokens.length < limit; match = WORD.exec(text)) {
    const start = match.index;
    if (hasSentenceEnd(text, last, start)) sentence++;
    const raw = match[0];
    const prev = tokens[tokens.length - 1];
    // "weren't" arrives as "weren" + "t": make it "were" + "not", so "not invited" matches.
    if (
      (raw === 't' || raw === 'T') &&
      prev &&
      prev.end === start - 1 &&
      /['’]/.test(text[start - 1] ?? '') &&
      prev.word.endsWith('n')
    ) {
      prev.word = prev.word.slice(0, -1);
      prev.stem = stem(prev.word);
      // The "not" starts where the verb does, so an explanation quotes "weren't invited" whole.
      tokens.push({ word: 'not', stem: 'not', upper: false, start: prev.start, end: start + 1, sentence });
      last = start + 1;
      continue;
    }
    // A word holds no apostrophe, so for plain ASCII normalize() is only lower-casing (and the
    // fast path keeps a 2 KB email well under a millisecond).
    const word = NON_ASCII.test(raw) ? normalize(raw) : raw.toLowerCase();
    tokens.push({
      word,
      stem: stem(word),
      upper: isUpper(raw),
      start,
      end: start + raw.length,
      sentence,
    });
    last = start + raw.length;
  }
  return tokens;
}

/** Written in capitals: two characters or more, none lower case, at least one letter with a case. */
function isUpper(raw: string): boolean {
  if (raw.length < 2) return false;
  // Most words start with a lower-case ASCII letter: no need to case the whole word twice.
  const first = raw.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/** Whether one of . ! ? ; : or a line break lies between two words (compared as char codes: this runs between every two words). */
function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10) return true;
  }
  return false;
}

/**
 * Function words left out of phrase matching, in all three languages. Negations ("not", "no",
 * "pas", "sin") and "un" (the UN, in capitals) are deliberately kept: they carry meaning.
 */
export const FILLER = new Set(
  (
    'a an the of to in on at by for from with and or but is are was were be been being am it its this that these those ' +
    'there here our we us you your they them their he she his her my me i as into about over after before than then so ' +
    'do does did doing have has had having will would shall should can could may might must aren weren isn wasn don doesn ' +
    'didn won can hasn haven hadn wouldn shouldn couldn ' +
    'le la les l d de des du au aux et ou en dans sur pour par avec une est sont ete etre a ont avons avez nous vous ils elles ' +
    'il elle on se sa son ses leur leurs ce cet cette ces qui que qu n ne s c j m t y notre nos votre vos mon ma mes ' +
    'el los las lo del al y o e con por para es son fue han ha hemos nuestro nuestra nuestros nuestras su sus ese esa ' +
    'este esta estos estas que se nos les le me te mi tu'
  ).split(' '),
);
