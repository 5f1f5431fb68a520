// The organisation's pack next to the pane: absent is normal, a bad one is named, a good one is used.
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../shared/core';
import { ADDIN_STRINGS } from '../../../addin/src/messages';
import { loadOrgPack, ORG_PACK_FILE } from '../../../addin/src/org-pack';

const t = ADDIN_STRINGS.en;
const base = defaultPack();

const answer =
  (status: number, body: string, type = 'application/json') =>
  async (url: string) => {
    expect(url).toBe(ORG_PACK_FILE);
    return {
      ok: status >= 200 && status < 300,
      status,
      headers: new Headers({ 'content-type': type }),
      text: async () => body,
    };
  };

const extension = {
  schemaVersion: 1,
  type: 'extension',
  id: 'goma-sop',
  title: 'SAMPLE security SOP for tests',
  extends: base.id,
  documentKind: 'sop',
  sources: [
    { id: 'goma-sop', title: 'SAMPLE SOP (Goma) for tests — not a real document', url: null, updated: '2025-01-15' },
  ],
  excerpts: [
    {
      id: 'goma-sop.2.1',
      kind: 'clause',
      lang: 'fr',
      title: '2.1 Checkpoints',
      text: 'En cas de refus à un checkpoint, informer le RSO.',
      clause: { number: '2.1', path: ['Mouvements'], page: 2 },
      source: { sourceId: 'goma-sop', section: '2.1 Checkpoints' },
    },
  ],
  attach: [{ scenarioId: 'service-refused', keywords: ['refus'] }],
};

describe('org-pack.json', () => {
  it('no file is the normal case: the built-in pack, nothing said', async () => {
    expect(await loadOrgPack(base, t, answer(404, 'not found', 'text/plain'))).toEqual({ pack: base, notice: null });
    // Some hosts answer a missing file with their HTML start page.
    expect(await loadOrgPack(base, t, answer(200, '<!doctype html><p>Home</p>', 'text/html'))).toEqual({
      pack: base,
      notice: null,
    });
  });

  it('a good file joins the pack and is named', async () => {
    const result = await loadOrgPack(base, t, answer(200, JSON.stringify(extension)));
    expect(result.notice).toEqual({ intent: 'info', text: t.orgPackLoaded('SAMPLE security SOP for tests') });
    expect(result.pack.excerpts.some((e) => e.id === 'goma-sop.2.1')).toBe(true);
    expect(result.pack.scenarios.find((s) => s.id === 'service-refused')?.excerpts).toContain('goma-sop.2.1');
  });

  it('a bad file is named with where it is wrong, and the built-in pack is used', async () => {
    const notJson = await loadOrgPack(base, t, answer(200, '{ nope'));
    expect(notJson.pack).toBe(base);
    expect(notJson.notice?.intent).toBe('error');
    expect(notJson.notice?.text).toContain('org-pack.json');
    const wrongPack = await loadOrgPack(
      base,
      t,
      answer(200, JSON.stringify({ ...extension, extends: 'another-pack' })),
    );
    expect(wrongPack.pack).toBe(base);
    expect(wrongPack.notice?.text).toContain('$.extends');
    const serverError = await loadOrgPack(base, t, answer(500, 'oops', 'text/plain'));
    expect(serverError.notice?.text).toContain('HTTP 500');
  });

  it('an unreachable server is said quietly, not called a bad file', async () => {
    const result = await loadOrgPack(base, t, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result).toEqual({ pack: base, notice: { intent: 'info', text: t.orgPackUnreachable('Failed to fetch') } });
  });
});
