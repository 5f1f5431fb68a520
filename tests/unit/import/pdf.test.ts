// PDF text extraction on SAMPLE PDFs written by tests/fixtures/sample-pdf.ts (invented text).
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, importMessage } from '../../../shared/core/import/messages';
import { extractPdfText, pageText } from '../../../shared/core/import/pdf';
import { segmentDocument } from '../../../shared/core/import/segment';
import { longSamplePdf, SAMPLE_EN_PAGES, SAMPLE_TITLE, sampleAgreementPdf } from '../../fixtures/sample-documents';
import { samplePdf } from '../../fixtures/sample-pdf';

describe('extractPdfText', () => {
  it('reads a multi-page PDF page by page, line by line, with accents and dashes', async () => {
    const result = await extractPdfText(sampleAgreementPdf());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toEqual(SAMPLE_EN_PAGES);
  });

  it('keeps page numbers for the clauses it yields', async () => {
    const result = await extractPdfText(sampleAgreementPdf());
    if (!result.ok) throw new Error(result.error.message);
    const excerpts = segmentDocument(result.value, { title: SAMPLE_TITLE, documentId: 'pdf', sourceId: 'pdf' });
    const clause = excerpts.find((e) => e.id === 'pdf.art-4-2')!;
    expect(clause.clause).toEqual({ number: 'Article 4, 4.2', path: ['Article 4 — Services', '4.2'], page: 2 });
    expect(clause.text).toBe(
      '4.2 The sample provider shall issue UN ID cards to personnel on the same terms as its own staff.',
    );
    expect(excerpts.find((e) => e.id === 'pdf.art-7-2')!.clause.page).toBe(3);
  });

  it('reads French and Spanish letters (WinAnsi) as written', async () => {
    const lines = ['Artículo 3 — Servicios de sécurité', '3.1 El carné se expide; l’équipe reçoit « ñ ».'];
    const result = await extractPdfText(samplePdf([{ lines }]));
    expect(result).toEqual({ ok: true, value: [lines.join('\n')] });
  });

  it('says a PDF with only images needs OCR', async () => {
    const result = await extractPdfText(samplePdf([{ image: true }, { image: true }]));
    expect(result).toMatchObject({ ok: false, error: { code: 'pdf-needs-ocr' } });
    if (!result.ok) expect(result.error.message).toMatch(/^No text found — this PDF needs OCR/);
  });

  it('says a PDF with empty pages needs OCR too (nothing to read)', async () => {
    const result = await extractPdfText(samplePdf([{}]));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'pdf-needs-ocr', message: importMessage('pdf-needs-ocr') },
    });
  });

  it('refuses a password-protected PDF with a clear message', async () => {
    const result = await extractPdfText(samplePdf([{ lines: ['SAMPLE secret text'] }], { encrypted: true }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'pdf-encrypted', message: importMessage('pdf-encrypted') },
    });
  });

  it('refuses bytes that are not a PDF, and a truncated PDF', async () => {
    const notPdf = await extractPdfText(new TextEncoder().encode('SAMPLE plain text, not a PDF'));
    expect(notPdf).toMatchObject({
      ok: false,
      error: { code: 'pdf-invalid', message: importMessage('pdf-invalid') },
    });
    const truncated = await extractPdfText(sampleAgreementPdf().slice(0, 200));
    expect(truncated).toMatchObject({ ok: false, error: { code: 'pdf-invalid' } });
  });

  it('refuses a PDF with no pages as empty', async () => {
    expect(await extractPdfText(samplePdf([]))).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('refuses more pages than the limit, and more bytes than the limit, before reading them', async () => {
    const many = await extractPdfText(longSamplePdf(5), { maxPages: 4 });
    expect(many).toMatchObject({ ok: false, error: { code: 'too-many-pages', params: { pages: 5 } } });
    const big = new Uint8Array(IMPORT_LIMITS.maxBytes + 1);
    expect(await extractPdfText(big)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('leaves the caller’s bytes usable (it works on a copy)', async () => {
    const bytes = sampleAgreementPdf();
    const before = bytes.length;
    await extractPdfText(bytes);
    expect(bytes.length).toBe(before);
    expect(await extractPdfText(bytes)).toMatchObject({ ok: true });
  });

  it('imports a 300-page SAMPLE document', async () => {
    const result = await extractPdfText(longSamplePdf(300));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toHaveLength(300);
    const excerpts = segmentDocument(result.value, { title: SAMPLE_TITLE, documentId: 'long', sourceId: 'long' });
    // Eight paragraphs a page, and the title: no paragraph lost at a page top, however alike they look.
    expect(excerpts).toHaveLength(300 * 8 + 1);
    const idCards = excerpts.filter((e) => e.text.includes('UN identification cards'));
    expect(idCards.map((e) => [e.id, e.clause.page])).toEqual([['long.art-51-1', 151]]);
    // The "Page N" footer is the printer's, not a clause's.
    expect(excerpts.some((e) => /^Page \d+$/m.test(e.text))).toBe(false);
  });
});

describe('pageText', () => {
  const item = (str: string, x: number, y: number, width = str.length * 5, size = 10) => ({
    str,
    transform: [size, 0, 0, size, x, y],
    width,
    height: size,
  });

  it('groups items on one baseline into a line, ordered left to right, with spaces between words', () => {
    const text = pageText([
      item('services.', 133, 700),
      item('4.2', 72, 700.4, 15),
      item('The', 92, 700, 15),
      item('provider', 110, 699.8, 19),
    ]);
    expect(text).toBe('4.2 The provider services.');
  });

  it('orders lines top to bottom and marks a wide gap as a paragraph break', () => {
    const text = pageText([
      item('second', 72, 686),
      item('first', 72, 700),
      item('after a gap', 72, 650),
      item('next', 72, 636),
    ]);
    expect(text).toBe('first\nsecond\n\nafter a gap\nnext');
  });

  it('writes lines in larger type as Markdown headings, joining a heading that wraps', () => {
    const body = (text: string, y: number) => item(text, 72, y, text.length * 5, 10);
    const text = pageText([
      item('SAMPLE agreement for tests — not the IOM–', 72, 760, 300, 20),
      item('UNDSS MOU', 72, 736, 80, 20),
      item('Definitions', 72, 700, 80, 14),
      body('The sample text defines a term.', 680),
      body('It runs on a second line.', 666),
      body('7', 620),
    ]);
    expect(text).toBe(
      '# SAMPLE agreement for tests — not the IOM–UNDSS MOU\n\n## Definitions\nThe sample text defines a term.\nIt runs on a second line.\n\n7',
    );
  });

  it('normalises whitespace within a line and expands ligatures', () => {
    expect(pageText([item('  the   ﬁrst  ', 72, 700)])).toBe('the first');
  });
});
