// `oss-assist import-document` end to end, as a person runs it, on SAMPLE files written here.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMessage } from '../../../shared/core/import/messages';
import { checkDocumentPack } from '../../../shared/core/pack/check';
import { DocumentPack } from '../../../shared/core/pack/schema';
import { SAMPLE_FR_TEXT, SAMPLE_TITLE, SAMPLE_TITLE_FR, sampleAgreementPdf } from '../../fixtures/sample-documents';
import { samplePdf } from '../../fixtures/sample-pdf';

import { runCli as cli } from './helpers';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oss-import-'));
  await writeFile(join(dir, 'sample.pdf'), sampleAgreementPdf());
  await writeFile(join(dir, 'sample-fr.txt'), SAMPLE_FR_TEXT);
  await writeFile(join(dir, 'scan.pdf'), samplePdf([{ image: true }]));
  await writeFile(join(dir, 'locked.pdf'), samplePdf([{ lines: ['SAMPLE'] }], { encrypted: true }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.concurrent('oss-assist import-document', () => {
  it('writes a pack extension from a PDF and prints a summary', async () => {
    const out = join(dir, 'org-pack.json');
    const result = await cli([
      'import-document',
      join(dir, 'sample.pdf'),
      '--title',
      SAMPLE_TITLE,
      '--kind',
      'mou',
      '--id',
      'sample-mou',
      '--out',
      out,
    ]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(
      `${importMessage('summary', 'en', { clauses: 18, pages: 3, language: 'en' })}\n${importMessage('written', 'en', { file: out })}\n`,
    );
    const json = JSON.parse(await readFile(out, 'utf8')) as unknown;
    const extension = DocumentPack.parse(json);
    expect(checkDocumentPack(json)).toMatchObject({ ok: true });
    expect(extension).toMatchObject({
      $schema: './pack-extension.schema.json',
      id: 'sample-mou',
      documentKind: 'mou',
      title: SAMPLE_TITLE,
    });
    expect(extension.excerpts.find((e) => e.id === 'sample-mou.art-4-2')?.clause).toEqual({
      number: 'Article 4, 4.2',
      path: ['Article 4 — Services', '4.2'],
      page: 2,
    });
  });

  it('detects the language of a text file, or takes --lang', async () => {
    const out = join(dir, 'fr.json');
    const detected = await cli([
      'import-document',
      join(dir, 'sample-fr.txt'),
      '--title',
      SAMPLE_TITLE_FR,
      '--out',
      out,
    ]);
    expect(detected.out).toContain(importMessage('summaryNoPages', 'en', { clauses: 7, language: 'fr' }));
    const forced = await cli([
      'import-document',
      join(dir, 'sample-fr.txt'),
      '--title',
      SAMPLE_TITLE_FR,
      '--lang',
      'es',
      '--out',
      out,
    ]);
    expect(forced.code).toBe(0);
    const extension = DocumentPack.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(new Set(extension.excerpts.map((e) => e.lang))).toEqual(new Set(['es']));
  });

  it.each([
    ['scan.pdf', 'pdf-needs-ocr'],
    ['locked.pdf', 'pdf-encrypted'],
  ] as const)('explains why %s cannot be imported, and writes nothing', async (file, code) => {
    const out = join(dir, `${file}.json`);
    const result = await cli(['import-document', join(dir, file), '--title', SAMPLE_TITLE, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(importMessage(code));
    await expect(readFile(out)).rejects.toThrow();
  });

  it.each([
    [['--title', 'X', '--out', 'x.json'], 'give exactly one FILE'],
    [['FILE', '--out', 'x.json'], '--title is required'],
    [['FILE', '--title', 'X'], '--out is required'],
    [['FILE', '--title', 'X', '--out', 'x.json', '--kind', 'memo'], '--kind must be one of mou, sop, plan, other'],
    [['FILE', '--title', 'X', '--out', 'x.json', '--lang', 'de'], '--lang must be one of en, fr, es'],
    [['FILE', '--title', 'X', '--out', 'x.json', '--id', 'Bad Id'], '--id must be lower-case'],
  ])('rejects bad options %j with usage', async (args, message) => {
    const result = await cli(['import-document', ...args]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).toContain('Usage: oss-assist import-document');
  });
});
