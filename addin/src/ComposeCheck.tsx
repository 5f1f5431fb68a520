// Compose mode only: the core's checkDraft on the message being written, each warning with
// one click to add the address that resolves it (added, never replacing anyone). Adding all
// the suggested recipients is the shared RecipientList's action. The check follows the
// message: it re-reads when Outlook says the recipients changed (Mailbox 1.7), when the pane
// gets focus, and every few seconds while visible (Outlook has no event for subject or body);
// "Check again" stays for the rest. An empty message has nothing to check yet.
import { useEffect, useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { loadAssistant } from '../../shared/ui/routing';
import type { Pack, Settings } from '../../shared/core/pack/schema';
import type { DraftCheck } from '../../shared/core/model/types';
import { Notice } from '../../shared/ui/Notice';
import type { HostPort } from '../../shared/ui/port';
import type { AddinStrings } from './messages';
import { debug } from '../../shared/core/model/debug';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

/** How often to re-read subject and body, which have no change event. Bounded: three reads. */
const POLL_MS = 4000;

type Checked = DraftCheck | 'empty';

export function ComposeCheck(props: {
  port: HostPort & { onRecipientsChanged?: (listener: () => void) => () => void };
  pack: Pack;
  settings: Settings;
  t: AddinStrings;
}) {
  const { port, t } = props;
  const styles = useStyles();
  const [check, setCheck] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState(false);
  // The message as last checked, so a poll that finds nothing new changes nothing on screen.
  const seen = useRef('');

  const run = async (quiet = false) => {
    if (!port.readContext) return;
    if (!quiet) setBusy(true);
    try {
      const ctx = await port.readContext();
      const assistant = await loadAssistant(props.pack);
      if (ctx && ctx.mode === 'compose') {
        const key = JSON.stringify([ctx.to, ctx.cc, ctx.subject, ctx.body, props.settings]);
        if (quiet && key === seen.current) return;
        seen.current = key;
        const empty = ctx.to.length + ctx.cc.length === 0 && !ctx.subject.trim() && !ctx.body.trim();
        setCheck(
          empty
            ? 'empty'
            : assistant.checkDraft({ to: ctx.to, cc: ctx.cc, subject: ctx.subject, body: ctx.body }, props.settings),
        );
      }
    } catch (error) {
      // The pane's error banner already shows Outlook's reason (report-errors.ts).
      debug('compose-check: read the draft', error);
    } finally {
      if (!quiet) setBusy(false);
    }
  };

  const add = async (to: string[], cc: string[]) => {
    if (!port.setRecipients) return;
    try {
      await port.setRecipients(to, cc);
      setApplied(true);
      await run();
    } catch (error) {
      // Shown by the error banner.
      debug('compose-check: set recipients', error);
    }
  };

  useEffect(() => {
    void run();
    const again = () => void run(true);
    const stop = port.onRecipientsChanged?.(again);
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') again();
    }, POLL_MS);
    addEventListener('focus', again);
    return () => {
      stop?.();
      clearInterval(timer);
      removeEventListener('focus', again);
    };
  }, [props.settings]);

  const warnings = check && check !== 'empty' ? check.warnings : [];

  return (
    <section className={styles.section} aria-label={t.composeTitle} data-testid="compose-check">
      <h2 className={styles.heading}>{t.composeTitle}</h2>
      {busy && !check ? <span role="status">{t.composeChecking}</span> : null}
      {check === 'empty' ? (
        <span data-testid="compose-empty">{t.composeEmpty}</span>
      ) : check && warnings.length === 0 ? (
        <Notice intent="info" data-testid="compose-ok">
          {t.composeOk}
        </Notice>
      ) : null}
      {warnings.map((w, i) => (
        <Notice key={`${w.code}-${i}`} intent={w.severity} data-testid="draft-warning">
          <>
            {w.message}
            {w.add && port.setRecipients && w.add.to.length + w.add.cc.length > 0 ? (
              <div>
                <Button size="small" appearance="primary" onClick={() => void add(w.add!.to, w.add!.cc)}>
                  {t.addThese([...w.add.to, ...w.add.cc].join(', '))}
                </Button>
              </div>
            ) : null}
          </>
        </Notice>
      ))}
      {applied ? <span role="status">{t.applied}</span> : null}
      <div className={styles.actions}>
        <Button onClick={() => void run()} disabled={busy}>
          {t.checkAgain}
        </Button>
      </div>
    </section>
  );
}
