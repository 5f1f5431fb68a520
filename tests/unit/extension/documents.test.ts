// The documents a person imports on the options page: what is accepted (PDF, Word, text,
// Markdown, pack extensions), how a bad file is refused, and the IndexedDB store the popup reads back.
// Every document here is a SAMPLE (tests/fixtures/sample-documents.ts), not the IOM–UNDSS MOU.
import { IDBFactory } from 'fake-indexeddb';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDocument } from '../../../shared/core/import/document';
import { importMessage } from '../../../shared/core/import/messages';
import { attachClauses, mergeDocumentPack } from '../../../shared/core/pack/merge';
import { DEFAULT_PACK } from '../../../shared/core/pack/default-pack';
import { createAssistant } from '../../../shared/core/assist/assistant';
import { DEFAULT_SETTINGS } from '../../../shared/core/settings/check';
import { createDocumentStore, RECORD_VERSION, type StoredDocument } from '../../../utils/document-store';
import { loadDocumentsPack } from '../../../utils/documents-pack';
import { indexDocument } from '../../../shared/core/assist/document-index';
import { prepareImport } from '../../../utils/import-file';
import { fileType, suggestedTitle } from '../../../utils/file-type';
import { sampleDocx } from '../../fixtures/sample-docx';
import { samplePdf } from '../../fixtures/sample-pdf';
import {
  SAMPLE_EN_TEXT,
  SAMPLE_FR_TEXT,
  SAMPLE_MARKDOWN,
  SAMPLE_TITLE,
  sampleAgreementPdf,
} from '../../fixtures/sample-documents';

const utf8 = (text: string) => new TextEncoder().encode(text);
const NOW = new Date('2026-11-28T10:00:00Z');

