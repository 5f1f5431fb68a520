// "Call first": for an incident the 24/7 Operations Centre is phoned before anyone writes.
// Shows the configured number as a tel: link, or says plainly that it is not set.
import { Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Suggestion } from '../core/types';
import { CopyButton } from './CopyButton';
import { useUi } from './shell';

export function UrgentBanner(props: { callFirst: NonNullable<Suggestion['callFirst']> }) {
  const { s, port } = useUi();
  const { name, phone } = props.callFirst;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="urgent-banner">
      <MessageBarBody>
        <MessageBarTitle>{s.urgentTitle}</MessageBarTitle> {s.urgentText(name)}{' '}
        {phone ? (
          <Link href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>{s.call(phone)}</Link>
        ) : port.openSettings ? (
          <Link as="button" onClick={() => port.openSettings?.()}>
            {s.numberNotSet}
          </Link>
        ) : (
          <strong>{s.numberNotSet}</strong>
        )}
      </MessageBarBody>
      {phone ? (
        <MessageBarActions>
          <CopyButton text={phone} label={s.copyNumber} />
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
