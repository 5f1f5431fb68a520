// The documents a person imports on the options page: what is accepted (pack extensions and
// text, never a PDF), how a bad file is refused, and the IndexedDB store the popup reads back.
// Every document here is a SAMPLE (tests/fixtures/sample-documents.ts), not the IOM–UNDSS MOU.
import { IDBFactory } from 'fake-indexeddb';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDocument } from '../../../shared/core/import/document';
import { importMessage } from '../../../shared/core/import/messages';
import { mergeDocumentPack } from '../../../shared/core/pack/merge';
import { DEFAULT_PACK } from '../../../shared/core/pack/default-pack';
import { createAssistant } from '../../../shared/core/assist/assistant';
import { DEFAULT_SETTINGS } from '../../../shared/core/settings/check';
import { createDocumentStore, RECORD_VERSION, type StoredDocument } from '../../../utils/document-store';
import { loadDocumentsPack } from '../../../utils/documents-pack';
import { prepareImport } from '../../../utils/import-file';
import { fileType, pdfCommand, suggestedTitle } from '../../../utils/file-type';
import {
  SAMPLE_EN_TEXT,
  SAMPLE_FR_TEXT,
  SAMPLE_MARKDOWN,
  SAMPLE_TITLE,
  sampleAgreementPdf,
} from '../../fixtures/sample-documents';

const utf8 = (text: string) => new TextEncoder().encode(text);
const NOW = new Date('2026-11-28T10:00:00Z');

