// The toolbar popup. popup.html?tab=ID reads that tab (the context menu's fallback window);
// popup.html?q=words starts with a search (the omnibox).
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_PACK } from '../../shared/core/pack/default-pack';
import { AssistantApp } from '../../shared/ui/AssistantApp';
import { searchFor } from '../../shared/ui/routing';
import { uiLanguage } from '../../shared/ui/i18n';
import { Notice } from '../../shared/ui/Notice';
import { Shell, useUi } from '../../shared/ui/shell';
import type { HostPort, SettingsState } from '../../shared/ui/port';
import { STORED_DEFAULTS } from '../../shared/core/settings/read';
import { createBrowserPort } from '../../utils/browser-port';
import { loadDocumentsPack } from '../../utils/documents-pack';

const useStyles = makeStyles({ notice: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` } });

/** The built-in pack at once, then joined with the imported documents as soon as they are read. */
function Popup(props: {
  state: SettingsState;
  ready: boolean;
  params: URLSearchParams;
  onSaved: (settings: SettingsState['settings']) => void;
}) {
  const { s } = useUi();
  const styles = useStyles();
  const [pack, setPack] = useState(DEFAULT_PACK);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void loadDocumentsPack(DEFAULT_PACK).then((loaded) => {
      if (loaded.ok && loaded.value.titles.length) {
        // The search over the documents starts from the word indexes stored at import.
        searchFor(loaded.value.pack, { clauseIndexes: loaded.value.clauseIndexes });
        setPack(loaded.value.pack);
      }
      setFailed(!loaded.ok);
    });
  }, []);
  return (
    <>
      {failed ? (
        <div className={styles.notice}>
          <Notice intent="warning">{s.documentsUnavailable}</Notice>
        </div>
      ) : null}
      <AssistantApp
        pack={pack}
        settings={props.state.settings}
        autoRead={!props.params.has('q')}
        initialQuery={props.params.get('q') ?? ''}
        ignoredSettings={props.state.ignored}
        locked={props.state.locked}
        settingsReady={props.ready}
        onSettingsSaved={props.onSaved}
      />
    </>
  );
}

// Drawn at once with the defaults; settings and policy fill in when storage answers (the first
// read of storage.managed after the browser starts can take seconds: no blank frame meanwhile).
function Root(props: { port: HostPort; params: URLSearchParams }) {
  const [state, setState] = useState<SettingsState>({ settings: { ...STORED_DEFAULTS }, locked: [] });
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void props.port.loadSettings().then(
      (loaded) => {
        setState(loaded);
        setReady(true);
      },
      () => setReady(true),
    );
  }, [props.port]);
  useEffect(() => {
    // The page's language is the one its text is in (English for a German browser, say).
    document.documentElement.lang = uiLanguage(state.settings.language, navigator.language);
  }, [state.settings.language]);
  return (
    <Shell port={props.port} language={state.settings.language}>
      <Popup
        state={state}
        ready={ready}
        params={props.params}
        onSaved={(settings) => setState((st) => ({ ...st, settings, ignored: [] }))}
      />
    </Shell>
  );
}

function start() {
  const params = new URLSearchParams(location.search);
  const tab = Number.parseInt(params.get('tab') ?? '', 10);
  const port = createBrowserPort({ tabId: Number.isFinite(tab) ? tab : undefined });
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <Root port={port} params={params} />
    </StrictMode>,
  );
}

start();
