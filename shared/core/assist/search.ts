// Quick lookup over excerpts, services, contacts and situations, in all three languages at once,
// with fuse.js. Each word of the query is matched fuzzily on its own (extended search), so word
// order and a typo or two do not matter; Fuse's operator characters in a query are read as text.
// The field's words find what they mean: each situation (scenario) carries the phrases people
// write for it ("kidnapping", "enlèvement", "secuestro", "checkpoint") as keywords, and so do its
// excerpts and the services its basis names. A clause number or an acronym in the query is looked
// up exactly first (search-exact.ts). Fuse's fuzzy scan reads every entry's whole text for each
// query word, so a word index (search-index.ts) first picks the entries that hold the query's
// words (as written, as a word they begin, by their stem, or one or two typos away) and Fuse
// scores only those: the pack's own entries each on their own, and among thousands of imported
// clauses a few more than are asked for.
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Lang, Pack } from '../pack/schema';
import { citeExcerpt, localizedExcerpt } from './citation';
import { carriesAcronym, createNumberIndex, exactQuery, lookupNumber } from './search-exact';
import { buildWordIndex, createWordIndex, words, type WordIndex, type WordIndexData } from './search-index';
import { clauseFields } from './document-index';
import type { SearchHit } from '../model/types';

interface Item {
  type: SearchHit['type'];
  id: string;
  /** Titles in every language, so a Spanish query weighs a Spanish title as a title. */
  title: string;
  /** Every language's text, so a French query finds an English-language answer too. */
  words: string;
  keywords: string;
  /** The entry's own words, without those lent by its situations: what an acronym must be in. */
  own: string;
  index: number;
  /** Position among all entries: Fuse breaks ties by it, and so does the merge below. */
  order: number;
  /**
   * Accents not folded yet: one of many imported clauses, folded only when the word index picks
   * it for Fuse (folding 10,000 clauses at every popup open cost more than the join itself).
   */
  raw?: boolean;
}

const OPTIONS: IFuseOptions<Item> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'keywords', weight: 2 },
    { name: 'words', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  // Accents are folded once, when the entries are made (fold below), not by Fuse at every search:
  // Fuse's own folding re-read every entry's whole text for every query word.
  ignoreDiacritics: false,
  useExtendedSearch: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

export const MAX_QUERY = 200;

// Letters that carry no combining mark, folded as Fuse's ignoreDiacritics folds them.
const PLAIN: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ı: 'i',
  ß: 'ss',
};
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;
/** The entry with its text folded, once. */
function foldItem(item: Item): Item {
  if (item.raw) {
    item.title = fold(item.title);
    item.words = fold(item.words);
    item.keywords = fold(item.keywords);
    item.own = fold(item.own);
    item.raw = false; // not deleted: a deleted property slows every later read of the object
  }
  return item;
}

/** The text without accents; plain ASCII (most of it) is returned as it is. */
function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁđĐøØħĦŧŦıß]/g, (c) => PLAIN[c] ?? c);
}
/** Up to this many imported clauses, Fuse scores them all; beyond it, the word index picks some. */
export const CLAUSE_CANDIDATES = 30;
/** How many more clauses than asked for the word index picks for Fuse (at most CLAUSE_CANDIDATES). */
const CLAUSE_MARGIN = 5;
/** Clauses checked for an acronym as written: bounds the work of "UN" at 100,000 clauses. */
const MAX_ACRONYM_CHECKS = 5_000;

export interface Search {
  search(query: string, options?: { limit?: number; language?: Lang }): SearchHit[];
  /**
   * Builds what the first search would (the word and number indexes) and runs the search code
   * once, so that a view can do it while the person reads and their first search is as quick as
   * the next.
   */
  warm(): void;
}

