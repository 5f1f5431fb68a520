// A button that puts text (and optionally HTML) on the clipboard through the host and
// says "Copied" for a moment: a HostAction with the clipboard's words. Hidden when the host cannot copy.
import type { ButtonProps } from '@fluentui/react-components';
import { HostAction } from './HostAction';
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
  const { port, s } = useUi();
  const copy = port.copy;
  if (!copy) return null;
  return (
    <HostAction
      label={props.label}
      ariaLabel={props.ariaLabel}
      appearance={props.appearance}
      size={props.size}
      doneLabel={s.copied}
      failedLabel={s.copyFailed}
      run={() => copy(props.text, props.html)}
    />
  );
}
