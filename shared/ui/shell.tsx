// The frame every host page mounts: theme, strings, the host port, and one polite live
// region so copy/save results are announced to screen readers as well as shown.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../core/pack/schema';
import { stringsFor, uiLanguage, type UiStrings } from './i18n';
import type { HostPort } from './port';
import { useSystemTheme } from './theme';

export interface Ui {
  port: HostPort;
  s: UiStrings;
  lang: Lang;
  /** Say something to screen-reader users (and show it in the status line). */
  announce: (message: string) => void;
  /** Today, for the age of sources; replaceable in tests. */
  now: () => Date;
}

const systemNow = () => new Date();

const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi() outside <Shell>');
  return ui;
}

const useStyles = makeStyles({
  root: {
    minHeight: '100%',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  status: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export function Shell(props: { port: HostPort; language: 'auto' | Lang; now?: () => Date; children: ReactNode }) {
  const styles = useStyles();
  const theme = useSystemTheme();
  const lang = uiLanguage(props.language, typeof navigator === 'undefined' ? undefined : navigator.language);
  const now = props.now ?? systemNow;
  const [status, setStatus] = useState('');
  const announce = useCallback((message: string) => {
    // Clear first so the same message twice is read twice.
    setStatus('');
    setTimeout(() => setStatus(message), 30);
  }, []);
  const ui = useMemo<Ui>(
    () => ({ port: props.port, s: stringsFor(lang), lang, announce, now }),
    [props.port, lang, announce, now],
  );
  return (
    <FluentProvider theme={theme} className={styles.root} lang={lang}>
      <UiContext.Provider value={ui}>
        {props.children}
        <div role="status" aria-live="polite" className={styles.status} data-testid="status">
          {status}
        </div>
      </UiContext.Provider>
    </FluentProvider>
  );
}
