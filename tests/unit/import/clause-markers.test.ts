import { describe, expect, it } from 'vitest';
import { classifyLine, romanToNumber, slugify, type MarkerContext } from '../../../shared/core/import/clause-markers';

const none: MarkerContext = { openLetter: null, openRoman: null };
const mark = (line: string, context = none) => classifyLine(line, context);

describe('classifyLine', () => {
  it.each([
    ['Article 3', 'article', 'Article 3', 'art-3'],
    ['ARTICLE III — Services', 'article', 'ARTICLE III', 'art-3'],
    ['Article premier — Objet', 'article', 'Article premier', 'art-1'],
    ['Article 1er', 'article', 'Article 1er', 'art-1'],
    ['Artículo 12. Servicios', 'article', 'Artículo 12', 'art-12'],
    ['Articulo 4: Servicios', 'article', 'Articulo 4', 'art-4'],
    ['ARTÍCULO IV', 'article', 'ARTÍCULO IV', 'art-4'],
    ['Section II', 'section', 'Section II', 'sec-2'],
    ['Sección 3 — Evaluación', 'section', 'Sección 3', 'sec-3'],
    ['Chapitre 2 Dispositions', 'chapter', 'Chapitre 2', 'ch-2'],
    ['Annex B', 'annex', 'Annex B', 'annex-b'],
    ['Annexe I', 'annex', 'Annexe I', 'annex-i'],
    ['II. SCOPE', 'division', 'II', 'div-2'],
  ])('%s is a heading (%s)', (line, kind, ref, slug) => {
    const m = mark(line);
    expect(m).toMatchObject({ kind, ref, slug, heading: true });
  });

  it.each([
    ['1. The Parties agree.', 'number', '1', '1'],
    ['1) The Parties agree.', 'number', '1', '1'],
    ['4.2 The provider issues cards.', 'number', '4.2', '4-2'],
    ['4.2. The provider issues cards.', 'number', '4.2', '4-2'],
    ['1.1.1 Detail.', 'number', '1.1.1', '1-1-1'],
    ['(a) invitations;', 'letter', '(a)', 'a'],
    ['b) les comptes rendus', 'letter', 'b)', 'b'],
    ['(i) within one week;', 'roman', '(i)', 'i'],
    ['(iv) fourth;', 'roman', '(iv)', 'iv'],
  ])('%s opens a clause (%s)', (line, kind, ref, slug) => {
    expect(mark(line)).toMatchObject({ kind, ref, slug, heading: false });
  });

  it('reads "(i)" after "(h)" as a letter, and "(v)" after "(iv)" as a numeral', () => {
    expect(mark('(i) ninth item', { openLetter: 'h', openRoman: null })?.kind).toBe('letter');
    expect(mark('(v) fifth item', { openLetter: 'b', openRoman: 'iv' })?.kind).toBe('roman');
    expect(mark('(v) twenty-second item', { openLetter: 'u', openRoman: null })?.kind).toBe('letter');
  });

  it.each([
    'article 3 of the Charter applies', // lower case: a wrapped sentence
    'Article 3 of the Charter applies', // a sentence that mentions an article
    '2013. The Parties signed', // a year
    '1.5 million people were displaced', // a figure
    '12', // a page number
    'The Parties agree.',
    'Part of the budget',
    'Section of the report',
  ])('%s is an ordinary line', (line) => {
    expect(mark(line)).toBeNull();
  });

  it('reads Markdown headings and their numbers', () => {
    expect(mark('## Article 4 — Services')).toMatchObject({
      kind: 'article',
      markdownLevel: 2,
      ref: 'Article 4',
      label: 'Article 4 — Services',
    });
    expect(mark('### Background ###')).toMatchObject({
      kind: 'heading',
      markdownLevel: 3,
      ref: null,
      slug: 'background',
      label: 'Background',
    });
    expect(mark('**Article 5 — Compliance**')).toMatchObject({ kind: 'article', ref: 'Article 5' });
    expect(mark('#hashtag')).toBeNull();
  });
});

describe('helpers', () => {
  it('converts Roman numerals and rejects non-numerals', () => {
    expect([romanToNumber('IV'), romanToNumber('xii'), romanToNumber('MCMXCVIII')]).toEqual([4, 12, 1998]);
    expect(romanToNumber('IIII')).toBeNull();
    expect(romanToNumber('ABC')).toBeNull();
  });

  it('slugs titles to ascii ids', () => {
    expect(slugify('Services de sécurité — Artículo 3')).toBe('services-de-securite-articulo-3');
    expect(slugify('!!!')).toBe('');
  });
});
