// Size budgets, from the built files (`npm run build` runs first in `npm test`). The measuring is
// scripts/budgets.mjs, the same code the build prints its sizes with.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGETS, KB, kb, measureBudgets, modelAllowance, pageJs, type Measured } from '../../scripts/budgets.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const rows = await measureBudgets(ROOT);
const row = (id: Measured['id']) => rows.find((r) => r.id === id) as Measured;

describe('size budgets (gzip)', () => {
  it.each(BUDGETS.map((b) => [b.label, b.id] as const))('%s is built and within its budget', (_label, id) => {
    const r = row(id);
    expect(r.missing, `${r.label}: files the build should have produced`).toEqual([]);
    expect(r.files.length, `${r.label}: no JS found`).toBeGreaterThan(0);
    expect(r.bytes, `${r.label}: ${kb(r.bytes)} over ${kb(r.max)} (${r.files.join(', ')})`).toBeLessThanOrEqual(r.max);
  });

  it('counts every file a page loads at open, and leaves office.js to the CDN', () => {
    // The popup's HTML names its entry chunk; that chunk imports the shared ones.
    expect(row('popup').files.length).toBeGreaterThan(1);
    expect([...row('pane').files, ...row('pane').lazy].some((f) => /office(\.debug)?\.js$/.test(f))).toBe(false);
    expect(row('send').files).toEqual(['dist/addin/send-check.js']);
  });

  it('leaves the search (fuse.js) out of the send-time script, which never searches', () => {
    // fuse.js names its options as written, so its code shows in a minified file.
    const send = readFileSync(join(ROOT, 'dist/addin/send-check.js'), 'utf8');
    expect(send.includes('useExtendedSearch'), 'fuse.js is in the send-time script').toBe(false);
  });

  it('lets the send-time script exceed 60 KB by the gzip size of the model file, and no more', () => {
    const allowance = modelAllowance(ROOT);
    expect(allowance).toBeGreaterThan(0);
    expect(row('send').max).toBe(60 * KB + allowance);
  });

  it('loads the router model after first paint in the popup and the pane (its own lazy chunk)', () => {
    for (const id of ['popup', 'pane'] as const) {
      const r = row(id);
      // The model's weights are one long base64 string; a first-load file holding it would show.
      expect(r.lazy.length, `${id}: no lazy chunk`).toBeGreaterThan(0);
      for (const f of r.files) expect(readFileSync(join(ROOT, f), 'utf8')).not.toContain('"router-model"');
      expect(r.lazy.some((f) => readFileSync(join(ROOT, f), 'utf8').includes('router-model'))).toBe(true);
    }
  });

  it('has the popup preload its router chunk (read while the popup starts) without running it at open', () => {
    const popup = row('popup');
    const html = readFileSync(join(ROOT, '.output/chrome-mv3/popup.html'), 'utf8');
    const router = popup.preloaded.filter((f) => readFileSync(join(ROOT, f), 'utf8').includes('router-model'));
    expect(router).toHaveLength(1);
    expect(html).toContain(`rel="modulepreload" crossorigin href="/${router[0]?.replace('.output/chrome-mv3/', '')}"`);
    // Run at open means imported statically from the entry script: it is not, only import()ed.
    expect(popup.files).not.toContain(router[0]);
    expect(popup.lazy).toContain(router[0]);
    // The suggestion's view comes right after it, preloaded the same way.
    expect(popup.preloaded.some((f) => /SuggestionView-[\w-]+\.js$/.test(f))).toBe(true);
    // The pane is served over the network: nothing there competes with its first paint.
    expect(row('pane').preloaded).toEqual([]);
  });
});

describe('what a page runs at open (pageJs)', () => {
  it('counts scripts and their static imports, and lists a preload nothing imports statically apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oss-assist-budgets-'));
    try {
      mkdirSync(join(dir, 'chunks'));
      const file = (name: string, text: string) => writeFileSync(join(dir, name), text);
      file(
        'page.html',
        [
          '<script type="module" src="/chunks/entry.js"></script>',
          '<link rel="modulepreload" href="/chunks/shared.js">',
          '<link rel="modulepreload" href="/chunks/later.js">',
        ].join('\n'),
      );
      file('chunks/entry.js', 'import "./shared.js"; export const go = () => import("./later.js");');
      file('chunks/shared.js', 'export const x = 1;');
      file('chunks/later.js', 'export const y = 2;');
      const got = await pageJs(dir, 'page.html');
      const names = (list: string[]) => list.map((f) => f.slice(dir.length + 1)).sort();
      expect(names(got.files)).toEqual(['chunks/entry.js', 'chunks/shared.js']);
      expect(names(got.lazy)).toEqual(['chunks/later.js']);
      expect(names(got.preloaded)).toEqual(['chunks/later.js']);
      expect(got.missing).toEqual([]);
      // A preload the build did not produce is missing, never silently dropped.
      rmSync(join(dir, 'chunks/later.js'));
      expect((await pageJs(dir, 'page.html')).missing).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
