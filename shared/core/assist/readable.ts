// Whether a text is mostly in a language the router reads (English, French, Spanish). A text
// in another script, or in another language, is "unreadable": the answer then says it can only
// read those three, rather than "not a security matter". Typos, telegraphic reports ("Status:
// whereabouts unknown. Vehicle: found abandoned.") and lists of names are still en/fr/es: a text
// is judged foreign on the evidence of another language's common words, not only on the absence
// of ours.
import { letterRuns, normalize } from '../text/tokenize';

const words = (list: string) => new Set(list.split(' '));

const COMMON = words(
  'the and of to is are was were we our you your for with this that have has not please from will be been they ' +
    'their which would there what when who how can could should in on at it as by an or if all any he she his her ' +
    'le la les des du de et est sont nous vous pour avec dans une un en sur pas ne que qui ce cette ces notre nos ' +
    'votre vos merci depuis mais ou aux au je il elle ils leur tout tous donc car ete etre avoir fait plus aussi ' +
    'el los las del y son para con una por no se esta este nuestro nuestra nuestros gracias desde pero muy hola ' +
    'hemos tenemos yo estoy estan todo todos mas tambien aqui porque donde cuando como usted ustedes lo al su sus',
);

// Common words of languages staff may also write or paste (German, Portuguese, Italian, Dutch,
// Swahili, Indonesian/Malay, Turkish, Somali, Hausa), none of them a common en/fr/es word.
const OTHER = words(
  'und der die das ist nicht wir ich sie ein eine einen einem mit fur auf dem den zu von bei sind wurde haben ' +
    'heute unser unsere keine keinen mehr ihm ihr sehr auch oder wenn nach ' +
    'nao com uma os um na em foi sao nosso nossa voce ele ela isso mas ate ja sem seu sua ' +
    'il di che gli nel alla della sono siamo abbiamo questo questa anche perche oggi ' +
    'het een van niet wij zijn voor dat op ook maar naar deze ' +
    'na wa kwa ni katika za hii kuwa leo sisi yetu huko hakuna ' +
    'dan yang ini itu dengan untuk tidak kami ada dari ' +
    've bir bu ile icin cok degil ' +
    'iyo oo ka ku waa ee aan ayaa ' +
    'ba shi mun sun',
);

/** Fewer words than this are not judged: a short line of names and acronyms is not a foreign text. */
const MIN_WORDS = 15;

const LETTER = /\p{L}/u;

/**
 * Letters, and of them those of the Latin script (A–Z and its accented letters up to U+024F),
 * in one pass over the characters: plain ASCII, most of any email, needs no regex at all.
 */
function countLetters(sample: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    const point = sample.codePointAt(i) as number;
    if (point > 0xffff) i++; // the second half of a surrogate pair
    if (LETTER.test(String.fromCodePoint(point))) {
      letters++;
      if (point >= 0xc0 && point <= 0x24f) latin++;
    }
  }
  return { letters, latin };
}

export function isReadable(text: string): boolean {
  const sample = text.slice(0, 4000);
  const { letters, latin } = countLetters(sample);
  if (letters === 0) return true;
  if (latin / letters < 0.5) return false;
  // Each word counts at most three times: a word repeated over and over (a place name, filler)
  // must not make a text look foreign, nor a foreign text look readable.
  const seen = new Map<string, number>();
  let counted = 0;
  let oursCount = 0;
  let theirsCount = 0;
  for (const w of letterRuns(normalize(sample))) {
    const n = (seen.get(w) ?? 0) + 1;
    seen.set(w, n);
    if (n > 3) continue;
    counted++;
    if (COMMON.has(w)) oursCount++;
    if (OTHER.has(w)) theirsCount++;
  }
  if (counted < MIN_WORDS) return true;
  const ours = oursCount / counted;
  const theirs = theirsCount / counted;
  // Running text in en/fr/es is a third or more our common words; a telegraphic report with typos
  // has fewer, but more of ours than of another language's. Foreign: another language's common
  // words as many as ours, with ours under a tenth (none at all in fifteen words included).
  return ours >= 0.1 || theirs < ours;
}
