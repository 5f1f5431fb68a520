// A button that puts text (and optionally HTML) on the clipboard through the host and
// says "Copied" for a moment. Hidden when the host cannot copy.
import { useEffect, useState } from 'react';
import { Button, type ButtonProps } from '@fluentui/react-components';
import { useUi } from './shell';

export function CopyButton(props: {
  text: string;
  html?: string;
  label: string;
  /** Accessible name when the visible label alone is ambiguous ("Copy" next to many addresses). */
  ariaLabel?: string;
  appearance?: ButtonProps['appearance'];
  size?: ButtonProps['size'];
}) {
  const { port, s, announce } = useUi();
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!done) return;
    const t = setTimeout(() => setDone(false), 2000);
    return () => clearTimeout(t);
  }, [done]);
  if (!port.copy) return null;
  const copy = port.copy;
  const onClick = async () => {
    try {
      await copy(props.text, props.html);
      setDone(true);
      announce(s.copied);
    } catch {
      announce(s.copyFailed);
    }
  };
  return (
    <Button
      appearance={props.appearance ?? 'secondary'}
      size={props.size ?? 'small'}
      aria-label={props.ariaLabel}
      onClick={onClick}
    >
      {done ? s.copied : props.label}
    </Button>
  );
}
