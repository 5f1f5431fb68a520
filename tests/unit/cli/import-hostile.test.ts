// `oss-assist import-document` against hostile files, generated here (tests/fixtures/pdf-bombs.ts):
// each must end with a clear sentence and exit 1, never hang or take the machine's memory. The
// time-outs are generous: a hang is what they catch. Worst-case figures: bench/documents.ts.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMessage } from '../../../shared/core/import/messages';
import { inflationPdf, nestedFormsPdf, sharedStreamPdf } from '../../fixtures/pdf-bombs';
import { bombDocx, sampleDocx } from '../../fixtures/sample-docx';
import { SAMPLE_EN_TEXT, SAMPLE_TITLE } from '../../fixtures/sample-documents';

const run = promisify(execFile);
// The sources through tsx: unit tests run before `npm run build`, so the built bin may not exist yet.
const CLI = ['--import', 'tsx', join(import.meta.dirname, '../../../cli/bin.ts')];

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oss-hostile-'));
  await writeFile(join(dir, 'nested.pdf'), nestedFormsPdf());
  await writeFile(join(dir, 'inflate.pdf'), inflationPdf());
  await writeFile(join(dir, 'shared.pdf'), sharedStreamPdf());
  await writeFile(join(dir, 'bomb.docx'), bombDocx(2 * 1024 * 1024 * 1024));
  await writeFile(join(dir, 'sample.docx'), sampleDocx(SAMPLE_EN_TEXT.replace(/\f/g, '').split('\n')));
  // 100,000 short clauses: 2.5 MB of text, far more as a pack extension (each clause has its id,
  // title, number and citation).
  await writeFile(join(dir, 'many.txt'), Array.from({ length: 100_000 }, (_, i) => `1. SAMPLE ${i}.`).join('\n'));
  await writeFile(join(dir, 'keep.txt'), SAMPLE_EN_TEXT);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const importOf = (name: string, out = 'out.json') => [
  'import-document',
  join(dir, name),
  '--title',
  SAMPLE_TITLE,
  '--out',
  join(dir, out),
];

describe.concurrent('import-document on hostile files', () => {
  it('stops a PDF of nested drawings and says so (not "needs OCR")', { timeout: 60_000 }, async () => {
    const result = await cli(importOf('nested.pdf', 'nested.json'));
    expect(result.code).toBe(1);
    // Which limit stops it first depends on the machine: the time a page may take (too complex)
    // or the child's heap (too much content). Either is a clear sentence; "needs OCR" is not.
    const stopped = [importMessage('pdf-too-complex'), importMessage('too-much-content')];
    expect(
      stopped.some((m) => result.stderr.includes(m)),
      result.stderr,
    ).toBe(true);
    expect(result.stderr).not.toContain(importMessage('pdf-needs-ocr'));
  });

  it('stops a 1 MB PDF that inflates to 1 GB before parsing it', { timeout: 60_000 }, async () => {
    const result = await cli(importOf('inflate.pdf', 'inflate.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(importMessage('too-much-content'));
  });

  it('stops 1,999 pages that all draw one shared stream', { timeout: 60_000 }, async () => {
    const result = await cli(importOf('shared.pdf', 'shared.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(importMessage('too-much-content'));
  });

  it('refuses a .docx whose parts claim to inflate to 2 GB', { timeout: 60_000 }, async () => {
    const result = await cli(importOf('bomb.docx', 'bomb.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(importMessage('too-much-content'));
  });

  it('reads a SAMPLE Word document into clauses', { timeout: 60_000 }, async () => {
    const out = join(dir, 'docx.json');
    const result = await cli(importOf('sample.docx', 'docx.json'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const extension = JSON.parse(await readFile(out, 'utf8')) as { excerpts: { clause: { number: string } }[] };
    expect(extension.excerpts.map((e) => e.clause.number)).toContain('Article 4, 4.2');
  });

  it('never overwrites its input: --out equal to the document is a usage error', { timeout: 60_000 }, async () => {
    const result = await cli([
      'import-document',
      join(dir, 'keep.txt'),
      '--title',
      'SAMPLE',
      '--out',
      join(dir, 'keep.txt'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out is the document itself');
    expect(await readFile(join(dir, 'keep.txt'), 'utf8')).toBe(SAMPLE_EN_TEXT);
  });

  it('writes no pack extension that check-pack would refuse as too large', { timeout: 60_000 }, async () => {
    const result = await cli(importOf('many.txt', 'many.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /the pack extension would be \d+\.\d MB; check-pack and the options page accept at most 16\.0 MB/,
    );
    await expect(readFile(join(dir, 'many.json'))).rejects.toThrow();
  });
});
