// The toolbar popup. popup.html?tab=ID reads that tab (the context menu's fallback window);
// popup.html?q=words starts with a search (the omnibox).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_PACK } from '../../shared/core/default-pack';
import { AssistantApp } from '../../shared/ui/App';
import { uiLanguage } from '../../shared/ui/i18n';
import { Shell } from '../../shared/ui/shell';
import { createBrowserPort } from '../shared/browser-port';

async function start() {
  const params = new URLSearchParams(location.search);
  const tab = Number.parseInt(params.get('tab') ?? '', 10);
  const port = createBrowserPort({ tabId: Number.isFinite(tab) ? tab : undefined });
  const state = await port.loadSettings();
  const root = document.getElementById('root');
  if (!root) return;
  // The page's language is the one its text is in (English for a German browser, say).
  document.documentElement.lang = uiLanguage(state.settings.language, navigator.language);
  createRoot(root).render(
    <StrictMode>
      <Shell port={port} language={state.settings.language}>
        <AssistantApp
          pack={DEFAULT_PACK}
          settings={state.settings}
          autoRead={!params.has('q')}
          initialQuery={params.get('q') ?? ''}
          ignoredSettings={state.ignored}
        />
      </Shell>
    </StrictMode>,
  );
}

void start();
