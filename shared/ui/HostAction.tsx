// A button for one host action (insert, reply, add recipients): runs it, then says "Done"
// for a moment, or announces the failure. Hosts without the action never render it.
import { useEffect, useState } from 'react';
import { Button, type ButtonProps } from '@fluentui/react-components';
import { useUi } from './shell';
import { debug } from '../core/model/debug';

export function HostAction(props: {
  label: string;
  ariaLabel?: string;
  run: () => Promise<void>;
  /** What the button says after it worked, and what is announced when it failed. */
  doneLabel?: string;
  failedLabel?: string;
  appearance?: ButtonProps['appearance'];
  size?: ButtonProps['size'];
}) {
  const { s, announce } = useUi();
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!done) return;
    const t = setTimeout(() => setDone(false), 2000);
    return () => clearTimeout(t);
  }, [done]);
  const onClick = async () => {
    try {
      await props.run();
      setDone(true);
      announce(props.doneLabel ?? s.done);
    } catch (error) {
      debug('host action', error);
      announce(props.failedLabel ?? s.error);
    }
  };
  return (
    <Button
      appearance={props.appearance ?? 'secondary'}
      size={props.size ?? 'small'}
      aria-label={props.ariaLabel}
      onClick={onClick}
    >
      {done ? (props.doneLabel ?? s.done) : props.label}
    </Button>
  );
}
