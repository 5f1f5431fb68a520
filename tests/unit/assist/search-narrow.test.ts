// The quick lookup scores only the entries the word index picks. These tests hold it to the plain
// reference (Fuse over every entry, `everyEntry`): what it finds, it ranks and scores the same,
// and it misses no entry that holds the query's word as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../shared/core/assist/search';
import { buildWordIndex, createWordIndex, words } from '../../../shared/core/assist/search-index';
import { defaultPack } from '../../../shared/core/index';
import { QUERIES } from '../../../bench/corpus';

const pack = defaultPack();
const quick = createSearch(pack);
const reference = createSearch(pack, { everyEntry: true });
const key = (h: { type: string; id: string }) => `${h.type}:${h.id}`;

/** Every third distinct word of the pack's English titles and texts: a spread of real words. */
function packWords(): string[] {
  const text = [
    ...pack.excerpts.flatMap((e) => (e.kind === 'clause' ? [] : [`${e.title.en} ${e.text.en}`])),
    ...pack.services.map((s) => `${s.name.en} ${s.description.en}`),
    ...pack.scenarios.map((s) => `${s.title.en} ${s.basis.summary.en}`),
  ].join(' ');
  return [...new Set(words(text))].filter((w) => w.length >= 3 && !/\d/.test(w)).filter((_, i) => i % 3 === 0);
}

describe('the quick lookup against Fuse over every entry', () => {
  const single = packWords();

  it('has real words to try', () => {
    expect(single.length).toBeGreaterThan(40);
  });

  it('ranks and scores what it finds as the reference does', () => {
    for (const q of [...single, ...QUERIES, 'kidnaping', 'enlèvement', 'secuestro', 'hostge', 'evac']) {
      const found = quick.search(q, { limit: 50 });
      const ref = reference.search(q, { limit: 50 });
      const refScore = new Map(ref.map((h) => [key(h), h.score]));
      const refOrder = ref.map(key);
      // Single words: each entry is scored once, by the same Fuse, so scores are equal and the
      // order is the reference's order with the entries not picked left out.
      if (q.split(' ').length === 1) {
        for (const h of found) expect(refScore.get(key(h)), `${q}: ${key(h)}`).toBe(h.score);
        expect(found.map(key), q).toEqual(refOrder.filter((k) => found.some((h) => key(h) === k)));
      }
    }
  });

  it('misses no entry that holds the word as written', () => {
    for (const q of single) {
      const found = new Set(quick.search(q, { limit: 50 }).map(key));
      const whole = new RegExp(`(?<![\\p{L}\\p{N}])${q}(?![\\p{L}\\p{N}])`, 'iu');
      for (const h of reference.search(q, { limit: 50 }))
        if (whole.test(`${h.title} ${h.text}`)) expect(found.has(key(h)), `${q}: ${key(h)}`).toBe(true);
    }
  });

  it('finds the field’s words in the three languages, typed loosely', () => {
    const top = (q: string) => quick.search(q, { limit: 3 }).map((h) => h.id);
    for (const q of ['kidnapping', 'kidnaping', 'abducted', 'enlevement', 'secuestrado', 'rehenes', 'hostge'])
      expect(top(q).join(' '), q).toMatch(/hostage/);
    expect(top('checkpoint refused').join(' ')).toMatch(/refus/);
    expect(top('évacuation du personnel').length).toBeGreaterThan(0);
    expect(quick.search('xylophone quartet')).toEqual([]);
  });
});

describe('the words a query word stands for in the index', () => {
  const entries: [string, string, string][] = [
    ['Evacuation roster', '', 'kept by the warden'],
    ['Safety briefing', '', 'before any field trip'],
    ['Operations centre', '', 'open day and night'],
    ['Radio checks', '', 'each morning'],
  ];
  const index = createWordIndex([buildWordIndex(entries.map((fields) => ({ fields })))]);
  const picked = (...query: string[]) => index.candidates(query.map(words), 10);

  it('are the words its stem begins and its near spellings', () => {
    expect(picked('evacuate')).toEqual([0]); // stem "evacua…"
    expect(picked('safely')).toEqual([1]); // stem "safe…"
    expect(picked('operational')).toEqual([2]); // two typos from "operations"
    expect(picked('radoi')).toEqual([3]); // letters swapped
    expect(picked('rad')).toEqual([3]); // a word it begins
    expect(picked('xylophone')).toEqual([]);
  });

  it('must all be held, unless any one will do', () => {
    expect(picked('radio', 'roster')).toEqual([]);
    expect(index.candidates([['radio'], ['roster']], 10, false)).toEqual([0, 3]);
  });

  it('count more in a shorter field, as Fuse scores them', () => {
    const long = createWordIndex([
      buildWordIndex([
        { fields: ['Provisions', '', 'the warden keeps the radio roster current and checked for each compound'] },
        { fields: ['Provisions', '', 'the radio roster'] },
      ]),
    ]);
    expect(long.candidates([['radio']], 1)).toEqual([1]);
  });
});

describe('the words of a text, for the index and the query', () => {
  it('are those of the plain definition, on any text', () => {
    const plain = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [];
    const piece = fc.constantFrom(
      'Évacuation',
      'niño',
      'ß',
      'İ',
      'K',
      '’',
      '—',
      '«',
      '²',
      'ª',
      '≠',
      '٣',
      'e\u0301',
      'DSS',
      '12.3',
      ' ',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        ),
        (text) => {
          expect(words(text)).toEqual(plain(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
