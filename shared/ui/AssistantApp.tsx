// The assistant: one box to search or describe, the selected text as a shortcut, and the
// suggestion for it. The core does all the thinking; this file only keeps track of what
// the person asked for. Text stays in memory (React state); nothing is stored.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { mark } from './marks';
import { Button, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import type { Lang, Pack, Settings } from '../core/pack/schema';
import type { MailContext } from './port';
import { Notice } from './Notice';
import { RsoCard } from './RsoCard';
import { useUi } from './shell';
import { searchFor, useAssistant } from './routing';
import { SourcesContext, sourceLookup } from './stale';
import { useSectionStyles } from './styles';
import { debug } from '../core/model/debug';
import { shouldWelcome, welcomeDismissed } from './welcome-state';
import { preloadable, useLoaded } from './preload';

// The first-run set-up, loaded only when it is shown (a fresh install), never on a normal open.
const Welcome = lazy(() => import('./Welcome').then((m) => ({ default: m.Welcome })));
// The suggestion is not on the first screen: its code loads right after first paint (below),
// which keeps the popup's and the pane's first load within their budgets.
const suggestionView = preloadable(() => import('./SuggestionView').then((m) => m.SuggestionView));
const searchResults = preloadable(() => import('./SearchResults').then((m) => m.SearchResults));

/** A paste this long is an email to route, not words to look up: suggest at once. */
const PASTED_EMAIL = 80;
/** Typed words looking like a message rather than a lookup get a hint, never "Nothing found". */
const looksLikeMessage = (text: string) => text.trim().split(/\s+/).length >= 8;
const mentionsRso = (text: string) => /(^|[^\p{L}])rso($|[^\p{L}])/iu.test(text) && text.length < 60;

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
  // With an answer for the message or selection on screen, the empty box takes one line.
  queryCompact: { minHeight: '36px' },
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
  /** Settings an organisation set by policy: the first-run set-up does not ask for them. */
  locked?: readonly (keyof Settings)[];
  /** False while the host is still reading settings and policy (the view is drawn meanwhile). */
  settingsReady?: boolean;
  onSettingsSaved?: (settings: Settings) => void;
}) {
  const { s, port, lang } = useUi();
  const styles = useStyles();
  const section = useSectionStyles();
  const assistant = useAssistant(props.pack);
  const search = searchFor(props.pack);
  const rsoIds = useMemo(
    () => props.pack.contacts.filter((c) => c.emailSetting === 'rsoEmail').map((c) => c.id),
    [props.pack],
  );
  const scenarios = useMemo(() => props.pack.scenarios.map((sc) => ({ id: sc.id, title: sc.title })), [props.pack]);
  const lookup = useMemo(() => sourceLookup(props.pack), [props.pack]);
  const queryId = useId('query');
  const queryRef = useRef<HTMLTextAreaElement>(null);
  const [welcome, setWelcome] = useState(() => !welcomeDismissed());
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [suggestText, setSuggestText] = useState<string | null>(null);
  const [language, setLanguage] = useState<Lang | undefined>();
  const [picked, setPicked] = useState<string | undefined>();
  const [ctxState, setCtxState] = useState<ContextState>('idle');

  // Text being routed (a pasted email, the message) is not looked up as well: its results would
  // not be shown, and searching a whole email costs more than routing it.
  const routing = suggestText !== null;
  const hits = useMemo(
    () => (!routing && query.trim() ? search.search(query, { limit: 8, language: lang }) : []),
    [search, query, lang, routing],
  );
  const suggestion = useMemo(
    () =>
      // Routing waits for the model's chunk (a few milliseconds after first paint), so every view
      // gives the same verdict as the send-time check and the CLI.
      suggestText === null || assistant === null
        ? null
        : assistant.suggest(suggestText, props.settings, { language, scenarioId: picked }),
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
    mark('ready');
    // Typing after the shortcut goes into the box.
    queryRef.current?.focus();
    void suggestionView.preload();
    void searchResults.preload();
    if (props.autoRead) void readContext(true);
    // Only when the view opens: later reads are the person's choice.
  }, []);

  const typed = query.trim() !== '';
  const answered = suggestion !== null;
  const SuggestionView = useLoaded(suggestionView);
  const SearchResults = useLoaded(searchResults);
  const showWelcome =
    welcome &&
    props.settingsReady !== false &&
    Boolean(port.saveSettings) &&
    !typed &&
    suggestion === null &&
    shouldWelcome(props.settings, props.locked ?? []);

  return (
    <SourcesContext.Provider value={lookup}>
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
        {showWelcome ? (
          <Suspense fallback={null}>
            <Welcome
              settings={props.settings}
              locked={props.locked ?? []}
              onDone={(saved) => {
                setWelcome(false);
                if (saved) props.onSettingsSaved?.(saved);
                queryRef.current?.focus();
              }}
            />
          </Suspense>
        ) : null}
        <div className={section.grow}>
          <label htmlFor={queryId} className={section.fieldLabel}>
            {s.searchLabel}
          </label>
          <textarea
            id={queryId}
            ref={queryRef}
            className={answered && !typed ? mergeClasses(styles.query, styles.queryCompact) : styles.query}
            value={query}
            placeholder={s.searchPlaceholder}
            rows={answered && !typed ? 1 : 2}
            data-testid="query"
            onChange={(e) => {
              setQuery(e.target.value);
              setSuggestText(null);
              setCtxState('idle');
            }}
            onPaste={(e) => {
              // A pasted email is routed at once; a few pasted words are still a search.
              const pasted = e.clipboardData.getData('text');
              if (pasted.trim().length >= PASTED_EMAIL) {
                e.preventDefault();
                const box = e.currentTarget;
                const next = box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd);
                setQuery(next);
                setCtxState('idle');
                suggestFor(next);
              }
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
        {/* The primary button follows what the person did: typed or pasted → Suggest. Once the
            answer for this text is shown, the row steps aside so the answer fits the first screen. */}
        {answered ? null : (
          <div className={section.actions}>
            {typed ? (
              <Button appearance="primary" onClick={() => suggestFor(query)} data-testid="suggest">
                {s.suggestForText}
              </Button>
            ) : null}
            {port.readContext ? (
              <Button
                appearance={typed ? 'secondary' : 'primary'}
                onClick={() => void readContext(false)}
                disabled={ctxState === 'reading'}
              >
                {port.surface === 'mail-client' ? s.useMessage : s.useSelection}
              </Button>
            ) : null}
            {!typed ? (
              <Button disabled data-testid="suggest">
                {s.suggestForText}
              </Button>
            ) : null}
          </div>
        )}
        {ctxState === 'reading' ? <span className={section.muted}>{s.readingSelection}</span> : null}
        {ctxState === 'none' || ctxState === 'unreadable' ? (
          <Notice intent="info" live="polite" data-testid="context-message">
            {ctxState === 'none' ? s.noSelection : s.cannotReadPage}
          </Notice>
        ) : null}
        {suggestion ? (
          <>
            {/* The selected text or the message is not in the box: it can be looked at here. */}
            {suggestText !== query ? (
              <details className={section.muted}>
                <summary>{s.textUsed}</summary>
                <p className={section.text}>{suggestText}</p>
              </details>
            ) : null}
            {SuggestionView ? (
              <SuggestionView
                suggestion={suggestion}
                rsoIds={rsoIds}
                scenarios={scenarios.map((sc) => ({ id: sc.id, title: sc.title[suggestion.language] }))}
                picked={picked}
                onPickScenario={setPicked}
                onLanguage={setLanguage}
              />
            ) : (
              <span className={section.muted}>{s.loading}</span>
            )}
          </>
        ) : routing ? (
          // The router's chunk is still coming (a few milliseconds after first paint).
          <span className={section.muted}>{s.loading}</span>
        ) : typed ? (
          <>
            {mentionsRso(query) ? <RsoCard settings={props.settings} /> : null}
            {hits.length === 0 && looksLikeMessage(query) ? (
              <span className={section.muted} data-testid="press-suggest">
                {s.pressSuggest}
              </span>
            ) : (
              SearchResults && <SearchResults hits={hits} />
            )}
          </>
        ) : null}
        <footer className={styles.footer}>
          {s.privacy} · {port.surface === 'mail-client' ? port.name : s.hostBrowser}
        </footer>
      </main>
    </SourcesContext.Provider>
  );
}
