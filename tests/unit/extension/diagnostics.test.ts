// "Show diagnostics in the console": off by default, stored beside the settings, and what it
// switches on is the core's debug() channel writing to console.debug.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { debug, setDebugSink } from '../../../shared/core/model/debug';
import { showDiagnostics } from '../../../shared/ui/diagnostics';
import { DIAGNOSTICS_KEY, loadDiagnostics, saveDiagnostics } from '../../../utils/settings-store';

describe('diagnostics in the extension', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    setDebugSink(null);
    vi.restoreAllMocks();
  });

  it('is off until the person switches it on, and only an exact true counts', async () => {
    expect(await loadDiagnostics()).toBe(false);
    await saveDiagnostics(true);
    expect(await fakeBrowser.storage.sync.get(DIAGNOSTICS_KEY)).toEqual({ [DIAGNOSTICS_KEY]: true });
    expect(await loadDiagnostics()).toBe(true);
    await fakeBrowser.storage.sync.set({ [DIAGNOSTICS_KEY]: 'yes' });
    expect(await loadDiagnostics()).toBe(false);
  });

  it('writes what a catch swallowed to console.debug only while on', () => {
    const log = vi.spyOn(console, 'debug').mockImplementation(() => {});
    debug('settings-store: managed storage', new Error('before'));
    showDiagnostics(true);
    debug('settings-store: managed storage', new Error('no policy'));
    showDiagnostics(false);
    debug('settings-store: managed storage', new Error('after'));
    expect(log.mock.calls).toEqual([['[oss-assist] settings-store: managed storage: no policy']]);
  });
});
