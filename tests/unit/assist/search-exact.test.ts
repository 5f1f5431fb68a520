// Clause numbers, acronyms and the field's words in the search: the entry that carries the
// number or acronym comes first, at any size, and the words people use for a situation find it.
// Expected entries come from the SAMPLE documents' own numbering and the pack's scenario phrases.
import { describe, expect, it } from 'vitest';
import { applyDocumentPack, createAssistant, defaultPack, type Pack } from '../../../shared/core/index';
import { exactQuery } from '../../../shared/core/assist/search-exact';
import { segmentDocument } from '../../../shared/core/import/segment';
import { buildDocumentPack } from '../../../shared/core/import/document-pack';
import { bigExtension } from '../../../bench/corpus';
import { longSamplePages } from '../../fixtures/sample-documents';

function join(pack: Pack, ext: Parameters<typeof applyDocumentPack>[1]): Pack {
  const r = applyDocumentPack(pack, ext);
  if (!r.ok) throw new Error(JSON.stringify(r.error.slice(0, 3)));
  return r.value;
}

// The 300-page SAMPLE document, segmented as an import would.
const pages = longSamplePages(300).map((p) => (p.lines ?? []).join('\n'));
const sample = buildDocumentPack(
  segmentDocument(pages, { title: 'SAMPLE long', documentId: 'long', sourceId: 'long' }),
  {
    id: 'long',
    title: 'SAMPLE long',
  },
);
const samplePack = join(defaultPack(), sample);
const sampleSearch = createAssistant(samplePack);

// 10,000 generated clauses (numbers "1.1" … "1000.10"), plus a few SAMPLE clauses carrying
// acronyms and a three-level number.
const big = bigExtension(10_000);
big.excerpts.push(
  ...[
    ['smt', '7.7.7', 'The SMT of the sample duty station meets every month.'],
    ['unid', '8.8.8', 'The sample provider issues UN ID cards to personnel.'],
    ['three', '4.2.1', 'A sample sub-paragraph with a three-level number.'],
  ].map(([id, number, text]) => ({
    id: `bench-doc.x-${id}`,
    kind: 'clause' as const,
    lang: 'en' as const,
    title: `Sample ${id}`,
    text: text!,
    clause: { number: number!, path: [], page: 1 },
    source: { sourceId: 'bench-doc', section: number! },
  })),
);
const bigSearch = createAssistant(join(defaultPack(), big));

const numberOf = (pack: Pack, id: string) => {
  const e = pack.excerpts.find((x) => x.id === id);
  return e?.kind === 'clause' ? e.clause.number : null;
};

describe('clause numbers', () => {
  it('reads numbers and acronyms out of a query', () => {
    expect(exactQuery('article 4.2')).toEqual({ numbers: [{ num: '4.2', kind: 'article' }], acronyms: [] });
    expect(exactQuery('art. 12')).toEqual({ numbers: [{ num: '12', kind: 'article' }], acronyms: [] });
    expect(exactQuery('§ 3')).toEqual({ numbers: [{ num: '3', kind: 'section' }], acronyms: [] });
    expect(exactQuery('§3')?.numbers).toEqual([{ num: '3', kind: 'section' }]);
    expect(exactQuery('4.2.1')?.numbers).toEqual([{ num: '4.2.1', kind: null }]);
    expect(exactQuery('UN ID cards')).toEqual({ numbers: [], acronyms: ['UN ID'] });
    expect(exactQuery('who is the DO')?.acronyms).toEqual(['DO']);
    expect(exactQuery('what do I do')).toBeNull();
  });

  it('on the 300-page sample, puts the clause carrying the number first', () => {
    const first = (q: string) => numberOf(samplePack, sampleSearch.search(q, { limit: 5 })[0]?.id ?? '');
    expect(first('article 51.1')).toMatch(/(?:^|, )51\.1$/);
    expect(first('art. 12')).toMatch(/^Article 12(?:,|$)/);
    expect(first('Article 100')).toMatch(/^Article 100(?:,|$)/);
    expect(first('§ 3')).toMatch(/^Article 3(?:,|$)/);
    expect(first('50.17')).toMatch(/(?:^|, )50\.17$/);
  });

  it('at 10,000 clauses, puts the clause carrying the number first', () => {
    const first = (q: string) => bigSearch.search(q, { limit: 5 })[0]?.id;
    expect(first('article 12.3')).toBe('bench-doc.12-3');
    // The hit says its number, so the view can show "12.3" before the heading it sits under.
    expect(bigSearch.search('article 12.3', { limit: 1 })[0]).toMatchObject({ kind: 'clause', number: '12.3' });
    expect(first('art. 512.10')).toBe('bench-doc.512-10');
    expect(first('4.2.1')).toBe('bench-doc.x-three');
    // "art. 12" has no clause of its own here: its paragraphs come first, in order.
    expect(bigSearch.search('art. 12', { limit: 3 }).map((h) => h.id)).toEqual([
      'bench-doc.12-1',
      'bench-doc.12-2',
      'bench-doc.12-3',
    ]);
  });
});