function prepared(name: string, text: string | Uint8Array, stored: StoredDocument[] = [], title?: string) {
  const result = prepareImport({ name, bytes: typeof text === 'string' ? utf8(text) : text }, { title }, stored, NOW);
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

/** Every module a source file names: static imports, re-exports, side-effect and dynamic imports. */
function specifiers(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
}

/** The PDF reader, whatever the spelling: pdf.ts, document.ts, the barrels that hold them, pdfjs. */
const reachesPdf = (specifier: string): boolean =>
  /(?:^|\/)(?:core\/import(?:\/(?:index|pdf|document))?|core(?:\/index)?|import\/(?:pdf|document|index)|\.\/(?:pdf|document|index))(?:\.[cm]?[jt]s)?$|^pdfjs-dist(?:\/|$)/.test(
    specifier,
  );

describe('what the options page accepts', () => {
  it('never reaches the PDF reader: no extension file imports import.ts, pdf.ts or pdfjs', () => {
    // Even an unused dynamic import() would make Vite bundle pdfjs (368 KB gzip) into the extension.
    const offenders = ['entrypoints', 'utils', 'components'].flatMap(sourcesUnder).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter(reachesPdf)
        .map((s) => `${file}: ${s}`),
    );
    expect(offenders).toEqual([]);
    // text.ts, which the import worker uses, reaches neither.
    expect(specifiers(readFileSync('shared/core/import/text.ts', 'utf8')).filter(reachesPdf)).toEqual([]);
  });

  it('sees every way of writing such an import (so the check above can fail)', () => {
    const written = [
      "import { extractPdfText } from '../shared/core/import/pdf';",
      "import { extractPdfText } from '../shared/core/import/pdf.ts';",
      "const { importDocument } = await import('../shared/core/import/document.ts');",
      "export { importDocument } from '../shared/core/import';",
      "import * as core from '../shared/core/index.ts';",
      "import 'pdfjs-dist/legacy/build/pdf.mjs';",
      "import { extractPdfText } from './pdf';",
    ];
    for (const line of written) expect(specifiers(line).filter(reachesPdf), line).toHaveLength(1);
    expect(specifiers("import { importText } from '../shared/core/import/text';").filter(reachesPdf)).toEqual([]);
  });

  it('tells files apart by name, and a PDF by its first bytes whatever its name', () => {
    expect(fileType('mou.json')).toBe('json');
    expect(fileType('MOU.TXT')).toBe('text');
    expect(fileType('notes.md')).toBe('text');
    expect(fileType('plan.pdf')).toBe('pdf');
    expect(fileType('renamed.txt', utf8('%PDF-1.4\n'))).toBe('pdf');
    expect(fileType('plan.docx')).toBe('unsupported');
  });

  it('segments a text file in the browser: clauses with their number and page', () => {
    const { doc, replaces } = prepared('sample.txt', SAMPLE_EN_TEXT, [], SAMPLE_TITLE);
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

  it('takes a Markdown title, or the file name, when no title is given', () => {
    expect(suggestedTitle('x.md', SAMPLE_MARKDOWN)).toBe(SAMPLE_TITLE);
    expect(suggestedTitle('Country_SOP 2025.txt', 'Article 1 — Scope')).toBe('Country SOP 2025');
    expect(prepared('sample.md', SAMPLE_MARKDOWN).doc.title).toBe(SAMPLE_TITLE);
    expect(prepared('accord.txt', SAMPLE_FR_TEXT).doc).toMatchObject({ title: 'accord', language: 'fr' });
  });

  it('accepts the pack extension the CLI writes for a PDF', async () => {
    const { doc } = prepared('sample.json', await sampleExtensionJson());
    expect(doc).toMatchObject({ id: 'sample-pdf', title: SAMPLE_TITLE, kind: 'mou', language: 'en' });
  });

  it('refuses a PDF, and gives a command with the file name only when a shell reads it safely', () => {
    expect(prepareImport({ name: 'MOU 2013.pdf', bytes: sampleAgreementPdf() }, {}, [])).toEqual({
      ok: false,
      error: { code: 'pdf' },
    });
    expect(pdfCommand('MOU 2013.pdf')).toBe(
      'npx oss-assist import-document "MOU 2013.pdf" --title "MOU 2013" --out "MOU 2013.json"',
    );
    expect(pdfCommand('$(rm -rf ~).pdf')).toBe(
      'npx oss-assist import-document "FILE.pdf" --title "FILE" --out "FILE.json"',
    );
  });

  it('refuses bad files with the reason', async () => {
    const refuse = (name: string, bytes: Uint8Array) => {
      const r = prepareImport({ name, bytes }, {}, []);
      return r.ok ? null : r.error;
    };
    expect(refuse('doc.json', utf8('{"type": "extension",'))).toMatchObject({ code: 'not-json' });
    expect(refuse('doc.docx', utf8('PK'))).toEqual({ code: 'unsupported' });
    expect(refuse('empty.txt', utf8('  \n\n '))).toMatchObject({ code: 'core', problem: { code: 'empty' } });
    expect(refuse('big.txt', new Uint8Array(21 * 1024 * 1024))).toMatchObject({
      code: 'core',
      problem: { code: 'too-large' },
    });
    expect(refuse('binary.txt', Uint8Array.from([0, 1, 2, 3, 0, 5]))).toMatchObject({
      code: 'core',
      problem: { code: 'not-text' },
    });

    const broken = JSON.parse(await sampleExtensionJson());
    broken.excerpts[1].text = '';
    broken.attach[0].scenarioId = 'no-such-scenario';
    const invalid = refuse('doc.json', utf8(JSON.stringify(broken)));
    expect(invalid).toMatchObject({ code: 'invalid' });
    expect(invalid?.code === 'invalid' && invalid.problems.map((p) => p.path)).toContain('$.excerpts[1].text');

    const wrongPack = JSON.parse(await sampleExtensionJson());
    wrongPack.attach[0].scenarioId = 'no-such-scenario';
    const r = refuse('doc.json', utf8(JSON.stringify(wrongPack)));
    expect(r?.code === 'invalid' && r.problems.map((p) => p.path)).toEqual(['$.attach[0].scenarioId']);
    // The core's messages for the text failures exist in the three languages.
    expect(importMessage('empty', 'es')).toContain('vacío');
  });

  it('replaces a document imported again, and refuses one whose clause ids another document holds', async () => {
    const first = prepared('sample.txt', SAMPLE_EN_TEXT, [], SAMPLE_TITLE).doc;
    const again = prepared('sample-v2.txt', SAMPLE_EN_TEXT, [first], SAMPLE_TITLE);
    expect(again.replaces).toBe(SAMPLE_TITLE);
    const json = JSON.parse(await sampleExtensionJson());
    const stored = prepared('sample.json', JSON.stringify(json)).doc;
    json.id = 'another-id';
    const clash = prepareImport({ name: 'copy.json', bytes: utf8(JSON.stringify(json)) }, {}, [stored]);
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
    const a = prepared('sample.txt', SAMPLE_EN_TEXT, [], SAMPLE_TITLE).doc;
    const b = prepared('accord.txt', SAMPLE_FR_TEXT, [a], 'Accord EXEMPLE').doc;
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
    const a = prepared('sample.txt', SAMPLE_EN_TEXT, [], SAMPLE_TITLE).doc;
    await store.put({ ...a, version: 99 as typeof RECORD_VERSION });
    expect(await store.all()).toEqual([]);
  });

  it('gives the popup the built-in pack joined with the stored documents', async () => {
    expect(await loadDocumentsPack(DEFAULT_PACK, createDocumentStore(factory))).toEqual({
      ok: true,
      value: { pack: DEFAULT_PACK, titles: [] },
    });
    const a = prepared('sample.txt', SAMPLE_EN_TEXT, [], SAMPLE_TITLE).doc;
    await createDocumentStore(factory).put(a);
    const loaded = await loadDocumentsPack(DEFAULT_PACK, createDocumentStore(factory));
    if (!loaded.ok) throw new Error('the store could not be read');
    const { pack, titles } = loaded.value;
    expect(titles).toEqual([SAMPLE_TITLE]);
    expect(pack).toEqual(mergeDocumentPack(DEFAULT_PACK, a.extension));

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
      remove: async () => {},
    };
    expect(await loadDocumentsPack(DEFAULT_PACK, broken)).toEqual({ ok: false, error: new Error('private window') });
  });
});
