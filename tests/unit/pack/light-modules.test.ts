// The popup, the pane and the send-time script import these modules instead of the zod schema
// (eslint.config.js keeps them light; tests/unit/lint/guards.test.ts checks that rule): they
// must say the same as the full schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../shared/core/pack/default-pack';
import { checkPack, defaultPack } from '../../../shared/core/pack/check';
import { checkSettings, DEFAULT_SETTINGS } from '../../../shared/core/settings/check';

describe('light core modules', () => {
  it('ships the same default pack the validator accepts', () => {
    expect(checkPack(DEFAULT_PACK).ok).toBe(true);
    expect(defaultPack()).toEqual(DEFAULT_PACK);
  });

  it('checks settings field by field with plain sentences', () => {
    const r = checkSettings({
      rsoEmail: 'nope',
      senderName: 'x'.repeat(121),
      opsCentrePhone: 'call me',
      language: 'de',
    });
    expect(r.ok ? [] : r.error).toEqual([
      { path: '$.rsoEmail', message: expect.stringMatching(/.+\.$/) },
      { path: '$.senderName', message: 'must be at most 120 characters.' },
      { path: '$.language', message: 'must be auto, en, fr or es.' },
      { path: '$.opsCentrePhone', message: expect.stringMatching(/.+\.$/) },
    ]);
    expect(checkSettings({ rsoEmail: ' ', dutyStation: '  Juba ' })).toEqual({
      ok: false,
      error: [{ path: '$.rsoEmail', message: expect.any(String) }],
    });
    expect(checkSettings({ dutyStation: '  Juba ' })).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, dutyStation: 'Juba' },
    });
  });

  it('accepts every well-formed address and rejects text without an @', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        fc.pre(email.length <= 254);
        return checkSettings({ rsoEmail: email }).ok === checkSettings({ opsCentreEmail: email }).ok;
      }),
    );
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('@') && s.trim() !== ''),
        (text) => !checkSettings({ rsoEmail: text }).ok,
      ),
    );
  });
});

describe('settings problems', () => {
  it('give one sentence per field, the first that applies', () => {
    const r = checkSettings({ opsCentreEmail: 'a'.repeat(10_000), opsCentrePhone: '1'.repeat(10_000) });
    expect(r.ok ? [] : r.error).toEqual([
      { path: '$.opsCentrePhone', message: 'must be at most 40 characters.' },
      { path: '$.opsCentreEmail', message: 'is not an email address.' },
    ]);
  });
});

describe('assistantFor', () => {
  it('builds one assistant per pack and shares it', async () => {
    const { assistantFor } = await import('../../../shared/core/assist/assistant');
    expect(assistantFor(DEFAULT_PACK)).toBe(assistantFor(DEFAULT_PACK));
    expect(assistantFor(structuredClone(DEFAULT_PACK))).not.toBe(assistantFor(DEFAULT_PACK));
  });
});
