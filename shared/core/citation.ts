// How an excerpt names its source: the title, the section or clause, and the date it was updated.
import type { Excerpt, Lang, Pack, Source } from './schema';
import { formatDate, message } from './messages';

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
  const clause = excerpt.clause.number ?? excerpt.clause.path.at(-1) ?? excerpt.title;
  const title = source?.title ?? excerpt.title;
  return excerpt.clause.page === null
    ? message(lang, 'citation.clauseNoPage', { title, clause })
    : message(lang, 'citation.clause', { title, clause, page: excerpt.clause.page });
}

/** Text and title of an excerpt in a language; an imported clause is always shown as written. */
export function excerptText(lang: Lang, excerpt: Excerpt): { title: string; text: string } {
  return excerpt.kind === 'clause' ? { title: excerpt.title, text: excerpt.text } : { title: excerpt.title[lang], text: excerpt.text[lang] };
}
