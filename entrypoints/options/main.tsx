// The options page: the settings form and the organisation's documents, in the language the
// settings choose.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { uiLanguage } from '../../shared/ui/i18n';
import { SettingsForm } from '../../shared/ui/SettingsForm';
import { Shell, useUi } from '../../shared/ui/shell';
import type { SettingsState } from '../../shared/ui/port';
import { createBrowserPort } from '../../utils/browser-port';
import { DocumentsSection } from '../../components/DocumentsSection';

const useStyles = makeStyles({
  page: { maxWidth: '560px', margin: '0 auto', padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}` },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
  },
  nextCard: { marginTop: tokens.spacingVerticalXL },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  footer: {
    marginTop: tokens.spacingVerticalL,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    textAlign: 'center',
  },
});

function OptionsPage(props: { state: SettingsState; onSaved: (state: SettingsState) => void }) {
  const { s } = useUi();
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <header className={styles.header}>
          <img src="/icon/48.png" width={32} height={32} alt="" />
          <h1 className={styles.title}>
            {s.appTitle} — {s.settings}
          </h1>
        </header>
        <p className={styles.intro}>{s.settingsIntro}</p>
        <SettingsForm
          state={props.state}
          onSaved={(settings) => props.onSaved({ ...props.state, settings, ignored: [] })}
        />
      </div>
      <div className={mergeClasses(styles.card, styles.nextCard)}>
        <DocumentsSection />
      </div>
      <p className={styles.footer}>{s.privacy}</p>
    </main>
  );
}

function Root(props: { initial: SettingsState; port: ReturnType<typeof createBrowserPort> }) {
  const [state, setState] = useState(props.initial);
  useEffect(() => {
    document.documentElement.lang = uiLanguage(state.settings.language, navigator.language);
  }, [state.settings.language]);
  return (
    <Shell port={props.port} language={state.settings.language}>
      <OptionsPage state={state} onSaved={setState} />
    </Shell>
  );
}

async function start() {
  const port = createBrowserPort();
  const initial = await port.loadSettings();
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <Root initial={initial} port={port} />
    </StrictMode>,
  );
}

void start();
