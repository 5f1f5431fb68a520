// The settings' problems as one sentence per field, in the person's language: the settings
// form and the first-run set-up both check with the core's checkSettings and say it the same way.
import { checkSettings, type Settings } from '../core/settings/check';
import { SETTING_KEYS, type SettingKey } from '../core/model/vocabulary';
import type { UiStrings } from './i18n';

export type Errors = Partial<Record<SettingKey, string>>;

function messageFor(s: UiStrings, key: SettingKey): string {
  if (key === 'rsoEmail' || key === 'opsCentreEmail') return s.notEmail;
  if (key === 'opsCentrePhone') return s.notPhone;
  return s.tooLong;
}

/** Problems from the core, one localised message per field. */
export function fieldErrors(s: UiStrings, values: Settings): Errors {
  const result = checkSettings(values);
  if (result.ok) return {};
  const errors: Errors = {};
  for (const p of result.error) {
    const key = SETTING_KEYS.find((k) => new RegExp(`\\b${k}\\b`).test(p.path));
    if (key) errors[key] = messageFor(s, key);
  }
  return errors;
}
