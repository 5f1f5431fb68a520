// The built command (`npm run build` → dist/cli/oss-assist.mjs) runs on plain Node: no tsx, no
// TypeScript, one ESM file with its source map, the same answers as the sources.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../shared/core/index';
import { BUILT_BIN, spawnCli } from '../unit/cli/helpers';
import { sampleDocx } from '../fixtures/sample-docx';

const BUNDLE = join(import.meta.dirname, '../../dist/cli/oss-assist.mjs');

describe('the built oss-assist command', () => {
  it('is one ESM file with a source map, that loads no compiler', async () => {
    expect(existsSync(BUNDLE)).toBe(true);
    const code = readFileSync(BUNDLE, 'utf8');
    expect(code).toMatch(/\/\/# sourceMappingURL=oss-assist\.mjs\.map\s*$/);
    expect(existsSync(`${BUNDLE}.map`)).toBe(true);
    expect(code).not.toMatch(/\btsx\b|typescript/);
    // Only Node's own modules, pdfjs-dist and mammoth (loaded for a PDF or a Word import, both
    // dependencies of the package) stay outside the file: every other command starts without them.
    await init;
    // `import.meta` (d === -2) is not an import: the bundle uses it to find pdf-child.mjs beside itself.
    const imports = parse(code)[0]
      .filter((i) => i.d !== -2)
      .map((i) => i.n ?? `(computed) ${code.slice(i.s, i.e)}`);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((i) => !i.startsWith('node:') && !i.startsWith('pdfjs-dist/') && i !== 'mammoth')).toEqual(
      [],
    );
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      bin: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(pkg.bin['oss-assist']).toBe('cli/oss-assist.mjs');
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.dependencies.mammoth).toBeDefined();
    expect(pkg.dependencies['pdfjs-dist']).toBeDefined();
  });

  it('imports a Word document, reaching mammoth from the installed package', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oss-cli-docx-'));
    try {
      const docx = join(dir, 'sample.docx');
      await writeFile(docx, sampleDocx(['## Article 4', '4.2 The SAMPLE provider shall issue UN ID cards.']));
      const out = join(dir, 'out.json');
      const r = await spawnCli(['import-document', docx, '--title', 'SAMPLE', '--out', out], { bin: BUILT_BIN });
      expect(r.code, r.err).toBe(0);
      const pack = JSON.parse(await readFile(out, 'utf8')) as { excerpts: { text: string }[] };
      expect(pack.excerpts.map((e) => e.text).join('\n')).toContain('UN ID cards');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
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
