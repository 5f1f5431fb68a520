// Hostile inputs to the document import: each must end with a clear outcome, never hang. The
// time-outs are generous (a hang, not a speed, is what they catch); worst-case figures are in
// bench/documents.ts.
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../../shared/core/import/segment';
import { importText } from '../../../shared/core/import/text';

const opts = { title: 'SAMPLE', documentId: 'dup', sourceId: 'dup', lang: 'en' as const };

describe('repeated clause numbers', () => {
  it('gives 40,000 paragraphs all numbered "1." distinct ids in linear time', { timeout: 30_000 }, () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `1. SAMPLE paragraph ${i}.`).join('\n');
    const out = segmentDocument(text, opts);
    expect(out).toHaveLength(40_000);
    expect(new Set(out.map((e) => e.id)).size).toBe(40_000);
    expect(out[0]!.id).toBe('dup.1');
    expect(out[1]!.id).toBe('dup.1.2');
    expect(out[39_999]!.id).toBe('dup.1.40000');
  });

  it('imports a text of 40,000 repeated numbers through the whole text import', { timeout: 30_000 }, () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `1. SAMPLE paragraph ${i}.`).join('\n');
    const result = importText({ bytes: new TextEncoder().encode(text), fileName: 'x.txt', title: 'SAMPLE repeats' });
    expect(result.ok && result.value.summary.clauses).toBe(40_000);
  });
});
