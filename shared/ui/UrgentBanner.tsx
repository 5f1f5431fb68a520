// "Call first": for an incident the 24/7 Operations Centre is phoned before anyone writes.
// Shows the configured number as a tel: link, or says plainly that it is not set.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Suggestion } from '../core/types';
import { CopyButton } from './CopyButton';
import { useUi } from './shell';
import { useSectionStyles } from './styles';

export function UrgentBanner(props: { callFirst: NonNullable<Suggestion['callFirst']> }) {
  const { s, port } = useUi();
  const styles = useSectionStyles();
  const { name, phone } = props.callFirst;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="urgent-banner">
      <MessageBarBody>
        <MessageBarTitle>{s.urgentTitle}</MessageBarTitle> {s.urgentText(name)}{' '}
        {phone ? (
          <a className={styles.link} href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>
            {s.call(phone)}
          </a>
        ) : port.openSettings ? (
          // The one thing to do in an emergency is to call: a missing number must stand out.
          <Button
            appearance="outline"
            size="small"
            className={styles.blockAction}
            onClick={() => port.openSettings?.()}
            data-testid="number-not-set"
          >
            {s.numberNotSet}
          </Button>
        ) : (
          <strong data-testid="number-not-set">{s.numberNotSet}</strong>
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
