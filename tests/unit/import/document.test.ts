// From a file's bytes to a pack extension, on SAMPLE documents (invented text, not any real MOU).
import { describe, expect, it } from 'vitest';
import { importDocument, decodeText } from '../../../shared/core/import/document';
import { buildDocumentPack, DEFAULT_ATTACH, extensionIdFromTitle } from '../../../shared/core/import/document-pack';
import { clauseCitation } from '../../../shared/core/assist/citation';
import { IMPORT_LIMITS, IMPORT_MESSAGES, importMessage } from '../../../shared/core/import/messages';
import { applyDocumentPack, checkDocumentPack, defaultPack } from '../../../shared/core/pack/check';
import { DocumentPack, type ClauseExcerpt } from '../../../shared/core/pack/schema';
import { segmentDocument } from '../../../shared/core/import/segment';
import {
  SAMPLE_EN_TEXT,
  SAMPLE_ES_TEXT,
  SAMPLE_FR_TEXT,
  SAMPLE_MARKDOWN,
  SAMPLE_TITLE,
  sampleAgreementPdf,
} from '../../fixtures/sample-documents';
import { samplePdf } from '../../fixtures/sample-pdf';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function imported(
  bytes: Uint8Array,
  fileName: string,
  extra: Partial<Parameters<typeof importDocument>[0]> = {},
) {
  const result = await importDocument({ bytes, fileName, title: SAMPLE_TITLE, kind: 'mou', ...extra });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('importDocument', () => {
  it('imports a PDF into a valid extension that cites the document', async () => {
    const { documentPack: extension, summary } = await imported(sampleAgreementPdf(), 'sample.pdf');
    expect(summary).toEqual({ format: 'pdf', clauses: 18, pages: 3, language: 'en' });
    expect(DocumentPack.parse(extension)).toEqual(extension);
    expect(checkDocumentPack(extension)).toMatchObject({ ok: true });
    expect(extension).toMatchObject({
      $schema: './pack-extension.schema.json',
      type: 'extension',
      id: 'sample-agreement-for-tests-not-the-iom-undss-mou',
      title: SAMPLE_TITLE,
      extends: 'iom-oss',
      documentKind: 'mou',
      sources: [
        { id: 'sample-agreement-for-tests-not-the-iom-undss-mou', title: SAMPLE_TITLE, url: null, updated: null },
      ],
    });
  });

  it('imports plain text (pages at form feeds) and Markdown the same way as the PDF', async () => {
    const text = await imported(utf8(SAMPLE_EN_TEXT), 'sample.txt', { id: 'sample' });
    const pdf = await imported(sampleAgreementPdf(), 'sample.pdf', { id: 'sample' });
    expect(text.summary).toEqual({ format: 'text', clauses: 18, pages: 3, language: 'en' });
    expect(text.documentPack.excerpts).toEqual(pdf.documentPack.excerpts);
    const md = await imported(utf8(SAMPLE_MARKDOWN), 'sample.md');
    expect(md.summary).toMatchObject({ format: 'markdown', pages: null });
  });

  it('detects French and Spanish, and honours --lang and --id', async () => {
    expect((await imported(utf8(SAMPLE_FR_TEXT), 'fr.txt')).summary.language).toBe('fr');
    expect((await imported(utf8(SAMPLE_ES_TEXT), 'es.txt')).summary.language).toBe('es');
    const forced = await imported(utf8(SAMPLE_FR_TEXT), 'fr.txt', { lang: 'en', id: 'org-sop' });
    expect(forced.summary.language).toBe('en');
    expect(forced.documentPack.excerpts.every((e) => e.id.startsWith('org-sop.') && e.lang === 'en')).toBe(true);
  });

  it('reads Windows-1252 text (older French files) and a UTF-8 byte order mark', () => {
    const latin1 = Uint8Array.from([...'Article 1 — Sécurité'].map((c) => (c === '—' ? 0x97 : c.charCodeAt(0))));
    expect(decodeText(latin1)).toBe('Article 1 — Sécurité');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Artículo 1')]))).toBe('Artículo 1');
  });

  it.each([
    ['a scanned PDF', () => samplePdf([{ image: true }]), 'scan.pdf', 'pdf-needs-ocr'],
    ['an encrypted PDF', () => samplePdf([{ lines: ['SAMPLE'] }], { encrypted: true }), 'locked.pdf', 'pdf-encrypted'],
    ['a damaged file named .pdf', () => utf8('SAMPLE, not a PDF'), 'broken.pdf', 'pdf-invalid'],
    ['an empty text', () => utf8(' \n\n '), 'empty.txt', 'empty'],
    [
      'a damaged Word file',
      () => Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0, 0, 0xff, 0xfe]),
      'file.docx',
      'docx-invalid',
    ],
    ['a binary file', () => Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0, 0, 0xff, 0xfe]), 'file.txt', 'not-text'],
    ['too many pages', () => utf8('SAMPLE page\f'.repeat(IMPORT_LIMITS.maxPages + 1)), 'long.txt', 'too-many-pages'],
    ['too many bytes', () => new Uint8Array(IMPORT_LIMITS.maxBytes + 1), 'huge.txt', 'too-large'],
  ] as const)('refuses %s with a clear message', async (_name, bytes, fileName, code) => {
    const result = await importDocument({ bytes: bytes(), fileName, title: SAMPLE_TITLE });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toBe(importMessage(code, 'en', result.error.params));
    }
  });
});

