// The background: context menu on selected text, the "oss" omnibox keyword, the keyboard
// command. APIs the fake browser leaves out are given small recording doubles here.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_ID, SUGGEST_COMMAND, setupBackground } from '../../../utils/background-setup';
import { TAKE_SELECTION } from '../../../utils/handoff';
import { SYNC_KEY } from '../../../utils/settings-store';
import { UI_STRINGS } from '../../../shared/ui/i18n';
import { IDBFactory } from 'fake-indexeddb';
import { createDocumentStore, RECORD_VERSION } from '../../../utils/document-store';
import { importText } from '../../../shared/core/import/text';
import { SAMPLE_EN_TEXT, SAMPLE_TITLE } from '../../fixtures/sample-documents';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => unknown;
function recordingEvent() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: () => undefined,
    hasListener: () => false,
    fire: (...args: unknown[]) => listeners.map((l) => l(...args)),
  };
}

function install() {
  const doubles = {
    create: vi.fn(),
    update: vi.fn(async (_id: string, _props: { title: string }) => undefined),
    removeAll: vi.fn(async () => undefined),
    onClicked: recordingEvent(),
    onCommand: recordingEvent(),
    openPopup: vi.fn(async () => undefined),
    windowsCreate: vi.fn(async (_details: { url: string; type: string }) => ({})),
    setDefaultSuggestion: vi.fn(),
    onInputChanged: recordingEvent(),
    onInputEntered: recordingEvent(),
  };
  Object.assign(fakeBrowser.contextMenus, {
    create: doubles.create,
    update: doubles.update,
    removeAll: doubles.removeAll,
    onClicked: doubles.onClicked,
  });
  Object.assign(fakeBrowser.commands, { onCommand: doubles.onCommand });
  Object.assign(fakeBrowser.action, { openPopup: doubles.openPopup });
  Object.assign(fakeBrowser.windows, { create: doubles.windowsCreate });
  Object.assign(fakeBrowser.omnibox, {
    setDefaultSuggestion: doubles.setDefaultSuggestion,
    onInputChanged: doubles.onInputChanged,
    onInputEntered: doubles.onInputEntered,
  });
  setupBackground();
  return doubles;
}

const take = () => fakeBrowser.runtime.sendMessage({ type: TAKE_SELECTION });

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('registers "Find the right OSS contact" on selected text when installed', async () => {
    const d = install();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(d.create).toHaveBeenCalled());
    expect(d.removeAll).toHaveBeenCalled();
    expect(d.create).toHaveBeenCalledWith({ id: MENU_ID, title: UI_STRINGS.en.menuFind, contexts: ['selection'] });
  });

  it('names the menu in the language of the settings, and renames it when they change', async () => {
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { language: 'es' } });
    const d = install();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(d.create).toHaveBeenCalled());
    expect(d.create.mock.calls[0]?.[0]).toMatchObject({ title: UI_STRINGS.es.menuFind });
    await vi.waitFor(() =>
      expect(d.setDefaultSuggestion).toHaveBeenCalledWith({ description: UI_STRINGS.es.omniboxDefault }),
    );
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { language: 'fr' } });
    await vi.waitFor(() => expect(d.update).toHaveBeenCalledWith(MENU_ID, { title: UI_STRINGS.fr.menuFind }));
    expect(d.setDefaultSuggestion).toHaveBeenLastCalledWith({ description: UI_STRINGS.fr.omniboxDefault });
  });

  it('hands the selection to the popup once, in memory only', async () => {
    const d = install();
    d.onClicked.fire({ menuItemId: MENU_ID, selectionText: 'Our colleague was kidnapped in Goma' }, { id: 5 });
    expect(d.openPopup).toHaveBeenCalledTimes(1);
    expect(await take()).toBe('Our colleague was kidnapped in Goma');
    expect(await take()).toBeNull();
    // Nothing of the text was written anywhere.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('ignores other menu items', async () => {
    const d = install();
    d.onClicked.fire({ menuItemId: 'something-else', selectionText: 'text' }, { id: 5 });
    expect(d.openPopup).not.toHaveBeenCalled();
    expect(await take()).toBeNull();
  });

  it('opens a window for the tab when the popup cannot open', async () => {
    const d = install();
    d.openPopup.mockRejectedValueOnce(new Error('no focused window'));
    d.onClicked.fire({ menuItemId: MENU_ID, selectionText: 'refused' }, { id: 42 });
    await vi.waitFor(() => expect(d.windowsCreate).toHaveBeenCalled());
    expect(d.windowsCreate.mock.calls[0]?.[0]).toMatchObject({
      type: 'popup',
      url: expect.stringMatching(/\/popup\.html\?tab=42$/),
    });
  });

  it('opens the popup for the keyboard command', () => {
    const d = install();
    d.onCommand.fire(SUGGEST_COMMAND, { id: 3 });
    expect(d.openPopup).toHaveBeenCalledTimes(1);
  });

  it('suggests contacts live in the omnibox, escaped for Chrome', async () => {
    const d = install();
    await vi.waitFor(() =>
      expect(d.setDefaultSuggestion).toHaveBeenCalledWith({ description: UI_STRINGS.en.omniboxDefault }),
    );
    const suggest = vi.fn();
    d.onInputChanged.fire('OSSHQ', suggest);
    const list = suggest.mock.calls[0]?.[0] as { content: string; description: string }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.map((s) => s.content)).toContain('OSSHQ@iom.int');
    for (const s of list) expect(s.description).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|#39|apos);)/);
  });

  it('suggests the clauses of documents imported on the options page (a SAMPLE, not the MOU)', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    try {
      const imported = importText({ bytes: new TextEncoder().encode(SAMPLE_EN_TEXT), title: SAMPLE_TITLE });
      if (!imported.ok) throw new Error(imported.error.message);
      const extension = imported.value.documentPack;
      await createDocumentStore(factory).put({
        version: RECORD_VERSION,
        id: extension.id,
        title: extension.title,
        kind: extension.documentKind,
        language: 'en',
        clauses: extension.excerpts.length,
        importedAt: '2026-11-28T10:00:00.000Z',
        fileName: 'sample.txt',
        extension,
      });
      const d = install();
      const suggest = vi.fn();
      // The documents are read when the person starts typing; a later key sees them.
      await vi.waitFor(() => {
        d.onInputChanged.fire('UN ID cards', suggest);
        const list = suggest.mock.lastCall?.[0] as { description: string }[];
        expect(list[0]?.description).toContain(
          `Article 4 — Services › 4.2 — from ${SAMPLE_TITLE}, Article 4, 4.2, p. 2`,
        );
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('suggests nothing for an empty omnibox', () => {
    const d = install();
    const suggest = vi.fn();
    d.onInputChanged.fire('   ', suggest);
    expect(suggest).toHaveBeenCalledWith([]);
  });

  it('opens the popup page with the words entered', async () => {
    const d = install();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    d.onInputEntered.fire('air safety', 'newForegroundTab');
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[0]).toMatchObject({ url: expect.stringMatching(/\/popup\.html\?q=air%20safety$/) });
  });
});
