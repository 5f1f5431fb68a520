// Settings for the extension: an organisation's policy (storage.managed) wins and is
// locked; then what the person saved (storage.sync); then the defaults. Each stored value
// is checked on its own (the core's readStoredValue), so one bad value does not drop the rest.
import { browser } from 'wxt/browser';
import type { Settings } from '../shared/core/settings/check';
import { readStoredValue, STORED_DEFAULTS } from '../shared/core/settings/read';
import { SETTING_KEYS, type SettingKey } from '../shared/core/model/vocabulary';
import type { SettingsState } from '../shared/ui/port';
import { diagnosticsOn, showDiagnostics } from '../shared/ui/diagnostics';
import { debug } from '../shared/core/model/debug';

/** The one storage.sync key holding the person's settings. */
export const SYNC_KEY = 'settings';

function validValue(key: SettingKey, value: unknown): { ok: true; value: Settings[SettingKey] } | { ok: false } {
  const read = readStoredValue(key, value);
  return read === null ? { ok: false } : { ok: true, value: read };
}

async function readManaged(): Promise<Record<string, unknown>> {
  // Firefox without a policy, or a browser without managed storage, rejects: no policy then.
  try {
    return (await browser.storage.managed.get(null)) ?? {};
  } catch (error) {
    debug('settings-store: managed storage', error);
    return {};
  }
}

async function readSynced(): Promise<Record<string, unknown>> {
  const stored = (await browser.storage.sync.get(SYNC_KEY))[SYNC_KEY];
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
}

export async function loadSettings(): Promise<SettingsState> {
  const [managed, synced] = await Promise.all([readManaged(), readSynced()]);
  const settings: Settings = { ...STORED_DEFAULTS };
  const locked: SettingKey[] = [];
  const ignored: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    if (key in managed) {
      const v = validValue(key, managed[key]);
      if (v.ok) {
        Object.assign(settings, { [key]: v.value });
        locked.push(key);
        continue;
      }
      ignored.push(key);
    }
    if (key in synced) {
      const v = validValue(key, synced[key]);
      if (v.ok) Object.assign(settings, { [key]: v.value });
      else ignored.push(key);
    }
  }
  return { settings, locked, ignored: [...new Set(ignored)] };
}

/** The "Show diagnostics in the console" flag: its own sync key, off unless exactly true. */
export const DIAGNOSTICS_KEY = 'diagnostics';

export async function loadDiagnostics(): Promise<boolean> {
  return diagnosticsOn((await browser.storage.sync.get(DIAGNOSTICS_KEY))[DIAGNOSTICS_KEY]);
}

export async function saveDiagnostics(on: boolean): Promise<void> {
  await browser.storage.sync.set({ [DIAGNOSTICS_KEY]: on });
}

/** At the start of each extension page and of the background: the console shows diagnostics if asked. */
export function applyStoredDiagnostics(): void {
  loadDiagnostics().then(showDiagnostics, () => showDiagnostics(false));
}

/** Saves what the person may change; keys set by policy are left out. */
export async function saveSettings(next: Settings): Promise<void> {
  // Loaded here, not at start: the popup opens far more often than anyone saves.
  const { checkSettings } = await import('../shared/core/settings/check');
  const checked = checkSettings(next);
  if (!checked.ok) throw new Error('invalid settings');
  const managed = await readManaged();
  const own: Partial<Settings> = {};
  for (const key of SETTING_KEYS) {
    if (!(key in managed)) Object.assign(own, { [key]: checked.value[key] });
  }
  await browser.storage.sync.set({ [SYNC_KEY]: own });
}
