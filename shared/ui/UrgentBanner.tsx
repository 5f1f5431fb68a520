// "Call first": for an incident the 24/7 Operations Centre is phoned before anyone writes.
// Shows the configured number as a tel: link. With no number set, it still says what to do
// now (call the RSO or the office's security focal point, then send the draft to OSS) and
// links to the setting: an urgent path never ends on "not set".
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
      {phone ? (
        <>
          {s.urgentText(name)}{' '}
          <span className={styles.actions}>
            <a className={styles.link} href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>
              {s.call(phone)}
            </a>
            <CopyButton text={phone} label={s.copyNumber} />
          </span>
        </>
      ) : (
        <>
          <span data-testid="urgent-now">{s.urgentNothingSet}</span>
          <SettingNotSet label={s.setNumber} testId="number-not-set" buttonClassName={styles.blockAction} />
        </>
      )}
    </Notice>
  );
}
