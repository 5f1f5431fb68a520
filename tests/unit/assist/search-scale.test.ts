// Search over a pack with thousands of imported clauses: a word index narrows the clauses, Fuse
// ranks them. These tests pin what the narrowing must not change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDocumentPack,
  createAssistant,
  defaultPack,
  type ClauseExcerpt,
  type Pack,
} from '../../../shared/core/index';
import { CLAUSE_CANDIDATES, createSearch } from '../../../shared/core/assist/search';
import { indexDocument } from '../../../shared/core/assist/document-index';
import { buildWordIndex, createWordIndex } from '../../../shared/core/assist/search-index';
import { mergeDocumentPack } from '../../../shared/core/pack/merge';
import type { DocumentPack } from '../../../shared/core/pack/schema';
import { bigExtension } from '../../../bench/corpus';

function clause(id: string, text: string, title = 'Provisions'): ClauseExcerpt {
  return {
    id,
    kind: 'clause',
    lang: 'en',
    title,
    text,
    clause: { number: null, path: [], page: null },
    source: { sourceId: 'doc', section: title },
  };
}

function withClauses(excerpts: ClauseExcerpt[]): Pack {
  const result = applyDocumentPack(defaultPack(), {
    schemaVersion: 1,
    type: 'extension',
    id: 'doc',
    title: 'Test document',
    extends: 'iom-oss',
    documentKind: 'other',
    sources: [{ id: 'doc', title: 'Test document', url: null, updated: null }],
    excerpts,
    attach: [],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error.slice(0, 3)));
  return result.value;
}

/** The benchmark's generated clauses, under this test's source. */
const generated = (count: number): ClauseExcerpt[] =>
  bigExtension(count).excerpts.map((e) => ({ ...e, source: { ...e.source, sourceId: 'doc' } }));

// Clauses about one subject, and filler that shares none of its words.
const relevant = Array.from({ length: CLAUSE_CANDIDATES }, (_, i) =>
  clause(
    `topic-${i}`,
    `Clause ${i}: the warden keeps the evacuation roster and the radio handbook ${'current '.repeat(i % 4)}for each compound.`,
  ),
);
const filler = Array.from({ length: 1500 }, (_, i) =>
  clause(
    `filler-${i}`,
    `Paragraph ${i} deals with invoices, stationery, catering and parking permits.`,
    'Administration',
  ),
);

describe('search over a large pack', () => {
  it('gives the same hits once unrelated clauses join the pack', () => {
    const small = createAssistant(withClauses(relevant));
    const large = createAssistant(withClauses([...relevant, ...filler]));
    for (const q of ['evacuation roster', 'warden radio', 'radio handbok', 'compound evacuation', 'rehenes', 'UN ID']) {
      expect(large.search(q, { limit: 20 }), q).toEqual(small.search(q, { limit: 20 }));
    }
  });

  it('keeps the pack’s own answers first where they were', () => {
    const plain = createAssistant(defaultPack());
    const large = createAssistant(withClauses(generated(3000)));
    for (const q of ['rehenes', 'hostge', 'carte identité', 'policies trainings']) {
      const own = large.search(q, { limit: 10 }).filter((h) => !h.id.startsWith('bench-doc.'));
      expect(
        own.map((h) => h.id),
        q,
      ).toEqual(
        plain
          .search(q, { limit: 10 })
          .map((h) => h.id)
          .slice(0, own.length),
      );
    }
  });

  it('finds the one clause that holds a rare word, among thousands, with a typo too', () => {
    const needle = clause(
      'needle',
      'The provider lends satellite telephones to field teams during a relocation.',
      'Satellite telephones',
    );
    const assistant = createAssistant(withClauses([...generated(3000), needle]));
    expect(assistant.search('satellite telephones')[0]?.id).toBe('needle');
    expect(assistant.search('satelite')[0]?.id).toBe('needle');
    expect(assistant.search('telephone relocation')[0]?.id).toBe('needle');
  });

  it('answers the same way every time, within the limit', () => {
    const pack = withClauses(generated(2000));
    const a = createAssistant(pack);
    const b = createAssistant(pack);
    for (const q of ['security clearance', 'medical evacuation insurance', 'article 12', 'zz']) {
      const first = a.search(q, { limit: 7 });
      expect(first.length).toBeLessThanOrEqual(7);
      expect(a.search(q, { limit: 7 })).toEqual(first);
      expect(b.search(q, { limit: 7 })).toEqual(first);
    }
    expect(a.search('security clearance').length).toBeGreaterThan(0);
  });

  it('takes any query: never throws, stays within the limit', () => {
    const assistant = createAssistant(withClauses(generated(1500)));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.integer({ min: 1, max: 15 }), (query, limit) => {
        expect(assistant.search(query, { limit }).length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 200 },
    );
  });
});

