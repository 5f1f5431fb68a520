// Which of the three languages a text is written in, by counting each language's most common
// words. Cheap, deterministic and good enough for a paragraph; the person can always switch.
import { LANGS, type Lang } from '../model/vocabulary';
import { normalize } from './tokenize';

const COMMON: Record<Lang, Set<string>> = {
  en: new Set(
    'the and of to is are was were we our you your for with this that have has not please from will be been they their which would there what when who how can could should'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les des du de et est sont nous vous pour avec dans une un en sur pas ne que qui ce cette ces notre nos votre vos merci depuis mais ou aux au tres bonjour sommes avons je suis il elle ils elles leur toute tout tous donc car ete etre avoir fait faire plus aussi ici semaine cordialement veuillez'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las de del y es son nosotros para con en una un por no que se esta este nuestro nuestra nuestros gracias desde pero muy hola estamos hemos tenemos necesitamos yo soy estoy estan todo toda todos mas tambien aqui semana porque donde cuando como saludos usted ustedes'.split(
      ' ',
    ),
  ),
};

// Letters that only one language uses settle close calls.
const MARKS: Record<Lang, RegExp> = { en: /(?!)/, fr: /[èêàùçœëâîôû]/g, es: /[ñ¿¡áíóú]/g };

// Each common word → the languages it belongs to, as bits (en 1, fr 2, es 4): one lookup per word.
const BITS = new Map<string, number>();
LANGS.forEach((lang, i) => {
  for (const w of COMMON[lang]) BITS.set(w, (BITS.get(w) ?? 0) | (1 << i));
});

/** Looks at the first 4,000 characters: plenty for a paragraph, and bounded for a 5 MB paste. */
export function detectLanguage(text: string): Lang {
  const sample = text.slice(0, 4000);
  const words = normalize(sample).match(/\p{L}+/gu) ?? [];
  const score = new Float64Array(3);
  for (const w of words) {
    const bits = BITS.get(w);
    if (bits === undefined) continue;
    for (let i = 0; i < 3; i++) if (bits & (1 << i)) score[i] = (score[i] as number) + 1;
  }
  const lower = sample.toLowerCase();
  const en = score[0] as number;
  const frScore = (score[1] as number) + (lower.match(MARKS.fr)?.length ?? 0) * 0.5;
  const esScore = (score[2] as number) + (lower.match(MARKS.es)?.length ?? 0) * 0.5;
  // English wins ties: it is the working language most emails fall back to.
  let best = 0;
  let top = en;
  if (frScore > top) [best, top] = [1, frScore];
  if (esScore > top) best = 2;
  return LANGS[best] as Lang;
}
