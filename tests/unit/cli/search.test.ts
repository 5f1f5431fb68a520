// `oss-assist search`: the popup's search for pack maintainers, on a SAMPLE pack extension.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../../shared/core/import/text';
import { SAMPLE_EN_TEXT, SAMPLE_TITLE } from '../../fixtures/sample-documents';
import { runCli } from './helpers';

let dir = '';
let ext = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oss-search-'));
  const result = importText({ bytes: new TextEncoder().encode(SAMPLE_EN_TEXT), title: SAMPLE_TITLE, id: 'sample' });
  if (!result.ok) throw new Error(result.error.message);
  ext = join(dir, 'sample.json');
  const crafted = structuredClone(result.value.documentPack);
  crafted.excerpts[0]!.title = 'SAMPLE \u001b[2J\u001b]52;c;ZXZpbA==\u0007 title';
  await writeFile(ext, JSON.stringify(result.value.documentPack));
  await writeFile(join(dir, 'crafted.json'), JSON.stringify(crafted));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('oss-assist search', () => {
  it('lists hits as JSON: id, type, title, clause number where it has one, citation', async () => {
    const { code, out } = await runCli(['search', 'article 4.2', '--extension', ext, '--json']);
    expect(code).toBe(0);
    const hits = JSON.parse(out) as { id: string; type: string; clause?: string; citation: string }[];
    expect(hits[0]).toMatchObject({
      id: 'sample.art-4-2',
      type: 'clause',
      clause: 'Article 4, 4.2',
      citation: `from ${SAMPLE_TITLE}, Article 4, 4.2, p. 2`,
    });
    expect(hits.filter((h) => h.type !== 'clause').every((h) => !('clause' in h))).toBe(true);
  });

  it('speaks the reader’s language and finds a situation by the field’s word', async () => {
    const { code, out } = await runCli(['search', 'secuestro', '--lang', 'es']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('1. [situation] Secuestro o toma de rehenes');
  });

  it('shows control characters in a document instead of sending them to the terminal', async () => {
    const { out } = await runCli(['search', 'SAMPLE', '--extension', join(dir, 'crafted.json')]);
    // eslint-disable-next-line no-control-regex -- the escape codes a crafted clause holds
    expect(out).not.toMatch(/[\u001b\u0007]/);
    expect(out).toContain('\\u001b[2J');
  });

  it('exits 2 with the usage on a bad call', async () => {
    expect((await runCli(['search'])).code).toBe(2);
    expect((await runCli(['search', 'x', '--lang', 'de'])).err).toContain('Usage: oss-assist search');
    expect((await runCli(['search', 'x', '--limit', '0'])).code).toBe(2);
  });
});