async function prepared(name: string, text: string | Uint8Array, stored: StoredDocument[] = [], title?: string) {
  const result = await prepareImport(
    { name, bytes: typeof text === 'string' ? utf8(text) : text },
    { title },
    stored,
    NOW,
  );
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The pack extension the CLI writes for the SAMPLE PDF, as JSON text. */
async function sampleExtensionJson(): Promise<string> {
  const result = await importDocument({
    bytes: sampleAgreementPdf(),
    fileName: 'sample.pdf',
    title: SAMPLE_TITLE,
    kind: 'mou',
    id: 'sample-pdf',
  });
  if (!result.ok) throw new Error(result.error.message);
  return JSON.stringify(result.value.documentPack, null, 2);
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourcesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('what the options page accepts', () => {
  it('reaches the PDF and Word readers only from the import worker', () => {
    // Even an unused dynamic import() would make Vite bundle pdfjs (368 KB gzip) into that chunk:
    // only the worker's own module (utils/import-file.ts) may name the readers.
    const offenders = ['entrypoints', 'utils', 'components']
      .flatMap(sourcesUnder)
      .filter((file) => !file.endsWith(join('utils', 'import-file.ts')))
      .filter((file) =>
        /(?:from\s+|import\(\s*)['"][^'"]*(?:core\/import\/(?:document|pdf|pdf-bounds|docx|index)|core\/import['"]|core\/index|pdfjs-dist|mammoth)/.test(
          readFileSync(file, 'utf8'),
        ),
      );
    expect(offenders).toEqual([]);
    // text.ts, which imports text and Markdown, reaches neither.
    expect(readFileSync('shared/core/import/text.ts', 'utf8')).not.toMatch(
      /(?:from\s+|import\(\s*)['"](?:\.\/pdf|\.\/docx|\.\/document|pdfjs-dist[^'"]*|mammoth)(?:\.ts)?['"]/,
    );
  });

  it('tells files apart by name, and a PDF by its first bytes whatever its name', () => {
    expect(fileType('mou.json')).toBe('json');
    expect(fileType('MOU.TXT')).toBe('text');
    expect(fileType('notes.md')).toBe('text');
    expect(fileType('plan.pdf')).toBe('pdf');
    expect(fileType('renamed.txt', utf8('%PDF-1.4\n'))).toBe('pdf');
    expect(fileType('plan.docx')).toBe('docx');
    expect(fileType('old.doc')).toBe('docx');
    expect(fileType('sheet.xlsx')).toBe('unsupported');
  });

  it('segments a text file in the browser: clauses with their number and page', async () => {
    const { doc, replaces } = await prepared('sample.txt', SAMPLE_EN_TEXT, [], SAMPLE_TITLE);
    expect(replaces).toBeNull();
    expect(doc).toMatchObject({
      version: RECORD_VERSION,
      title: SAMPLE_TITLE,
      kind: 'other',
      language: 'en',
      importedAt: NOW.toISOString(),
      fileName: 'sample.txt',
    });
    expect(doc.clauses).toBe(doc.extension.excerpts.length);
    const clause = doc.extension.excerpts.find((e) => e.text.includes('UN ID cards'));
    expect(clause).toMatchObject({ clause: { number: 'Article 4, 4.2', page: 2 } });
  });

  it('takes a Markdown title, or the file name, when no title is given', async () => {
    expect(suggestedTitle('x.md', SAMPLE_MARKDOWN)).toBe(SAMPLE_TITLE);
    expect(suggestedTitle('Country_SOP 2025.txt', 'Article 1 — Scope')).toBe('Country SOP 2025');
    expect((await prepared('sample.md', SAMPLE_MARKDOWN)).doc.title).toBe(SAMPLE_TITLE);
    expect((await prepared('accord.txt', SAMPLE_FR_TEXT)).doc).toMatchObject({ title: 'accord', language: 'fr' });
  });

  it('accepts the pack extension the CLI writes for a PDF', async () => {
    const { doc } = await prepared('sample.json', await sampleExtensionJson());
    expect(doc).toMatchObject({ id: 'sample-pdf', title: SAMPLE_TITLE, kind: 'mou', language: 'en' });
  });

  it('reads a PDF and a Word document in the worker, and stores what scenarios they attach to', async () => {
    const pdf = await prepared('MOU 2013.pdf', sampleAgreementPdf(), [], SAMPLE_TITLE);
    expect(pdf.doc).toMatchObject({ title: SAMPLE_TITLE, fileName: 'MOU 2013.pdf', language: 'en' });
    expect(pdf.doc.extension.excerpts.find((e) => e.text.includes('UN ID cards'))).toMatchObject({
      clause: { number: 'Article 4, 4.2', page: 2 },
    });
    // The attachments are computed once here, as the popup would, and stored with the document.
    expect(pdf.doc.attached).toEqual(attachClauses(pdf.doc.extension));
    expect(pdf.doc.attached?.['service-refused']).toContain(`${pdf.doc.id}.art-4-2`);

    const lines = SAMPLE_EN_TEXT.replace(/\f/g, '').split('\n');
    const word = await prepared('SOP.docx', sampleDocx(lines), [], 'SAMPLE SOP');
    expect(word.doc.extension.excerpts.find((e) => e.text.includes('UN ID cards'))).toMatchObject({
      clause: { number: 'Article 4, 4.2', page: null },
    });
  });

  it('refuses a scan, a protected PDF and a protected Word file with the workaround', async () => {
    const refusal = async (name: string, bytes: Uint8Array) => {
      const r = await prepareImport({ name, bytes }, { title: 'SAMPLE' }, []);
      return r.ok ? null : r.error;
    };
    expect(await refusal('scan.pdf', samplePdf([{ image: true }]))).toMatchObject({
      problem: { code: 'pdf-needs-ocr' },
    });
    expect(await refusal('locked.pdf', samplePdf([{ lines: ['SAMPLE'] }], { encrypted: true }))).toMatchObject({
      problem: { code: 'pdf-encrypted' },
    });
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await refusal('locked.docx', ole)).toMatchObject({ problem: { code: 'docx-protected' } });
    expect(await refusal('broken.docx', utf8('PK\u0003\u0004 not really'))).toMatchObject({
      problem: { code: 'docx-invalid' },
    });
    for (const lang of ['en', 'fr', 'es'] as const) {
      expect(importMessage('pdf-needs-ocr', lang)).toMatch(/OCR/);
      expect(importMessage('docx-protected', lang)).toMatch(/\.docx/);
    }
  });

  it('refuses bad files with the reason', async () => {
    const refuse = async (name: string, bytes: Uint8Array) => {
      const r = await prepareImport({ name, bytes }, {}, []);
      return r.ok ? null : r.error;
    };
    expect(await refuse('doc.json', utf8('{"type": "extension",'))).toMatchObject({ code: 'not-json' });
    expect(await refuse('doc.xlsx', utf8('PK'))).toEqual({ code: 'unsupported' });
    expect(await refuse('empty.txt', utf8('  \n\n '))).toMatchObject({ code: 'core', problem: { code: 'empty' } });
    expect(await refuse('big.txt', new Uint8Array(21 * 1024 * 1024))).toMatchObject({
      code: 'core',
      problem: { code: 'too-large' },
    });
    expect(await refuse('binary.txt', Uint8Array.from([0, 1, 2, 3, 0, 5]))).toMatchObject({
      code: 'core',
      problem: { code: 'not-text' },
    });

    const broken = JSON.parse(await sampleExtensionJson());
    broken.excerpts[1].text = '';
    broken.attach[0].scenarioId = 'no-such-scenario';
    const invalid = await refuse('doc.json', utf8(JSON.stringify(broken)));
    expect(invalid).toMatchObject({ code: 'invalid' });
    expect(invalid?.code === 'invalid' && invalid.problems.map((p) => p.path)).toContain('$.excerpts[1].text');

    const wrongPack = JSON.parse(await sampleExtensionJson());
    wrongPack.attach[0].scenarioId = 'no-such-scenario';
    const r = await refuse('doc.json', utf8(JSON.stringify(wrongPack)));
    expect(r?.code === 'invalid' && r.problems.map((p) => p.path)).toEqual(['$.attach[0].scenarioId']);
    // The core's messages for the text failures exist in the three languages.
    expect(importMessage('empty', 'es')).toContain('vacío');
  });

  it('replaces a document imported again, and refuses one whose clause ids another document holds', async () => {
    const first = (await prepared('sample.txt', SAMPLE_EN_TEXT, [], SAMPLE_TITLE)).doc;
    const again = await prepared('sample-v2.txt', SAMPLE_EN_TEXT, [first], SAMPLE_TITLE);
    expect(again.replaces).toBe(SAMPLE_TITLE);
    const json = JSON.parse(await sampleExtensionJson());
    const stored = (await prepared('sample.json', JSON.stringify(json))).doc;
    json.id = 'another-id';
    const clash = await prepareImport({ name: 'copy.json', bytes: utf8(JSON.stringify(json)) }, {}, [stored]);
    expect(clash).toEqual({ ok: false, error: { code: 'clash', other: SAMPLE_TITLE } });
  });
});

describe('the document store (IndexedDB)', () => {
  let factory: IDBFactory;
  beforeEach(() => {
    factory = new IDBFactory();
  });

  it('adds, lists, replaces and removes documents, and keeps them across pages', async () => {
    const store = createDocumentStore(factory);
    expect(await store.all()).toEqual([]);
    const a = (await prepared('sample.txt', SAMPLE_EN_TEXT, [], SAMPLE_TITLE)).doc;
    const b = (await prepared('accord.txt', SAMPLE_FR_TEXT, [a], 'Accord EXEMPLE')).doc;
    await store.put(a);
    await store.put({ ...b, importedAt: '2026-11-28T11:00:00.000Z' });
    // Another page of the extension (the popup, the options page after a reload) reads the same.
    const reopened = createDocumentStore(factory);
    expect((await reopened.all()).map((d) => d.title)).toEqual([SAMPLE_TITLE, 'Accord EXEMPLE']);
    expect((await reopened.all())[0]).toEqual(a);

    await reopened.put({ ...a, fileName: 'again.txt', importedAt: '2026-11-28T12:00:00.000Z' });
    expect((await store.all()).map((d) => d.fileName)).toEqual(['accord.txt', 'again.txt']);
    await store.remove(b.id);
    expect((await createDocumentStore(factory).all()).map((d) => d.title)).toEqual([SAMPLE_TITLE]);
  });

  it('leaves records of another layout unread', async () => {
    const store = createDocumentStore(factory);
    const a = (await prepared('sample.txt', SAMPLE_EN_TEXT, [], SAMPLE_TITLE)).doc;
    await store.put({ ...a, version: 99 as typeof RECORD_VERSION });
    expect(await store.all()).toEqual([]);
  });

  it('gives the popup the built-in pack joined with the stored documents', async () => {
    expect(await loadDocumentsPack(DEFAULT_PACK, createDocumentStore(factory))).toEqual({
      ok: true,
      value: { pack: DEFAULT_PACK, titles: [], clauseIndexes: [] },
    });
    const a = (await prepared('sample.txt', SAMPLE_EN_TEXT, [], SAMPLE_TITLE)).doc;
    await createDocumentStore(factory).put(a);
    const loaded = await loadDocumentsPack(DEFAULT_PACK, createDocumentStore(factory));
    if (!loaded.ok) throw new Error('store');
    const { pack, titles, clauseIndexes } = loaded.value;
    expect(titles).toEqual([SAMPLE_TITLE]);
    expect(pack).toEqual(mergeDocumentPack(DEFAULT_PACK, a.extension));
    // The word index built at import comes back from the store for the popup's search…
    expect(clauseIndexes).toEqual([indexDocument(a.extension)]);
    // …unless a record has none (stored by an older version) or one that does not fit its clauses.
    for (const index of [undefined, { ...indexDocument(a.extension), entries: 1 }]) {
      await createDocumentStore(factory).put({ ...a, index });
      const old = await loadDocumentsPack(DEFAULT_PACK, createDocumentStore(factory));
      expect(old.ok && old.value.clauseIndexes).toEqual([]);
    }
    // The stored attachments are what the popup uses: it does not scan the text again.
    await createDocumentStore(factory).put({ ...a, attached: {} });
    const unattached = await loadDocumentsPack(DEFAULT_PACK, createDocumentStore(factory));
    expect(unattached.ok && unattached.value.pack.scenarios).toEqual(DEFAULT_PACK.scenarios);
    await createDocumentStore(factory).put(a);

    const assistant = createAssistant(pack);
    const hit = assistant.search('UN ID', { limit: 8 }).find((h) => h.text.includes('UN ID cards'));
    expect(hit?.citation).toBe(`from ${SAMPLE_TITLE}, Article 4, 4.2, p. 2`);
    const suggestion = assistant.suggest(
      'The clinic refused to treat our colleague although she showed her UN ID card.',
      DEFAULT_SETTINGS,
    );
    expect(suggestion.scenario.id).toBe('service-refused');
    expect(suggestion.excerpts.map((e) => e.id)).toContain(`${a.id}.art-4-2`);
    expect(suggestion.draft.body).toContain('4.2 The sample provider shall issue UN ID cards');
  });

  it('falls back to the built-in pack when the store cannot be read', async () => {
    const broken = {
      all: () => Promise.reject(new Error('private window')),
      put: async () => {},
      putChecked: async () => ({ ok: true as const, replaced: null }),
      remove: async () => {},
    };
    expect(await loadDocumentsPack(DEFAULT_PACK, broken)).toEqual({ ok: false, error: new Error('private window') });
  });
});

describe('two tabs importing at once', () => {
  it('lets only one of two documents with the same clause ids in: the check and the write are one transaction', async () => {
    const factory = new IDBFactory();
    const json = JSON.parse(await sampleExtensionJson());
    const first = (await prepared('a.json', JSON.stringify(json))).doc;
    json.id = 'another-id';
    json.title = 'SAMPLE copy';
    const second = (await prepared('b.json', JSON.stringify(json))).doc;
    // Both were prepared against an empty store, as two tabs would; both write at once.
    const [one, two] = await Promise.all([
      createDocumentStore(factory).putChecked(first),
      createDocumentStore(factory).putChecked(second),
    ]);
    expect([one, two].filter((r) => r.ok)).toHaveLength(1);
    expect([one, two].find((r) => !r.ok)).toMatchObject({ ok: false });
    expect(await createDocumentStore(factory).all()).toHaveLength(1);
    // Importing the same document again replaces it and says which it replaced.
    const kept = (await createDocumentStore(factory).all())[0]!;
    expect(await createDocumentStore(factory).putChecked({ ...kept, fileName: 'again.json' })).toEqual({
      ok: true,
      replaced: kept.title,
    });
  });
});
