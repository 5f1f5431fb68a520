// Whether a text is mostly in a language the router reads (English, French, Spanish). A text
// in another script, or with almost none of the three languages' common words, is "unreadable":
// the answer then says it can only read those three, rather than "not a security matter".
import { normalize } from '../text/tokenize';

const COMMON = new Set(
  (
    'the and of to is are was were we our you your for with this that have has not please from will be been they ' +
    'their which would there what when who how can could should in on at it as by an or if all any he she his her ' +
    'le la les des du de et est sont nous vous pour avec dans une un en sur pas ne que qui ce cette ces notre nos ' +
    'votre vos merci depuis mais ou aux au je il elle ils leur tout tous donc car ete etre avoir fait plus aussi ' +
    'el los las del y son para con una por no se esta este nuestro nuestra nuestros gracias desde pero muy hola ' +
    'hemos tenemos yo estoy estan todo todos mas tambien aqui porque donde cuando como usted ustedes lo al su sus'
  ).split(' '),
);

/** Fewer words than this are not judged: a short line of names and acronyms is not a foreign text. */
const MIN_WORDS = 15;

export function isReadable(text: string): boolean {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return true;
  const latin = sample.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (latin / letters < 0.5) return false;
  // Each word counts at most three times: a word repeated over and over (a place name, filler)
  // must not make a text look foreign, nor a foreign text look readable.
  const seen = new Map<string, number>();
  const words = (normalize(sample).match(/\p{L}+/gu) ?? []).filter((w) => {
    const n = (seen.get(w) ?? 0) + 1;
    seen.set(w, n);
    return n <= 3;
  });
  if (words.length < MIN_WORDS) return true;
  const common = words.filter((w) => COMMON.has(w)).length;
  // Running text in en/fr/es is a third or more function words; German, Portuguese or Swahili
  // share only a few of these. Below 10% the text is not one of the three.
  return common / words.length >= 0.1;
}
