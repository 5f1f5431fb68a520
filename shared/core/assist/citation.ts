// How an excerpt names its source: the title, the section or clause, and the date it was updated.
import type { ClauseExcerpt, Excerpt, Lang, Pack, Source } from '../pack/schema';
import { formatDate, message } from '../i18n/messages';
import { citeWord } from '../import/cite-words';

export function sourceLine(lang: Lang, source: Source | undefined, section: string): string {
  const title = source?.title ?? '';
  const dated = source?.updated
    ? message(lang, 'citation.updated', { date: formatDate(lang, source.updated) })
    : message(lang, 'citation.undated');
  return `${message(lang, 'citation.section', { title, section })}, ${dated}`;
}

export function citeExcerpt(lang: Lang, pack: Pack, excerpt: Excerpt): string {
  const source = pack.sources.find((s) => s.id === excerpt.source.sourceId);
  if (excerpt.kind !== 'clause') return sourceLine(lang, source, excerpt.source.section);
  return clauseCitation(excerpt.clause, source?.title ?? excerpt.title, lang);
}

/** "from <title>, Article 4, p. 3": how an imported clause is cited when shown or inserted. */
export function clauseCitation(clause: ClauseExcerpt['clause'], documentTitle: string, lang: Lang): string {
  const parts = [citeWord('citeFrom', lang, { title: documentTitle })];
  if (clause.number) parts.push(/^[\d(]/.test(clause.number) ? `§ ${clause.number}` : clause.number);
  if (clause.page !== null) parts.push(citeWord('citePage', lang, { page: clause.page }));
  return parts.join(', ');
}

/** Text and title of an excerpt in a language; an imported clause is always shown as written. */
export function localizedExcerpt(lang: Lang, excerpt: Excerpt): { title: string; text: string } {
  return excerpt.kind === 'clause'
    ? { title: excerpt.title, text: excerpt.text }
    : { title: excerpt.title[lang], text: excerpt.text[lang] };
}