describe('word indexes stored with the documents', () => {
  const doc = (id: string, excerpts: ClauseExcerpt[]): DocumentPack => ({
    schemaVersion: 1,
    type: 'extension',
    id,
    title: id,
    extends: 'iom-oss',
    documentKind: 'other',
    sources: [{ id, title: id, url: null, updated: null }],
    excerpts: excerpts.map((e) => ({ ...e, id: `${id}.${e.id}`, source: { ...e.source, sourceId: id } })),
    attach: [],
  });
  const needle = clause('needle', 'The provider lends satellite telephones to field teams.', 'Satellite telephones');
  const first = doc('first', generated(1200));
  const second = doc('second', [...generated(800), needle]);
  const pack = mergeDocumentPack(mergeDocumentPack(defaultPack(), first), second);

  it('give the same hits as an index built at search time, over several documents', () => {
    const stored = createSearch(pack, { clauseIndexes: [indexDocument(first), indexDocument(second)] });
    const built = createSearch(pack);
    const queries = [
      'satellite telephones',
      'satelite',
      'security clearance',
      'article 12.3',
      'UN ID',
      'SMT',
      'évacuation',
    ];
    for (const q of queries) expect(stored.search(q, { limit: 10 }), q).toEqual(built.search(q, { limit: 10 }));
    expect(stored.search('satellite telephones')[0]?.id).toBe('second.needle');
  });

  it('warm up without changing any answer', () => {
    const warmed = createSearch(pack, { clauseIndexes: [indexDocument(first), indexDocument(second)] });
    warmed.warm();
    const cold = createSearch(pack, { clauseIndexes: [indexDocument(first), indexDocument(second)] });
    for (const q of ['satelite', 'article 12.3', 'SMT', 'security clearance'])
      expect(warmed.search(q, { limit: 10 }), q).toEqual(cold.search(q, { limit: 10 }));
  });

  it('are what the search reads: the clauses are not indexed again', () => {
    // Handed over in the wrong order, the stored indexes point at other clauses and the needle is
    // lost: the search reads the stored indexes, not the clauses' text.
    const swapped = createSearch(pack, { clauseIndexes: [indexDocument(second), indexDocument(first)] });
    expect(swapped.search('satelite')[0]?.id).not.toBe('second.needle');
    expect(
      createSearch(pack, { clauseIndexes: [indexDocument(first), indexDocument(second)] }).search('satelite')[0]?.id,
    ).toBe('second.needle');
  });

  it('search in parts exactly as one index over all the entries', () => {
    const entry = fc.record({
      fields: fc.tuple(
        fc.constantFrom('Article 4', '4.2 Identity cards', 'Évacuation', 'Radio'),
        fc.constantFrom('', 'radio roster', 'carte identité'),
        fc.stringMatching(/^(?:(?:radio|roster|rosters|evacuation|évacuation|un|id|card|cards|4|2|12) ){0,8}$/),
      ),
    });
    const query = fc.array(fc.constantFrom('radio', 'rost', 'evacuaton', 'un', 'id', 'cards', '4', '12', 'identite'), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.nat(30), query, (entries, cut, words) => {
        const at = Math.min(cut, entries.length);
        const whole = createWordIndex([buildWordIndex(entries)]);
        const parts = createWordIndex([buildWordIndex(entries.slice(0, at)), buildWordIndex(entries.slice(at))]);
        const asked = words.map((w) => [w]);
        expect(parts.candidates(asked, 5)).toEqual(whole.candidates(asked, 5));
        expect(parts.holding(words, 50)).toEqual(whole.holding(words, 50));
      }),
      { numRuns: 300 },
    );
  });
});
