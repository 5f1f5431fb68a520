// Quick lookup over excerpts, services and contacts, in all three languages at once, with fuse.js.
// Each word of the query is matched fuzzily on its own (extended search), so word order and a
// typo or two do not matter; Fuse's operator characters in a query are read as plain text.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Lang, Pack } from './schema';
import { citeExcerpt, excerptText } from './citation';
import { message } from './messages';
import type { SearchHit } from './types';

interface Item {
  type: SearchHit['type'];
  id: string;
  /** Titles in every language, so a Spanish query weighs a Spanish title as a title. */
  title: string;
  /** Every language's text, so a French query finds an English-language answer too. */
  words: string;
  keywords: string;
  index: number;
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

export interface Search {
  search(query: string, options?: { limit?: number; language?: Lang }): SearchHit[];
}

export function createSearch(pack: Pack): Search {
  const items: Item[] = [];
  pack.excerpts.forEach((e, index) => {
    const title = e.kind === 'clause' ? `${e.clause.number ?? ''} ${e.title}` : Object.values(e.title).join(' \n ');
    const words = e.kind === 'clause' ? e.text : Object.values(e.text).join(' \n ');
    items.push({ type: 'excerpt', id: e.id, title, words, keywords: (e.keywords ?? []).join(' '), index });
  });
  pack.services.forEach((s, index) => {
    items.push({ type: 'service', id: s.id, title: Object.values(s.name).join(' \n '), words: Object.values(s.description).join(' \n '), keywords: '', index });
  });
  pack.contacts.forEach((c, index) => {
    items.push({ type: 'contact', id: c.id, title: Object.values(c.name).join(' \n '), words: Object.values(c.useFor).join(' \n '), keywords: c.email ?? '', index });
  });
  const fuse = new Fuse(items, OPTIONS);

  return {
    search(query, options = {}) {
      const lang = options.language ?? 'en';
      const terms = query
        .slice(0, MAX_QUERY)
        .replace(/[|!^$='"]/g, ' ')
        .split(/\s+/)
        .filter((t) => t.length >= 2)
        .slice(0, 8);
      if (terms.length === 0) return [];
      return fuse.search(terms.join(' '), { limit: options.limit ?? 10 }).map((r) => toHit(pack, lang, r.item, r.score ?? 1));
    },
  };
}

function toHit(pack: Pack, lang: Lang, item: Item, score: number): SearchHit {
  const rounded = Math.round((1 - score) * 1000) / 1000;
  if (item.type === 'excerpt') {
    const e = pack.excerpts[item.index]!;
    const { title, text } = excerptText(lang, e);
    return { type: 'excerpt', id: e.id, title, text, citation: citeExcerpt(lang, pack, e), email: null, score: rounded };
  }
  if (item.type === 'service') {
    const s = pack.services[item.index]!;
    const source = pack.sources.find((x) => x.id === s.source.sourceId);
    return { type: 'service', id: s.id, title: s.name[lang], text: s.description[lang], citation: source ? `${source.title}, ${s.source.section}` : null, email: null, score: rounded };
  }
  const c = pack.contacts[item.index]!;
  return { type: 'contact', id: c.id, title: c.name[lang], text: c.useFor[lang], citation: null, email: c.email, score: rounded };
}

/** What a contact's address shows when a setting should supply it and does not. */
export const unsetAddress = (lang: Lang): string => message(lang, 'contact.addressUnset');
