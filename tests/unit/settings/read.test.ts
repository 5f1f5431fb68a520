// The pane and the send script read stored settings without the schema library; they must
// accept exactly what the core's checkSettings accepts, and keep the same value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS, type SettingKey } from '../../../shared/core/model/vocabulary';
import { checkSettings, DEFAULT_SETTINGS } from '../../../shared/core/settings/check';
import { readStoredSettings, STORED_DEFAULTS } from '../../../shared/core/settings/read';

// Values near every rule's edge: addresses good and bad, phone numbers, padded text, long text.
const value = fc.oneof(
  fc.string(),
  fc.emailAddress(),
  fc.emailAddress().map((e) => ` ${e}`),
  fc.constantFrom(
    '',
    ' ',
    'auto',
    'en',
    'fr',
    'es',
    ' en',
    'EN',
    'a@b.c',
    'a@b.co',
    'rso@iom',
    'x@y.org ',
    '+00 00 000 0000',
    ' +00 00 000 0000 ',
    '12',
    '(0)22-000.00',
  ),
  fc.stringMatching(/^\+?[0-9 ().-]{0,44}$/),
  fc.string({ minLength: 110, maxLength: 130 }).map((s) => ` ${s} `),
  fc.constantFrom(null, 42, true, ['a@b.co']),
);

describe('stored settings read without the schema library', () => {
  it('start from the core defaults', () => {
    expect(STORED_DEFAULTS).toEqual(DEFAULT_SETTINGS);
    expect(readStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, ignored: [] });
  });

  it('accept a value exactly when checkSettings does, and keep what it keeps', () => {
    fc.assert(
      fc.property(fc.constantFrom<SettingKey>(...SETTING_KEYS), value, (key, v) => {
        const core = checkSettings({ [key]: v });
        const light = readStoredSettings({ [key]: v });
        expect(light.ignored.includes(key)).toBe(!core.ok);
        if (core.ok) expect(light.settings[key]).toBe(core.value[key]);
      }),
      { numRuns: 3000 },
    );
  });

  it('reset and name only the values that are wrong', () => {
    const { settings, ignored } = readStoredSettings({
      rsoEmail: 'broken',
      rsoName: ' Kept ',
      language: 'de',
      opsCentrePhone: '+1 555 0100',
    });
    expect(ignored).toEqual(['rsoEmail', 'language']);
    expect(settings).toMatchObject({ rsoEmail: '', rsoName: 'Kept', language: 'auto', opsCentrePhone: '+1 555 0100' });
  });
});
