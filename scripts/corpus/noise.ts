// Light, deterministic noise of the kind people make when typing fast on a phone: a swapped,
// dropped or doubled letter in a few longer words, accents left out, everything in lower case.
import type { Rng } from './random.ts';

const WORD = /\p{L}{5,}/gu;

/** Remove diacritics (é → e, ñ → n), as people do on a keyboard without them. */
export function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC');
}

function misspell(word: string, rng: Rng): string {
  const i = 1 + Math.floor(rng.next() * (word.length - 2));
  const kind = rng.next();
  if (kind < 0.4) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swap
  if (kind < 0.75) return word.slice(0, i) + word.slice(i + 1); // drop
  return word.slice(0, i) + word[i] + word.slice(i); // double
}

/** One to three typos in words of five letters or more; acronyms (all capitals) are left alone. */
export function addTypos(text: string, rng: Rng): string {
  const words = [...text.matchAll(WORD)].filter((m) => m[0] !== m[0].toUpperCase());
  if (words.length === 0) return text;
  const count = Math.min(words.length, 1 + Math.floor(rng.next() * 3));
  const chosen = new Set<number>();
  for (let k = 0; k < count * 3 && chosen.size < count; k++) chosen.add(Math.floor(rng.next() * words.length));
  let out = '';
  let last = 0;
  [...chosen]
    .sort((a, b) => a - b)
    .forEach((index) => {
      const m = words[index]!;
      out += text.slice(last, m.index) + misspell(m[0], rng);
      last = m.index! + m[0].length;
    });
  return out + text.slice(last);
}

/** The noise applied to one email body; which kinds depend on the draw. */
export function addNoise(text: string, rng: Rng): string {
  let out = addTypos(text, rng);
  if (rng.chance(0.35)) out = stripAccents(out);
  if (rng.chance(0.15)) out = out.toLowerCase();
  return out;
}
