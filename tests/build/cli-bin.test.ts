// The built command (`npm run build` → dist/cli/oss-assist.mjs) runs on plain Node: no tsx, no
// TypeScript, ESM files with their source maps, the same answers as the sources.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../shared/core/index';
import { BUILT_BIN, spawnCli } from '../unit/cli/helpers';
import { sampleDocx } from '../fixtures/sample-docx';
import { samplePdf } from '../fixtures/sample-pdf';

const BUNDLE = join(import.meta.dirname, '../../dist/cli/oss-assist.mjs');

/** The entry and its chunks, all in one folder (pdf-child.mjs, the PDF reader's process, is built apart). */
const builtFiles = () =>
  readdirSync(dirname(BUNDLE))
    .filter((f) => f.endsWith('.mjs') && f !== 'pdf-child.mjs')
    .map((f) => join(dirname(BUNDLE), f));

/** Imports `bytes` as FILE with the built bin; the text of the clauses it wrote. */
async function importWithBuiltBin(file: string, bytes: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'oss-cli-import-'));
  try {
    await writeFile(join(dir, file), bytes);
    const out = join(dir, 'out.json');
    const r = await spawnCli(['import-document', join(dir, file), '--title', 'SAMPLE', '--out', out], {
      bin: BUILT_BIN,
    });
    expect(r.code, r.err).toBe(0);
    const pack = JSON.parse(await readFile(out, 'utf8')) as { excerpts: { text: string }[] };
    return pack.excerpts.map((e) => e.text).join('\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A file's imports by name; `staticOnly` leaves out `import()`, which loads only when it runs. */
function importsOf(code: string, staticOnly = false): string[] {
  // `import.meta` (d === -2) is not an import: the bundle uses it to find pdf-child.mjs beside itself.
  return parse(code)[0]
    .filter((i) => i.d !== -2 && (!staticOnly || i.d === -1))
    .map((i) => i.n ?? `(computed) ${code.slice(i.s, i.e)}`);
}

describe('the built oss-assist command', () => {
  it('is ESM files with source maps (the entry and its chunks), that load no compiler', async () => {
    expect(existsSync(BUNDLE)).toBe(true);
    await init;
    for (const file of builtFiles()) {
      const code = readFileSync(file, 'utf8');
      // A chunk that only imports others or passes on their exports has no code of its own to map.
      if (code.replace(/(?:import|export)\s*(?:\{[^}]*\}\s*)?(?:from\s*)?(?:"[^"]+")?;?/g, '').trim() === '') continue;
      expect(code, file).toMatch(/\/\/# sourceMappingURL=[\w.-]+\.mjs\.map\s*$/);
      expect(existsSync(`${file}.map`), file).toBe(true);
      expect(code, file).not.toMatch(/\btsx\b|typescript/);
      // Only Node's own modules, pdfjs-dist and mammoth (loaded for a PDF or a Word import, both
      // dependencies of the package) and the bundle's own chunks stay outside a file.
      const outside = importsOf(code).filter(
        (i) => !i.startsWith('node:') && !i.startsWith('pdfjs-dist/') && i !== 'mammoth' && !i.startsWith('./'),
      );
      expect(outside, file).toEqual([]);
    }
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      bin: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(pkg.bin['oss-assist']).toBe('cli/oss-assist.mjs');
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.dependencies.mammoth).toBeDefined();
    expect(pkg.dependencies['pdfjs-dist']).toBeDefined();
  });

  it('runs `suggest` without compiling the schemas, the trainer, the importer or the search', async () => {
    await init;
    const chunks = dirname(BUNDLE);
    const suggest = readdirSync(chunks).find((f) => /^suggest-.*\.mjs$/.test(f));
    expect(suggest).toBeDefined();
    // What loading the command compiles: its chunk and every chunk it imports (statically).
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const code = readFileSync(file, 'utf8');
      for (const i of importsOf(code, true)) if (i.startsWith('./')) visit(join(dirname(file), i));
    };
    visit(join(chunks, suggest!));
    const code = [...loaded].map((f) => readFileSync(f, 'utf8')).join('\n');
    // zod's classes name themselves ("ZodObject"); the trainer, the importer and the checker are chunks of their own.
    expect(code).not.toMatch(/ZodObject/);
    // fuse.js names its options as written: the search is only for `oss-assist search`.
    expect(code.includes('useExtendedSearch'), 'fuse.js is in the chunks suggest loads').toBe(false);
    // A chunk is named after its first module, then an 8-character hash ("import-document-D7rPjy1t.mjs").
    expect([...loaded].map((f) => basename(f).replace(/-[\w-]{8}\.mjs$/, ''))).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(train|import-document|check-pack|check|fit|pdf|docx)$/)]),
    );
  });

  it('imports a Word document, reaching mammoth from the installed package', async () => {
    const docx = sampleDocx(['## Article 4', '4.2 The SAMPLE provider shall issue UN ID cards.']);
    expect(await importWithBuiltBin('sample.docx', docx)).toContain('UN ID cards');
  });

  it('imports a PDF, finding its PDF reader process beside the chunk that runs it', async () => {
    const pdf = samplePdf([{ lines: ['Article 4', '4.2 The SAMPLE provider shall issue UN ID cards.'] }]);
    expect(await importWithBuiltBin('sample.pdf', pdf)).toContain('UN ID cards');
  });

  it('answers an email from standard input, run with plain node', async () => {
    const r = await spawnCli(['suggest', '--json', '-'], {
      bin: BUILT_BIN,
      input: 'Nuestro conductor fue secuestrado anoche.',
    });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Suggestion).scenario.id).toBe('hostage-incident');
  });

  it('keeps the exit-code rule: 2 for usage, 1 for a failure', async () => {
    expect((await spawnCli(['frobnicate'], { bin: BUILT_BIN })).code).toBe(2);
    expect((await spawnCli(['suggest', '--jsn'], { bin: BUILT_BIN })).code).toBe(2);
    expect((await spawnCli(['check-pack', 'no-such-file.json'], { bin: BUILT_BIN })).code).toBe(1);
  });
});
