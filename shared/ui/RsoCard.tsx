// Searching "RSO" answers with the person's own RSO: the configured address, or plainly that it
// is not set, with the way to set it. No source knows a duty station's RSO.
import type { Settings } from '../core/pack/schema';
import { CopyButton } from './CopyButton';
import { SettingNotSet } from './SettingNotSet';
import { useUi } from './shell';
import { useSectionStyles } from './styles';

export function RsoCard(props: { settings: Settings }) {
  const { s } = useUi();
  const styles = useSectionStyles();
  const { rsoEmail, rsoName } = props.settings;
  return (
    <section className={styles.section} aria-label={s.yourRso} data-testid="rso-card">
      <div className={styles.row}>
        <div className={styles.grow}>
          <span className={styles.pill}>{s.yourRso}</span>
          {rsoName ? <span className={styles.strong}>{rsoName}</span> : null}
          {rsoEmail ? (
            <span className={styles.email}>{rsoEmail}</span>
          ) : (
            <SettingNotSet label={s.rsoSearchNotSet} testId="rso-not-set" buttonClassName={styles.unset} />
          )}
        </div>
        {rsoEmail ? <CopyButton text={rsoEmail} label={s.copy} ariaLabel={s.copyAddress(s.yourRso)} /> : null}
      </div>
    </section>
  );
}
