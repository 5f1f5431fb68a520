// To and Cc, each contact with what it is for, and a copy button for its address.
// A contact whose address comes from a setting that is empty says so and offers the settings.
import { mergeClasses, useId } from '@fluentui/react-components';
import type { RecipientOut } from '../core/model/types';
import { CopyButton } from './CopyButton';
import { HostAction } from './HostAction';
import { SettingNotSet } from './SettingNotSet';
import { useUi } from './shell';
import { useSectionStyles } from './styles';

function Recipient(props: { r: RecipientOut; rsoIds: readonly string[] }) {
  const { s } = useUi();
  const styles = useSectionStyles();
  const { r } = props;
  const unset = props.rsoIds.includes(r.contactId) ? s.rsoNotSet : s.addressNotSet;
  return (
    <li className={styles.row} data-testid="recipient" data-contact={r.contactId}>
      <div className={styles.grow}>
        <span className={styles.strong}>{r.name}</span>
        <span className={styles.muted}>{r.role}</span>
        {r.email ? (
          <span className={styles.email}>{r.email}</span>
        ) : (
          <SettingNotSet
            label={unset}
            testId="address-not-set"
            buttonClassName={styles.unset}
            textClassName={mergeClasses(styles.strong, styles.warning)}
          />
        )}
      </div>
      {r.email ? <CopyButton text={r.email} label={s.copy} ariaLabel={s.copyAddress(r.name)} /> : null}
    </li>
  );
}

/** The addresses that are set, in order; a recipient whose address is not configured has none. */
export const emailsOf = (list: readonly Pick<RecipientOut, 'email'>[]): string[] =>
  list.flatMap((r) => (r.email ? [r.email] : []));

export function RecipientList(props: {
  to: RecipientOut[];
  cc: RecipientOut[];
  /** Contacts whose address is the RSO setting, to name the right setting when it is empty. */
  rsoIds?: readonly string[];
}) {
  const { s, port } = useUi();
  const styles = useSectionStyles();
  const rsoIds = props.rsoIds ?? [];
  const headingId = useId('recipients');
  const setRecipients = port.setRecipients;
  const group = (label: string, list: RecipientOut[], brand: boolean) =>
    list.length === 0 ? null : (
      <div className={styles.grow}>
        <span className={brand ? styles.pill : mergeClasses(styles.pill, styles.pillNeutral)} aria-hidden="true">
          {label}
        </span>
        <ul className={styles.list} aria-label={label}>
          {list.map((r) => (
            <Recipient key={r.contactId} r={r} rsoIds={rsoIds} />
          ))}
        </ul>
      </div>
    );
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {s.recipients}
      </h2>
      {group(s.to, props.to, true)}
      {group(s.cc, props.cc, false)}
      {setRecipients ? (
        <div className={styles.actions}>
          <HostAction label={s.addRecipients} run={() => setRecipients(emailsOf(props.to), emailsOf(props.cc))} />
        </div>
      ) : null}
    </section>
  );
}
