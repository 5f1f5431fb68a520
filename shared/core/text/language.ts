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

/** Looks at the first 4,000 characters: plenty for a paragraph, and bounded for a 5 MB paste. */
export function detectLanguage(text: string): Lang {
  const sample = text.slice(0, 4000);
  const words = normalize(sample).match(/\p{L}+/gu) ?? [];
  const score: Record<Lang, number> = { en: 0, fr: 0, es: 0 };
  for (const w of words) {
    for (const lang of LANGS) if (COMMON[lang].has(w)) score[lang] += 1;
  }
  const lower = sample.toLowerCase();
  for (const lang of ['fr', 'es'] as const) score[lang] += (lower.match(MARKS[lang])?.length ?? 0) * 0.5;
  // English wins ties: it is the working language most emails fall back to.
  let best: Lang = 'en';
  for (const lang of ['fr', 'es'] as const) if (score[lang] > score[best]) best = lang;
  return best;
}