/** Each scenario's phrases, all languages: the words people write for that situation. */
function scenarioPhrases(pack: Pack): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of pack.scenarios) {
    const phrases = s.triggers.flatMap((t) => [...(t.en ?? []), ...(t.fr ?? []), ...(t.es ?? [])]);
    // Each word once: Fuse matches the query's words one by one anywhere in the field, so the
    // phrases' repeated words only made every search scan a longer text.
    out.set(s.id, [...new Set(phrases.join(' ').split(/\s+/))].join(' '));
  }
  return out;
}

export interface SearchOptions {
  /**
   * Word indexes stored with imported documents (document-index.ts), in the order the documents
   * were joined to the pack: they cover the pack's last clauses, so none of those is read again.
   */
  clauseIndexes?: WordIndexData[];
  /**
   * Scores the pack's own entries with one Fuse over all of them, as the search did before the word
   * index picked them: the plain reference that tests compare the quick search with. Slow; never
   * for a view.
   */
  everyEntry?: boolean;
}

export function createSearch(pack: Pack, options: SearchOptions = {}): Search {
  const phrases = scenarioPhrases(pack);
  // The vocabulary of the situations an entry serves: a scenario's excerpts, and the services its
  // basis names ("Hostage Incident Management and a 24/7 Operations Centre are OSS global services").
  const vocabulary = new Map<string, string[]>();
  const lend = (key: string, text: string | undefined) => {
    if (text) vocabulary.set(key, [...(vocabulary.get(key) ?? []), text]);
  };
  for (const s of pack.scenarios) {
    for (const id of s.excerpts) lend(`excerpt:${id}`, phrases.get(s.id));
    for (const service of pack.services)
      if (s.basis.summary.en.includes(service.name.en)) lend(`service:${service.id}`, phrases.get(s.id));
  }
  const lent = (key: string) => (vocabulary.get(key) ?? []).join(' \n ');

  const items: Item[] = [];
  // Imported clauses, and everything else (the pack's own entries), kept apart as they are made.
  const clauses: Item[] = [];
  const others: Item[] = [];
  const add = (item: Omit<Item, 'order'>) => {
    const made = foldItem({ ...item, order: items.length, raw: true });
    items.push(made);
    others.push(made);
  };
  // Past CLAUSE_CANDIDATES clauses, a clause reaches Fuse only when the word index picks it.
  const narrow = pack.excerpts.filter((e) => e.kind === 'clause').length > CLAUSE_CANDIDATES;
  pack.excerpts.forEach((e, index) => {
    if (e.kind === 'clause') {
      const [title, own, words] = clauseFields(e);
      const made: Item = {
        type: 'excerpt',
        id: e.id,
        title,
        words,
        keywords: own,
        own,
        index,
        order: items.length,
        raw: true,
      };
      items.push(narrow ? made : foldItem(made));
      clauses.push(made);
      return;
    }
    const own = (e.keywords ?? []).join(' ');
    const title = Object.values(e.title).join(' \n ');
    const words = Object.values(e.text).join(' \n ');
    add({ type: 'excerpt', id: e.id, title, words, keywords: `${own} ${lent(`excerpt:${e.id}`)}`, own, index });
  });
  pack.services.forEach((s, index) => {
    add({
      type: 'service',
      id: s.id,
      title: Object.values(s.name).join(' \n '),
      words: Object.values(s.description).join(' \n '),
      keywords: lent(`service:${s.id}`),
      own: '',
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
      own: c.email ?? '',
      index,
    });
  });
  pack.scenarios.forEach((s, index) => {
    add({
      type: 'situation',
      id: s.id,
      title: Object.values(s.title).join(' \n '),
      words: Object.values(s.basis.summary).join(' \n '),
      keywords: phrases.get(s.id) ?? '',
      own: phrases.get(s.id) ?? '',
      index,
    });
  });
  // A pack's own entries (and a short document): the word index picks the ones worth scoring for
  // a query, and each is scored by a Fuse of its own, made the first time it is picked. Fuse
  // scores an entry on its own, so this ranks as one Fuse over them all would, on far less text.
  const direct = narrow ? others : items;
  let directIndex: WordIndex | null = null;
  const fuses: (Fuse<Item> | undefined)[] = [];
  const fuseOf = (n: number) => (fuses[n] ??= new Fuse([direct[n] as Item], OPTIONS));
  let everyFuse: Fuse<Item> | null = null;

  // Stored indexes cover the last clauses; any before them (a pack's own) are indexed on the
  // first search, so opening the assistant on a large pack costs nothing extra.
  const stored = options.clauseIndexes ?? [];
  const covered = stored.reduce((sum, part) => sum + part.entries, 0);
  let index: WordIndex | null = null;
  let numbers: Map<string, number[]> | null = null;
  const build = (items: Item[]) => buildWordIndex(items.map((c) => ({ fields: [c.title, c.keywords, c.words] })));
  // Indexes that do not fit these clauses (a caller's mistake) are set aside, never half used.
  const parts = () =>
    covered <= clauses.length ? [build(clauses.slice(0, clauses.length - covered)), ...stored] : [build(clauses)];
  const wordIndex = () => (index ??= createWordIndex(parts()));

  // The pack's own entries by their title (each language's, folded and lower-cased), made on the
  // first search. Imported clauses are not read for it: the word index finds those holding the
  // title's words, and only their titles are compared (folding 10,000 titles took 40 ms).
  let titles: Map<string, Item[]> | null = null;
  const titleKey = (piece: string) => fold(piece).trim().toLowerCase();
  function byTitle(asked: string): Item[] {
    if (!titles) {
      titles = new Map();
      for (const item of narrow ? others : items)
        for (const piece of item.title.split(' \n ')) {
          const key = titleKey(piece);
          const list = titles.get(key);
          if (list) list.push(item);
          else titles.set(key, [item]);
        }
    }
    const found = titles.get(asked) ?? [];
    const asks = words(asked);
    if (!narrow || asks.length === 0) return found;
    const titled = wordIndex()
      .holding(asks, MAX_ACRONYM_CHECKS, 0)
      .map((n) => clauses[n] as Item)
      .filter((c) => titleKey(c.title) === asked);
    return [...found, ...titled];
  }

  /** The pack's own entries holding the query's words (any or every one), scored by Fuse. */
  function directResults(query: string, terms: string[], every: boolean, found: Set<Item>): FuseResult<Item>[] {
    if (options.everyEntry)
      return (everyFuse ??= new Fuse(direct, OPTIONS)).search(query).filter((r) => !found.has(r.item));
    directIndex ??= createWordIndex([build(direct)]);
    const out: FuseResult<Item>[] = [];
    for (const n of directIndex.candidates(terms.map(words), direct.length, every).sort((a, b) => a - b))
      if (!found.has(direct[n] as Item)) out.push(...fuseOf(n).search(query));
    return out;
  }

  /**
   * Imported clauses worth scoring, scored by Fuse: the word index picks a few more than are asked
   * for (Fuse's own rank may differ from the index's cheap one), leaving out those already found.
   */
  function clauseResults(query: string, terms: string[], every: boolean, limit: number, found: Set<Item>) {
    if (!narrow) return [];
    const picked = wordIndex()
      .candidates(terms.map(words), Math.min(CLAUSE_CANDIDATES, limit + CLAUSE_MARGIN), every)
      .filter((n) => !found.has(clauses[n] as Item))
      .sort((a, b) => a - b);
    if (picked.length === 0) return [];
    return new Fuse(
      picked.map((n) => foldItem(clauses[n] as Item)),
      OPTIONS,
    ).search(query, { limit });
  }

  /** Entries carrying the query's clause numbers or acronyms, in that order: they rank first. */
  function exactResults(query: string): Item[] {
    const exact = exactQuery(query);
    if (!exact) return [];
    const found: Item[] = [];
    if (exact.numbers.length) {
      numbers ??= createNumberIndex(
        clauses.map((c) => {
          const e = pack.excerpts[c.index];
          return e?.kind === 'clause' ? e.clause.number : null;
        }),
      );
      for (const ref of exact.numbers) for (const n of lookupNumber(numbers, ref)) found.push(clauses[n]!);
    }
    for (const acronym of exact.acronyms) {
      const carries = (i: Item) => [i.title, i.own, i.words].some((t) => carriesAcronym(t, acronym));
      // The organisation's own clauses first (the text people quote), then the pack's entries.
      // Clauses holding every word of it (the word index, lower-case), then checked as written.
      const lower = acronym.toLowerCase().split(' ');
      const holders = narrow ? wordIndex().holding(lower, MAX_ACRONYM_CHECKS) : clauses.map((_, n) => n);
      found.push(...holders.map((n) => clauses[n]!).filter(carries));
      found.push(...others.filter(carries));
    }
    return found;
  }

  return {
    warm() {
      if (narrow) wordIndex();
      byTitle('');
      exactResults('article 1 DO');
      this.search('security', { limit: 1 });
    },
    search(query, options = {}) {
      const lang = options.language ?? 'en';
      const limit = options.limit ?? 10;
      const terms = fold(query)
        .slice(0, MAX_QUERY)
        .replace(/[|!^$='"]/g, ' ')
        .split(/\s+/)
        .filter((t) => t.length >= 2)
        .slice(0, 8);
      const exact = exactResults(query);
      if (terms.length === 0 && exact.length === 0) return [];
      // Fuse scores each entry on its own, so result lists merge into the list one Fuse over all
      // would give: by score, then by position.
      const run = (q: string, every: boolean, found: Set<Item>) =>
        terms.length === 0
          ? []
          : [...directResults(q, terms, every, found), ...clauseResults(q, terms, every, limit, found)]
              .sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.item.order - b.item.order)
              .slice(0, limit);
      const all = run(terms.join(' '), true, new Set());
      // Every word in one entry first; when too few hold them all, entries holding any of them.
      const any =
        all.length < limit && terms.length > 1 ? run(terms.join(' | '), false, new Set(all.map((r) => r.item))) : [];
      const seen = new Set<Item>();
      const ranked: { item: Item; score: number }[] = [];
      // An entry whose title is the query, as a person copies it from a citation, comes first.
      const asked = fold(query).trim().toLowerCase();
      // So does a contact whose mailbox is the query ("OSSHQ" → OSSHQ@iom.int).
      const mailbox = others.filter(
        (i) => i.type === 'contact' && i.own !== '' && i.own.toLowerCase().split('@')[0] === asked,
      );
      const titled = [...new Set([...byTitle(asked), ...mailbox])].sort((a, b) => a.order - b.order);
      for (const r of [...[...titled, ...exact].map((item) => ({ item, score: 0 })), ...all, ...any]) {
        if (seen.has(r.item)) continue;
        seen.add(r.item);
        ranked.push({ item: r.item, score: r.score ?? 1 });
        if (ranked.length === limit) break;
      }
      return ranked.map((r) => toHit(pack, lang, r.item, r.score));
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
      ...(e.kind === 'clause' && e.clause.number ? { number: e.clause.number } : {}),
    };
  }
  if (item.type === 'service' || item.type === 'situation') {
    const entry =
      item.type === 'service'
        ? { ...pack.services[item.index]!, text: pack.services[item.index]!.description[lang] }
        : (() => {
            const s = pack.scenarios[item.index]!;
            return { id: s.id, name: s.title, source: s.basis.source, text: s.basis.summary[lang] };
          })();
    const source = pack.sources.find((x) => x.id === entry.source.sourceId);
    return {
      type: item.type,
      id: entry.id,
      title: entry.name[lang],
      text: entry.text,
      citation: source ? `${source.title}, ${entry.source.section}` : null,
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
