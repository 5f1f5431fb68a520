// Segmenting SAMPLE documents (tests/fixtures/sample-documents.ts): invented text, not any real MOU.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chunk,
  documentLanguage,
  MAX_EXCERPT_CHARS,
  PROSE_CHUNK_CHARS,
  segmentDocument,
} from '../../../shared/core/import/segment';
import { ClauseExcerpt } from '../../../shared/core/pack/schema';
import {
  SAMPLE_EN_PAGES,
  SAMPLE_EN_TEXT,
  SAMPLE_ES_TEXT,
  SAMPLE_FR_TEXT,
  SAMPLE_MARKDOWN,
  SAMPLE_TITLE,
  SAMPLE_TITLE_ES,
  SAMPLE_TITLE_FR,
} from '../../fixtures/sample-documents';

const opts = (documentId: string, title = SAMPLE_TITLE) => ({ title, documentId, sourceId: documentId });
const byId = (excerpts: ClauseExcerpt[]) => new Map(excerpts.map((e) => [e.id, e]));

describe('segmentDocument: English sample with pages', () => {
  const excerpts = segmentDocument(SAMPLE_EN_TEXT, opts('sample'));
  const ids = byId(excerpts);

  it('gives every numbered paragraph its own excerpt, with a stable id', () => {
    expect(excerpts.map((e) => e.id)).toEqual([
      'sample.preamble',
      'sample.art-1',
      'sample.art-2-1',
      'sample.art-2-2',
      'sample.art-4',
      'sample.art-4-1',
      'sample.art-4-2',
      'sample.art-4-3',
      'sample.art-4-3-a',
      'sample.art-4-3-b',
      'sample.art-4-3-b-i',
      'sample.art-4-3-b-ii',
      'sample.art-4-3-c',
      'sample.art-4-4',
      'sample.art-5',
      'sample.art-6-1',
      'sample.art-7-1',
      'sample.art-7-2',
    ]);
  });

  it('keeps the heading path, the clause number and the page', () => {
    expect(ids.get('sample.art-4-2')!.clause).toEqual({
      number: 'Article 4, 4.2',
      path: ['Article 4 — Services', '4.2'],
      page: 2,
    });
    expect(ids.get('sample.art-4-3-b-ii')!.clause).toEqual({
      number: 'Article 4, 4.3(b)(ii)',
      path: ['Article 4 — Services', '4.3', '(b)', '(ii)'],
      page: 2,
    });
    expect(ids.get('sample.art-1')!.clause).toEqual({ number: 'ARTICLE I', path: ['ARTICLE I — Purpose'], page: 1 });
    expect(ids.get('sample.art-7-2')!.clause.page).toBe(3);
    expect(ids.get('sample.art-4-2')!.title).toBe('Article 4 — Services › 4.2');
  });

  it('keeps the text verbatim: the clause as printed, starting with its number', () => {
    expect(ids.get('sample.art-4-2')!.text).toBe(
      '4.2 The sample provider shall issue UN ID cards to personnel on the same terms as its own staff.',
    );
    expect(ids.get('sample.art-4')!.text).toBe(
      'The sample provider offers the following services to the sample organisation.',
    );
    for (const e of excerpts) expect(SAMPLE_EN_TEXT).toContain(e.text);
  });

  it('produces excerpts the pack schema accepts, citing the given source', () => {
    for (const e of excerpts) {
      expect(() => ClauseExcerpt.parse(e)).not.toThrow();
      expect(e.source.sourceId).toBe('sample');
      expect(e.lang).toBe('en');
    }
    expect(ids.get('sample.art-4-2')!.source.section).toBe('Article 4, 4.2');
  });

  it('is deterministic: the same document gives the same excerpts', () => {
    expect(segmentDocument(SAMPLE_EN_TEXT, opts('sample'))).toEqual(excerpts);
  });

  it('takes pages as an array too, with the same result', () => {
    expect(segmentDocument(SAMPLE_EN_PAGES, opts('sample'))).toEqual(excerpts);
  });

  it('gives a text without form feeds no page', () => {
    const unpaged = segmentDocument(SAMPLE_EN_TEXT.replace(/\f/g, ''), opts('sample'));
    expect(unpaged.every((e) => e.clause.page === null)).toBe(true);
    expect(unpaged.map((e) => e.id)).toEqual(excerpts.map((e) => e.id));
  });
});

