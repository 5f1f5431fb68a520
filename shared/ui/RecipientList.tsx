// To and Cc, each contact with what it is for, and a copy button for its address.
// A contact whose address comes from a setting that is empty says so and offers the settings.
import type { ReactNode } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { RecipientOut } from '../core/model/types';
import { CopyButton } from './CopyButton';
import type { Outgoing } from './outgoing';
import { HostAction } from './HostAction';
import { SettingNotSet } from './SettingNotSet';
import { useUi } from './shell';
import { useSectionStyles } from './styles';

// One line per contact on the first screen: the name and the address. What each contact is for
// is in the explanation and in search; here the person only checks who the message goes to.
function Recipient(props: { r: RecipientOut; rsoIds: readonly string[]; movedToOss: boolean }) {
  const { s } = useUi();
  const styles = useSectionStyles();
  const { r } = props;
  const isRso = props.rsoIds.includes(r.contactId);
  const unset = isRso ? s.rsoNotSet : s.addressNotSet;
  return (
    <li className={styles.row} data-testid="recipient" data-contact={r.contactId} title={`${r.name} — ${r.role}`}>
      <div className={styles.grow}>
        <span className={mergeClasses(styles.strong, styles.oneLine)}>{r.name}</span>
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
        {!r.email && isRso && props.movedToOss ? (
          <span className={styles.muted} data-testid="rso-missing">
            {s.rsoMovedToOss}
          </span>
        ) : null}
      </div>
      {r.email ? <CopyButton text={r.email} label={s.copy} ariaLabel={s.copyAddress(r.name)} /> : null}
    </li>
  );
}

export function RecipientList(props: {
  /** Who the draft goes to (see outgoing.ts: never an empty To while the route names an address). */
  out: Outgoing;
  /** Contacts whose address is the RSO setting, to name the right setting when it is empty. */
  rsoIds?: readonly string[];
  /** The draft's actions, in the same card: who it goes to, then the button that sends it off. */
  children?: ReactNode;
}) {
  const { s, port } = useUi();
  const styles = useSectionStyles();
  const rsoIds = props.rsoIds ?? [];
  const setRecipients = port.setRecipients;
  const group = (label: string, list: RecipientOut[], brand: boolean) =>
    list.length === 0 ? null : (
      <div className={styles.grow}>
        <span className={brand ? styles.pill : mergeClasses(styles.pill, styles.pillNeutral)} aria-hidden="true">
          {label}
        </span>
        <ul className={styles.list} aria-label={label}>
          {list.map((r) => (
            <Recipient key={r.contactId} r={r} rsoIds={rsoIds} movedToOss={props.out.moved} />
          ))}
        </ul>
      </div>
    );
  return (
    // Titled for screen readers only: the To and Cc marks say it on screen, in less height.
    <section className={styles.section} aria-label={s.recipients}>
      {group(s.to, props.out.to, true)}
      {group(s.cc, props.out.cc, false)}
      {setRecipients ? (
        <div className={styles.actions}>
          <HostAction label={s.addRecipients} run={() => setRecipients(props.out.toEmails, props.out.ccEmails)} />
        </div>
      ) : null}
      {props.children}
    </section>
  );
}
