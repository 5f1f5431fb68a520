// The browser extension's side of the HostPort (shared/ui/port.ts). It reads the selection
// (handed over by the context menu, else from the tab with activeTab), copies, opens drafts
// as mailto: links, and keeps settings in storage.managed (policy) / storage.sync.
import { browser } from 'wxt/browser';
import { buildMailto } from '../shared/core/mail/mailto';
import type { HostPort } from '../shared/ui/port';
import { copyToClipboard } from './clipboard';
import { TAKE_SELECTION } from './handoff';
import { readSelection } from './selection';
import { applyStoredDiagnostics, loadDiagnostics, loadSettings, saveDiagnostics, saveSettings } from './settings-store';
import { debug } from '../shared/core/model/debug';

export interface BrowserPortOptions {
  /** The tab to read, when the popup was opened for a given tab (popup.html?tab=ID). */
  tabId?: number;
  /** How to open a mailto: URL; replaceable in tests. */
  openUrl?: (url: string) => Promise<unknown>;
  copy?: (text: string, html?: string) => Promise<void>;
}

async function takeHandedOver(): Promise<string | null> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: TAKE_SELECTION });
    return typeof reply === 'string' && reply.trim() ? reply : null;
  } catch (error) {
    // No background listening (it is starting, or this is a test page): nothing handed over.
    debug('browser-port: handed-over selection', error);
    return null;
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function createBrowserPort(options: BrowserPortOptions = {}): HostPort {
  const copy = options.copy ?? copyToClipboard;
  const openUrl = options.openUrl ?? ((url: string) => browser.tabs.create({ url }));
  applyStoredDiagnostics();
  return {
    name: import.meta.env.FIREFOX ? 'Firefox extension' : 'Browser extension',
    async readContext() {
      // The context menu hands its selection over, but a browser may shorten or flatten it:
      // read the tab as well and keep the longer. The hand-over alone serves pages scripts
      // cannot read (the built-in PDF viewer, other extensions' pages).
      const handed = await takeHandedOver();
      const tabId = options.tabId ?? (await activeTabId());
      let read = '';
      try {
        read = tabId === undefined ? '' : await readSelection(tabId);
      } catch (error) {
        if (!handed) throw error;
        debug('browser-port: read selection', error);
      }
      const text = handed && handed.length > read.length ? handed : read;
      return text ? { mode: 'selection', text } : null;
    },
    copy,
    async openDraft(draft) {
      const mailto = buildMailto({ to: draft.to, cc: draft.cc, subject: draft.subject, body: draft.body });
      if (mailto.ok) {
        await openUrl(mailto.value);
        return;
      }
      // Too long for a mailto: link (mail clients cut them): copy instead and say so.
      await copy(`${draft.subject}\n\n${draft.body}`, draft.html);
      return 'copied';
    },
    openSettings() {
      void browser.runtime.openOptionsPage();
    },
    loadSettings,
    saveSettings,
    diagnostics: { load: loadDiagnostics, save: saveDiagnostics },
  };
}