describe('segmentDocument: French and Spanish headings', () => {
  it('reads "Article premier", sub-clauses and "a)" lists, and detects French', () => {
    const excerpts = segmentDocument(SAMPLE_FR_TEXT, opts('sample-fr', SAMPLE_TITLE_FR));
    const ids = byId(excerpts);
    expect(excerpts.every((e) => e.lang === 'fr')).toBe(true);
    expect(ids.get('sample-fr.art-1')!.clause).toEqual({
      number: 'Article premier',
      path: ['Article premier — Objet'],
      page: null,
    });
    expect(ids.get('sample-fr.art-3-1')!.text).toBe(
      '3.1 Le prestataire de l’exemple délivre la carte d’identité des Nations Unies au personnel.',
    );
    expect(ids.get('sample-fr.art-3-2-a')!.clause).toMatchObject({
      number: 'Article 3, 3.2(a)',
      path: ['Article 3 — Services de sécurité', '3.2', 'a)'],
    });
  });

  it('reads "Artículo", "Articulo" and sections that hold articles, and detects Spanish', () => {
    const excerpts = segmentDocument(SAMPLE_ES_TEXT, opts('sample-es', SAMPLE_TITLE_ES));
    const ids = byId(excerpts);
    expect(excerpts.every((e) => e.lang === 'es')).toBe(true);
    expect(ids.get('sample-es.sec-1-art-2-1')!.clause).toEqual({
      number: 'Sección I, Articulo 2, 2.1',
      path: ['Sección I — Disposiciones generales', 'Articulo 2 — Servicios', '2.1'],
      page: null,
    });
    expect(ids.get('sample-es.sec-2-art-3-2')!.clause.path).toEqual([
      'SECCIÓN II — Evaluación',
      'Artículo 3 — Riesgos',
      '2',
    ]);
  });

  it('lets the caller force the language', () => {
    const excerpts = segmentDocument(SAMPLE_FR_TEXT, { ...opts('x'), lang: 'es' });
    expect(new Set(excerpts.map((e) => e.lang))).toEqual(new Set(['es']));
  });

  it('detects the language from the whole document, not its cover page', () => {
    const cover = 'SAMPLE AGREEMENT FOR TESTS\nThe title page of the sample is in English.\n';
    expect(documentLanguage(cover + SAMPLE_FR_TEXT.repeat(20))).toBe('fr');
  });
});

