// The extension's settings: policy (storage.managed) first and locked, then storage.sync,
// each value checked on its own by the core.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../shared/core';
import { loadSettings, saveSettings, SYNC_KEY } from '../../../utils/settings-store';

describe('extension settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('gives the defaults when nothing is stored', async () => {
    const state = await loadSettings();
    expect(state).toEqual({ settings: DEFAULT_SETTINGS, locked: [], ignored: [] });
  });

  it('reads what the person saved in storage.sync', async () => {
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { rsoEmail: 'rso.goma@example.org', language: 'fr' } });
    const state = await loadSettings();
    expect(state.settings.rsoEmail).toBe('rso.goma@example.org');
    expect(state.settings.language).toBe('fr');
    expect(state.locked).toEqual([]);
  });

  it('lets policy win over the person and locks those keys', async () => {
    await fakeBrowser.storage.managed.set({ rsoEmail: 'policy@example.org', opsCentrePhone: '+00 00 000 0000' });
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { rsoEmail: 'mine@example.org', senderName: 'Amina' } });
    const state = await loadSettings();
    expect(state.settings.rsoEmail).toBe('policy@example.org');
    expect(state.settings.opsCentrePhone).toBe('+00 00 000 0000');
    expect(state.settings.senderName).toBe('Amina');
    expect([...state.locked].sort()).toEqual(['opsCentrePhone', 'rsoEmail']);
  });

  it('ignores an invalid stored value, says which, and keeps the valid ones', async () => {
    await fakeBrowser.storage.sync.set({
      [SYNC_KEY]: { rsoEmail: 'not an address', dutyStation: 'Goma', language: 'de' },
    });
    const state = await loadSettings();
    expect(state.settings.rsoEmail).toBe('');
    expect(state.settings.language).toBe('auto');
    expect(state.settings.dutyStation).toBe('Goma');
    expect([...(state.ignored ?? [])].sort()).toEqual(['language', 'rsoEmail']);
  });

  it.each([
    ['an admin typo: two addresses in one field', 'rso1@org.int, rso2@org.int'],
    ['not a string', 42],
  ])('locks a field whose policy value is not valid (%s), empty, and names it', async (_, value) => {
    await fakeBrowser.storage.managed.set({ rsoEmail: value, dutyStation: 'Goma' });
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { rsoEmail: 'mine@example.org', senderName: 'Amina' } });
    const state = await loadSettings();
    expect(state.settings.rsoEmail).toBe('');
    expect([...state.locked].sort()).toEqual(['dutyStation', 'rsoEmail']);
    expect(state.invalidPolicy).toEqual(['rsoEmail']);
    expect(state.settings.senderName).toBe('Amina');
    expect(state.ignored).toEqual([]);
  });

  it('never saves over a field whose policy value is not valid', async () => {
    await fakeBrowser.storage.managed.set({ rsoEmail: 'rso1@org.int, rso2@org.int' });
    await saveSettings({ ...DEFAULT_SETTINGS, rsoEmail: 'mine@example.org' });
    const stored = (await fakeBrowser.storage.sync.get(SYNC_KEY))[SYNC_KEY] as Record<string, unknown>;
    expect(stored).not.toHaveProperty('rsoEmail');
  });

  it('treats a browser without managed storage as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { dutyStation: 'Cox’s Bazar' } });
    const state = await loadSettings();
    expect(state.settings.dutyStation).toBe('Cox’s Bazar');
    expect(state.locked).toEqual([]);
  });

  it('saves to storage.sync only, leaving out what policy sets', async () => {
    await fakeBrowser.storage.managed.set({ rsoEmail: 'policy@example.org' });
    await saveSettings({ ...DEFAULT_SETTINGS, rsoEmail: 'mine@example.org', senderName: 'Amina' });
    const stored = (await fakeBrowser.storage.sync.get(SYNC_KEY))[SYNC_KEY] as Record<string, unknown>;
    expect(stored.senderName).toBe('Amina');
    expect(stored).not.toHaveProperty('rsoEmail');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('refuses to save invalid settings', async () => {
    await expect(saveSettings({ ...DEFAULT_SETTINGS, rsoEmail: 'nope' })).rejects.toThrow();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
