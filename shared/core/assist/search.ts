// Quick lookup over excerpts, services and contacts, in all three languages at once, with fuse.js.
// Each word of the query is matched fuzzily on its own (extended search), so word order and a
// typo or two do not matter; Fuse's operator characters in a query are read as plain text.
// Imported documents can add thousands of clauses: then a word index (search-index.ts) picks the
// clauses worth scoring and Fuse ranks only those, beside the pack's own entries.
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Lang, Pack } from '../pack/schema';
import { citeExcerpt, localizedExcerpt } from './citation';
import { createWordIndex, words, type WordIndex } from './search-index';
import type { SearchHit } from '../model/types';

interface Item {
  type: SearchHit['type'];
  id: string;
  /** Titles in every language, so a Spanish query weighs a Spanish title as a title. */
  title: string;
  /** Every language's text, so a French query finds an English-language answer too. */
  words: string;
  keywords: string;
  index: number;
  /** Position among all entries: Fuse breaks ties by it, and so does the merge below. */
  order: number;
}

const OPTIONS: IFuseOptions<Item> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'keywords', weight: 2 },
    { name: 'words', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  useExtendedSearch: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

export const MAX_QUERY = 200;
/** Up to this many imported clauses, Fuse scores them all; beyond it, the word index picks this many. */
export const CLAUSE_CANDIDATES = 30;

export interface Search {
  search(query: string, options?: { limit?: number; language?: Lang }): SearchHit[];
}

export function createSearch(pack: Pack): Search {
  const items: Item[] = [];
  const add = (item: Omit<Item, 'order'>) => items.push({ ...item, order: items.length });
  pack.excerpts.forEach((e, index) => {
    const title = e.kind === 'clause' ? `${e.clause.number ?? ''} ${e.title}` : Object.values(e.title).join(' \n ');
    const words = e.kind === 'clause' ? e.text : Object.values(e.text).join(' \n ');
    add({ type: 'excerpt', id: e.id, title, words, keywords: (e.keywords ?? []).join(' '), index });
  });
  pack.services.forEach((s, index) => {
    add({
      type: 'service',
      id: s.id,
      title: Object.values(s.name).join(' \n '),
      words: Object.values(s.description).join(' \n '),
      keywords: '',
      index,
    });
  });
  pack.contacts.forEach((c, index) => {
    add({
      type: 'contact',
      id: c.id,
      title: Object.values(c.name).join(' \n '),
      words: Object.values(c.useFor).join(' \n '),
      keywords: c.email ?? '',
      index,
    });
  });
  const isClause = (item: Item) => item.type === 'excerpt' && pack.excerpts[item.index]?.kind === 'clause';
  const clauses = items.filter(isClause);
  // A pack's own entries (and a short document) go through Fuse whole, exactly as they always did.
  const narrow = clauses.length > CLAUSE_CANDIDATES;
  const fuse = new Fuse(narrow ? items.filter((i) => !isClause(i)) : items, OPTIONS);
  // Built on the first search, so opening the assistant on a large pack costs nothing extra.
  let index: WordIndex | null = null;

  function clauseResults(terms: string[], limit: number): FuseResult<Item>[] {
    if (!narrow) return [];
    index ??= createWordIndex(clauses.map((c) => ({ fields: [c.title, c.keywords, c.words] })));
    const picked = index.candidates(terms.map(words), CLAUSE_CANDIDATES).sort((a, b) => a - b);
    if (picked.length === 0) return [];
    return new Fuse(
      picked.map((n) => clauses[n] as Item),
      OPTIONS,
    ).search(terms.join(' '), { limit });
  }

  return {
    search(query, options = {}) {
      const lang = options.language ?? 'en';
      const limit = options.limit ?? 10;
      const terms = query
        .slice(0, MAX_QUERY)
        .replace(/[|!^$='"]/g, ' ')
        .split(/\s+/)
        .filter((t) => t.length >= 2)
        .slice(0, 8);
      if (terms.length === 0) return [];
      // Fuse scores each entry on its own, so two result lists merge into the list one Fuse over
      // both would give: by score, then by position.
      const results = [...fuse.search(terms.join(' '), { limit }), ...clauseResults(terms, limit)]
        .sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.item.order - b.item.order)
        .slice(0, limit);
      return results.map((r) => toHit(pack, lang, r.item, r.score ?? 1));
    },
  };
}

function toHit(pack: Pack, lang: Lang, item: Item, score: number): SearchHit {
  const rounded = Math.round((1 - score) * 1000) / 1000;
  if (item.type === 'excerpt') {
    const e = pack.excerpts[item.index]!;
    const { title, text } = localizedExcerpt(lang, e);
    return {
      type: 'excerpt',
      id: e.id,
      title,
      text,
      citation: citeExcerpt(lang, pack, e),
      email: null,
      score: rounded,
      kind: e.kind,
    };
  }
  if (item.type === 'service') {
    const s = pack.services[item.index]!;
    const source = pack.sources.find((x) => x.id === s.source.sourceId);
    return {
      type: 'service',
      id: s.id,
      title: s.name[lang],
      text: s.description[lang],
      citation: source ? `${source.title}, ${s.source.section}` : null,
      email: null,
      score: rounded,
    };
  }
  const c = pack.contacts[item.index]!;
  return {
    type: 'contact',
    id: c.id,
    title: c.name[lang],
    text: c.useFor[lang],
    citation: null,
    email: c.email,
    score: rounded,
  };
}
