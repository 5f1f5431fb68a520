// Size budgets, from the built files (`npm run build` runs first in `npm test`). The measuring is
// scripts/budgets.mjs, the same code the build prints its sizes with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGETS, KB, kb, measureBudgets, modelAllowance, type Measured } from '../../scripts/budgets.mjs';

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
});
