// Compose mode only: the core's checkDraft on the message being written, each warning with
// one click to add the address that resolves it (added, never replacing anyone). Adding all
// the suggested recipients is the shared RecipientList's action.
import { useEffect, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { assistantFor } from '../../shared/core/assist/assistant';
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

export function ComposeCheck(props: { port: HostPort; pack: Pack; settings: Settings; t: AddinStrings }) {
  const { port, t } = props;
  const styles = useStyles();
  const assistant = assistantFor(props.pack);
  const [check, setCheck] = useState<DraftCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState(false);

  const run = async () => {
    if (!port.readContext) return;
    setBusy(true);
    try {
      const ctx = await port.readContext();
      if (ctx && ctx.mode === 'compose') {
        setCheck(
          assistant.checkDraft({ to: ctx.to, cc: ctx.cc, subject: ctx.subject, body: ctx.body }, props.settings),
        );
      }
    } catch (error) {
      // The pane's error banner already shows Outlook's reason (report-errors.ts).
      debug('compose-check: read the draft', error);
    } finally {
      setBusy(false);
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
    // Once when the pane opens; afterwards the person asks with "Check again".
  }, []);

  return (
    <section className={styles.section} aria-label={t.composeTitle} data-testid="compose-check">
      <h2 className={styles.heading}>{t.composeTitle}</h2>
      {busy && !check ? <span role="status">{t.composeChecking}</span> : null}
      {check && check.warnings.length === 0 ? <Notice intent="info">{t.composeOk}</Notice> : null}
      {check?.warnings.map((w, i) => (
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
