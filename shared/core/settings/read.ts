// Stored settings (Outlook's roaming settings, the extension's sync storage or an organisation's
// policy), read field by field at every open of the popup and the pane and at every send,
// without the schema library (their size budgets). Saving goes through checkSettings (settings.ts);
// reading here accepts a value only if checkSettings would (tests/unit/core-settings-read.test.ts
// holds it to that), and resets anything else to its default, naming it so the host can say so.
import { regexes } from 'zod/v4/core';
import type { Settings } from './check';
import { PHONE_PATTERN } from '../model/vocabulary';

/** The same as DEFAULT_SETTINGS in settings.ts (a unit test checks they are equal). */
export const STORED_DEFAULTS: Readonly<Settings> = Object.freeze({
  rsoEmail: '',
  rsoName: '',
  dutyStation: '',
  senderName: '',
  language: 'auto',
  opsCentrePhone: '',
  opsCentreEmail: '',
});

// The same patterns the settings schema applies: zod's own email pattern, and PHONE_PATTERN.
const EMAIL = regexes.email;

/** The value as the schema would keep it (trimmed where it trims), or null if it refuses it. */
type Check = (value: string) => string | null;
const email: Check = (v) => (v === '' || (v.length <= 254 && EMAIL.test(v)) ? v : null);
const text =
  (max: number): Check =>
  (v) =>
    v.trim().length <= max ? v.trim() : null;
const phone: Check = (v) => (v === '' ? v : v.trim().length <= 40 && PHONE_PATTERN.test(v.trim()) ? v.trim() : null);
const language: Check = (v) => (v === 'auto' || v === 'en' || v === 'fr' || v === 'es' ? v : null);

const CHECKS: Record<keyof Settings, Check> = {
  rsoEmail: email,
  rsoName: text(120),
  dutyStation: text(120),
  senderName: text(120),
  language,
  opsCentrePhone: phone,
  opsCentreEmail: email,
};

export interface StoredSettings {
  settings: Settings;
  /** Stored values that were not valid and were reset to their defaults. */
  ignored: (keyof Settings)[];
}

export function readStoredSettings(stored: unknown): StoredSettings {
  const settings: Settings = { ...STORED_DEFAULTS };
  const ignored: (keyof Settings)[] = [];
  if (!stored || typeof stored !== 'object') return { settings, ignored };
  const raw = stored as Record<string, unknown>;
  for (const key of Object.keys(STORED_DEFAULTS) as (keyof Settings)[]) {
    const stored = raw[key];
    if (stored === undefined) continue;
    const value = typeof stored === 'string' ? CHECKS[key](stored) : null;
    if (value === null) ignored.push(key);
    else (settings as Record<keyof Settings, string>)[key] = value;
  }
  return { settings, ignored };
}

/** One stored value, checked as readStoredSettings checks it. */
export function readStoredValue<K extends keyof Settings>(key: K, value: unknown): Settings[K] | null {
  return typeof value === 'string' ? (CHECKS[key](value) as Settings[K] | null) : null;
}
