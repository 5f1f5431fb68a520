// Which of the three languages a text is written in, by counting each language's most common
// words. Cheap, deterministic and good enough for a paragraph; the person can always switch.
import { LANGS, type Lang } from '../model/vocabulary';
import { letterRuns, normalize } from './tokenize';

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

// Each common word → the languages it belongs to, as bits: one lookup per word.
const BIT: Record<Lang, number> = { en: 1, fr: 2, es: 4 };
const BITS = new Map<string, number>();
for (const lang of LANGS) for (const w of COMMON[lang]) BITS.set(w, (BITS.get(w) ?? 0) | BIT[lang]);

/** Looks at the first 4,000 characters: plenty for a paragraph, and bounded for a 5 MB paste. */
export function detectLanguage(text: string): Lang {
  const sample = text.slice(0, 4000);
  let en = 0;
  let fr = 0;
  let es = 0;
  for (const w of letterRuns(normalize(sample))) {
    const bits = BITS.get(w) ?? 0;
    if (bits & BIT.en) en++;
    if (bits & BIT.fr) fr++;
    if (bits & BIT.es) es++;
  }
  const lower = sample.toLowerCase();
  fr += (lower.match(MARKS.fr)?.length ?? 0) * 0.5;
  es += (lower.match(MARKS.es)?.length ?? 0) * 0.5;
  // English wins ties: it is the working language most emails fall back to.
  if (es > en && es > fr) return 'es';
  if (fr > en) return 'fr';
  return 'en';
}