describe('acronyms', () => {
  it('puts the entry that carries the acronym as written first, at 10,000 clauses', () => {
    for (const [query, id] of [
      ['SMT', 'bench-doc.x-smt'],
      ['UN ID', 'bench-doc.x-unid'],
    ] as const) {
      const hits = bigSearch.search(query, { limit: 8 });
      // Only the pack's own entries that list the acronym may come before the clause carrying it:
      // it is the first clause, ahead of the 10,000 that only hold the letters in other words.
      expect(hits.find((h) => h.kind === 'clause')?.id, query).toBe(id);
      const at = hits.findIndex((h) => h.id === id);
      expect(at, query).toBeLessThan(5);
    }
  });

  it('finds the situation whose phrases name the Designated Official by "DO"', () => {
    // The service-refused scenario lists "DO" among its phrases (data/iom-oss.pack.json).
    const hit = bigSearch.search('DO', { limit: 5 })[0];
    expect(hit).toMatchObject({ type: 'situation', id: 'service-refused' });
  });
});

describe('the field’s words', () => {
  const search = createAssistant(defaultPack());
  const top = (q: string, n = 3) => search.search(q, { limit: 8 }).slice(0, n);

  it('finds the hostage situation and service for the words of an abduction, in three languages', () => {
    // Accents or none, as people type on a phone: "enlevement" and "ENLÈVEMENT" too.
    for (const q of ['kidnapping', 'abduction', 'enlèvement', 'enlevement', 'ENLÈVEMENT', 'secuestro']) {
      // The situation and the service for it come first, before anything only spelled alike.
      const firstTwo = top(q, 2).map((h) => `${h.type}:${h.id}`);
      expect(firstTwo.sort(), q).toEqual(['service:hostage-incident-management', 'situation:hostage-incident']);
    }
  });

  it('finds the refused-services situation for "clearance" and "checkpoint refused"', () => {
    expect(top('clearance').map((h) => h.id)).toContain('service-refused');
    expect(top('checkpoint refused').map((h) => h.id)).toContain('service-refused');
  });

  it('finds the situations that name an evacuation', () => {
    // Both list "evacuation" among their phrases (data/iom-oss.pack.json).
    const situations = top('evacuation', 8).filter((h) => h.type === 'situation');
    expect(situations.map((h) => h.id)).toEqual(expect.arrayContaining(['general-inquiry', 'service-refused']));
  });

  it('shows a situation in the reader’s language with its source', () => {
    const hit = search.search('secuestro', { limit: 3, language: 'es' }).find((h) => h.type === 'situation');
    expect(hit).toMatchObject({ title: 'Secuestro o toma de rehenes', citation: expect.stringContaining(',') });
  });
});
