// "Call first": for an incident the 24/7 Operations Centre is phoned before anyone writes.
// Shows the configured number as a tel: link, or says plainly that it is not set.
import type { Suggestion } from '../core/model/types';
import { CopyButton } from './CopyButton';
import { Notice } from './Notice';
import { SettingNotSet } from './SettingNotSet';
import { useUi } from './shell';
import { useSectionStyles } from './styles';

export function UrgentBanner(props: { callFirst: NonNullable<Suggestion['callFirst']> }) {
  const { s } = useUi();
  const styles = useSectionStyles();
  const { name, phone } = props.callFirst;
  return (
    <Notice intent="error" title={s.urgentTitle} live="assertive" data-testid="urgent-banner">
      {s.urgentText(name)}{' '}
      {phone ? (
        <span className={styles.actions}>
          <a className={styles.link} href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>
            {s.call(phone)}
          </a>
          <CopyButton text={phone} label={s.copyNumber} />
        </span>
      ) : (
        // The one thing to do in an emergency is to call: a missing number must stand out.
        <SettingNotSet label={s.numberNotSet} testId="number-not-set" buttonClassName={styles.blockAction} />
      )}
    </Notice>
  );
}
