// The few words an imported clause's citation and title use ("from <title>", "p. 3", "part 1 of
// 2"), apart from the import's other sentences (messages.ts): the popup and the task pane cite
// clauses, and must not download every import sentence to do so.
import type { Lang } from '../model/vocabulary';

export const CITE_WORDS = {
  /** "from <title>, <clause>, p. N" — each part only when known. */
  citeFrom: { en: 'from {title}', fr: 'extrait de {title}', es: 'de {title}' },
  citePage: { en: 'p. {page}', fr: 'p. {page}', es: 'pág. {page}' },
  /** A part of a clause too long for one excerpt. */
  part: { en: 'part {n} of {total}', fr: 'partie {n} sur {total}', es: 'parte {n} de {total}' },
  preamble: { en: 'Opening text', fr: 'Texte d’introduction', es: 'Texto inicial' },
} as const satisfies Record<string, Record<Lang, string>>;

export function citeWord(
  key: keyof typeof CITE_WORDS,
  lang: Lang = 'en',
  params: Record<string, string | number> = {},
): string {
  return CITE_WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
