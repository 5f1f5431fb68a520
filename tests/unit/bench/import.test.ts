// The bench hook runs and finds what it times: a 300-page SAMPLE import, then search over it.
import { describe, expect, it } from 'vitest';
import { benchImport } from '../../../bench/import';

describe('benchImport', () => {
  it('imports the 300-page sample and finds each target clause first', async () => {
    const result = await benchImport({ runs: 1 });
    expect(result).toMatchObject({ pages: 300 });
    expect(result.clauses).toBeGreaterThan(2000);
    expect(result.search.map((s) => s.rank)).toEqual([1, 1, 1]);
    for (const s of result.search) expect(s.medianMs).toBeGreaterThan(0);
  }, 60_000);
});