describe('attaching clauses to scenarios', () => {
  it('brings the sample’s ID-card, SMT, hostage, risk and compliance clauses up with their scenarios', async () => {
    const { documentPack: extension } = await imported(utf8(SAMPLE_EN_TEXT), 'sample.txt', { id: 'sample' });
    const result = applyDocumentPack(defaultPack(), extension);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const attached = (id: string) =>
      result.value.scenarios.find((s) => s.id === id)!.excerpts.filter((e) => e.startsWith('sample.'));
    expect(attached('service-refused').length).toBeGreaterThan(0);
    expect(attached('hostage-incident')).toEqual(['sample.art-5']);
    expect(attached('new-operations')).toEqual(['sample.art-6-1']);
    expect(attached('policy-discrepancy')).toEqual(expect.arrayContaining(['sample.art-7-1', 'sample.art-7-2']));
    expect(result.value.excerpts.some((e) => e.id === 'sample.art-4-2')).toBe(true);
  });

  it('finds the French and Spanish ID-card and hostage clauses too', () => {
    const match = (text: string, scenarioId: string) =>
      DEFAULT_ATTACH.find((a) => a.scenarioId === scenarioId)!.keywords.some((k) =>
        text.toLowerCase().includes(k.toLowerCase()),
      );
    const fr = segmentDocument(SAMPLE_FR_TEXT, { title: 'x', documentId: 'fr', sourceId: 'fr' });
    const es = segmentDocument(SAMPLE_ES_TEXT, { title: 'x', documentId: 'es', sourceId: 'es' });
    const ids = (list: ClauseExcerpt[], scenarioId: string) =>
      list.filter((e) => match(e.text, scenarioId)).map((e) => e.id);
    expect(ids(fr, 'service-refused')).toEqual(expect.arrayContaining(['fr.art-3-1', 'fr.art-3-2']));
    expect(ids(fr, 'hostage-incident')).toEqual(['fr.art-4']);
    expect(ids(es, 'service-refused')).toEqual(expect.arrayContaining(['es.sec-1-art-2-1', 'es.sec-1-art-2-2']));
    expect(ids(es, 'new-operations')).toEqual(['es.sec-2-art-3-1']);
    expect(ids(es, 'policy-discrepancy')).toEqual(['es.sec-2-art-3-2']);
  });

  it('keeps every default keyword within the schema’s bounds', () => {
    const ext = buildDocumentPack([], { id: 'x', title: 'SAMPLE' });
    expect(ext.attach).toEqual(DEFAULT_ATTACH);
    expect(() => buildDocumentPack([], { id: 'Not An Id', title: 'SAMPLE' })).toThrow();
  });

  it('makes an id from any title', () => {
    expect(extensionIdFromTitle('Accord EXEMPLE — Sécurité 2013')).toBe('accord-exemple-securite-2013');
    expect(extensionIdFromTitle('«»')).toBe('document');
  });
});

describe('clauseCitation', () => {
  const clause = { number: 'Article 4, 4.2', path: ['Article 4 — Services', '4.2'], page: 3 };

  it('says where a clause comes from, in the reader’s language', () => {
    expect(clauseCitation(clause, SAMPLE_TITLE, 'en')).toBe(`from ${SAMPLE_TITLE}, Article 4, 4.2, p. 3`);
    expect(clauseCitation(clause, SAMPLE_TITLE, 'fr')).toBe(`extrait de ${SAMPLE_TITLE}, Article 4, 4.2, p. 3`);
    expect(clauseCitation(clause, SAMPLE_TITLE, 'es')).toBe(`de ${SAMPLE_TITLE}, Article 4, 4.2, pág. 3`);
  });

  it('leaves out what is unknown and marks a bare paragraph number', () => {
    expect(clauseCitation({ number: null, path: [], page: null }, 'SAMPLE', 'en')).toBe('from SAMPLE');
    expect(clauseCitation({ number: '4.2(a)', path: [], page: null }, 'SAMPLE', 'es')).toBe('de SAMPLE, § 4.2(a)');
  });
});

describe('import messages', () => {
  it('exist in English, French and Spanish, with the same placeholders', () => {
    for (const [key, sentence] of Object.entries(IMPORT_MESSAGES)) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(sentence.fr.trim(), key).not.toBe('');
      expect(sentence.es.trim(), key).not.toBe('');
      expect(names(sentence.fr), key).toEqual(names(sentence.en));
      expect(names(sentence.es), key).toEqual(names(sentence.en));
    }
  });
});
