// What the task pane shows: the add-in's own notices (outside Outlook, missing features,
// the organisation's pack, errors), the compose check, then the shared assistant or the
// shared settings form. The components themselves are the shared UI's.
import { Component, lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Pack, Settings } from '../../shared/core/pack/schema';
import { AssistantApp } from '../../shared/ui/AssistantApp';
import { Notice } from '../../shared/ui/Notice';
import { Shell, useUi } from '../../shared/ui/shell';
import type { SettingsState } from '../../shared/ui/port';
import { ComposeCheck } from './ComposeCheck';
import type { OfficePort } from './office-port';
import type { OrgPackResult } from './org-pack';
import { withErrorReport } from './report-errors';
import { errorText } from '../../shared/core/model/result';

// Loaded when the person opens the settings, not with the pane: most opens never need it.
const SettingsForm = lazy(() => import('../../shared/ui/SettingsForm').then((m) => ({ default: m.SettingsForm })));

const useStyles = makeStyles({
  notices: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  settings: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  settingsHeader: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** A part loaded on demand that could not load (a dropped link) is said in place, not a blank pane. */
class LoadBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: errorText(error) };
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <Notice intent="error" data-testid="load-error">
        {this.state.error}
      </Notice>
    );
  }
}

/** The shared settings form under a title, with the way back to the assistant. */
function SettingsView(props: {
  state: SettingsState;
  back: string;
  onBack: () => void;
  onSaved: (settings: Settings) => void;
}) {
  const { s } = useUi();
  const styles = useStyles();
  return (
    <main className={styles.settings}>
      <header className={styles.settingsHeader}>
        <Button
          appearance="subtle"
          icon={<span aria-hidden="true">←</span>}
          onClick={props.onBack}
          aria-label={props.back}
        />
        <h1 className={styles.title}>{s.settings}</h1>
      </header>
      <LoadBoundary>
        <Suspense fallback={null}>
          <SettingsForm state={props.state} onSaved={props.onSaved} />
        </Suspense>
      </LoadBoundary>
    </main>
  );
}

export function Pane(props: {
  port: OfficePort;
  initial: SettingsState;
  pack: Pack;
  orgNotice: OrgPackResult['notice'];
  /** Office.js was there but failed to start: said, rather than only "not in Outlook". */
  startProblem?: string | null;
}) {
  const { port } = props;
  const t = port.strings;
  const styles = useStyles();
  const [state, setState] = useState(props.initial);
  const [view, setView] = useState<'main' | 'settings'>('main');
  const [errors, setErrors] = useState<string[]>([]);

  const hostPort = useMemo(
    () => ({
      // Keep the last three: a repeated failure should not fill the pane.
      ...withErrorReport(port, (message) =>
        setErrors((list) => [...list.filter((m) => m !== message).slice(-2), message]),
      ),
      openSettings: port.saveSettings ? () => setView('settings') : undefined,
    }),
    [port],
  );

  const saved = (settings: Settings) => {
    setState((s) => ({ ...s, settings, ignored: [] }));
    setView('main');
  };

  return (
    <Shell port={hostPort} language={port.lang}>
      <div className={styles.notices} aria-live="polite">
        {props.startProblem ? (
          <Notice intent="error" data-testid="start-problem">
            {props.startProblem}
          </Notice>
        ) : null}
        {!port.inOutlook ? (
          <Notice intent="info" title={t.notInOutlookTitle} data-testid="not-in-outlook">
            {t.notInOutlook}
          </Notice>
        ) : null}
        {port.inOutlook && !port.mode ? <Notice intent="info">{t.noItem}</Notice> : null}
        {port.missing.length > 0 ? (
          <Notice intent="warning" title={t.limitsTitle} data-testid="missing-features">
            {port.missing.map((f) => (
              <div key={f}>{t.missingFeature[f]}</div>
            ))}
          </Notice>
        ) : null}
        {props.orgNotice ? (
          <Notice intent={props.orgNotice.intent} data-testid="org-pack">
            {props.orgNotice.text}
          </Notice>
        ) : null}
        {errors.map((message) => (
          <Notice key={message} intent="error" title={t.errorTitle} live="assertive" data-testid="pane-error">
            <div>{message}</div>
            <Button size="small" onClick={() => setErrors((list) => list.filter((m) => m !== message))}>
              {t.dismiss}
            </Button>
          </Notice>
        ))}
      </div>
      {view === 'settings' ? (
        <SettingsView state={state} back={t.back} onBack={() => setView('main')} onSaved={saved} />
      ) : (
        <>
          {port.mode === 'compose' ? (
            <ComposeCheck port={hostPort} pack={props.pack} settings={state.settings} t={t} />
          ) : null}
          <AssistantApp
            pack={props.pack}
            settings={state.settings}
            autoRead={port.inOutlook}
            ignoredSettings={state.ignored}
          />
        </>
      )}
    </Shell>
  );
}
