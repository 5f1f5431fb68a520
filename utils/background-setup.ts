// The background's three jobs: the context-menu item on selected text, the "oss" omnibox
// keyword, and the keyboard command. Each opens the popup; the popup does the rest.
import { browser } from 'wxt/browser';
// Only the omnibox's search runs here: the router and its model stay out of the background bundle.
import { createSearch, type Search } from '../shared/core/assist/search';
import { DEFAULT_PACK } from '../shared/core/pack/default-pack';
import { escapeHtml } from '../shared/core/mail/html';
import type { Lang } from '../shared/core/pack/schema';
import { stringsFor, uiLanguage } from '../shared/ui/i18n';
import { createHandoff, isTakeSelection } from './handoff';
import { loadDocumentsPack } from './documents-pack';
import { applyStoredDiagnostics, loadSettings, SYNC_KEY } from './settings-store';
import { debug } from '../shared/core/model/debug';

export const MENU_ID = 'oss-assist-find';
export const SUGGEST_COMMAND = 'suggest-selection';
const OMNIBOX_LIMIT = 5;
const DOCUMENTS_REFRESH_MS = 5_000;

// WXT types getURL to the built files; a query string is ours to add.
const pageUrl = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch (error) {
    debug('background: UI language', error);
    return undefined; // a browser (or test double) without it: English
  }
}

/** The menu and omnibox speak the language of the settings, like the popup. */
async function currentLanguage(): Promise<Lang> {
  try {
    return uiLanguage((await loadSettings()).settings.language, browserLanguage());
  } catch (error) {
    debug('background: settings language', error);
    return uiLanguage('auto', browserLanguage());
  }
}

// Chrome reads omnibox descriptions as XML; Firefox shows them as typed.
function omniboxText(text: string): string {
  return import.meta.env.FIREFOX ? text : escapeHtml(text);
}

async function createMenu(lang: Lang) {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: stringsFor(lang).menuFind, contexts: ['selection'] });
}

/** Opens the popup; where a browser refuses (no window focused), a small window with the same page. */
async function openPopupFor(tabId: number | undefined) {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  try {
    await action.openPopup();
  } catch (error) {
    debug('background: open popup', error);
    const query = tabId === undefined ? '' : `?tab=${tabId}`;
    await browser.windows.create({ url: pageUrl(`/popup.html${query}`), type: 'popup', width: 440, height: 680 });
  }
}

export function setupBackground() {
  applyStoredDiagnostics();
  const handoff = createHandoff();
  let assistant: Search | null = null;
  // Built on first use: the service worker starts often and most starts never need it.
  const getAssistant = () => (assistant ??= createSearch(DEFAULT_PACK));

  let lang: Lang = uiLanguage('auto', browserLanguage());
  const labelOmnibox = () =>
    void browser.omnibox.setDefaultSuggestion({ description: omniboxText(stringsFor(lang).omniboxDefault) });
  // Ready once the settings are read; the listeners below do not wait for it.
  const ready = currentLanguage().then((l) => {
    lang = l;
    labelOmnibox();
  });

  const setUpMenu = () => void ready.then(() => createMenu(lang));
  browser.runtime.onInstalled.addListener(setUpMenu);
  browser.runtime.onStartup.addListener(setUpMenu);

  browser.storage.onChanged.addListener((changes, area) => {
    if (!(area === 'managed' || (area === 'sync' && SYNC_KEY in changes))) return;
    void currentLanguage().then(async (l) => {
      if (l === lang) return;
      lang = l;
      labelOmnibox();
      await browser.contextMenus.update(MENU_ID, { title: stringsFor(l).menuFind });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    handoff.put(info.selectionText);
    // Called straight from the click so the browser still counts it as the person's action.
    void openPopupFor(tab?.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    // The command grants activeTab, so the popup can read the selection itself.
    if (command === SUGGEST_COMMAND) void openPopupFor(tab?.id);
  });

  // onMessage hears only this extension's own pages (there are no content scripts and no
  // externally_connectable), so the handed-over text goes nowhere else.
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isTakeSelection(message)) return;
    sendResponse(handoff.take());
    return true;
  });

  // The documents imported on the options page may have changed since the last search: read them
  // again when the person types after "oss", at most every few seconds (a key or two may still
  // see the older set while they load).
  let documentsReadAt = -Infinity;
  const refreshDocuments = () => {
    if (Date.now() - documentsReadAt < DOCUMENTS_REFRESH_MS) return;
    documentsReadAt = Date.now();
    void loadDocumentsPack(DEFAULT_PACK).then((loaded) => {
      // A store that cannot be read leaves the built-in pack.
      const { pack, titles, clauseIndexes } = loaded.ok
        ? loaded.value
        : { pack: DEFAULT_PACK, titles: [], clauseIndexes: [] };
      if (titles.length || assistant) assistant = createSearch(pack, { clauseIndexes });
    });
  };
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    refreshDocuments();
    const hits = text.trim() ? getAssistant().search(text, { limit: OMNIBOX_LIMIT, language: lang }) : [];
    suggest(
      hits.map((hit) => ({
        content: hit.email ?? hit.title,
        description: omniboxText(
          hit.email ? `${hit.title} — ${hit.email}` : `${hit.title} — ${hit.citation ?? hit.text}`,
        ),
      })),
    );
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    const url = pageUrl(`/popup.html?q=${encodeURIComponent(text)}`);
    void (disposition === 'currentTab' ? browser.tabs.update({ url }) : browser.tabs.create({ url }));
  });
}
