// The assistant: one box to search or describe, the selected text as a shortcut, and the
// suggestion for it. The core does all the thinking; this file only keeps track of what
// the person asked for. Text stays in memory (React state); nothing is stored.
import { useEffect, useMemo, useState } from 'react';
import { Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import { assistantFor } from '../core/assist/assistant';
import type { Lang, Pack, Settings } from '../core/pack/schema';
import type { MailContext } from './port';
import { Notice } from './Notice';
import { SearchResults } from './SearchResults';
import { SuggestionView } from './SuggestionView';
import { useUi } from './shell';
import { useSectionStyles } from './styles';
import { debug } from '../core/model/debug';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  // A native textarea dressed as Fluent's: outline, accent line at the bottom, focus ring.
  query: {
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minHeight: '52px',
    resize: 'vertical',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    '::placeholder': { color: tokens.colorNeutralForeground4 },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
      borderBottomColor: tokens.colorCompoundBrandStroke,
    },
  },
  footer: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, textAlign: 'center' },
});

type ContextState = 'idle' | 'reading' | 'none' | 'unreadable';

function contextText(ctx: MailContext | { mode: 'selection'; text: string }): string {
  return ctx.mode === 'selection' ? ctx.text : `${ctx.subject}\n\n${ctx.body}`;
}

export function AssistantApp(props: {
  pack: Pack;
  settings: Settings;
  /** Read the host's context (handed-over or selected text) when the view opens. */
  autoRead?: boolean;
  /** Words to search for when the view opens (the omnibox hands them over). */
  initialQuery?: string;
  ignoredSettings?: (keyof Settings)[];
}) {
  const { s, port, lang } = useUi();
  const styles = useStyles();
  const section = useSectionStyles();
  const assistant = assistantFor(props.pack);
  const rsoIds = useMemo(
    () => props.pack.contacts.filter((c) => c.emailSetting === 'rsoEmail').map((c) => c.id),
    [props.pack],
  );
  const queryId = useId('query');
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [suggestText, setSuggestText] = useState<string | null>(null);
  const [language, setLanguage] = useState<Lang | undefined>();
  const [picked, setPicked] = useState<string | undefined>();
  const [ctxState, setCtxState] = useState<ContextState>('idle');

  const hits = useMemo(
    () => (query.trim() ? assistant.search(query, { limit: 8, language: lang }) : []),
    [assistant, query, lang],
  );
  const suggestion = useMemo(
    () =>
      suggestText === null ? null : assistant.suggest(suggestText, props.settings, { language, scenarioId: picked }),
    [assistant, suggestText, props.settings, language, picked],
  );

  const suggestFor = (text: string) => {
    setSuggestText(text);
    setLanguage(undefined);
    setPicked(undefined);
  };

  const readContext = async (quiet: boolean) => {
    if (!port.readContext) return;
    setCtxState('reading');
    try {
      const ctx = await port.readContext();
      const text = ctx ? contextText(ctx).trim() : '';
      if (text) {
        suggestFor(text);
        setCtxState('idle');
      } else {
        setCtxState(quiet ? 'idle' : 'none');
      }
    } catch (error) {
      debug('assistant: read the message', error);
      setCtxState(quiet ? 'idle' : 'unreadable');
    }
  };

  useEffect(() => {
    if (props.autoRead) void readContext(true);
    // Only when the view opens: later reads are the person's choice.
  }, []);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{s.appTitle}</h1>
        {port.openSettings ? (
          <Button appearance="subtle" size="small" onClick={() => port.openSettings?.()}>
            {s.settings}
          </Button>
        ) : null}
      </header>
      {props.ignoredSettings && props.ignoredSettings.length > 0 ? (
        <Notice intent="warning">
          {s.ignoredStored(props.ignoredSettings.map((k) => s.field[k].label).join(', '))}
        </Notice>
      ) : null}
      <div className={section.grow}>
        <label htmlFor={queryId} className={section.fieldLabel}>
          {s.searchLabel}
        </label>
        <textarea
          id={queryId}
          className={styles.query}
          value={query}
          placeholder={s.searchPlaceholder}
          rows={2}
          data-testid="query"
          onChange={(e) => {
            setQuery(e.target.value);
            setSuggestText(null);
            setCtxState('idle');
          }}
          onKeyDown={(e) => {
            // Ctrl/Cmd+Enter asks for a suggestion; Enter alone keeps a newline for pasted mail.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && query.trim()) {
              e.preventDefault();
              suggestFor(query);
            }
          }}
        />
      </div>
      <div className={section.actions}>
        {port.readContext ? (
          <Button appearance="primary" onClick={() => void readContext(false)} disabled={ctxState === 'reading'}>
            {port.surface === 'mail-client' ? s.useMessage : s.useSelection}
          </Button>
        ) : null}
        <Button onClick={() => suggestFor(query)} disabled={!query.trim()}>
          {s.suggestForText}
        </Button>
      </div>
      {ctxState === 'reading' ? <span className={section.muted}>{s.readingSelection}</span> : null}
      {ctxState === 'none' || ctxState === 'unreadable' ? (
        <Notice intent="info" live="polite" data-testid="context-message">
          {ctxState === 'none' ? s.noSelection : s.cannotReadPage}
        </Notice>
      ) : null}
      {suggestion ? (
        <>
          <details className={section.muted}>
            <summary>{s.textUsed}</summary>
            <p className={section.text}>{suggestText}</p>
          </details>
          <SuggestionView
            suggestion={suggestion}
            rsoIds={rsoIds}
            picked={picked}
            onPickScenario={setPicked}
            onLanguage={setLanguage}
          />
        </>
      ) : query.trim() ? (
        <SearchResults hits={hits} />
      ) : null}
      <footer className={styles.footer}>
        {s.privacy} · {port.name}
      </footer>
    </main>
  );
}