describe('segmentDocument: Markdown and unnumbered prose', () => {
  const excerpts = segmentDocument(SAMPLE_MARKDOWN, opts('md'));
  const ids = byId(excerpts);

  it('treats a lone "# Title" as the document title, not a path step', () => {
    expect(ids.get('md.preamble')!.text).toBe('Invented text for tests; not any real agreement.');
    expect(ids.get('md.art-3-1')!.clause.path).toEqual(['Article 3 — Services', '1']);
  });

  it('cuts long prose at paragraph ends into bounded excerpts', () => {
    const background = excerpts.filter((e) => e.clause.path[0] === 'Background');
    expect(background.map((e) => e.id)).toEqual(['md.background', 'md.background.p2']);
    expect(background.map((e) => e.title)).toEqual(['Background (1/2)', 'Background (2/2)']);
    for (const e of background) {
      expect(e.text.length).toBeLessThanOrEqual(PROSE_CHUNK_CHARS);
      expect(e.text).toMatch(/^Paragraph \d+ of the sample background\./);
    }
    expect(background.map((e) => e.text).join('\n\n')).toBe(
      SAMPLE_MARKDOWN.slice(SAMPLE_MARKDOWN.indexOf('Paragraph 1 ')).trim(),
    );
  });

  it('bounds a giant unbroken clause by the schema limit', () => {
    const sentence = 'The sample clause repeats this sentence without a break. ';
    const text = `Article 1 — Sample\n1.1 ${sentence.repeat(900)}`;
    const out = segmentDocument(text, opts('big'));
    const parts = out.filter((e) => e.clause.number === 'Article 1, 1.1');
    expect(parts.length).toBeGreaterThan(1);
    for (const e of parts) expect(e.text.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
    expect(parts.map((e) => e.id)).toEqual(parts.map((_, i) => (i === 0 ? 'big.art-1-1' : `big.art-1-1.p${i + 1}`)));
  });
});

describe('segmentDocument: ids, pages and layout', () => {
  it('keeps ids unique when numbers repeat', () => {
    const text = [
      '## Part one',
      '1. First.',
      '2. Second.',
      '## Part one',
      '1. Again first.',
      '1. First once more.',
    ].join('\n');
    const out = segmentDocument(text, opts('dup'));
    expect(out.map((e) => e.id)).toEqual(['dup.part-one-1', 'dup.part-one-2', 'dup.part-one-1.2', 'dup.part-one-1.3']);
  });

  it('drops page numbers and running headers, and dates a clause by the page it starts on', () => {
    const page = (n: number, body: string[]) => [`SAMPLE running header — page ${n}`, ...body, `- ${n} -`].join('\n');
    const pages = [
      page(1, ['Article 1 — Sample', '1.1 Clause 1 starts here and', 'runs on.']),
      page(2, ['Article 2 — Sample', '2.1 Clause 2 starts here and']),
      page(3, ['continues from the previous page.', 'Article 3 — Sample', '3.1 Clause 3.']),
      page(4, ['Article 4 — Sample', '4.1 Clause 4.']),
    ];
    const out = segmentDocument(pages, opts('pg'));
    expect(out.some((e) => /running header|^- \d -$/m.test(e.text))).toBe(false);
    const clause2 = out.find((e) => e.id === 'pg.art-2-1')!;
    expect(clause2.text).toBe('2.1 Clause 2 starts here and\ncontinues from the previous page.');
    expect(clause2.clause.page).toBe(2);
  });

  it('keeps ids within the schema when the document id and the heading path are long', () => {
    const documentId = 'a'.repeat(64);
    const headings = Array.from(
      { length: 6 },
      (_, i) => `${'#'.repeat(i + 1)} A rather long heading of the sample number ${i}`,
    );
    const prose = Array.from({ length: 4 }, () => 'Sample prose sentence. '.repeat(120)).join('\n\n');
    const out = segmentDocument([...headings, prose, '1. First.', '1. Again.'].join('\n'), opts(documentId));
    expect(out.length).toBeGreaterThan(3);
    expect(new Set(out.map((e) => e.id)).size).toBe(out.length);
    for (const e of out) expect(() => ClauseExcerpt.parse(e)).not.toThrow();
  });

  it('skips table-of-contents lines, so the clause itself keeps its id', () => {
    const text = [
      'Contents',
      'Article 1 — Purpose .......... 1',
      '1.1 Scope . . . . . . . 2',
      'Article 2 — Services …… 3',
      '',
      'Article 1 — Purpose',
      '1.1 The scope of the sample.',
    ].join('\n');
    const out = segmentDocument(text, opts('toc'));
    expect(out.map((e) => [e.id, e.text])).toEqual([
      ['toc.preamble', 'Contents'],
      ['toc.art-1-1', '1.1 The scope of the sample.'],
    ]);
  });

  it('reads (h) then (i) as letters, and (i) (ii) under a letter as numerals', () => {
    const letters = 'abcdefghij'.split('').map((l) => `(${l}) item ${l};`);
    const text = ['1. List:', ...letters.slice(0, 9), '(i) sub one;', '(ii) sub two;', '(j) item j.'].join('\n');
    const out = segmentDocument(text, opts('list'));
    expect(out.map((e) => e.clause.number)).toContain('1(i)');
    expect(out.find((e) => e.text === '(i) sub one;')?.clause.number).toBe('1(i)(i)');
    expect(out.find((e) => e.text === '(ii) sub two;')?.clause.number).toBe('1(i)(ii)');
    expect(out.find((e) => e.text === '(j) item j.')?.clause.number).toBe('1(j)');
  });

  it('makes a short untitled numbered line with sub-paragraphs a heading', () => {
    const out = segmentDocument('1.1 Scope\n1.1.1 The sample applies.\n1.1.2 It also applies.', opts('h'));
    expect(out.map((e) => e.clause.path)).toEqual([
      ['1.1 Scope', '1.1.1'],
      ['1.1 Scope', '1.1.2'],
    ]);
    expect(out.map((e) => e.id)).toEqual(['h.1-1-1', 'h.1-1-2']);
  });

  it('returns nothing for a blank document', () => {
    expect(segmentDocument(' \n\n\f\n', opts('blank'))).toEqual([]);
  });

  it('always gives valid, unique ids and verbatim text (any mix of lines)', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'Article 1',
        'ARTICLE II — X',
        'Section 3',
        '## Heading',
        '1.',
        '1.1 A.',
        '(a) b;',
        '(i) c;',
        '',
        'Plain text.',
      ),
      fc.stringMatching(/^[A-Za-z0-9 ().,;:-]{0,40}$/),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const text = lines.map((l) => l.trim()).join('\n');
        const out = segmentDocument(text, opts('prop'));
        // The one normalisation: a run of blank lines is one paragraph break.
        const normalised = text.replace(/\n{3,}/g, '\n\n');
        expect(new Set(out.map((e) => e.id)).size).toBe(out.length);
        for (const e of out) {
          expect(() => ClauseExcerpt.parse(e)).not.toThrow();
          expect(normalised).toContain(e.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('chunk', () => {
  it('cuts at paragraphs, then lines, then sentences, keeping the text', () => {
    expect(chunk('aaa\n\nbbb\n\nccc', 8)).toEqual(['aaa\n\nbbb', 'ccc']);
    expect(chunk('aaaa\nbbbb\ncccc', 9)).toEqual(['aaaa\nbbbb', 'cccc']);
    expect(chunk('One two. Three four. Five.', 12)).toEqual(['One two.', 'Three four.', 'Five.']);
    expect(chunk('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});
